import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { formatShare } from "~/insights/charts/chart-data";
import type { ComplianceCell, ComplianceFigure } from "~/insights/compliance";
import { Count, formatCount } from "~/insights/count";
import { periodLabel } from "~/insights/figures-time";
import { inLanguage } from "./access";
import type { Pack, PackEngagement, PackSurveyFigures, PackTheme } from "./pack";

/** "March 2026" / "Mawrth 2026". */
const monthName = (month: string, lang: string) => formatDate(`${month}-01`, lang).replace(/^1 /, "");

/** Printing needs a script; without one, the hint says how. */
function PrintButton() {
  const { t } = useTranslation();
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return scripted ? (
    <button
      type="button"
      className="govuk-button govuk-button--secondary vv-no-print"
      data-module="govuk-button"
      onClick={() => window.print()}
    >
      {t("panels.pack.print")}
    </button>
  ) : (
    <p className="govuk-body vv-no-print">{t("panels.pack.printHint")}</p>
  );
}

function ComplianceCellView({ cell }: { cell: ComplianceCell }) {
  const { t } = useTranslation();
  if (cell.base.kind !== "count") return <Count shown={cell.base} />;
  if (cell.share === null) return <>{t("insights.compliance.noAnswers")}</>;
  return <>{t("insights.compliance.cell", { share: formatShare(cell.share), base: formatCount(cell.base.value) })}</>;
}

function ComplianceTable({ compliance, engagement }: { compliance: ComplianceFigure; engagement: string }) {
  const { t, i18n } = useTranslation();
  const quarter = (q: number, year: string) => t(`insights.compliance.quarter${q}`, { year });
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">
        {t("panels.pack.complianceCaption", { engagement })}
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
              {t("insights.compliance.rightLabel", { number: row.right, name: t(`insights.compliance.rights.${row.right}`) })}
              {row.surveyTitle ? <span className="govuk-caption-m">{row.surveyTitle}</span> : null}
            </th>
            {row.periods.map((cell, i) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={compliance.periods[i]}>
                <ComplianceCellView cell={cell} />
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
              <ComplianceCellView cell={row.whole} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EngagementSection({ engagement }: { engagement: PackEngagement }) {
  const { t, i18n } = useTranslation();
  const title = inLanguage(i18n.language, engagement.title, engagement.titleCy);
  return (
    <div className="vv-pack-block">
      <h3 className="govuk-heading-m">{title}</h3>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.pack.responses")}</dt>
          <dd className="govuk-summary-list__value" data-testid={`pack-responses-${engagement.id}`}>
            <Count shown={engagement.responses} />
          </dd>
        </div>
      </dl>
      <h4 className="govuk-heading-s">{t("panels.pack.complianceHeading")}</h4>
      {engagement.compliance ? (
        <ComplianceTable compliance={engagement.compliance} engagement={title} />
      ) : (
        <p className="govuk-body">{t("panels.pack.noCompliance")}</p>
      )}
    </div>
  );
}

function SurveyFigures({ figures, theme, showTitle }: { figures: PackSurveyFigures; theme: string; showTitle: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {showTitle ? <h4 className="govuk-heading-s">{t("panels.pack.survey", { title: figures.surveyTitle })}</h4> : null}
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.pack.respondents")}</dt>
          <dd className="govuk-summary-list__value">
            <Count shown={figures.mentioning} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.pack.share")}</dt>
          <dd className="govuk-summary-list__value">
            {figures.share === null ? t("panels.pack.shareHidden") : t("panels.pack.shareValue", { share: figures.share })}
          </dd>
        </div>
      </dl>
      {figures.trend.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t("panels.pack.trendCaption", { theme })}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("panels.pack.month")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("panels.pack.count")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {figures.trend.map((row) => (
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
      ) : null}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{t("panels.pack.sentimentCaption", { theme })}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("panels.pack.sentiment")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("panels.pack.count")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.sentiment.map((row) => (
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
    </>
  );
}

function ThemeSection({ theme, threshold, index }: { theme: PackTheme; threshold: number; index: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = inLanguage(lang, theme.name, theme.nameCy);
  const description = inLanguage(lang, theme.description, theme.descriptionCy);
  return (
    <section className="vv-pack-block" aria-labelledby={`pack-theme-${index}`} data-testid="pack-theme">
      <h3 className="govuk-heading-m" id={`pack-theme-${index}`}>
        {index + 1}. {name}
      </h3>
      {theme.parentName ? (
        <p className="govuk-body-s">
          {t("panels.pack.partOf", { parent: inLanguage(lang, theme.parentName, theme.parentNameCy) })}
        </p>
      ) : null}
      {description ? <p className="govuk-body vv-pre-line">{description}</p> : null}
      {theme.surveys.length === 0 ? <p className="govuk-body">{t("panels.pack.noFigures")}</p> : null}
      {theme.surveys.map((figures) => (
        <SurveyFigures key={figures.surveyId} figures={figures} theme={name} showTitle={theme.surveys.length > 1} />
      ))}
      <h4 className="govuk-heading-s">{t("panels.pack.quotesHeading")}</h4>
      {theme.quotes.length ? (
        theme.quotes.map((quote, i) => (
          <blockquote className="govuk-inset-text vv-pre-line" key={i} lang={quote.language}>
            {quote.text}
          </blockquote>
        ))
      ) : (
        <p className="govuk-body">{t("panels.pack.quotesNone", { threshold })}</p>
      )}
    </section>
  );
}

/** The frozen pack of a session, as every member reads it; printable with the browser's print. */
export function PackView({ pack }: { pack: Pack }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pack-heading" className="vv-pack" data-testid="pack">
      <h2 className="govuk-heading-l" id="pack-heading">
        {t("panels.pack.heading")}
      </h2>
      <p className="govuk-body">{t("panels.pack.intro", { threshold: pack.threshold })}</p>
      <PrintButton />
      <h2 className="govuk-heading-l">{t("panels.pack.themesHeading")}</h2>
      {pack.themes.map((theme, index) => (
        <ThemeSection key={theme.id} theme={theme} threshold={pack.threshold} index={index} />
      ))}
      <h2 className="govuk-heading-l">{t("panels.pack.engagementsHeading")}</h2>
      {pack.engagements.map((engagement) => (
        <EngagementSection key={engagement.id} engagement={engagement} />
      ))}
    </section>
  );
}
