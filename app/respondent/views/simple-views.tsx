/** The respondent pages that are not survey questions: saved, thanks, resume, and the kind "not available" pages. */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { EmptyView, RefusedView, ResumeView, SavedView, ThanksView, UnavailableView } from "../answer-flow.server";
import { PairCodeToKeep } from "../../outcomes/pair-code-views";
import { organisationName, SupportList } from "../respondent-layout";

const withLang = (path: string, lang: string) => `${path}?lng=${lang}`;

function ProblemBanner({ problem, waitMinutes }: { problem: "limited" | "notSaved" | null; waitMinutes?: number | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const message =
    problem === "limited" && waitMinutes
      ? t(waitMinutes === 1 ? "respondentCare.limitedOne" : "respondentCare.limitedMany", { count: waitMinutes })
      : t(`respondent.problems.${problem}`);
  return (
    <div className="govuk-error-summary" role="alert" tabIndex={-1}>
      <h2 className="govuk-error-summary__title">{t("common.errorSummaryTitle")}</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{message}</p>
      </div>
    </div>
  );
}
export { ProblemBanner };

export function SavedScreen({ view }: { view: SavedView }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">{t("respondent.saved.title")}</h1>
        <div className="govuk-panel__body">
          {t("respondent.saved.codeLabel")}
          <br />
          <strong className="vv-resume-code" data-testid="resume-code">
            {view.code}
          </strong>
        </div>
      </div>
      <p className="govuk-body govuk-!-font-weight-bold">
        {t("respondent.saved.expires", { date: formatDate(view.expiresOn, view.lang) })}
      </p>
      <p className="govuk-body">{t("respondent.saved.keepSafe")}</p>
      <p className="govuk-body">{t("respondentCare.resumeAddress")}</p>
      <p className="govuk-body vv-resume-address">
        <a className="govuk-link" href={view.resumeUrl} data-testid="resume-url">
          {view.resumeUrl}
        </a>
      </p>
      <p className="govuk-body">{t("respondent.saved.replaced")}</p>
      <Form method="post" action={withLang(`/s/${view.slug}/answer`, view.lang)}>
        <input type="hidden" name="journey" value={view.journey} />
        <button type="submit" name="intent" value="show" className="govuk-button govuk-button--secondary">
          {t("respondent.saved.continueNow")}
        </button>
      </Form>
    </>
  );
}

export function ThanksScreen({ view }: { view: ThanksView }) {
  const { t } = useTranslation();
  const organisation = view.chrome.organisation;
  const name = organisation ? organisationName(organisation, view.lang) : "";
  return (
    <>
      {view.danger ? (
        <section className="vv-danger" aria-labelledby="danger-heading">
          <h1 className="govuk-heading-l" id="danger-heading">
            {t("respondent.thanks.dangerHeading")}
          </h1>
          <p className="govuk-body-l">{t("respondent.thanks.danger")}</p>
          <p className="govuk-body-l govuk-!-font-weight-bold">
            <a className="govuk-link" href="tel:999">
              999
            </a>
          </p>
          {/* Right under the page's h1: each service heads its own part (h2), as the thank-you panel after it does. */}
          <SupportList entries={view.chrome.support} lang={view.lang} headingLevel={2} />
        </section>
      ) : null}
      <div className="govuk-panel govuk-panel--confirmation">
        {view.danger ? (
          <h2 className="govuk-panel__title">{t("respondent.thanks.title")}</h2>
        ) : (
          <h1 className="govuk-panel__title">{t("respondent.thanks.title")}</h1>
        )}
        <div className="govuk-panel__body">{t("respondent.thanks.panel")}</div>
      </div>
      {view.duplicate ? <p className="govuk-body">{t("respondent.thanks.alreadyReceived")}</p> : null}
      {view.pairCode ? <PairCodeToKeep code={view.pairCode} /> : null}
      <p className="govuk-body">{t("respondent.thanks.whatNext", { organisation: name })}</p>
      {organisation ? (
        <p className="govuk-body">
          <a className="govuk-link" href={withLang(`/o/${organisation.slug}/you-said-we-did`, view.lang)}>
            {t("respondent.thanks.link")}
          </a>
        </p>
      ) : null}
      <p className="govuk-body">{t("respondent.thanks.closeTab")}</p>
    </>
  );
}

export function ResumeScreen({ view }: { view: ResumeView }) {
  const { t } = useTranslation();
  const error = view.error ? t(`respondent.resume.${view.error}`) : null;
  return (
    <>
      <ProblemBanner problem={view.problem} waitMinutes={view.waitMinutes} />
      {error ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="govuk-error-summary__title">{t("common.errorSummaryTitle")}</h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              <li>
                <a href="#code">{error}</a>
              </li>
            </ul>
          </div>
        </div>
      ) : null}
      <span className="govuk-caption-l">{view.title}</span>
      <h1 className="govuk-heading-l">{t("respondent.resume.title")}</h1>
      <Form method="post" action={withLang(`/s/${view.slug}/answer`, view.lang)} noValidate>
        <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label govuk-label--m" htmlFor="code">
            {t("respondent.resume.label")}
          </label>
          <div id="code-hint" className="govuk-hint">
            {t("respondent.resume.hint")}
          </div>
          {error ? (
            <p id="code-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {error}
            </p>
          ) : null}
          <input
            className={`govuk-input govuk-!-width-two-thirds${error ? " govuk-input--error" : ""}`}
            id="code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={view.code}
            aria-describedby={error ? "code-hint code-error" : "code-hint"}
          />
        </div>
        <button type="submit" name="intent" value="resume" className="govuk-button">
          {t("respondent.resume.submit")}
        </button>
      </Form>
      <p className="govuk-body">
        <a className="govuk-link" href={withLang(`/s/${view.slug}`, view.lang)}>
          {t("respondent.resume.start")}
        </a>
      </p>
    </>
  );
}

export function UnavailableScreen({ view }: { view: UnavailableView }) {
  const { t } = useTranslation();
  const organisation = view.chrome.organisation;
  const key = { unknown: "unknown", closed: "closed", "not-yet-open": "notYet", paused: "paused" }[view.view];
  const name = organisation ? organisationName(organisation, view.lang) : "";
  return (
    <>
      {view.title ? <span className="govuk-caption-l">{view.title}</span> : null}
      <h1 className="govuk-heading-l">{t(`respondent.unavailable.${key}Title`)}</h1>
      <p className="govuk-body">
        {t(`respondent.unavailable.${key}`, {
          date: view.opensOn ? formatDate(view.opensOn, view.lang) : "",
          organisation: name,
        })}
      </p>
      {organisation ? (
        <p className="govuk-body">
          <a className="govuk-link" href={withLang(`/o/${organisation.slug}`, view.lang)}>
            {t("respondent.unavailable.otherSurveys")}
          </a>
        </p>
      ) : null}
    </>
  );
}

/** "Send" with nothing answered: nothing was stored; going back keeps the journey, leaving sends nothing. */
/** `action`: where "Go back to the questions" posts, when not the survey's answer page (the designer's preview frame). */
export function EmptyScreen({ view, action }: { view: EmptyView; action?: string }) {
  const { t } = useTranslation();
  const organisation = view.chrome.organisation;
  return (
    <>
      {view.title ? <span className="govuk-caption-l">{view.title}</span> : null}
      <h1 className="govuk-heading-l">{t("respondentCare.empty.title")}</h1>
      <p className="govuk-body">{t("respondentCare.empty.body")}</p>
      <Form method="post" action={action ?? withLang(`/s/${view.slug}/answer`, view.lang)}>
        <input type="hidden" name="journey" value={view.journey} />
        <div className="govuk-button-group">
          <button type="submit" name="intent" value="show" className="govuk-button">
            {t("respondentCare.empty.backToQuestions")}
          </button>
          <a className="govuk-link" href={withLang(organisation ? `/o/${organisation.slug}` : `/s/${view.slug}`, view.lang)}>
            {t("respondentCare.empty.leave")}
          </a>
        </div>
      </Form>
    </>
  );
}

/** A write the server refused before reading it: what happened, that nothing was saved, and the way back. */
export function RefusedScreen({ view }: { view: RefusedView }) {
  const { t } = useTranslation();
  const organisation = view.chrome.organisation;
  return (
    <>
      {view.title ? <span className="govuk-caption-l">{view.title}</span> : null}
      <h1 className="govuk-heading-l">{t(`respondentCare.refused.${view.kind}Title`)}</h1>
      <p className="govuk-body">{t(`respondentCare.refused.${view.kind}`)}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={withLang(`/s/${view.slug}/resume`, view.lang)}>
          {t("respondent.welcome.resume")}
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={withLang(`/s/${view.slug}`, view.lang)}>
          {t("respondentCare.refused.tryAgain")}
        </a>
      </p>
      {organisation ? (
        <p className="govuk-body">
          <a className="govuk-link" href={withLang(`/o/${organisation.slug}`, view.lang)}>
            {t("respondentCare.refused.otherSurveys", { organisation: organisationName(organisation, view.lang) })}
          </a>
        </p>
      ) : null}
    </>
  );
}
