/**
 * The frame of every respondent page: "Exit this page" first, the
 * organisation's name, the language choice, the page, and support contacts.
 * Works without JavaScript; /respondent.js adds the Shift×3 shortcut and the
 * history-replacing exit.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch, languageLink } from "~/components/language-switch";
import { useNonce } from "~/components/nonce";
import type { Language } from "~/i18n/i18n";
import type { SupportEntry } from "~/support/directory.server";

export type RespondentOrganisation = {
  slug: string;
  name: string;
  nameCy: string;
  brandColour: string;
  quickExitUrl: string;
};

/** Where "Exit this page" goes when we do not know the organisation. */
export const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

export function organisationName(organisation: Pick<RespondentOrganisation, "name" | "nameCy">, lang: string) {
  return lang === "cy" ? organisation.nameCy || organisation.name : organisation.name;
}

export function ExitThisPage({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <div
      className="govuk-exit-this-page vv-exit"
      data-vv-exit=""
      data-text-activated={t("respondent.exit.activated")}
      data-text-press-two={t("respondent.exit.pressTwo")}
      data-text-press-one={t("respondent.exit.pressOne")}
      data-text-expired={t("respondent.exit.expired")}
    >
      <a
        href={href}
        role="button"
        draggable="false"
        className="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
        rel="nofollow noreferrer"
      >
        <span className="govuk-visually-hidden">{t("respondent.exit.emergency")}</span> {t("respondent.exit.button")}
        <span className="govuk-exit-this-page__indicator" aria-hidden="true">
          <span className="govuk-exit-this-page__indicator-light" />
          <span className="govuk-exit-this-page__indicator-light" />
          <span className="govuk-exit-this-page__indicator-light" />
        </span>
      </a>
      <div className="govuk-visually-hidden" role="status" aria-live="polite" data-vv-exit-status="" />
    </div>
  );
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/** `headingLevel`: each service's heading, one below the heading the list sits under (3 in the support panel). */
export function SupportList({
  entries,
  lang,
  headingLevel = 3,
}: {
  entries: SupportEntry[];
  lang: Language;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const pick = (text: { en: string; cy: string }) => (lang === "cy" ? text.cy || text.en : text.en);
  return (
    <ul className="govuk-list vv-support-list">
      {entries.map((entry) => (
        <li key={entry.name.en}>
          <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{pick(entry.name)}</Heading>
          {pick(entry.description) ? <p className="govuk-body-s govuk-!-margin-bottom-1">{pick(entry.description)}</p> : null}
          <p className="govuk-body-s">
            {entry.phone ? (
              <a className="govuk-link" href={telHref(entry.phone)}>
                {t("respondent.support.call", { phone: entry.phone })}
              </a>
            ) : null}
            {entry.phone && pick(entry.hours) ? ` (${pick(entry.hours)})` : null}
            {entry.url ? (
              <>
                {entry.phone ? <br /> : null}
                <a className="govuk-link" href={entry.url} rel="noreferrer noopener">
                  {t("respondent.support.website", { name: pick(entry.name) })}
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Support on every page: 999 always in view; the directory open, or one click away on survey pages. */
export function SupportPanel({ entries, lang, collapsed }: { entries: SupportEntry[]; lang: Language; collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <aside className="vv-support" aria-labelledby="support-heading">
      <h2 className="govuk-heading-m" id="support-heading">
        {t("respondent.support.heading")}
      </h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">{t("respondent.support.emergency")}</strong>
      </div>
      {collapsed ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t("respondent.support.show")}</span>
          </summary>
          <div className="govuk-details__text">
            <SupportList entries={entries} lang={lang} />
          </div>
        </details>
      ) : (
        <>
          <p className="govuk-body">{t("respondent.support.intro")}</p>
          <SupportList entries={entries} lang={lang} />
        </>
      )}
    </aside>
  );
}

export function RespondentLanguageLinks({ lang, hrefFor }: { lang: Language; hrefFor: (lang: Language) => string }) {
  const { t } = useTranslation();
  return (
    <LanguageSwitch
      lang={lang}
      label={t("respondent.layout.languageNav")}
      className="vv-respondent-languages"
      other={(language) => languageLink(hrefFor(language.code), language)}
    />
  );
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export function RespondentLayout(props: {
  lang: Language;
  organisation: RespondentOrganisation | null;
  support: SupportEntry[];
  languages: ReactNode;
  supportCollapsed?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const nonce = useNonce();
  const { organisation, lang } = props;
  const name = organisation ? organisationName(organisation, lang) : null;
  return (
    <>
      {organisation && HEX.test(organisation.brandColour) ? (
        <link rel="stylesheet" href={`/theme/${organisation.brandColour.slice(1).toLowerCase()}.css`} />
      ) : null}
      <a href="#main-content" className="govuk-skip-link">
        {t("respondent.layout.skipLink")}
      </a>
      <div className="govuk-width-container">
        <ExitThisPage href={organisation?.quickExitUrl || DEFAULT_EXIT_URL} />
      </div>
      <header className="govuk-generic-header vv-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            {name && organisation ? (
              <a href={`/o/${organisation.slug}?lng=${lang}`} className="govuk-generic-header__homepage-link">
                <span className="vv-header__organisation">{name}</span>
              </a>
            ) : (
              <span className="vv-header__service">{t("common.serviceName")}</span>
            )}
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        {props.languages}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {props.children}
        </main>
        <SupportPanel entries={props.support} lang={lang} collapsed={props.supportCollapsed} />
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s">{t("respondent.exit.hint")}</p>
              {name ? <p className="govuk-body-s">{t("respondent.layout.about", { organisation: name })}</p> : null}
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={`/o/${organisation?.slug ?? "-"}/accessibility?lng=${lang}`}>
                    {t("respondent.layout.accessibility")}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </footer>
      <script src="/respondent.js" defer nonce={nonce} suppressHydrationWarning />
    </>
  );
}
