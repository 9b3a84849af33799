import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { languageDirection, languageLabel } from "~/surveys/languages";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { DefinitionProblems } from "~/surveys/definition-problems";
import { applyTranslations, translatableStrings } from "~/surveys/edit";
import { textIn } from "~/surveys/survey-json";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey, saveDraft } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "translations.title");

function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const asked = new URL(request.url).searchParams.get("lang") ?? "";
  const target = survey.settings.languages.includes(asked) ? asked : (survey.settings.languages[0] ?? null);
  return { user, survey, target };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, target } = load(request, params);
  const rows = translatableStrings(survey.draft).map((row) => ({
    key: row.key,
    label: row.label,
    english: textIn(row.value, "en"),
    translation: target ? textIn(row.value, target) : "",
  }));
  return { survey: { id: survey.id, title: survey.title, languages: survey.settings.languages }, target, rows };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, survey, target } = load(request, params);
  if (!target) return { ok: false as const, problems: [] };
  const form = await request.formData();
  const texts: Record<string, string> = {};
  for (const row of translatableStrings(survey.draft)) {
    const value = form.get(`t:${row.key}`);
    if (typeof value === "string") texts[row.key] = value.slice(0, 5000);
  }
  const saved = saveDraft(user, survey.id, applyTranslations(survey.draft, target, texts));
  return saved.ok ? { ok: true as const, problems: [] } : { ok: false as const, problems: saved.problems };
}

export default function Translations() {
  const { t, i18n } = useTranslation();
  const { survey, target, rows } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const missing = rows.filter((row) => row.english && !row.translation).length;
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("translations.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign />
      {result?.ok ? <SuccessBanner id="saved" title={t("translations.saved")} /> : null}
      {result?.problems?.length ? <DefinitionProblems problems={result.problems} /> : null}
      {!target ? (
        <p className="govuk-body">{t("translations.noLanguages")}</p>
      ) : (
        <>
          <p className="govuk-body">
            {survey.languages.map((lang) =>
              lang === target ? (
                <strong key={lang} className="govuk-!-margin-right-4">
                  {languageLabel(t, lang, i18n.language)}
                </strong>
              ) : (
                <Link key={lang} className="govuk-link govuk-!-margin-right-4" to={`?lang=${lang}`}>
                  {languageLabel(t, lang, i18n.language)}
                </Link>
              ),
            )}
          </p>
          <p className="govuk-body" data-testid="missing-count">
            {t("translations.missing", { count: missing, language: languageLabel(t, target, i18n.language) })}
          </p>
          <Form method="post">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                {t("translations.caption", { language: languageLabel(t, target, i18n.language) })}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    {t("translations.where")}
                  </th>
                  <th scope="col" className="govuk-table__header">
                    {t("surveyLanguages.en")}
                  </th>
                  <th scope="col" className="govuk-table__header">
                    {languageLabel(t, target, i18n.language)}
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {rows.map((row, index) => (
                  <tr className="govuk-table__row" key={row.key}>
                    <td className="govuk-table__cell govuk-body-s">{row.label}</td>
                    <td className="govuk-table__cell" id={`en-${index}`} lang="en">
                      {row.english}
                    </td>
                    <td className="govuk-table__cell">
                      <label className="govuk-visually-hidden" htmlFor={`tr-${index}`}>
                        {t("translations.inputLabel", { language: languageLabel(t, target, i18n.language), text: row.english })}
                      </label>
                      {!row.translation ? (
                        <strong className="govuk-tag govuk-tag--red govuk-!-margin-bottom-1">
                          {t("translations.missingTag")}
                        </strong>
                      ) : null}
                      <textarea
                        className="govuk-textarea govuk-!-margin-bottom-0"
                        id={`tr-${index}`}
                        name={`t:${row.key}`}
                        rows={2}
                        lang={target}
                        dir={languageDirection(target)}
                        defaultValue={row.translation}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("translations.save")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}
