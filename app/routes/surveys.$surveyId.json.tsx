import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { parseDefinition } from "~/surveys/definition";
import { DefinitionProblems } from "~/surveys/definition-problems";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey, saveDraft } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "jsonView.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  return { survey: { id: survey.id, title: survey.title }, text: JSON.stringify(survey.draft, null, 2) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const id = surveyIdFrom(params);
  getSurvey(user.organisation.id, id);
  const text = String((await request.formData()).get("json") ?? "");
  const parsed = parseDefinition(text);
  if (!parsed.ok) return data({ ok: false as const, text, problems: parsed.problems }, { status: 400 });
  const saved = saveDraft(user, id, parsed.json);
  if (!saved.ok) return data({ ok: false as const, text, problems: saved.problems }, { status: 400 });
  return { ok: true as const, text: JSON.stringify(parsed.json, null, 2), problems: [] };
}

export default function JsonView() {
  const { t } = useTranslation();
  const { survey, text } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok;
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("jsonView.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign />
      {result?.ok ? <SuccessBanner id="json-saved" title={t("jsonView.saved")} /> : null}
      <p className="govuk-body">{t("jsonView.intro")}</p>
      {failed ? (
        <div role="alert">
          <DefinitionProblems problems={result.problems} />
        </div>
      ) : null}
      <Form method="post">
        <div className={`govuk-form-group${failed ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label govuk-label--s" htmlFor="json">
            {t("jsonView.label")}
          </label>
          <textarea
            className="govuk-textarea vv-code"
            id="json"
            name="json"
            rows={30}
            spellCheck={false}
            defaultValue={result?.text ?? text}
            key={result?.text ?? text}
          />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          {t("jsonView.save")}
        </button>
      </Form>
    </>
  );
}
