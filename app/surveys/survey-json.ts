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
/**
 * Total over any JSON: survey-core accepts odd shapes (a number as a title),
 * and the check must never crash on what it accepted.
 */
export function textIn(value: unknown, lang: string): string {
  if (typeof value === "string") return lang === "en" ? value.trim() : "";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "";
  const strings = value as Record<string, unknown>;
  const found = lang === "en" ? (strings.default ?? strings.en) : strings[lang];
  return typeof found === "string" ? found.trim() : "";
}

export function choiceValue(choice: unknown): string {
  if (typeof choice === "object" && choice !== null && "value" in choice) return String((choice as { value: unknown }).value);
  return String(choice);
}

export function choiceText(choice: unknown): Localised | undefined {
  if (typeof choice === "object" && choice !== null) return (choice as { text?: Localised }).text;
  return typeof choice === "string" ? choice : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The survey's pages, ignoring anything that is not a page object. */
export function pagesOf(json: SurveyJson): SurveyPage[] {
  return Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
}

/** A page's elements, ignoring anything that is not an element object. */
export function elementsOfPage(page: SurveyPage): SurveyElement[] {
  return Array.isArray(page.elements) ? (page.elements.filter(isObject) as SurveyElement[]) : [];
}

/** A list of choices, rows or columns, or none. */
export function listOf(value: unknown): Choice[] {
  return Array.isArray(value) ? (value as Choice[]) : [];
}

/** Every element of every page, with where it is. */
export function elementsOf(json: SurveyJson) {
  return pagesOf(json).flatMap((page, pageIndex) =>
    elementsOfPage(page).map((element, elementIndex) => ({ page, pageIndex, element, elementIndex })),
  );
}

/** The question types the designer offers and the respondent pages render, in the order the designer offers them. */
export const QUESTION_TYPES = [
  "text",
  "comment",
  "radiogroup",
  "checkbox",
  "dropdown",
  "rating",
  "boolean",
  "matrix",
  "ranking",
  "html",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const CHOICE_TYPES = new Set(["radiogroup", "checkbox", "dropdown", "tagbox"]);
export const OPT_OUT_VALUE = "prefer_not_to_say";

/** Text in the reader's language, falling back to English, then to a given fallback. */
export function textFor(value: unknown, lang: string, fallback = ""): string {
  return textIn(value, lang) || textIn(value, "en") || fallback;
}
