/**
 * The shapes of the SurveyJS JSON we write and read, and helpers for its
 * localisable strings ({ "default": English, "cy": Welsh, …any other language }).
 * Pure: no I/O, no survey-core.
 */

/** SurveyJS writes English under "default". */
export type Localised = string | Record<string, string>;

/** A choice as SurveyJS allows it: an object (value of any JSON type, other properties kept), or a bare value. */
export type Choice = { value: string | number | boolean; text?: Localised; [key: string]: unknown } | string | number;

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
  /** Why a question that could identify the person is needed (see ./identifying). */
  identifyingReason?: Localised;
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

/**
 * Every element type a definition may hold: what the designer offers, and what
 * SurveyJS surveys commonly use and the respondent engine renders. Panels and
 * dynamic panels hold elements of these types in turn.
 */
export const IMPORT_TYPES: readonly string[] = [
  ...QUESTION_TYPES,
  "panel",
  "paneldynamic",
  "matrixdropdown",
  "matrixdynamic",
  "multipletext",
  "imagepicker",
  "expression",
];

/** Types refused for a reason of their own (said to the person), not merely unsupported. */
export const REFUSED_TYPES: Record<string, "refused-signaturepad" | "refused-file"> = {
  signaturepad: "refused-signaturepad",
  file: "refused-file",
};

/**
 * The labelled items of an element, whatever shape they are stored in: choices,
 * rows and columns of a matrix are `{ value, text }` (or bare values), while the
 * columns of a matrixdropdown/matrixdynamic and the items of a multipletext are
 * `{ name, title }`. Keys name the list so each string has one place.
 */
export function labelledItems(element: SurveyElement) {
  const out: { list: string; key: string; text: Localised | undefined; item: unknown; index: number }[] = [];
  const named = element.type === "matrixdropdown" || element.type === "matrixdynamic";
  for (const list of ["choices", "rows", "columns", "items"] as const) {
    (listOf(element[list]) as unknown[]).forEach((item, index) => {
      const byName = (named && list === "columns") || (element.type === "multipletext" && list === "items");
      if (byName) {
        const name = isObject(item) && typeof item.name === "string" ? item.name : String(index + 1);
        const title = isObject(item) ? (item.title as Localised | undefined) : undefined;
        out.push({ list, key: name, text: title ?? name, item, index });
      } else if (list !== "items") {
        out.push({ list, key: choiceValue(item), text: choiceText(item) ?? choiceValue(item), item, index });
      }
    });
  }
  return out;
}

/** Elements that hold other elements: a panel's `elements`, a dynamic panel's `templateElements`. */
export function childElements(element: SurveyElement): SurveyElement[] {
  const key = element.type === "paneldynamic" ? "templateElements" : element.type === "panel" ? "elements" : null;
  const children = key ? element[key] : undefined;
  return Array.isArray(children) ? (children.filter(isObject) as SurveyElement[]) : [];
}

/**
 * Every element of every page at any depth (inside panels and dynamic panels
 * too), with its page, in reading order. `elementsOf` stays page-level for the
 * operations that move whole elements.
 */
export function allElementsOf(json: SurveyJson) {
  const out: { page: SurveyPage; element: SurveyElement; parent: SurveyElement | null }[] = [];
  const walk = (page: SurveyPage, elements: SurveyElement[], parent: SurveyElement | null) => {
    for (const element of elements) {
      out.push({ page, element, parent });
      walk(page, childElements(element), element);
    }
  };
  for (const page of pagesOf(json)) walk(page, elementsOfPage(page), null);
  return out;
}

export const CHOICE_TYPES = new Set(["radiogroup", "checkbox", "dropdown", "tagbox"]);
export const OPT_OUT_VALUE = "prefer_not_to_say";

/** Text in the reader's language, falling back to English, then to a given fallback. */
export function textFor(value: unknown, lang: string, fallback = ""): string {
  return textIn(value, lang) || textIn(value, "en") || fallback;
}

/**
 * A localisable string after a form edited some of its languages: the form's
 * languages take the form's text (blank removes), every other language stays
 * as it was, and an unchanged string keeps its exact stored form (a bare
 * string stays a bare string, untrimmed text stays untrimmed). Undefined when
 * nothing is left.
 */
export function mergeLocalised(before: unknown, texts: Record<string, string>, langs: string[]): Localised | undefined {
  if (langs.every((lang) => (texts[lang] ?? "").trim() === textIn(before, lang))) {
    return typeof before === "string" || isObject(before) ? (before as Localised) : undefined;
  }
  const out: Record<string, string> = typeof before === "string" ? { default: before } : {};
  if (isObject(before)) for (const [key, text] of Object.entries(before)) if (typeof text === "string") out[key] = text;
  for (const lang of langs) {
    const text = (texts[lang] ?? "").trim();
    if (text === textIn(before, lang)) continue;
    const key = lang === "en" ? ("default" in out || !("en" in out) ? "default" : "en") : lang;
    if (text) out[key] = text;
    else delete out[key];
  }
  if (Object.keys(out).length === 0) return undefined;
  if (typeof before === "string" && Object.keys(out).length === 1 && typeof out.default === "string") return out.default;
  return out;
}
