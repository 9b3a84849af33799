import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const ITEMS = [
  ["/actions", "actions.nav.all"],
  ["/actions/mine", "actions.nav.mine"],
  ["/actions/report", "actions.nav.report"],
] as const;

/** The action log's own pages, as a secondary navigation. */
export function ActionsNav() {
  const { t } = useTranslation();
  return (
    <nav className="vv-subnav vv-no-print" aria-label={t("actions.title")}>
      <ul className="govuk-list vv-subnav__list">
        {ITEMS.map(([to, key]) => (
          <li key={to}>
            <NavLink end className="govuk-link vv-subnav__link" to={to}>
              {t(key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
