import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { badRequest } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS, themeIdFrom } from "~/themes/access";
import { themeName, themeSchema } from "~/themes/codebook";
import { codebookFor, getTheme, listThemes, updateTheme } from "~/themes/codebook.server";
import { ThemeFields } from "~/themes/theme-fields";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.edit.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const theme = getTheme(codebook, themeIdFrom(params));
  // Possible parents: other top-level themes. (A theme with sub-themes is refused with a kind message if moved.)
  const parents = listThemes(codebook).filter((row) => row.parentId === null && row.id !== theme.id);
  return { survey: codebook.survey, theme, parents };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const themeId = themeIdFrom(params);
  const formData = await request.formData();
  if (formData.get("intent") !== "save") badRequest();
  const parsed = parseForm(themeSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const saved = updateTheme(user, codebook, themeId, parsed.data);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: saved.error }), { status: 400 });
  throw redirect(`/surveys/${codebook.survey.id}/themes?done=changed`);
}

export default function EditThemePage() {
  const { t, i18n } = useTranslation();
  const { survey, theme, parents } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/surveys/${survey.id}/themes/${theme.id}`}>
          {t("themes.edit.back")}
        </Link>
        <ErrorSummary errors={failed?.errors} />
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{t("themes.edit.heading", { name: themeName(theme, i18n.language) })}</h1>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="save" />
          <ThemeFields defaults={theme} parents={parents} errors={failed?.errors} values={failed?.values} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
      </div>
    </div>
  );
}
