import { supportDirectoryFor, nationalHelplines } from "../support/directory.server";
import { fromAcceptLanguage } from "../i18n/detect.server";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../i18n/i18n";
import type { PublicOrganisation } from "./public-survey.server";
import type { RespondentOrganisation } from "./respondent-layout";

/** What every respondent page needs around it: the organisation's public face and its support directory. */
export function respondentChrome(organisation: PublicOrganisation | null) {
  const shown: RespondentOrganisation | null = organisation
    ? {
        slug: organisation.slug,
        name: organisation.name,
        nameCy: organisation.nameCy,
        brandColour: organisation.brandColour,
        quickExitUrl: organisation.quickExitUrl,
      }
    : null;
  return { organisation: shown, support: organisation ? supportDirectoryFor(organisation.id).entries : nationalHelplines() };
}

/** Respondent pages live under /s/ and /o/. */
export const isRespondentPath = (pathname: string) => /^\/(s|o)(\/|$)/.test(pathname);

/**
 * The interface language of a respondent page: from the address, else the
 * browser's languages. Never a cookie or a saved preference: respondent pages
 * keep nothing about the person, and every form carries the language on.
 */
export function respondentLanguage(request: Request): Language {
  const fromUrl = new URL(request.url).searchParams.get("lng");
  if (isLanguage(fromUrl)) return fromUrl;
  return fromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LANGUAGE;
}
