/**
 * The body of the public "you said, we did" page (the route puts it in the respondent layout): for each engagement
 * what we asked and how many took part, then each published action as "You said" (themes, with disclosure-controlled
 * counts, and chosen redacted quotes) and "We did" (what changed, status and dates, why, progress, evidence).
 * Plain HTML: it works, and prints, without JavaScript.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ActionStatus } from "../../db/enums";
import { formatDate } from "~/components/dates";
import type { Language } from "~/i18n/i18n";
import { datesText, mentionedText, statusText, tookPartText } from "./public-text";
import { quoteLang, type ActionView, type EngagementView, type Localised, type YouSaidView } from "./public-view";

type PanelSummaryView = YouSaidView["panelSummaries"][number];

const TAG_COLOUR: Record<ActionStatus, string> = {
  proposed: "govuk-tag--grey",
  agreed: "govuk-tag--light-blue",
  in_progress: "govuk-tag--blue",
  done: "govuk-tag--green",
  not_taken_forward: "govuk-tag--orange",
};

/** Text of the report, marked lang="en" where Welsh was asked for but only English was written. */
function Text({
  value,
  lang,
  as: Tag = "span",
  className,
  id,
}: {
  value: Localised;
  lang: Language;
  as?: "span" | "p" | "h2" | "h3";
  className?: string;
  id?: string;
}) {
  return (
    <Tag id={id} className={className} lang={value.lang !== lang ? value.lang : undefined}>
      {value.text}
    </Tag>
  );
}

function DateText({ value, lang }: { value: string; lang: Language }) {
  return <time dateTime={value}>{formatDate(value, lang)}</time>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function YouSaid({ action, lang }: { action: ActionView; lang: Language }) {
  const { t } = useTranslation();
  if (action.themes.length === 0 && action.quotes.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s">{t("youSaid.youSaid")}</h4>
      {action.themes.length > 0 ? (
        <>
          <p className="govuk-body">{t("youSaid.themesIntro")}</p>
          <ul className="govuk-list govuk-list--bullet">
            {action.themes.map((theme) => (
              <li key={theme.id}>
                <Text value={theme.name} lang={lang} as="span" className="govuk-!-font-weight-bold" />:{" "}
                {mentionedText(t, theme.mentionedBy)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {action.quotes.length > 0 ? (
        <>
          <p className="govuk-body">{t("youSaid.quotesIntro")}</p>
          {action.quotes.map((quote) => (
            <blockquote key={quote.id} className="govuk-inset-text vv-you-said__quote" lang={quoteLang(quote.language, lang)}>
              <p className="govuk-body">{quote.text}</p>
            </blockquote>
          ))}
        </>
      ) : null}
    </>
  );
}

function WeDid({ action, lang }: { action: ActionView; lang: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <h4 className="govuk-heading-s">{t("youSaid.weDid")}</h4>
      <Text value={action.description} lang={lang} as="p" className="govuk-body vv-pre-line" />
      <dl className="govuk-summary-list">
        <Row label={t("youSaid.status")}>
          <strong className={`govuk-tag ${TAG_COLOUR[action.status]}`}>{statusText(t, action.status)}</strong>
        </Row>
        {action.doneOn ? (
          <Row label={t("youSaid.doneOn")}>
            <DateText value={action.doneOn} lang={lang} />
          </Row>
        ) : null}
        {action.targetDate ? (
          <Row label={t("youSaid.targetDate")}>
            <DateText value={action.targetDate} lang={lang} />
          </Row>
        ) : null}
        <Row label={t("youSaid.team")}>{action.owningTeam}</Row>
        {action.ownerName ? <Row label={t("youSaid.owner")}>{action.ownerName}</Row> : null}
      </dl>
      {action.statusReason?.text.trim() ? (
        <>
          <h5 className="govuk-heading-s">{t("youSaid.notTakenForwardWhy")}</h5>
          <Text value={action.statusReason} lang={lang} as="p" className="govuk-body vv-pre-line" />
        </>
      ) : null}
      {action.rationale.text.trim() ? (
        <>
          <h5 className="govuk-heading-s">{t("youSaid.why")}</h5>
          <Text value={action.rationale} lang={lang} as="p" className="govuk-body vv-pre-line" />
        </>
      ) : null}
      {action.updates.length > 0 ? (
        <>
          <h5 className="govuk-heading-s">{t("youSaid.progress")}</h5>
          <ul className="govuk-list vv-you-said__updates">
            {action.updates.map((update) => (
              <li key={update.id}>
                <p className="govuk-body govuk-!-margin-bottom-1 govuk-!-font-weight-bold">
                  <DateText value={update.on} lang={lang} />
                </p>
                <Text value={update.body} lang={lang} as="p" className="govuk-body govuk-!-margin-bottom-1 vv-pre-line" />
                {update.statusTo ? (
                  <p className="govuk-body-s">{t("youSaid.statusChanged", { status: statusText(t, update.statusTo) })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {action.evidence.length > 0 ? (
        <>
          <h5 className="govuk-heading-s">{t("youSaid.evidence")}</h5>
          <ul className="govuk-list vv-you-said__evidence">
            {action.evidence.map((item) => (
              <li key={item.id}>
                <a className="govuk-link" href={item.url} rel="noreferrer noopener">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Engagement({ engagement, lang }: { engagement: EngagementView; lang: Language }) {
  const { t } = useTranslation();
  const dates = datesText(t, engagement.startDate, engagement.endDate, lang);
  return (
    <section className="vv-you-said__engagement" aria-labelledby={engagement.anchor}>
      <Text value={engagement.title} lang={lang} as="h2" className="govuk-heading-l" id={engagement.anchor} />
      <h3 className="govuk-heading-m">{t("youSaid.weAsked")}</h3>
      <Text value={engagement.purpose} lang={lang} as="p" className="govuk-body vv-pre-line" />
      {dates ? <p className="govuk-body">{dates}</p> : null}
      <p className="govuk-body">{tookPartText(t, engagement.tookPart)}</p>
      {engagement.actions.map((action) => (
        <article key={action.id} id={action.anchor} className="vv-you-said__action" aria-labelledby={`${action.anchor}-title`}>
          <Text value={action.title} lang={lang} as="h3" className="govuk-heading-m" id={`${action.anchor}-title`} />
          <YouSaid action={action} lang={lang} />
          <WeDid action={action} lang={lang} />
        </article>
      ))}
    </section>
  );
}

/** Published summaries of the scrutiny panel's signed-off sessions: what the independent panel said. */
function PanelSummaries({ summaries, lang }: { summaries: PanelSummaryView[]; lang: Language }) {
  const { t } = useTranslation();
  if (summaries.length === 0) return null;
  return (
    <section className="vv-you-said__panels" aria-labelledby="panel-summaries">
      <h2 className="govuk-heading-l" id="panel-summaries">
        {t("youSaid.panels.heading")}
      </h2>
      <p className="govuk-body">{t("youSaid.panels.intro")}</p>
      {summaries.map((summary) => (
        <article key={summary.id} id={summary.anchor} aria-labelledby={`${summary.anchor}-title`}>
          <Text value={summary.panelName} lang={lang} as="h3" className="govuk-heading-m" id={`${summary.anchor}-title`} />
          <p className="govuk-body govuk-!-font-weight-bold">
            {t("youSaid.panels.metOn")} <DateText value={summary.heldOn} lang={lang} />
          </p>
          <Text value={summary.summary} lang={lang} as="p" className="govuk-body vv-pre-line" />
        </article>
      ))}
    </section>
  );
}

export function YouSaidWeDidReport({
  report,
  feeds,
}: {
  report: YouSaidView;
  /** Same-site addresses of the feed and the JSON, in this language. */
  feeds: { atom: string; json: string };
}) {
  const { t } = useTranslation();
  const { lang } = report;
  return (
    <div className="govuk-grid-row vv-you-said">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          <Text value={report.organisation.name} lang={lang} />
        </span>
        <h1 className="govuk-heading-xl">{t("youSaid.title")}</h1>
        {report.engagements.length === 0 && report.panelSummaries.length === 0 ? (
          <p className="govuk-body">{t("youSaid.nothingYet")}</p>
        ) : (
          <>
            <p className="govuk-body-l">{t("youSaid.intro")}</p>
            <p className="govuk-body">{t("youSaid.smallNumbers", { threshold: report.threshold })}</p>
          </>
        )}
        <ul className="govuk-list vv-no-print">
          <li>
            <a className="govuk-link" href={feeds.atom} type="application/atom+xml">
              {t("youSaid.feedLink")}
            </a>
          </li>
          <li>
            <a className="govuk-link" href={feeds.json} type="application/json">
              {t("youSaid.jsonLink")}
            </a>
          </li>
        </ul>
        {report.engagements.map((engagement) => (
          <Engagement key={engagement.id} engagement={engagement} lang={lang} />
        ))}
        <PanelSummaries summaries={report.panelSummaries} lang={lang} />
      </div>
    </div>
  );
}
