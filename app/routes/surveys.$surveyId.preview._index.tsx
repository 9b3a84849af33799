import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements } from "~/engagements/access";
import { languageLabel } from "~/surveys/languages";
import { SURVEY_READERS, surveyIdFrom } from "~/surveys/access";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "preview.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const languages = ["en", ...survey.settings.languages];
  const asked = new URL(request.url).searchParams.get("locale") ?? "en";
  return {
    survey: { id: survey.id, title: survey.title },
    languages,
    locale: languages.includes(asked) ? asked : "en",
    canDesign: canEditEngagements(user.roles),
  };
}

export default function Preview() {
  const { t, i18n } = useTranslation();
  const { survey, languages, locale, canDesign } = useLoaderData<typeof loader>();
  const src = `/surveys/${survey.id}/preview/frame?locale=${locale}`;
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("preview.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign={canDesign} />
      <p className="govuk-body">{t("preview.intro")}</p>
      <nav aria-label={t("preview.languages")}>
        <ul className="govuk-list vv-subnav__list govuk-!-margin-bottom-4">
          {languages.map((lang) => (
            <li key={lang}>
              {lang === locale ? (
                <strong aria-current="true">{languageLabel(t, lang, i18n.language)}</strong>
              ) : (
                <Link className="govuk-link" to={`?locale=${lang}`}>
                  {languageLabel(t, lang, i18n.language)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <div className="vv-preview-frames">
        <div>
          <h2 className="govuk-heading-s">{t("preview.phone")}</h2>
          <iframe className="vv-preview-frame" title={t("preview.phoneFrame")} src={src} width={375} height={720} />
        </div>
        <div>
          <h2 className="govuk-heading-s">{t("preview.desktop")}</h2>
          <iframe className="vv-preview-frame" title={t("preview.desktopFrame")} src={src} width={960} height={720} />
        </div>
      </div>
    </>
  );
}
