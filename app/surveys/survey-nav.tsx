import { NavLink, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Role } from "~/accounts/roles";
import { canReadResponses } from "~/responses/access";
import { canCode } from "~/themes/access";

const ITEMS = [
  ["", "surveyNav.overview"],
  ["/design", "surveyNav.design"],
  ["/translations", "surveyNav.translations"],
  ["/preview", "surveyNav.preview"],
  ["/json", "surveyNav.json"],
  ["/settings", "surveyNav.settings"],
  ["/publish", "surveyNav.publish"],
  ["/distribution", "distribution.surveyNav"],
  ["/insights", "insights.surveyNav"],
] as const;

/** What people who read surveys but do not design them see. */
const READER_PATHS: string[] = ["", "/preview", "/distribution", "/insights"];

/** The designer's sections, as a secondary navigation. */
export function SurveyNav({ surveyId, canDesign }: { surveyId: number; canDesign: boolean }) {
  const { t } = useTranslation();
  const signedIn = useRouteLoaderData<{ user: { roles: Role[] } | null }>("root");
  const sections = canDesign ? ITEMS : ITEMS.filter(([path]) => READER_PATHS.includes(path));
  // Responses: analysts, leads and admins only (never panel members or action owners).
  const items: readonly (readonly [string, string])[] = canReadResponses(signedIn?.user?.roles ?? [])
    ? [...sections, ["/responses", "exports.surveyNav"]]
    : sections;
  // Themes: analysts, leads and admins (panels see themes only through frozen packs).
  const withThemes: readonly (readonly [string, string])[] = canCode(signedIn?.user?.roles ?? [])
    ? [...items, ["/themes", "themes.surveyNav"]]
    : items;
  return (
    <nav className="vv-subnav" aria-label={t("surveyNav.label")}>
      <ul className="govuk-list vv-subnav__list">
        {withThemes.map(([path, key]) => (
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
