/**
 * A survey page: the plain server-rendered GOV.UK form, for every respondent, with or without JavaScript. It keeps
 * every word of care (why a question is asked, "(optional)", "Page x of y", content warnings), works with no script
 * at all, and where scripts run Remix sends it without reloading the page: focus then moves to the new page's
 * heading (or to the error summary) and the change is announced. Every question type a survey holds is offered here
 * (questions of several parts too, fields/group-fields.tsx), so respondents never need the survey-react-ui renderer.
 */
import { Form } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PageView } from "../answer-flow.server";
import { AnswerErrorSummary } from "../fields/answer-error-summary";
import { AnswerActionContext } from "../fields/group-fields";
import { PageFieldsView } from "../fields/page-fields-view";
import { PairCodeField } from "../../outcomes/pair-code-views";
import { ProblemBanner } from "./simple-views";

export const ANSWER_FORM_ID = "answer-form";

export function answerAction(slug: string, locale: string) {
  return `/s/${slug}/answer?lng=${locale}`;
}

/**
 * After the server answers with another page (or the same page with errors), where focus goes: the error summary
 * when there are errors (it takes focus itself), else the page's heading, with the new page announced. Not on the
 * first page a person lands on, where the browser starts at the top as usual.
 */
function useFocusOnNewPage(view: PageView) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState("");
  const hasErrors = Object.keys(view.errors).length > 0 || view.general.length > 0;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!hasErrors) heading.current?.focus();
    setAnnouncement(
      t("respondentCare.announcePage", { current: view.pageNumber, total: view.pageCount, title: view.pageTitle || view.title }),
    );
  }, [view, hasErrors, t]);
  return { heading, announcement };
}

/**
 * Enter in a field presses the form's first submit button in the page's order. The language buttons belong to the
 * answer form (so a change of language keeps what was typed) and stand in the header, before the form's own buttons;
 * this copy of Continue (or Send) stands before them, out of sight and out of the tab order, so Enter always moves
 * forward. Assistive technology uses the visible button at the end of the form.
 */
export function DefaultForwardButton({ view }: { view: PageView }) {
  const { t } = useTranslation();
  return (
    <button
      type="submit"
      form={ANSWER_FORM_ID}
      name="intent"
      value={view.isLast ? "submit" : "next"}
      className="vv-default-button"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="default-button"
    >
      {view.isLast ? t("respondent.answer.submit") : t("respondent.answer.continue")}
    </button>
  );
}

/** `action`: where the form posts, when not the survey's answer page (the designer's preview frame posts to itself). */
export function PageScreen({ view, action }: { view: PageView; action?: string }) {
  const { t } = useTranslation();
  const formAction = action ?? answerAction(view.slug, view.surveyLocale);
  const { a: answers, h: held } = JSON.parse(view.journey) as { a: Record<string, unknown>; h?: Record<string, unknown> };
  const { heading, announcement } = useFocusOnNewPage(view);
  const forward = view.isLast ? "submit" : "next";
  const forwardLabel = view.isLast ? t("respondent.answer.submit") : t("respondent.answer.continue");

  return (
    <>
      <ProblemBanner problem={view.problem} waitMinutes={view.waitMinutes} />
      {view.notice ? (
        <div className="govuk-inset-text" role="status">
          {t(
            `respondent.${view.notice === "welcomeBack" ? "resume.welcomeBack" : view.notice === "newQuestions" ? "answer.newQuestions" : "problems.expiredForm"}`,
          )}
        </div>
      ) : null}
      <AnswerErrorSummary errors={view.errors} general={view.general} lang={view.surveyLocale} />
      <p className="govuk-visually-hidden" role="status" aria-live="polite" data-testid="page-announcement">
        {announcement}
      </p>
      <Form
        method="post"
        action={formAction}
        id={ANSWER_FORM_ID}
        noValidate
        // The browser must not fill answers back in when someone comes back to this page (after Exit this page,
        // or on a shared computer): the server puts back what belongs on it.
        autoComplete="off"
      >
        <input type="hidden" name="journey" value={view.journey} />
        {view.shown.map((name) => (
          <input type="hidden" name="shown" value={name} key={name} />
        ))}
        <span className="govuk-caption-l" lang={view.titleLang}>
          {view.title}
        </span>
        <div className="vv-honeypot">
          <label htmlFor="website">Website</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading} lang={view.pageTitle ? view.pageTitleLang : view.titleLang}>
          {view.pageTitle || view.title}
        </h1>
        <p className="govuk-body govuk-!-font-weight-bold" data-testid="page-of">
          {t("respondent.answer.pageOf", { current: view.pageNumber, total: view.pageCount })}
        </p>
        {view.pageNumber === 1 ? <p className="govuk-body">{t("respondent.answer.optionalAll")}</p> : null}
        {view.pairCodeField ? <PairCodeField value={view.pairCodeField.value} /> : null}
        <div lang={view.surveyLocale} dir={view.dir}>
          <AnswerActionContext.Provider value={formAction}>
            <PageFieldsView
              elements={view.elements}
              // The plain fields also show what a number field holds outside its range (not an answer: survey-session.ts).
              answers={held ? { ...answers, ...held } : answers}
              errors={view.errors}
              lang={view.surveyLocale}
            />
          </AnswerActionContext.Provider>
        </div>
        <div className="govuk-button-group">
          <button type="submit" name="intent" value={forward} className="govuk-button">
            {forwardLabel}
          </button>
          {view.pageNumber > 1 ? (
            <button type="submit" name="intent" value="back" className="govuk-button govuk-button--secondary">
              {t("respondent.answer.back")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="save" className="govuk-button govuk-button--secondary">
            {t("respondent.answer.save")}
          </button>
        </div>
      </Form>
    </>
  );
}
