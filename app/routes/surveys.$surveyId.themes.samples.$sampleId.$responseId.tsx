import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SessionUser } from "~/accounts/session.server";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { forbidden, notFound } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { responseIdFrom, sampleIdFrom, THEME_CODERS } from "~/themes/access";
import { codebookOrder } from "~/themes/codebook";
import { codebookFor, listThemes } from "~/themes/codebook.server";
import { codingAction } from "~/themes/coding-actions.server";
import { AnswerText, CodingForm } from "~/themes/coding-form";
import { answerToCode, codingsOf } from "~/themes/coding.server";
import { CodingsList } from "~/themes/codings-list";
import { sentencesOf } from "~/themes/passages";
import { getSample } from "~/themes/samples.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.sample.codingTitle");

/** Only the second coder, only while the sample is open, only its answers. */
function blindTarget(user: SessionUser, params: LoaderFunctionArgs["params"]) {
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const sample = getSample(codebook, sampleIdFrom(params), user.id);
  if (user.id !== sample.coderUserId || sample.completedAt) forbidden();
  const responseId = responseIdFrom(params);
  if (!sample.responseIds.includes(responseId)) notFound();
  return { codebook, sample, responseId, layer: { sampleId: sample.id, coderUserId: user.id } };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const { codebook, sample, responseId, layer } = blindTarget(user, params);
  const answer = answerToCode(codebook, responseId, sample.answerKey);
  return {
    survey: codebook.survey,
    sampleId: sample.id,
    answer,
    sentences: sentencesOf(answer.text),
    themes: codebookOrder(listThemes(codebook)),
    codings: codingsOf(codebook.organisationId, [responseId], sample.answerKey, layer).get(responseId) ?? [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const { codebook, sample, responseId, layer } = blindTarget(user, params);
  return codingAction(await request.formData(), user, codebook, { responseId, answerKey: sample.answerKey }, layer);
}

export default function BlindCodingPage() {
  const { t } = useTranslation();
  const { survey, sampleId, answer, sentences, themes, codings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  return (
    <>
      <Link className="govuk-back-link" to={`/surveys/${survey.id}/themes/samples/${sampleId}`}>
        {t("themes.sample.back")}
      </Link>
      <ErrorSummary errors={failed?.errors} />
      {result?.ok ? <SuccessBanner id="coding-done" title={t(result.notice)} /> : null}
      <span className="govuk-caption-l">{t("themes.sample.codingTitle")}</span>
      <h1 className="govuk-heading-l">{t("themes.answerLabel", { id: answer.responseId })}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{t("themes.sample.blindIntro")}</p>
          <h2 className="govuk-heading-m">{t("themes.coding.answerHeading")}</h2>
          <div className="govuk-inset-text" lang={answer.language}>
            <AnswerText text={answer.text} />
          </div>
          <CodingForm
            key={result?.ok ? `${result.notice}-${codings.length}` : "form"}
            text={answer.text}
            sentences={sentences}
            themes={themes}
            errors={failed?.errors}
            values={failed?.values}
          />
          <h2 className="govuk-heading-m">{t("themes.sample.yourTags")}</h2>
          <CodingsList text={answer.text} codings={codings} themes={themes} removable />
        </div>
      </div>
    </>
  );
}
