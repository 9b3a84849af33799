import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { BarChart } from "./charts/bar-chart";
import { barsOf, formatChange } from "./charts/chart-data";
import { ColumnChart } from "./charts/column-chart";
import { tableSentence, weeksSentence } from "./charts/summaries";
import { Count } from "./count";
import { ComplianceSection, OutcomesSection } from "./dashboard-compliance";
import { DashboardFilters } from "./dashboard-filters";
import { QuestionFigureView } from "./dashboard-question";
import { FigureTableView, Summary } from "./dashboard-table";
import type { FigureTable } from "./figures";
import type { InsightsPage, InsightsResult } from "./figures.server";

type Shown = Extract<InsightsResult, { kind: "figures" }>;

function Refused({ page }: { page: InsightsPage }) {
  const { t } = useTranslation();
  if (page.result.kind !== "refused") return null;
  const { refusal } = page.result;
  const threshold = page.threshold;
  const text =
    refusal.reason === "tooFew"
      ? t(page.filtered ? "insights.refused.tooFew" : "insights.refused.tooFewUnfiltered", { threshold })
      : refusal.reason === "periodEdge"
        ? t("insights.refused.periodEdge", { threshold })
        : t(`insights.refused.${refusal.filter}`);
  return (
    <section className="govuk-notification-banner" aria-labelledby="refused-title" data-testid="insights-refused">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="refused-title">
          {t("insights.refused.title")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">{text}</p>
        {page.filtered ? <p className="govuk-body">{t("insights.refused.tryAgain")}</p> : null}
      </div>
    </section>
  );
}

/** A heading, a summary sentence, a chart and its table: how every figure on the page is laid out. */
function Figure({
  id,
  heading,
  table,
  kind,
  labelHeader,
  caption,
}: {
  id: string;
  /** Left out when the figure sits under a heading of its own already. */
  heading?: string;
  table: FigureTable;
  kind: "channels" | "languages" | "completion";
  labelHeader: string;
  caption: string;
}) {
  const { t } = useTranslation();
  // A figure under a heading of its own already sits in that heading's section: a second section there would be a
  // landmark with the same name inside the first.
  const Wrapper = heading ? "section" : "div";
  return (
    <Wrapper aria-labelledby={heading ? `${id}-heading` : undefined} className="govuk-!-margin-bottom-6">
      {heading ? (
        <h3 className="govuk-heading-m" id={`${id}-heading`}>
          {heading}
        </h3>
      ) : null}
      <Summary id={`${id}-summary`} sentence={tableSentence(table, kind)} />
      <BarChart id={id} title={caption} describedBy={`${id}-summary`} bars={barsOf(table)} />
      <FigureTableView
        id={id}
        table={table}
        caption={caption}
        labelHeader={labelHeader}
        totalLabel={t("insights.responses.all")}
      />
    </Wrapper>
  );
}

/** The figures themselves (no form): rendered by the page, and by the disclosure property test. */
export function InsightsFigures({ result, threshold }: { result: Shown; threshold: number }) {
  const { t, i18n } = useTranslation();
  const { figures, comparison } = result;
  const date = (day: string) => formatDate(day, i18n.language);
  return (
    <>
      {comparison ? (
        <p className="govuk-body" data-testid="comparison-note">
          {comparison.refusal
            ? t("insights.comparison.refused", { from: date(comparison.from), to: date(comparison.to), threshold })
            : t("insights.comparison.explanation", { from: date(comparison.from), to: date(comparison.to) })}
        </p>
      ) : (
        <p className="govuk-body-s vv-no-print">{t("insights.comparison.hint")}</p>
      )}

      <h2 className="govuk-heading-l">{t("insights.responses.heading")}</h2>
      <dl className="govuk-summary-list" data-testid="insights-headline">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("insights.responses.total")}</dt>
          <dd className="govuk-summary-list__value">
            <Count shown={figures.responses} />
          </dd>
        </div>
        {figures.previousResponses ? (
          <>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("insights.responses.previousTotal")}</dt>
              <dd className="govuk-summary-list__value">
                <Count shown={figures.previousResponses} />
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("insights.responses.change")}</dt>
              <dd className="govuk-summary-list__value">
                {figures.responsesChange === null || figures.responsesChange === undefined
                  ? t("insights.table.noShare")
                  : `${formatChange(figures.responsesChange)}%`}
              </dd>
            </div>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="weeks-heading" className="govuk-!-margin-bottom-6">
        <h3 className="govuk-heading-m" id="weeks-heading">
          {t("insights.responses.weeks")}
        </h3>
        <Summary id="weeks-summary" sentence={weeksSentence(figures.weeks)} />
        <ColumnChart id="weeks" title={t("insights.responses.weeksCaption")} describedBy="weeks-summary" table={figures.weeks} />
        <FigureTableView
          id="weeks"
          table={figures.weeks}
          caption={t("insights.responses.weeksCaption")}
          labelHeader={t("insights.responses.week")}
          totalLabel={t("insights.responses.all")}
          shares={false}
        />
      </section>
      <Figure
        id="channels"
        heading={t("insights.responses.channels")}
        caption={t("insights.responses.channels")}
        table={figures.channels}
        kind="channels"
        labelHeader={t("insights.responses.channel")}
      />
      <Figure
        id="languages"
        heading={t("insights.responses.languages")}
        caption={t("insights.responses.languages")}
        table={figures.languages}
        kind="languages"
        labelHeader={t("insights.responses.language")}
      />
      <section aria-labelledby="completion-heading" className="govuk-!-margin-bottom-9">
        <h3 className="govuk-heading-m" id="completion-heading">
          {t("insights.completion.heading")}
        </h3>
        <p className="govuk-body">{t("insights.completion.explanation")}</p>
        {figures.completion ? (
          <Figure
            id="completion"
            caption={t("insights.completion.heading")}
            table={figures.completion}
            kind="completion"
            labelHeader={t("insights.completion.label")}
          />
        ) : (
          <p className="govuk-body">{t("insights.completion.none")}</p>
        )}
      </section>

      {result.compliance.rows.length ? <ComplianceSection compliance={result.compliance} /> : null}
      {result.outcomes.length ? <OutcomesSection charts={result.outcomes} /> : null}

      <h2 className="govuk-heading-l">{t("insights.questions.heading")}</h2>
      <p className="govuk-body">{t("insights.questions.intro")}</p>
      {figures.questions.length === 0 ? <p className="govuk-body">{t("insights.questions.none")}</p> : null}
      {figures.questions.map((question) => (
        <QuestionFigureView key={question.id} question={question} />
      ))}
    </>
  );
}

/**
 * The body of an insights page (a survey's, or an engagement's across its
 * surveys): filters, then the figures, a refusal, or why there are none.
 * Everything it shows arrives already through disclosure control.
 */
export function InsightsDashboard({ page, clearTo }: { page: InsightsPage; clearTo: string }) {
  const { t } = useTranslation();
  const { result } = page;
  return (
    <div data-testid="insights">
      <ErrorSummary errors={page.form.errors} />
      <p className="govuk-body-l">{t("insights.intro")}</p>
      <div className="govuk-inset-text">{t("insights.disclosure", { threshold: page.threshold })}</div>
      <DashboardFilters form={page.form} clearTo={clearTo} />
      {result.kind === "invalid" ? <p className="govuk-body">{t("insights.errors.fixToSee")}</p> : null}
      <Refused page={page} />
      {result.kind === "empty" ? (
        <p className="govuk-body" data-testid="insights-empty">
          {t(page.filtered ? "insights.empty.filtered" : "insights.empty.unfiltered")}
        </p>
      ) : null}
      {result.kind === "figures" ? <InsightsFigures result={result} threshold={page.threshold} /> : null}
    </div>
  );
}
