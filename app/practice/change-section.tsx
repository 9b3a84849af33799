import { useTranslation } from "react-i18next";
import { formatDate } from "../components/dates";
import type { AssessmentView } from "./assessment-view.server";

function Change({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) return <>–</>;
  if (value === 0) return <>{t("practice.change.same")}</>;
  return (
    <>
      {value > 0
        ? t("practice.change.up", { value: value.toFixed(1) })
        : t("practice.change.down", { value: Math.abs(value).toFixed(1) })}
    </>
  );
}

/** Change since the last signed-off assessment: each stage's score then and now, and the statements that moved. */
export function ChangeSection({ change, stages }: { change: AssessmentView["change"]; stages: AssessmentView["stages"] }) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  return (
    <section aria-labelledby="change-heading">
      <h2 className="govuk-heading-m" id="change-heading">
        {t("practice.change.heading")}
      </h2>
      {change === null ? (
        <p className="govuk-body">{t("practice.change.none")}</p>
      ) : (
        <>
          <p className="govuk-body">
            {t("practice.change.since", { name: change.name, date: formatDate(change.assessedOn, i18n.language) })}
          </p>
          <table className="govuk-table vv-practice-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{t("practice.change.caption")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("practice.profile.stage")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("practice.change.before")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("practice.change.now")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("practice.change.change")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {change.stages.map((row) => {
                const stage = stages.find((s) => s.key === row.stage)!;
                return (
                  <tr className="govuk-table__row" key={row.stage}>
                    <th scope="row" className="govuk-table__header">
                      {stage.number}. {cy ? stage.titleCy : stage.title}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {row.before === null ? "–" : row.before.toFixed(1)}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {row.now === null ? "–" : row.now.toFixed(1)}
                    </td>
                    <td className="govuk-table__cell">
                      <Change value={row.change} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3 className="govuk-heading-s">{t("practice.change.statementsHeading")}</h3>
          {change.statements.length === 0 ? (
            <p className="govuk-body">{t("practice.change.noStatements")}</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {change.statements.map((row) => (
                <li key={row.statementKey}>
                  {cy ? row.textCy : row.text}: {t(`practice.levels.${row.before}`)} → {t(`practice.levels.${row.now}`)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
