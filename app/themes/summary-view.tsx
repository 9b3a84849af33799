import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMonth } from "~/components/dates";
import { PrintButton } from "~/components/print-button";
import { CountTable } from "~/insights/count-table";
import type { Shown } from "~/insights/disclosure";
import { Count } from "~/insights/count";
import type { SentimentLabel } from "./tokenise";

type Summary = {
  threshold: number;
  mentioning: Shown;
  share: number | null;
  trend: { month: string; shown: Shown }[];
  sentiment: { label: SentimentLabel; shown: Shown }[];
  quotes: { id: number; text: string; language: string; state: "safe" | "unread" }[];
  quotesAllowed: boolean;
};

/** A theme's figures after disclosure control, and its quotes: printable with the browser's print. */
export function SummaryView({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation();
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
          {summary.quotes.length ? <p className="govuk-body-s vv-no-print">{t("quoteCheck.theme.intro")}</p> : null}
          {summary.quotes.map((quote) => (
            <div key={quote.id} data-testid="summary-quote">
              <blockquote className="govuk-inset-text vv-pre-line govuk-!-margin-bottom-1" lang={quote.language}>
                {quote.text}
              </blockquote>
              {/* The quote check (ADR 0017): leaving a quote out here keeps it from every pack and the public page. */}
              <Form method="post" className="vv-no-print govuk-!-margin-bottom-4">
                {quote.state === "unread" ? (
                  <strong className="govuk-tag govuk-tag--grey govuk-!-margin-right-2">{t("quoteCheck.theme.notRead")}</strong>
                ) : null}
                <input type="hidden" name="codingId" value={quote.id} />
                <button
                  type="submit"
                  name="intent"
                  value="withhold"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                >
                  {t("quoteCheck.theme.leaveOut")}
                </button>
              </Form>
            </div>
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
