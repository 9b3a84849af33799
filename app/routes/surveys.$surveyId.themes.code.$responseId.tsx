import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { forbidden, notFound } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { responseIdFrom, THEME_CODERS } from "~/themes/access";
import { blindAnswersFor, blindKey } from "~/themes/blind.server";
import { codebookOrder } from "~/themes/codebook";
import { codebookFor, listThemes, type Codebook } from "~/themes/codebook.server";
import { codingAction } from "~/themes/coding-actions.server";
import { AnswerText, CodingForm } from "~/themes/coding-form";
import { answerToCode, codingsOf, neighbours, SHARED } from "~/themes/coding.server";
import { CodingsList } from "~/themes/codings-list";
import { sentencesOf } from "~/themes/passages";
import { useQuestionLabel } from "~/themes/question-filter";
import { freeTextQuestions } from "~/themes/questions.server";
import { LanguageName } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.coding.title");

/** The question from ?question=, which must be one of the survey's free-text questions. */
function questionOf(request: Request, codebook: Codebook) {
  const key = new URL(request.url).searchParams.get("question");
  const question = freeTextQuestions(codebook.survey.id).find((q) => q.key === key);
  if (!question) notFound();
  return question;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const question = questionOf(request, codebook);
  const answer = answerToCode(codebook, responseIdFrom(params), question.key);
  const blind = blindAnswersFor(codebook.organisationId, codebook.survey.id, user.id).has(
    blindKey(answer.responseId, question.key),
  );
  return {
    survey: codebook.survey,
    question,
    answer,
    blind,
    sentences: sentencesOf(answer.text),
    themes: codebookOrder(listThemes(codebook)),
    codings: blind
      ? []
      : (codingsOf(codebook.organisationId, [answer.responseId], question.key, SHARED).get(answer.responseId) ?? []),
    ...neighbours(codebook, question.key, answer.responseId),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const question = questionOf(request, codebook);
  const responseId = responseIdFrom(params);
  // A second coder codes sampled answers in the sample, blind, never in the shared coding meanwhile.
  if (blindAnswersFor(codebook.organisationId, codebook.survey.id, user.id).has(blindKey(responseId, question.key))) forbidden();
  return codingAction(await request.formData(), user, codebook, { responseId, answerKey: question.key }, SHARED);
}

export default function CodeAnswerPage() {
  const { t, i18n } = useTranslation();
  const { survey, question, answer, blind, sentences, themes, codings, previous, next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const label = useQuestionLabel();
  const failed = result && !result.ok ? result : undefined;
  const base = `/surveys/${survey.id}/themes/code`;
  const at = (id: number) => `${base}/${id}?question=${encodeURIComponent(question.key)}`;
  return (
    <>
      <Link className="govuk-back-link" to={`${base}?question=${encodeURIComponent(question.key)}`}>
        {t("themes.coding.back")}
      </Link>
      <ErrorSummary errors={failed?.errors} />
      {result?.ok ? <SuccessBanner id="coding-done" title={t(result.notice)} /> : null}
      <span className="govuk-caption-l">{label(question)}</span>
      <h1 className="govuk-heading-l">{t("themes.answerLabel", { id: answer.responseId })}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("themes.coding.answerHeading")}</h2>
          <div className="govuk-inset-text" lang={answer.language}>
            <AnswerText text={answer.text} />
          </div>
          <p className="govuk-body-s">
            {t("themes.received", { date: formatDate(answer.submittedOn, i18n.language) })} ·{" "}
            <LanguageName code={answer.language} /> · {t("themes.coding.length", { length: answer.text.length })}
          </p>
          {blind ? (
            <p className="govuk-body">{t("themes.code.blind")}</p>
          ) : (
            <>
              <CodingForm
                // A new key after each success clears the ticks for the next passage.
                key={result?.ok ? `${result.notice}-${codings.length}` : "form"}
                text={answer.text}
                sentences={sentences}
                themes={themes}
                errors={failed?.errors}
                values={failed?.values}
              />
              <h2 className="govuk-heading-m">{t("themes.coding.existingHeading")}</h2>
              <CodingsList text={answer.text} codings={codings} themes={themes} removable />
            </>
          )}
          <nav className="govuk-pagination" aria-label={t("themes.coding.answersNav")}>
            {previous ? (
              <div className="govuk-pagination__prev">
                <Link className="govuk-link govuk-pagination__link" to={at(previous)} rel="prev">
                  <span className="govuk-pagination__link-title">{t("themes.coding.previousAnswer")}</span>
                </Link>
              </div>
            ) : null}
            {next ? (
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" to={at(next)} rel="next">
                  <span className="govuk-pagination__link-title">{t("themes.coding.nextAnswer")}</span>
                </Link>
              </div>
            ) : null}
          </nav>
        </div>
      </div>
    </>
  );
}
