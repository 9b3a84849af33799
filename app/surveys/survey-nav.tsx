import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const ITEMS = [
  ["", "surveyNav.overview"],
  ["/design", "surveyNav.design"],
  ["/translations", "surveyNav.translations"],
  ["/preview", "surveyNav.preview"],
  ["/json", "surveyNav.json"],
  ["/settings", "surveyNav.settings"],
  ["/publish", "surveyNav.publish"],
  ["/distribution", "distribution.surveyNav"],
] as const;

/** The designer's sections, as a secondary navigation. */
export function SurveyNav({ surveyId, canDesign }: { surveyId: number; canDesign: boolean }) {
  const { t } = useTranslation();
  const items = canDesign ? ITEMS : ITEMS.filter(([path]) => path === "" || path === "/preview" || path === "/distribution");
  return (
    <nav className="vv-subnav" aria-label={t("surveyNav.label")}>
      <ul className="govuk-list vv-subnav__list">
        {items.map(([path, key]) => (
          <li key={path}>
            <NavLink end className="govuk-link vv-subnav__link" to={`/surveys/${surveyId}${path}`}>
              {t(key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
