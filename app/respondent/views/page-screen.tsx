/**
 * A survey page. First as a plain server-rendered form that works with no
 * JavaScript at all; then, where the browser runs scripts and the connection
 * is not marked as constrained, survey-react-ui takes over — but only if the
 * person has not started on the plain form, so nothing they typed or focused
 * moves under them.
 */
import { Form, useSubmit } from "@remix-run/react";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PageView } from "../answer-flow.server";
import { AnswerErrorSummary } from "../fields/answer-error-summary";
import { PageFieldsView } from "../fields/page-fields-view";
import { ProblemBanner } from "./simple-views";

const SurveyRunner = lazy(() => import("../survey-runner.client"));

/** The survey renderer is ~350 KB compressed: not worth it on a connection the browser says is slow or metered. */
function rendererWanted(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  if (connection?.saveData) return false;
  if (connection?.effectiveType && /(^|-)2g$/.test(connection.effectiveType)) return false;
  return true;
}

let rendererLoaded = false;

export const ANSWER_FORM_ID = "answer-form";

export function answerAction(slug: string, locale: string) {
  return `/s/${slug}/answer?lng=${locale}`;
}

/** Replaces the answers and page in the journey the page carries (the server checks everything again). */
function withAnswers(journey: string, answers: Record<string, unknown>, pageName: string) {
  const value = JSON.parse(journey) as Record<string, unknown>;
  return JSON.stringify({ ...value, a: answers, p: pageName });
}

export function PageScreen({ view }: { view: PageView }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [enhance, setEnhance] = useState(false);
  const touched = useRef(false);
  const journeyInput = useRef<HTMLInputElement>(null);
  const answers = (JSON.parse(view.journey) as { a: Record<string, unknown> }).a;

  useEffect(() => {
    if (!rendererWanted()) return;
    if (rendererLoaded) {
      if (!touched.current) setEnhance(true);
      return;
    }
    void import("../survey-runner.client").then(() => {
      rendererLoaded = true;
      if (!touched.current) setEnhance(true);
    });
  }, [view]);

  const onChange = useCallback(
    (data: Record<string, unknown>, pageName: string) => {
      if (journeyInput.current) journeyInput.current.value = withAnswers(view.journey, data, pageName);
    },
    [view.journey],
  );
  const send = useCallback(
    (intent: "submit-all" | "save-all", data: Record<string, unknown>, pageName: string) => {
      const form = new FormData();
      form.set("journey", withAnswers(view.journey, data, pageName));
      form.set("intent", intent);
      submit(form, { method: "post", action: answerAction(view.slug, view.surveyLocale) });
    },
    [submit, view.journey, view.slug, view.surveyLocale],
  );

  return (
    <>
      <ProblemBanner problem={view.problem} />
      {view.notice ? (
        <div className="govuk-inset-text" role="status">
          {t(
            `respondent.${view.notice === "welcomeBack" ? "resume.welcomeBack" : view.notice === "newQuestions" ? "answer.newQuestions" : "problems.expiredForm"}`,
          )}
        </div>
      ) : null}
      <AnswerErrorSummary errors={view.errors} general={view.general} lang={view.surveyLocale} />
      {enhance ? (
        <>
          <h1 className="govuk-heading-l">{view.title}</h1>
          <Form method="post" action={answerAction(view.slug, view.surveyLocale)} id={ANSWER_FORM_ID}>
            <input type="hidden" name="journey" defaultValue={view.journey} ref={journeyInput} />
          </Form>
          <div lang={view.surveyLocale} dir={view.dir} className="vv-survey">
            <Suspense fallback={<p className="govuk-body">{t("respondent.answer.loading")}</p>}>
              <SurveyRunner
                view={view}
                answers={answers}
                onChange={onChange}
                send={send}
                saveLabel={t("respondent.answer.save")}
              />
            </Suspense>
          </div>
        </>
      ) : (
        <Form
          method="post"
          action={answerAction(view.slug, view.surveyLocale)}
          id={ANSWER_FORM_ID}
          noValidate
          onFocus={() => (touched.current = true)}
          onInput={() => (touched.current = true)}
        >
          <input type="hidden" name="journey" value={view.journey} />
          {view.shown.map((name) => (
            <input type="hidden" name="shown" value={name} key={name} />
          ))}
          <span className="govuk-caption-l">{view.title}</span>
          <div className="vv-honeypot">
            <label htmlFor="website">Website</label>
            <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <h1 className="govuk-heading-l">{view.pageTitle || view.title}</h1>
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="page-of">
            {t("respondent.answer.pageOf", { current: view.pageNumber, total: view.pageCount })}
          </p>
          {view.pageNumber === 1 ? <p className="govuk-body">{t("respondent.answer.optionalAll")}</p> : null}
          <div lang={view.surveyLocale} dir={view.dir}>
            <PageFieldsView elements={view.elements} answers={answers} errors={view.errors} lang={view.surveyLocale} />
          </div>
          <div className="govuk-button-group">
            <button type="submit" name="intent" value={view.isLast ? "submit" : "next"} className="govuk-button">
              {view.isLast ? t("respondent.answer.submit") : t("respondent.answer.continue")}
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
      )}
    </>
  );
}
