import { Form, Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "~/accounts/roles";
import { canReadActions } from "~/actions/access";
import { ENGAGEMENT_READERS } from "~/engagements/access";
import type { Language } from "~/i18n/i18n";
import { PRACTICE_READERS } from "~/practice/access";
import { LanguageSwitch, languageLink } from "./language-switch";

export type LayoutUser = {
  name: string;
  roles: Role[];
  organisation: { name: string; nameCy: string };
  /** The outcome pages the organisation has (app/outcomes/outcomes.server.ts `outcomePagesOf`), for those who may read them. */
  outcomes?: { comparison: boolean; service: boolean };
};

function hrefWithLanguage(pathname: string, search: string, lng: Language) {
  const params = new URLSearchParams(search);
  params.set("lng", lng);
  return `${pathname}?${params.toString()}`;
}

export function LanguageNavigation({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <LanguageSwitch
      lang={lang}
      label={t("common.languageNav")}
      other={(language) => languageLink(hrefWithLanguage(location.pathname, location.search, language.code), language)}
    />
  );
}

function navItems(roles: Role[], outcomes: LayoutUser["outcomes"]) {
  const items = [{ to: "/", key: "nav.home" }];
  if (roles.some((role) => ENGAGEMENT_READERS.includes(role))) {
    items.push({ to: "/engagements", key: "nav.engagements" }, { to: "/surveys", key: "nav.surveys" });
  }
  if (canReadActions(roles)) items.push({ to: "/actions", key: "actions.title" });
  if (roles.includes("admin") || roles.includes("panel_member")) items.push({ to: "/panels", key: "panels.nav" });
  if (roles.some((role) => PRACTICE_READERS.includes(role))) items.push({ to: "/practice", key: "practice.nav" });
  if (outcomes?.comparison) items.push({ to: "/outcomes", key: "outcomes.nav" });
  if (outcomes?.service) items.push({ to: "/outcomes/service", key: "outcomes.service.title" });
  // The organisation's settings are one item, opening a page that lists them (app/routes/admin._index.tsx): as eight
  // items they wrapped the navigation onto three rows.
  if (roles.includes("admin")) items.push({ to: "/commissioning", key: "commissioning.nav" }, { to: "/admin", key: "nav.admin" });
  items.push({ to: "/account", key: "nav.account" });
  return items;
}

function ServiceNavigation({ user, lang }: { user: LayoutUser | null; lang: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const items = user ? navItems(user.roles, user.outcomes) : [];
  const matches = (to: string) =>
    to === "/" ? location.pathname === "/" : location.pathname === to || location.pathname.startsWith(`${to}/`);
  // The most specific item is the current one (/outcomes/service, not /outcomes too).
  const active = items.filter((item) => matches(item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const current = (to: string) => to === active;
  return (
    <section aria-label={t("common.serviceName")} className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          {user ? (
            <nav aria-label={t("common.mainNav")} className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) => (
                  <li
                    key={item.to}
                    className={`govuk-service-navigation__item${current(item.to) ? " govuk-service-navigation__item--active" : ""}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.to}
                      aria-current={current(item.to) ? "page" : undefined}
                    >
                      {current(item.to) ? (
                        <strong className="govuk-service-navigation__active-fallback">{t(item.key)}</strong>
                      ) : (
                        t(item.key)
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="vv-service-nav__end">
            {user ? (
              <>
                <p className="vv-signed-in">{t("common.signedInAs", { name: user.name })}</p>
                <Form method="post" action="/sign-out">
                  <button type="submit" className="vv-link-button">
                    {t("common.signOut")}
                  </button>
                </Form>
              </>
            ) : null}
            <LanguageNavigation lang={lang} />
          </div>
        </div>
      </div>
    </section>
  );
}

export function PageShell({ lang, user, children }: { lang: Language; user: LayoutUser | null; children: ReactNode }) {
  const { t } = useTranslation();
  const organisation = user ? (lang === "cy" ? user.organisation.nameCy : user.organisation.name) : null;
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        {t("common.skipLink")}
      </a>
      <header className="govuk-generic-header vv-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">
              {organisation ? <span className="vv-header__organisation">{organisation}</span> : null}
              <span className="vv-header__service">{t("common.serviceName")}</span>
            </Link>
          </div>
        </div>
      </header>
      <ServiceNavigation user={user} lang={lang} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">{t("common.serviceName")}</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility">
                    {t("common.footerAccessibility")}
                  </Link>
                </li>
              </ul>
              <p className="govuk-body-s">{t("common.footerAbout")}</p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
