import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { settingsFrom, SURVEY_ARRAYS, surveySettingsSchema } from "~/surveys/schemas";
import { definitionLanguages } from "~/surveys/languages";
import { SurveySettingsFields } from "~/surveys/settings-form";
import { textIn } from "~/surveys/survey-json";
import { SurveyNav } from "~/surveys/survey-nav";
import { engagementChoices, getSurvey, updateSurveyDetails } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "survey.settingsHeading");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const titles = Object.fromEntries(["en", ...survey.settings.languages].map((lang) => [lang, textIn(survey.draft.title, lang)]));
  return {
    survey: { id: survey.id, title: survey.title },
    defaults: { titles, slug: survey.slug, engagementId: survey.engagementId, settings: survey.settings },
    engagements: engagementChoices(user.organisation.id),
    carried: definitionLanguages(survey.draft),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const id = surveyIdFrom(params);
  const formData = await request.formData();
  const parsed = parseForm(surveySettingsSchema, formData, SURVEY_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { titles, details } = settingsFrom(parsed.data);
  const saved = updateSurveyDetails(user, id, details, titles);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: saved.error }, SURVEY_ARRAYS), { status: 400 });
  throw redirect(`/surveys/${id}`);
}

export default function SurveySettingsPage() {
  const { t } = useTranslation();
  const { survey, defaults, engagements, carried } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("survey.settingsHeading")}</h1>
      <SurveyNav surveyId={survey.id} canDesign />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={result?.errors} />
          <Form method="post" noValidate>
            <SurveySettingsFields
              defaults={defaults}
              engagements={engagements}
              errors={result?.errors}
              values={result?.values}
              carried={carried}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("common.save")}
            </button>
          </Form>
        </div>
      </div>
    </>
  );
}
