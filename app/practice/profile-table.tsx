import { useTranslation } from "react-i18next";
import type { AssessmentView } from "./assessment-view.server";

/** The profile wheel's text alternative: each stage's score, the level it has reached, and how much is rated. */
export function ProfileTable({ stages }: { stages: AssessmentView["stages"] }) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  return (
    <table className="govuk-table vv-practice-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{t("practice.profile.tableCaption")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("practice.profile.stage")}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t("practice.profile.score")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("practice.profile.level")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("practice.profile.rated")}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {stages.map((stage) => (
          <tr className="govuk-table__row" key={stage.key}>
            <th scope="row" className="govuk-table__header">
              {stage.number}. {cy ? stage.titleCy : stage.title}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {stage.score === null ? "–" : stage.score.toFixed(1)}
            </td>
            <td className="govuk-table__cell">
              {stage.level ? t(`practice.levels.${stage.level}`) : t("practice.profile.notRated")}
            </td>
            <td className="govuk-table__cell">
              {t("practice.assessment.ratedCount", { rated: stage.rated, total: stage.total })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
