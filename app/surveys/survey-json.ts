/**
 * The shapes of the SurveyJS JSON we write and read, and helpers for its
 * localisable strings ({ "default": English, "cy": Welsh, …any other language }).
 * Pure: no I/O, no survey-core.
 */

/** SurveyJS writes English under "default". */
export type Localised = string | Record<string, string>;

export type Choice = { value: string; text?: Localised } | string;

export type SurveyElement = {
  type: string;
  name: string;
  title?: Localised;
  description?: Localised;
  html?: Localised;
  placeholder?: Localised;
  choices?: Choice[];
  rows?: Choice[];
  columns?: Choice[];
  isRequired?: boolean;
  /** Our own properties (registered with survey-core's Serializer). */
  requiredReason?: Localised;
  bankId?: string;
  sensitivity?: "low" | "medium" | "high";
  contentWarning?: boolean;
  measures?: Record<string, string | number>;
  visibleIf?: string;
  showNoneItem?: boolean;
  rateCount?: number;
  rateMin?: number;
  rateMax?: number;
  [key: string]: unknown;
};

export type SurveyPage = {
  name: string;
  title?: Localised;
  description?: Localised;
  /** Pages tagged sensitive need a content warning before them. */
  sensitive?: boolean;
  visibleIf?: string;
  elements?: SurveyElement[];
};

export type SurveyJson = {
  title?: Localised;
  description?: Localised;
  pages?: SurveyPage[];
  [key: string]: unknown;
};

/** The text of a localisable string in one language ("en" reads SurveyJS's "default"), or "" when missing. */
export function textIn(value: Localised | undefined, lang: string): string {
  if (value === undefined) return "";
  if (typeof value === "string") return lang === "en" ? value : "";
  const key = lang === "en" ? "default" : lang;
  return (value[key] ?? (lang === "en" ? value.en : undefined) ?? "").trim();
}

export function choiceValue(choice: Choice): string {
  return typeof choice === "string" ? choice : String(choice.value);
}

export function choiceText(choice: Choice): Localised | undefined {
  return typeof choice === "string" ? choice : choice.text;
}

/** Every element of every page, with where it is. */
export function elementsOf(json: SurveyJson) {
  return (json.pages ?? []).flatMap((page, pageIndex) =>
    (page.elements ?? []).map((element, elementIndex) => ({ page, pageIndex, element, elementIndex })),
  );
}

export const CHOICE_TYPES = new Set(["radiogroup", "checkbox", "dropdown", "tagbox"]);
export const OPT_OUT_VALUE = "prefer_not_to_say";
