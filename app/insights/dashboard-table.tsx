import { useTranslation } from "react-i18next";
import { formatChange, formatShare } from "./charts/chart-data";
import type { Sentence } from "./charts/summaries";
import { Count } from "./count";
import type { FigureTable } from "./figures";

function Share({ share }: { share: number | null }) {
  const { t } = useTranslation();
  if (share === null)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">{t("insights.table.noShare")}</span>
      </>
    );
  return <>{formatShare(share)}</>;
}

function Change({ change }: { change: number | null }) {
  return change === null ? <Share share={null} /> : <>{formatChange(change)}</>;
}

const numeric = "govuk-table__cell govuk-table__cell--numeric";
const numericHeader = "govuk-table__header govuk-table__header--numeric";

/**
 * A figure's data as a GOV.UK table: the chart's text alternative. Counts
 * arrive already suppressed; with an earlier period, its counts and shares sit
 * beside this period's, with the change in share.
 */
export function FigureTableView({
  id,
  table,
  caption,
  labelHeader,
  totalLabel,
  shares = true,
}: {
  id: string;
  table: FigureTable;
  caption: string;
  labelHeader: string;
  totalLabel: string;
  shares?: boolean;
}) {
  const { t } = useTranslation();
  const comparing = table.previousTotal !== undefined;
  return (
    <table className="govuk-table" data-testid={`table-${id}`}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {labelHeader}
          </th>
          <th scope="col" className={numericHeader}>
            {t("insights.table.count")}
          </th>
          {shares ? (
            <th scope="col" className={numericHeader}>
              {t("insights.table.share")}
            </th>
          ) : null}
          {comparing ? (
            <>
              <th scope="col" className={numericHeader}>
                {t("insights.table.previousCount")}
              </th>
              {shares ? (
                <>
                  <th scope="col" className={numericHeader}>
                    {t("insights.table.previousShare")}
                  </th>
                  <th scope="col" className={numericHeader}>
                    {t("insights.table.change")}
                  </th>
                </>
              ) : null}
            </>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {table.rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            <td className={numeric}>
              <Count shown={row.count} />
            </td>
            {shares ? (
              <td className={numeric}>
                <Share share={row.share} />
              </td>
            ) : null}
            {comparing ? (
              <>
                <td className={numeric}>{row.previous ? <Count shown={row.previous.count} /> : <Share share={null} />}</td>
                {shares ? (
                  <>
                    <td className={numeric}>
                      <Share share={row.previous?.share ?? null} />
                    </td>
                    <td className={numeric}>
                      <Change change={row.previous?.change ?? null} />
                    </td>
                  </>
                ) : null}
              </>
            ) : null}
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {totalLabel}
          </th>
          <td className={`${numeric} govuk-!-font-weight-bold`}>
            <Count shown={table.total} />
          </td>
          {shares ? <td className={numeric} /> : null}
          {comparing ? (
            <>
              <td className={`${numeric} govuk-!-font-weight-bold`}>
                {table.previousTotal ? <Count shown={table.previousTotal} /> : null}
              </td>
              {shares ? (
                <>
                  <td className={numeric} />
                  <td className={numeric} />
                </>
              ) : null}
            </>
          ) : null}
        </tr>
      </tbody>
    </table>
  );
}

/** A chart's one-sentence summary; the chart points at it with aria-describedby. */
export function Summary({ id, sentence }: { id: string; sentence: Sentence }) {
  const { t } = useTranslation();
  return (
    <p className="govuk-body" id={id}>
      {t(sentence.key, sentence.params)}
    </p>
  );
}
