import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { badRequest } from "~/http/responses";
import { surveyIdFrom } from "~/surveys/access";
import { THEME_CODERS, themeIdFrom } from "~/themes/access";
import { themeName } from "~/themes/codebook";
import { codebookFor, deleteTheme, deletionImpact } from "~/themes/codebook.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "themes.delete.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  return { survey: codebook.survey, ...deletionImpact(codebook, themeIdFrom(params)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...THEME_CODERS);
  const codebook = codebookFor(user.organisation.id, surveyIdFrom(params));
  const themeId = themeIdFrom(params);
  const formData = await request.formData();
  if (formData.get("intent") !== "delete") badRequest();
  deleteTheme(user, codebook, themeId);
  throw redirect(`/surveys/${codebook.survey.id}/themes?done=deleted`);
}

export default function DeleteThemePage() {
  const { t, i18n } = useTranslation();
  const { survey, theme, passages, answers, children } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const back = `/surveys/${survey.id}/themes/${theme.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          {t("themes.edit.back")}
        </Link>
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{t("themes.delete.heading", { name: themeName(theme, lang) })}</h1>
        <p className="govuk-body">{t("themes.delete.passages", { passages, answers })}</p>
        {children.length ? (
          <p className="govuk-body">
            {t("themes.delete.children", { names: children.map((c) => themeName(c, lang)).join(", ") })}
          </p>
        ) : null}
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t("themes.warning")}</span>
            {t("themes.delete.noUndo")}
          </strong>
        </div>
        <Form method="post" className="govuk-button-group">
          <button
            type="submit"
            name="intent"
            value="delete"
            className="govuk-button govuk-button--warning"
            data-module="govuk-button"
          >
            {t("themes.delete.submit")}
          </button>
          <Link className="govuk-link" to={back}>
            {t("themes.delete.cancel")}
          </Link>
        </Form>
      </div>
    </div>
  );
}
