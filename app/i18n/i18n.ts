import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { cy } from "./locales/cy";
import { en } from "./locales/en";

export const LANGUAGES = ["en", "cy"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

export const resources = {
  en: { translation: en },
  cy: { translation: cy },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** A new instance per server request (and one in the browser): resources are inline, so init is synchronous. */
export function createI18n(lng: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources,
    initImmediate: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const shared = createI18n(DEFAULT_LANGUAGE);

/** A translate function fixed to one language, for loaders, actions and meta (no React). */
export function fixedT(lng: Language): TFunction {
  return shared.getFixedT(lng);
}
