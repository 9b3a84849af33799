import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Radios, Textarea } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SURVEY_DESIGNERS } from "~/surveys/access";
import { TEMPLATES, templateSurvey } from "~/surveys/bank";
import { parseDefinition, type DefinitionProblem } from "~/surveys/definition";
import { DefinitionProblems } from "~/surveys/definition-problems";
import { withUsableNames } from "~/surveys/names";
import { DEFAULT_SETTINGS, settingsFrom, SURVEY_ARRAYS, surveySettingsSchema } from "~/surveys/schemas";
import { SurveySettingsFields } from "~/surveys/settings-form";
import type { SurveyJson } from "~/surveys/survey-json";
import { createSurvey, engagementChoices } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "survey.create");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const engagementId = Number(new URL(request.url).searchParams.get("engagement")) || null;
  return { engagements: engagementChoices(user.organisation.id), engagementId };
}

type Start = { json: SurveyJson } | { error: Record<string, string> } | { problems: DefinitionProblem[]; text: string };

async function startingDefinition(formData: FormData, titles: Record<string, string>): Promise<Start> {
  const start = formData.get("start");
  const title = Object.fromEntries(Object.entries(titles).map(([lang, text]) => [lang === "en" ? "default" : lang, text]));
  if (start === "template") {
    const template = TEMPLATES.find((t) => t.id === formData.get("template"));
    if (!template) return { error: { template: "errors.templateRequired" } };
    return { json: { ...templateSurvey(template), title } };
  }
  if (start === "import") {
    const file = formData.get("importFile");
    const text = file instanceof File && file.size > 0 ? await file.text() : String(formData.get("importJson") ?? "");
    if (!text.trim()) return { error: { importJson: "errors.importRequired" } };
    const parsed = parseDefinition(formData.get("fixNames") === "yes" ? withUsableNames(text) : text);
    if (!parsed.ok) return { problems: parsed.problems, text };
    return { json: { ...parsed.json, title: parsed.json.title ?? title } };
  }
  if (start === "blank") {
    return {
      json: { title, pages: [{ name: "page1", title: { default: "Page 1", cy: "Tudalen 1" }, elements: [] }] } as SurveyJson,
    };
  }
  return { error: { start: "errors.startRequired" } };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const formData = await request.formData();
  const parsed = parseForm(surveySettingsSchema, formData, SURVEY_ARRAYS);
  if (!parsed.ok) return data({ ...parsed, problems: [] }, { status: 400 });
  const { titles, details } = settingsFrom(parsed.data);
  const start = await startingDefinition(formData, titles);
  if ("error" in start) return data({ ...formFailure(formData, start.error, SURVEY_ARRAYS), problems: [] }, { status: 400 });
  if ("problems" in start) {
    // The text comes back in the box (a chosen file cannot be chosen again for the person), so the fix button can resend it.
    const failure = formFailure(formData, { importJson: "errors.importInvalid" }, SURVEY_ARRAYS);
    return data(
      { ...failure, values: { ...failure.values, start: "import", importJson: start.text }, problems: start.problems },
      { status: 400 },
    );
  }
  const created = createSurvey(user, details, start.json);
  if (!created.ok) {
    if ("problems" in created)
      return data(
        { ...formFailure(formData, { importJson: "errors.importInvalid" }, SURVEY_ARRAYS), problems: created.problems },
        { status: 400 },
      );
    return data({ ...formFailure(formData, { [created.field]: created.error }, SURVEY_ARRAYS), problems: [] }, { status: 400 });
  }
  throw redirect(`/surveys/${created.id}`);
}

export default function NewSurvey() {
  const { t, i18n } = useTranslation();
  const { engagements, engagementId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const cy = i18n.language === "cy";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <h1 className="govuk-heading-l">{t("survey.create")}</h1>
        <Form method="post" encType="multipart/form-data" noValidate>
          <Radios
            name="start"
            label={t("survey.start")}
            errors={result?.errors}
            values={result?.values}
            defaultValue="template"
            options={[
              { value: "template", label: t("survey.startTemplate") },
              { value: "blank", label: t("survey.startBlank") },
              { value: "import", label: t("survey.startImport") },
            ]}
          />
          <Radios
            name="template"
            label={t("survey.template")}
            errors={result?.errors}
            values={result?.values}
            defaultValue={TEMPLATES[0].id}
            options={TEMPLATES.map((template) => ({ value: template.id, label: cy ? template.title.cy : template.title.en }))}
          />
          <Textarea
            name="importJson"
            label={t("survey.importJson")}
            hint={t("survey.importHint")}
            errors={result?.errors}
            values={result?.values}
            rows={6}
          />
          {result?.problems?.length ? <DefinitionProblems problems={result.problems} /> : null}
          {result?.problems?.some((p) => p.code === "unusable-name" || p.code === "unusable-page-name") ? (
            <button
              type="submit"
              name="fixNames"
              value="yes"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
            >
              {t("definition.fixNames")}
            </button>
          ) : null}
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="importFile">
              {t("survey.importFile")}
            </label>
            <input className="govuk-file-upload" id="importFile" name="importFile" type="file" accept="application/json,.json" />
          </div>
          <h2 className="govuk-heading-m">{t("survey.settingsHeading")}</h2>
          <SurveySettingsFields
            defaults={{ titles: { en: "" }, slug: "", engagementId, settings: DEFAULT_SETTINGS }}
            engagements={engagements}
            errors={result?.errors}
            values={result?.values}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("survey.create")}
            </button>
            <Link className="govuk-link" to="/surveys">
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
