import { useTranslation } from "react-i18next";
import { formatMonth } from "~/components/dates";
import { PrintButton } from "~/components/print-button";
import { CountTable } from "~/insights/count-table";
import { Count } from "~/insights/count";
import { ComplianceTable } from "~/insights/dashboard-compliance";
import { LinkedSharedThemes } from "~/commissioning/linked-theme-view";
import { inLanguage } from "./access";
import type { Pack, PackEngagement, PackSurveyFigures, PackTheme } from "./pack";

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
        <ComplianceTable compliance={engagement.compliance} caption={t("panels.pack.complianceCaption", { engagement: title })} />
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
        <CountTable
          caption={t("panels.pack.trendCaption", { theme })}
          labelHeader={t("panels.pack.month")}
          countHeader={t("panels.pack.count")}
          rows={figures.trend.map((row) => ({ key: row.month, label: formatMonth(row.month, i18n.language), shown: row.shown }))}
        />
      ) : null}
      <CountTable
        caption={t("panels.pack.sentimentCaption", { theme })}
        labelHeader={t("panels.pack.sentiment")}
        countHeader={t("panels.pack.count")}
        rows={figures.sentiment.map((row) => ({ key: row.label, label: t(`themes.summary.${row.label}`), shown: row.shown }))}
      />
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
      <PrintButton label={t("panels.pack.print")} hint={t("panels.pack.printHint")} />
      {pack.themes.length ? <h2 className="govuk-heading-l">{t("panels.pack.themesHeading")}</h2> : null}
      {pack.themes.map((theme, index) => (
        <ThemeSection key={theme.id} theme={theme} threshold={pack.threshold} index={index} />
      ))}
      {pack.sharedThemes?.length ? (
        <section aria-labelledby="pack-shared-heading" data-testid="pack-shared-themes">
          <h2 className="govuk-heading-l" id="pack-shared-heading">
            {t("commissioning.links.packHeading")}
          </h2>
          <p className="govuk-body">{t("commissioning.links.packIntro")}</p>
          <LinkedSharedThemes themes={pack.sharedThemes} withdrawnKey="commissioning.links.withdrawnPack" />
        </section>
      ) : null}
      {pack.engagements.length ? <h2 className="govuk-heading-l">{t("panels.pack.engagementsHeading")}</h2> : null}
      {pack.engagements.map((engagement) => (
        <EngagementSection key={engagement.id} engagement={engagement} />
      ))}
    </section>
  );
}
