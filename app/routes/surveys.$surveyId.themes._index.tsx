import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { canEditEngagements } from "~/engagements/access";
import { badRequest } from "~/http/responses";
import { Count } from "~/insights/count";
import { suppressCount } from "~/insights/disclosure";
import { disclosureThresholdFor } from "~/organisations/organisations.server";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS } from "~/themes/access";
import { themeDescription, themeName, themeSchema } from "~/themes/codebook";
import { codebookFor, codebookWithCounts, createTheme } from "~/themes/codebook.server";
import { ThemeFields } from "~/themes/theme-fields";
import { ThemesHeader } from "~/themes/themes-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.title");

const DONE = ["deleted", "changed"] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const threshold = disclosureThresholdFor(user.organisation.id);
  const themes = codebookWithCounts(codebook).map(({ answers, passages: _passages, ...theme }) => ({
    ...theme,
    answers: suppressCount(answers, threshold),
  }));
  return { survey: codebook.survey, themes, canDesign: canEditEngagements(user.roles) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const formData = await request.formData();
  if (formData.get("intent") !== "create") badRequest();
  const parsed = parseForm(themeSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const created = createTheme(user, codebook, parsed.data);
  if (!created.ok) return data(formFailure(formData, { [created.field]: created.error }), { status: 400 });
  return data({ ok: true as const, themeId: created.id });
}

export default function CodebookPage() {
  const { t, i18n } = useTranslation();
  const { survey, themes, canDesign } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const failed = result && !result.ok ? result : undefined;
  const done = DONE.find((d) => d === search.get("done"));
  const lang = i18n.language;
  const parentName = (id: number | null) => {
    const parent = themes.find((theme) => theme.id === id);
    return parent ? themeName(parent, lang) : "";
  };
  return (
    <ThemesHeader survey={survey} heading={t("themes.title")} canDesign={canDesign}>
      <ErrorSummary errors={failed?.errors} />
      {result?.ok ? <SuccessBanner id="themes-done" title={t("themes.codebook.created")} /> : null}
      {done ? <SuccessBanner id="themes-done" title={t(`themes.codebook.${done}`)} /> : null}
      <p className="govuk-body">
        {survey.engagementTitle
          ? t("themes.codebook.introEngagement", { engagement: survey.engagementTitle })
          : t("themes.codebook.introSurvey")}
      </p>
      {themes.length === 0 ? (
        <p className="govuk-body">{t("themes.codebook.empty")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("themes.codebook.caption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("themes.codebook.theme")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.codebook.description")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("themes.codebook.answers")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {themes.map((theme) => (
              <tr className="govuk-table__row" key={theme.id}>
                <th scope="row" className={`govuk-table__header${theme.level === 2 ? " govuk-!-padding-left-6" : ""}`}>
                  <Link className="govuk-link" to={`/surveys/${survey.id}/themes/${theme.id}`}>
                    {themeName(theme, lang)}
                  </Link>
                  {theme.level === 2 ? (
                    <span className="govuk-visually-hidden">
                      , {t("themes.codebook.subThemeOf", { parent: parentName(theme.parentId) })}
                    </span>
                  ) : null}
                  {theme.nameCy.trim() ? null : (
                    <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">
                      {t("themes.codebook.welshMissing")}
                    </strong>
                  )}
                </th>
                <td className="govuk-table__cell">{themeDescription(theme, lang)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <Count shown={theme.answers} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/surveys/${survey.id}/themes/code`}>
          {t("themes.codebook.startCoding")}
        </Link>
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("themes.codebook.addHeading")}</h2>
          <Form method="post" noValidate key={result?.ok ? `added-${result.themeId}` : "add"}>
            <input type="hidden" name="intent" value="create" />
            <ThemeFields parents={themes.filter((theme) => theme.level === 1)} errors={failed?.errors} values={failed?.values} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("themes.codebook.add")}
            </button>
          </Form>
        </div>
      </div>
    </ThemesHeader>
  );
}
