import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { Shown } from "~/insights/disclosure";
import { Count } from "~/insights/count";
import type { SentimentLabel } from "./tokenise";

type Summary = {
  threshold: number;
  mentioning: Shown;
  share: number | null;
  trend: { month: string; shown: Shown }[];
  sentiment: { label: SentimentLabel; shown: Shown }[];
  quotes: { id: number; text: string; language: string }[];
  quotesAllowed: boolean;
};

/** "March 2026" / "Mawrth 2026". */
const monthName = (month: string, lang: string) => formatDate(`${month}-01`, lang).replace(/^1 /, "");

/** Printing needs a script; the hint says how to print without one. */
function PrintButton() {
  const { t } = useTranslation();
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return scripted ? (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      onClick={() => window.print()}
    >
      {t("themes.summary.print")}
    </button>
  ) : (
    <p className="govuk-body vv-no-print">{t("themes.summary.printHint")}</p>
  );
}

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
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("themes.summary.trendCaption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("themes.summary.month")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("themes.summary.count")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {summary.trend.map((row) => (
              <tr className="govuk-table__row" key={row.month}>
                <th scope="row" className="govuk-table__header">
                  {monthName(row.month, i18n.language)}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <Count shown={row.shown} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="govuk-heading-s">{t("themes.summary.sentimentHeading")}</h3>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{t("themes.summary.sentimentCaption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("themes.summary.sentiment")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("themes.summary.count")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {summary.sentiment.map((row) => (
            <tr className="govuk-table__row" key={row.label}>
              <th scope="row" className="govuk-table__header">
                {t(`themes.summary.${row.label}`)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <Count shown={row.shown} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">{t("themes.summary.sentimentNote")}</p>

      <h3 className="govuk-heading-s">{t("themes.summary.quotesHeading")}</h3>
      {summary.quotesAllowed ? (
        <>
          <p className="govuk-body-s">{t("themes.summary.quotesNote")}</p>
          {summary.quotes.map((quote) => (
            <blockquote className="govuk-inset-text vv-pre-line" key={quote.id} lang={quote.language}>
              {quote.text}
            </blockquote>
          ))}
        </>
      ) : (
        <p className="govuk-body">{t("themes.summary.quotesHidden", { threshold: summary.threshold })}</p>
      )}
      <p className="govuk-body-s">{t("themes.summary.suppression", { threshold: summary.threshold })}</p>
      <PrintButton />
    </section>
  );
}
