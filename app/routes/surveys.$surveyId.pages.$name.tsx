import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formValues } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { notFound } from "~/http/responses";
import { languageLabel } from "~/surveys/languages";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { findPage, updatePage } from "~/surveys/edit";
import { pagePath } from "~/surveys/paths";
import { mergeLocalised, textIn } from "~/surveys/survey-json";
import { getSurvey, saveDraft } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "surveyPage.title");

function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const page = findPage(survey.draft, params.name ?? "");
  if (!page) notFound();
  return { user, survey, page, langs: ["en", ...survey.settings.languages] };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, page, langs } = load(request, params);
  return { survey: { id: survey.id, title: survey.title }, page, langs };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, survey, page, langs } = load(request, params);
  const values = formValues(await request.formData());
  const texts = Object.fromEntries(langs.map((lang) => [lang, String(values[`title_${lang}`] ?? "").slice(0, 200)]));
  // Other languages of the title stay as they were; a page imported without a title may stay so.
  const title = mergeLocalised(page.title, texts, langs);
  if (!textIn(title, "en") && page.title !== undefined)
    return data({ errors: { title_en: "errors.pageTitleRequired" }, values }, { status: 400 });
  const saved = saveDraft(user, survey.id, updatePage(survey.draft, page.name, { title, sensitive: values.sensitive === "yes" }));
  if (!saved.ok) return data({ errors: { form: "errors.importInvalid" }, values }, { status: 400 });
  throw redirect(`/surveys/${survey.id}/design`);
}

export default function EditPage() {
  const { t, i18n } = useTranslation();
  const { survey, page, langs } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/surveys/${survey.id}/design`}>
          {t("question.back")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{t("surveyPage.title")}</h1>
        <Form method="post" action={pagePath(survey.id, page.name)} noValidate>
          {langs.map((lang) => (
            <TextInput
              key={lang}
              name={`title_${lang}`}
              label={t("surveyPage.pageTitleIn", { language: languageLabel(t, lang, i18n.language) })}
              errors={result?.errors}
              values={result?.values}
              defaultValue={textIn(page.title, lang)}
            />
          ))}
          <div className="govuk-checkboxes govuk-!-margin-bottom-6">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="sensitive"
                name="sensitive"
                type="checkbox"
                value="yes"
                defaultChecked={Boolean(page.sensitive)}
                aria-describedby="sensitive-hint"
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="sensitive">
                {t("surveyPage.sensitive")}
              </label>
              <div className="govuk-hint govuk-checkboxes__hint" id="sensitive-hint">
                {t("surveyPage.sensitiveHint")}
              </div>
            </div>
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
      </div>
    </div>
  );
}
