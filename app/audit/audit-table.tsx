import { useTranslation } from "react-i18next";

export type AuditRow = {
  id: number;
  action: string;
  createdAt: string;
  actorName: string | null;
  objectType?: string;
  objectId?: string | null;
};

/** Audit entries as a table: when (UTC), who, what, and optionally which object. */
export function AuditTable({
  events,
  caption,
  showObject = false,
}: {
  events: AuditRow[];
  caption: string;
  showObject?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("audit.when")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("audit.who")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("audit.what")}
          </th>
          {showObject ? (
            <th scope="col" className="govuk-table__header">
              {t("audit.object")}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {events.map((event) => (
          <tr className="govuk-table__row" key={event.id}>
            <td className="govuk-table__cell">{event.createdAt.slice(0, 16).replace("T", " ")}</td>
            <td className="govuk-table__cell">{event.actorName ?? t("audit.system")}</td>
            <td className="govuk-table__cell">{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</td>
            {showObject ? (
              <td className="govuk-table__cell">
                {event.objectType} {event.objectId}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
