import { useTranslation } from "react-i18next";
import { formatShare } from "./charts/chart-data";
import { ComplianceChart } from "./charts/compliance-chart";
import { StackedBarChart } from "./charts/stacked-bar-chart";
import { complianceSentence, stackedSentence } from "./charts/summaries";
import type { ComplianceCell, ComplianceFigure, OutcomeChart } from "./compliance";
import { Count, formatCount } from "./count";
import { FigureTableView, Summary } from "./dashboard-table";
import { periodLabel } from "./figures-time";

function Cell({ cell }: { cell: ComplianceCell }) {
  const { t } = useTranslation();
  if (cell.base.kind !== "count") return <Count shown={cell.base} />;
  if (cell.share === null) return <>{t("insights.compliance.noAnswers")}</>;
  return <>{t("insights.compliance.cell", { share: formatShare(cell.share), base: formatCount(cell.base.value) })}</>;
}

type T = ReturnType<typeof useTranslation>["t"];
const rightLabel = (t: T, right: number) =>
  t("insights.compliance.rightLabel", { number: right, name: t(`insights.compliance.rights.${right}`) });

/** Compliance per right (rows) by period (columns) and over the whole period: the table behind the chart, and the pack's. */
export function ComplianceTable({
  compliance,
  caption,
  captionId,
  testId,
}: {
  compliance: ComplianceFigure;
  caption: string;
  captionId?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const quarter = (q: number, year: string) => t(`insights.compliance.quarter${q}`, { year });
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--s" id={captionId}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("insights.compliance.right")}
          </th>
          {compliance.periods.map((period) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={period}>
              {periodLabel(period, i18n.language, quarter)}
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t("insights.compliance.whole")}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {compliance.rows.map((row) => (
          <tr className="govuk-table__row" key={row.id}>
            <th scope="row" className="govuk-table__header">
              {rightLabel(t, row.right)}
              {row.surveyTitle ? <span className="govuk-caption-m">{row.surveyTitle}</span> : null}
            </th>
            {row.periods.map((cell, i) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={compliance.periods[i]}>
                <Cell cell={cell} />
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
              <Cell cell={row.whole} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Victims' Code compliance: the share who said they received each right, over the whole period and by month or quarter. */
export function ComplianceSection({ compliance }: { compliance: ComplianceFigure }) {
  const { t, i18n } = useTranslation();
  const quarter = (q: number, year: string) => t(`insights.compliance.quarter${q}`, { year });
  const labels = compliance.periods.map((period) => periodLabel(period, i18n.language, quarter));
  const rows = compliance.rows.map((row) => ({ row, label: rightLabel(t, row.right) }));
  const by = t(compliance.by === "month" ? "insights.compliance.byMonth" : "insights.compliance.byQuarter");
  return (
    <section aria-labelledby="compliance-heading" className="govuk-!-margin-bottom-9" data-testid="compliance">
      <h2 className="govuk-heading-l" id="compliance-heading">
        {t("insights.compliance.heading")}
      </h2>
      <p className="govuk-body">{t("insights.compliance.intro")}</p>
      <p className="govuk-body-s">{t("insights.compliance.hiddenNote")}</p>
      <Summary id="compliance-summary" sentence={complianceSentence(rows)} />
      <ComplianceChart
        id="compliance-chart"
        title={t("insights.compliance.chartTitle", { period: by })}
        describedBy="compliance-summary"
        periodLabels={labels}
        rows={rows}
      />
      {/* A named, focusable region so that keyboard users can scroll the wide table; <section> is that region. */}
      <section style={{ overflowX: "auto" }} tabIndex={0} aria-labelledby="compliance-caption">
        <ComplianceTable
          compliance={compliance}
          caption={t("insights.compliance.tableCaption")}
          captionId="compliance-caption"
          testId="table-compliance"
        />
      </section>
    </section>
  );
}

/** Cope-and-recover outcomes: each outcome question's answers as stacked bars, with the tables. */
export function OutcomesSection({ charts }: { charts: OutcomeChart[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="outcomes-heading" className="govuk-!-margin-bottom-9" data-testid="outcomes">
      <h2 className="govuk-heading-l" id="outcomes-heading">
        {t("insights.outcomes.heading")}
      </h2>
      <p className="govuk-body">{t("insights.outcomes.intro")}</p>
      <div className="govuk-inset-text">{t("insights.outcomes.noPairs")}</div>
      {charts.map((chart, i) => (
        <div key={i}>
          <Summary
            id={`outcomes-${i}-summary`}
            sentence={stackedSentence(chart.bars.map((bar) => ({ key: bar.id, label: bar.label, table: bar.table })))}
          />
          <StackedBarChart
            id={`outcomes-${i}`}
            title={t("insights.outcomes.chartTitle")}
            describedBy={`outcomes-${i}-summary`}
            columns={chart.columns}
            bars={chart.bars.map((bar) => ({ key: bar.id, label: bar.label, table: bar.table }))}
          />
          {chart.bars.map((bar) => (
            <FigureTableView
              key={bar.id}
              id={`outcome-${i}-${chart.bars.indexOf(bar)}`}
              table={bar.table}
              caption={t("insights.questions.tableCaption", { question: bar.label })}
              labelHeader={t("insights.table.answer")}
              totalLabel={t("insights.table.answered")}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
