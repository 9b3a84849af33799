import { useTranslation } from "react-i18next";
import { Count, formatCount } from "~/insights/count";
import type { Shown } from "~/insights/disclosure";
import type { DeliveryCounts, SendingProgress } from "~/notify/outbox.server";

const KINDS = ["invitation", "reminder"] as const;
const ROWS = ["accepted", "delivered", "failed", "awaitingReceipt", "notSent"] as const;
type RowKey = (typeof ROWS)[number];

/**
 * One figure of the table from a kind's counts. Notify's counts are kept per batch, never per person (the worker
 * deletes a message's row when its receipt is counted), so "waiting for a delivery report" is what was accepted and has
 * no final status yet; "not sent" is what never reached Notify (refused by it, or opted out after the list was checked).
 */
export function progressFigure(c: DeliveryCounts, key: RowKey): number {
  const failed = c.permanentFailure + c.temporaryFailure + c.technicalFailure;
  switch (key) {
    case "accepted":
      return c.accepted;
    case "delivered":
      return c.delivered;
    case "failed":
      return failed;
    case "awaitingReceipt":
      return Math.max(0, c.accepted - c.delivered - failed);
    case "notSent":
      return c.notSent + c.optedOut;
  }
}

/** What happens next, from the figures: still sending, sent and waiting for receipts, or finished. */
function nextStep(sending: SendingProgress): "sending" | "receipts" | "done" | null {
  if (sending.waiting > 0) return "sending";
  const total = (key: RowKey) => KINDS.reduce((sum, kind) => sum + progressFigure(sending.counts[kind], key), 0);
  if (total("awaitingReceipt") > 0) return "receipts";
  return total("accepted") + total("notSent") > 0 ? "done" : null;
}

/**
 * Sent, delivered, not delivered, waiting for a report and not sent per kind of message (counts per batch, never per
 * person), still to send, and answered (through disclosure control), with what each means and what happens next.
 */
export function BatchProgressTable({ sending, answered }: { sending: SendingProgress; answered: Shown }) {
  const { t } = useTranslation();
  const next = nextStep(sending);
  return (
    <>
      <table className="govuk-table" data-testid="batch-progress">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("invitations.progressHeading")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("invitations.progress.kind")}
            </th>
            {KINDS.map((kind) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={kind}>
                {t(`invitations.progress.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {ROWS.map((key) => (
            <tr className="govuk-table__row" key={key}>
              <th scope="row" className="govuk-table__header">
                {t(`invitations.progress.${key}`)}
              </th>
              {KINDS.map((kind) => (
                <td className="govuk-table__cell govuk-table__cell--numeric" key={kind} data-testid={`${kind}-${key}`}>
                  {formatCount(progressFigure(sending.counts[kind], key))}
                </td>
              ))}
            </tr>
          ))}
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
      {next ? (
        <p className="govuk-body" data-testid="progress-next">
          {t(`invitations.progressNext.${next}`)}
        </p>
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t("invitations.progressMeaning.summary")}</span>
        </summary>
        <div className="govuk-details__text">
          <dl className="govuk-body">
            {(["waiting", ...ROWS, "answered"] as const).map((key) => (
              <div key={key}>
                <dt className="govuk-!-font-weight-bold">{t(`invitations.progress.${key}`)}</dt>
                <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-2">{t(`invitations.progressMeaning.${key}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="govuk-body">{t("invitations.progressMeaning.perBatch")}</p>
        </div>
      </details>
    </>
  );
}
