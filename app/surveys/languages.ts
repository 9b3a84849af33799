/**
 * Survey languages beyond the built-in six: any BCP 47 code a definition
 * carries (de, lt, so, ti, fa, he, pt-br …) can be offered. Its direction comes
 * from the language itself (Intl.Locale's text info, which Node 20 and current
 * browsers have), with the right-to-left scripts as a fallback list. Pure.
 */
import type { TFunction } from "i18next";

const CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A language code SurveyJS can key strings with: BCP 47, and not English (which SurveyJS keeps under "default"). */
export function isLanguageCode(code: string): boolean {
  if (!CODE.test(code) || code === "default" || code.toLowerCase() === "en") return false;
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

/** Languages written right to left, by language subtag, for runtimes without Intl text info. */
const RTL_FALLBACK = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"]);

export function languageDirection(code: string): "rtl" | "ltr" {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
    const script = locale.maximize().script;
    if (script) return RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
    return RTL_FALLBACK.has(locale.language) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** Every language the definition holds strings in (besides English), in first-seen order. */
export function definitionLanguages(json: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value);
      const isLocalised = "default" in value && entries.every(([, v]) => typeof v === "string");
      if (isLocalised) for (const [key] of entries) if (isLanguageCode(key)) found.add(key);
      if (!isLocalised) entries.forEach(([, v]) => visit(v));
    }
  };
  visit(json);
  return [...found];
}

/** A language's name for the person: ours where we wrote one, else the runtime's, with its own name beside it. */
export function languageLabel(t: TFunction, code: string, uiLanguage: string): string {
  const named = (inLanguage: string) => {
    try {
      return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const own = named(code);
  const inUi = named(uiLanguage);
  return t(`surveyLanguages.${code}`, { defaultValue: own && own !== inUi ? `${inUi} (${own})` : inUi });
}
