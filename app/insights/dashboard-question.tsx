import { useTranslation } from "react-i18next";
import { BarChart } from "./charts/bar-chart";
import { barsOf } from "./charts/chart-data";
import { StackedBarChart } from "./charts/stacked-bar-chart";
import { stackedSentence, tableSentence } from "./charts/summaries";
import { FigureTableView, Summary } from "./dashboard-table";
import type { QuestionFigure } from "./figures";

/** Safe in an id attribute whatever the question's name. */
export const anchorOf = (id: string) => `q-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/**
 * One question's answers: a heading, a one-sentence summary, the chart (bars,
 * or stacked bars for a matrix) and its data table.
 */
export function QuestionFigureView({ question }: { question: QuestionFigure }) {
  const { t } = useTranslation();
  const anchor = anchorOf(question.id);
  const single = question.tables[0];
  const sentence =
    question.kind === "matrix"
      ? stackedSentence(question.tables)
      : tableSentence(single.table, question.kind === "multi" ? "multi" : "single");
  const chartTitle = t("insights.questions.chartTitle", { question: question.title });
  return (
    <section aria-labelledby={`${anchor}-heading`} className="govuk-!-margin-bottom-9" data-testid={`question-${question.id}`}>
      {question.surveyTitle ? (
        <span className="govuk-caption-m">{t("insights.questions.survey", { survey: question.surveyTitle })}</span>
      ) : null}
      <h3 className="govuk-heading-m" id={`${anchor}-heading`}>
        {question.title}
      </h3>
      <Summary id={`${anchor}-summary`} sentence={sentence} />
      {question.kind === "multi" ? <p className="govuk-body-s">{t("insights.questions.multiHint")}</p> : null}
      {question.kind === "matrix" ? (
        <>
          <StackedBarChart
            id={anchor}
            title={chartTitle}
            describedBy={`${anchor}-summary`}
            columns={question.columns}
            bars={question.tables}
          />
          {question.tables.map((row) => (
            <FigureTableView
              key={row.key}
              id={anchorOf(`${question.id}.${row.key}`)}
              table={row.table}
              caption={t("insights.questions.rowCaption", { question: question.title, row: row.label })}
              labelHeader={t("insights.table.answer")}
              totalLabel={t("insights.table.answered")}
            />
          ))}
        </>
      ) : (
        <>
          <BarChart id={anchor} title={chartTitle} describedBy={`${anchor}-summary`} bars={barsOf(single.table)} />
          <FigureTableView
            id={anchor}
            table={single.table}
            caption={t("insights.questions.tableCaption", { question: question.title })}
            labelHeader={t(question.kind === "multi" ? "insights.table.option" : "insights.table.answer")}
            totalLabel={t("insights.table.answered")}
          />
        </>
      )}
    </section>
  );
}
