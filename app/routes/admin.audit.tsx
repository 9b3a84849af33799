import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { listAuditEvents } from "~/audit/audit.server";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { events: listAuditEvents(admin.organisation.id) };
}

export default function Audit() {
  const { t } = useTranslation();
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("audit.title")}</h1>
      <p className="govuk-body">{t("audit.intro")}</p>
      {events.length === 0 ? (
        <p className="govuk-body">{t("audit.none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("audit.title")}</caption>
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
              <th scope="col" className="govuk-table__header">
                {t("audit.object")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {events.map((event) => (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell">{event.createdAt.slice(0, 16).replace("T", " ")}</td>
                <td className="govuk-table__cell">{event.actorName ?? t("audit.system")}</td>
                <td className="govuk-table__cell">{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</td>
                <td className="govuk-table__cell">
                  {event.objectType} {event.objectId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
