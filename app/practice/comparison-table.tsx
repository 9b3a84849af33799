import { useTranslation } from "react-i18next";
import { formatDate } from "../components/dates";
import { standing, type Comparison } from "./compare";
import type { ownLatestProfile } from "./practice.server";

/**
 * Our latest profile against the others' distribution, stage by stage: the others appear only as quartiles and the
 * median (compare.ts), never one by one.
 */
export function ComparisonTable({
  comparison,
  own,
  stages,
}: {
  comparison: NonNullable<Comparison>;
  own: ReturnType<typeof ownLatestProfile>;
  /** The organisation's current stage titles, for when it has no signed-off profile of its own. */
  stages: { key: string; number: number; title: string; titleCy: string }[];
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const titles = own?.stages ?? stages;
  return (
    <>
      <p className="govuk-body">
        {own
          ? t("practice.compare.basedOn", {
              count: comparison.organisations,
              name: own.name,
              date: formatDate(own.assessedOn, i18n.language),
            })
          : t("practice.compare.basedOnNoOwn", { count: comparison.organisations })}
      </p>
      {own ? null : <p className="govuk-body">{t("practice.compare.noOwn")}</p>}
      <table className="govuk-table vv-practice-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("practice.compare.caption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("practice.profile.stage")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("practice.compare.ours")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("practice.compare.lowerQuartile")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("practice.compare.median")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("practice.compare.upperQuartile")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("practice.compare.standing")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {titles.map((stage) => {
            const distribution = comparison.stages.find((row) => row.stage === stage.key);
            const ours = own?.stages.find((row) => row.key === stage.key)?.score ?? null;
            const number = (value: number | null | undefined) => (value === null || value === undefined ? "–" : value.toFixed(1));
            return (
              <tr className="govuk-table__row" key={stage.key}>
                <th scope="row" className="govuk-table__header">
                  {stage.number}. {cy ? stage.titleCy : stage.title}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{number(ours)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {distribution ? number(distribution.lowerQuartile) : t("practice.compare.notShown")}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {distribution ? number(distribution.median) : t("practice.compare.notShown")}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {distribution ? number(distribution.upperQuartile) : t("practice.compare.notShown")}
                </td>
                <td className="govuk-table__cell">
                  {distribution && ours !== null ? t(`practice.compare.standings.${standing(ours, distribution)}`) : "–"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
