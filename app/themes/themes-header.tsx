import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SurveyNav } from "~/surveys/survey-nav";

const SECTIONS = [
  ["", "themes.nav.codebook"],
  ["/code", "themes.nav.code"],
  ["/suggestions", "themes.nav.suggestions"],
  ["/samples", "themes.nav.samples"],
] as const;

/** The survey's title, the page heading, the survey's sections and the theming sections, as on every themes page. */
export function ThemesHeader({
  survey,
  heading,
  canDesign,
  children,
}: {
  survey: { id: number; title: string };
  heading: string;
  canDesign: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <div className="vv-no-print">
        <SurveyNav surveyId={survey.id} canDesign={canDesign} />
        <nav className="vv-subnav" aria-label={t("themes.nav.label")}>
          <ul className="govuk-list vv-subnav__list">
            {SECTIONS.map(([path, key]) => (
              <li key={path}>
                <NavLink end={path === ""} className="govuk-link vv-subnav__link" to={`/surveys/${survey.id}/themes${path}`}>
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {children}
    </>
  );
}

/** "English", "Welsh", or the language code, for an answer's language. */
export function LanguageName({ code }: { code: string }) {
  const { t } = useTranslation();
  if (code === "en") return <>{t("themes.language.en")}</>;
  if (code === "cy") return <>{t("themes.language.cy")}</>;
  return <>{t("themes.language.other", { code })}</>;
}
