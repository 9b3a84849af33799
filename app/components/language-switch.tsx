import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/i18n";

export type LanguageOption = { code: Language; label: string };

/**
 * GOV.UK language navigation: the current language as text, the other as
 * whatever `other` renders (a link on most pages; a button that posts the
 * answers so far on a survey page).
 */
export function LanguageSwitch({
  lang,
  label,
  className,
  other,
}: {
  lang: Language;
  label: string;
  className?: string;
  other: (language: LanguageOption) => ReactNode;
}) {
  const { t } = useTranslation();
  const languages: LanguageOption[] = [
    { code: "en", label: t("common.english") },
    { code: "cy", label: t("common.welsh") },
  ];
  return (
    <nav className={`govuk-language-navigation${className ? ` ${className}` : ""}`} aria-label={label}>
      <ul className="govuk-language-navigation__list">
        {languages.map((language) => (
          <li className="govuk-language-navigation__list-item" key={language.code}>
            {language.code === lang ? (
              <span className="govuk-language-navigation__text" aria-current="true" lang={language.code}>
                {language.label}
              </span>
            ) : (
              other(language)
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The other language as a plain link. */
export function languageLink(href: string, language: LanguageOption) {
  return (
    <a className="govuk-language-navigation__link" href={href} rel="alternate" lang={language.code} hrefLang={language.code}>
      {language.label}
    </a>
  );
}
