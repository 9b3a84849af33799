import { useTranslation } from "react-i18next";
import type { AssessmentView } from "./assessment-view.server";
import { FigureText } from "./figure-text";

/** Every statement's level, notes, evidence and figure, stage by stage: the body of the printable report. */
export function RatingsReport({
  view,
}: {
  view: Pick<AssessmentView, "stages" | "statements" | "ratings" | "figures" | "figureKeys">;
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  return (
    <>
      {view.stages.map((stage) => (
        <section key={stage.key} aria-labelledby={`report-${stage.key}`}>
          <table className="govuk-table vv-practice-table">
            <caption className="govuk-table__caption govuk-table__caption--s" id={`report-${stage.key}`}>
              {stage.number}. {cy ? stage.titleCy : stage.title}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-!-width-one-half">
                  {t("practice.report.statement")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("practice.report.level")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("practice.report.notes")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {view.statements
                .filter((s) => s.stage === stage.key)
                .map((statement) => {
                  const rating = view.ratings.find((r) => r.statementKey === statement.key);
                  const figure = view.figureKeys[statement.key];
                  return (
                    <tr className="govuk-table__row" key={statement.key}>
                      <th scope="row" className="govuk-table__header">
                        {cy ? statement.textCy : statement.text}
                        {figure ? (
                          <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
                            <FigureText figure={figure} value={view.figures[figure]} />
                          </span>
                        ) : null}
                      </th>
                      <td className="govuk-table__cell">
                        {rating ? t(`practice.levels.${rating.level}`) : t("practice.stagePage.notRatedYet")}
                      </td>
                      <td className="govuk-table__cell vv-pre-line">
                        {rating?.notes}
                        {rating?.evidenceLinks.map((link) => (
                          <span className="govuk-!-display-block vv-break-words" key={link}>
                            {link}
                          </span>
                        ))}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
