import { useTranslation } from "react-i18next";
import { formatMonth } from "~/components/dates";
import { PrintButton } from "~/components/print-button";
import { CountTable } from "~/insights/count-table";
import type { Shown } from "~/insights/disclosure";
import { Count } from "~/insights/count";
import type { FieldErrors } from "~/components/form/parse-form";
import { LeaveOutQuote, type QuoteOnPage } from "./quote-check-forms";
import type { SentimentLabel } from "./tokenise";

type Summary = {
  threshold: number;
  mentioning: Shown;
  share: number | null;
  trend: { month: string; shown: Shown }[];
  sentiment: { label: SentimentLabel; shown: Shown }[];
  quotes: QuoteOnPage[];
  quotesAllowed: boolean;
};

/**
 * A theme's figures after disclosure control, and its quotes: printable with the browser's print. `current` is a quote
 * whose words changed under a decision just refused, as it reads now: in its place, or first if it is not among them.
 */
export function SummaryView({
  summary,
  errors,
  current,
}: {
  summary: Summary;
  errors?: FieldErrors;
  current?: QuoteOnPage | null;
}) {
  const { t, i18n } = useTranslation();
  const quotes = !current
    ? summary.quotes
    : summary.quotes.some((quote) => quote.id === current.id)
      ? summary.quotes.map((quote) => (quote.id === current.id ? current : quote))
      : current.state === "withheld"
        ? summary.quotes
        : [current, ...summary.quotes];
  return (
    <section aria-labelledby="summary-heading">
      <h2 className="govuk-heading-m" id="summary-heading">
        {t("themes.summary.heading")}
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("themes.summary.respondents")}</dt>
          <dd className="govuk-summary-list__value" data-testid="theme-respondents">
            <Count shown={summary.mentioning} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("themes.summary.share")}</dt>
          <dd className="govuk-summary-list__value" data-testid="theme-share">
            {summary.share === null ? t("themes.summary.shareHidden") : t("themes.summary.shareValue", { share: summary.share })}
          </dd>
        </div>
      </dl>

      <h3 className="govuk-heading-s">{t("themes.summary.trendHeading")}</h3>
      {summary.trend.length === 0 ? (
        <p className="govuk-body">{t("themes.summary.noMonths")}</p>
      ) : (
        <CountTable
          caption={t("themes.summary.trendCaption")}
          captionClassName="govuk-visually-hidden"
          labelHeader={t("themes.summary.month")}
          countHeader={t("themes.summary.count")}
          rows={summary.trend.map((row) => ({ key: row.month, label: formatMonth(row.month, i18n.language), shown: row.shown }))}
        />
      )}

      <h3 className="govuk-heading-s">{t("themes.summary.sentimentHeading")}</h3>
      <CountTable
        caption={t("themes.summary.sentimentCaption")}
        captionClassName="govuk-visually-hidden"
        labelHeader={t("themes.summary.sentiment")}
        countHeader={t("themes.summary.count")}
        rows={summary.sentiment.map((row) => ({ key: row.label, label: t(`themes.summary.${row.label}`), shown: row.shown }))}
      />
      <p className="govuk-body-s">{t("themes.summary.sentimentNote")}</p>

      <h3 className="govuk-heading-s">{t("themes.summary.quotesHeading")}</h3>
      {summary.quotesAllowed ? (
        <>
          <p className="govuk-body-s">{t("themes.summary.quotesNote")}</p>
          {quotes.length ? <p className="govuk-body-s vv-no-print">{t("quoteCheck.theme.intro")}</p> : null}
          {quotes.map((quote) => (
            <LeaveOutQuote key={`${quote.id}-${quote.textHash}`} quote={quote} errors={errors} />
          ))}
        </>
      ) : (
        <p className="govuk-body">{t("themes.summary.quotesHidden", { threshold: summary.threshold })}</p>
      )}
      <p className="govuk-body-s">{t("themes.summary.suppression", { threshold: summary.threshold })}</p>
      <PrintButton label={t("themes.summary.print")} hint={t("themes.summary.printHint")} />
    </section>
  );
}
