import { useTranslation } from "react-i18next";
import { Count, formatCount } from "~/insights/count";
import type { Shown } from "~/insights/disclosure";
import type { SendingProgress } from "~/notify/outbox.server";

/** Queued, sent, delivered and failed per kind of message (part A's counts per batch), and answered (suppressed). */
export function BatchProgressTable({ sending, answered }: { sending: SendingProgress; answered: Shown }) {
  const { t } = useTranslation();
  const kinds = ["invitation", "reminder"] as const;
  const failed = (kind: (typeof kinds)[number]) => {
    const c = sending.counts[kind];
    return c.permanentFailure + c.temporaryFailure + c.technicalFailure + c.notSent;
  };
  return (
    <table className="govuk-table" data-testid="batch-progress">
      <caption className="govuk-table__caption govuk-table__caption--m">{t("invitations.progressHeading")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("invitations.progress.kind")}
          </th>
          {kinds.map((kind) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={kind}>
              {t(`invitations.progress.${kind}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {(["accepted", "delivered"] as const).map((key) => (
          <tr className="govuk-table__row" key={key}>
            <th scope="row" className="govuk-table__header">
              {t(`invitations.progress.${key}`)}
            </th>
            {kinds.map((kind) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={kind} data-testid={`${kind}-${key}`}>
                {formatCount(sending.counts[kind][key])}
              </td>
            ))}
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {t("invitations.progress.failed")}
          </th>
          {kinds.map((kind) => (
            <td className="govuk-table__cell govuk-table__cell--numeric" key={kind} data-testid={`${kind}-failed`}>
              {formatCount(failed(kind))}
            </td>
          ))}
        </tr>
      </tbody>
      <tfoot>
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {t("invitations.progress.waiting")}
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric" colSpan={2} data-testid="waiting">
            {formatCount(sending.waiting)}
          </td>
        </tr>
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {t("invitations.progress.answered")}
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric" colSpan={2} data-testid="answered">
            <Count shown={answered} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
