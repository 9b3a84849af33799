import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Count, formatCount } from "~/insights/count";
import type { BatchFigures } from "./figures.server";

/** Figures per batch: invited, left out, delivered, answered (answered through disclosure control). */
export function BatchFiguresTable({ surveyId, batches }: { surveyId: number; batches: BatchFigures[] }) {
  const { t } = useTranslation();
  return (
    <table className="govuk-table" data-testid="batch-figures">
      <caption className="govuk-table__caption govuk-table__caption--s">{t("invitations.figuresCaption")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("invitations.figures.batch")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("invitations.figures.status")}
          </th>
          {(["invited", "skipped", "delivered", "answered"] as const).map((key) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={key}>
              {t(`invitations.figures.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {batches.map((batch) => (
          <tr className="govuk-table__row" key={batch.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/surveys/${surveyId}/invitations/${batch.id}`}>
                {t("invitations.batchLabel", { id: batch.id })}
              </Link>{" "}
              <span className="govuk-hint">{batch.channelLabel}</span>
            </th>
            <td className="govuk-table__cell">{t(`invitations.status.${batch.status}`)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(batch.invited)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(batch.skipped)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(batch.delivered)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Count shown={batch.answered} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
