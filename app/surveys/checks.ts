/**
 * The trauma-informed check a survey must pass before it is published.
 * Errors block publishing; warnings must be acknowledged. Pure: no I/O.
 */
import { identifyingKind } from "./identifying";
import { fleschReadingEase, LONG_SENTENCE_WORDS, longestSentenceWords, PLAIN_ENGLISH_SCORE } from "./readability";
import { isSafeHtml } from "./safe-html";
import {
  allElementsOf,
  CHOICE_TYPES,
  choiceValue,
  elementsOfPage,
  labelledItems,
  listOf,
  OPT_OUT_VALUE,
  pagesOf,
  textIn,
  type Localised,
  type SurveyElement,
  type SurveyJson,
} from "./survey-json";

export type Severity = "error" | "warning";

export type Finding = {
  rule:
    | "required-without-reason"
    | "no-opt-out"
    | "sensitive-without-warning"
    | "reading-level"
    | "blaming-wording"
    | "missing-translation"
    | "over-time"
    | "no-questions"
    | "unsafe-html"
    | "identifying-question";
  severity: Severity;
  /** Where: the page and, for most rules, the element (by name). */
  page?: string;
  element?: string;
  /** What to show: a translation key under `checks.` and its values. */
  params: Record<string, string | number>;
};

export type CheckOptions = {
  /** Languages the survey is offered in; "en" always. */
  languages: string[];
  /** The time the survey says it takes. */
  estimatedMinutes: number;
};

/** Wording that blames the victim or leads them, in English and Welsh. */
const BLAMING: { pattern: RegExp; severity: Severity; phrase: string }[] = [
  {
    pattern: /\bwhy\s+(did|didn[’']?t|did\s+not|were|weren[’']?t|had|hadn[’']?t)\s+you\b/i,
    severity: "error",
    phrase: "why did you / why didn't you",
  },
  { pattern: /\byou\s+(failed|neglected)\s+to\b/i, severity: "error", phrase: "you failed to" },
  { pattern: /\bfailed\s+to\b/i, severity: "warning", phrase: "failed to" },
  { pattern: /\bshould\s+you\s+have\b|\bshould\s+have\s+you\b/i, severity: "warning", phrase: "should you have" },
  {
    pattern: /\bpam\s+(na\s+)?(wnaethoch|wnest|ddaru|oeddech|oeddet|fuoch)\b/i,
    severity: "error",
    phrase: "pam wnaethoch chi / pam na wnaethoch chi",
  },
  { pattern: /\bwedi\s+methu\b|\bmethoch\s+chi\b/i, severity: "warning", phrase: "wedi methu" },
];

/** The first blaming or leading phrase in a plain text (English or Welsh), for texts outside surveys (messages). */
export function blamingWording(text: string): { severity: Severity; phrase: string } | null {
  const found = BLAMING.find((blame) => blame.pattern.test(text));
  return found ? { severity: found.severity, phrase: found.phrase } : null;
}

/** Seconds a typical person takes per element, for the time estimate. */
function secondsFor(element: SurveyElement): number {
  switch (element.type) {
    case "html":
    case "expression":
      return Math.ceil((textIn(element.html, "en").split(/\s+/).length / 200) * 60);
    case "comment":
      return 90;
    case "text":
      return 25;
    case "matrix":
    case "matrixdropdown":
      return 8 * Math.max(1, listOf(element.rows).length);
    case "ranking":
      return 30;
    default:
      return 12;
  }
}

export function estimateMinutes(json: SurveyJson): number {
  const seconds = allElementsOf(json)
    .filter(({ element }) => element.type !== "panel" && element.type !== "paneldynamic")
    .reduce((sum, { element }) => sum + secondsFor(element), 0);
  return Math.ceil(seconds / 60);
}

/** Every localisable string of the survey, with where it is. */
function strings(json: SurveyJson): { page?: string; element?: string; field: string; value: Localised | undefined }[] {
  const out: { page?: string; element?: string; field: string; value: Localised | undefined }[] = [];
  out.push({ field: "title", value: json.title });
  if (json.description !== undefined) out.push({ field: "description", value: json.description });
  for (const page of pagesOf(json)) {
    if (page.title !== undefined) out.push({ page: page.name, field: "title", value: page.title });
    if (page.description !== undefined) out.push({ page: page.name, field: "description", value: page.description });
  }
  for (const { page, element } of allElementsOf(json)) {
    const at = { page: page.name, element: element.name };
    for (const field of ["title", "description", "html", "placeholder", "requiredReason", "identifyingReason"] as const) {
      if (element[field] !== undefined) out.push({ ...at, field, value: element[field] as Localised });
    }
    for (const item of labelledItems(element)) out.push({ ...at, field: `${item.list}.${item.key}`, value: item.text });
  }
  return out;
}

const visibleText = (element: SurveyElement, lang: string) =>
  [textIn(element.title, lang), textIn(element.description, lang), textIn(element.html, lang).replace(/<[^>]+>/g, " ")]
    .filter(Boolean)
    .join(". ");

/** Elements that ask nothing themselves. */
const NOT_QUESTIONS = new Set(["html", "expression", "panel", "paneldynamic"]);

export function checkSurvey(json: SurveyJson, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const languages = ["en", ...options.languages.filter((lang) => lang !== "en")];
  const all = allElementsOf(json);

  if (all.every(({ element }) => NOT_QUESTIONS.has(element.type))) {
    findings.push({ rule: "no-questions", severity: "error", params: {} });
  }

  if (surveyHtml(json).some(hasUnsafeHtml)) {
    findings.push({ rule: "unsafe-html", severity: "error", params: {} });
  }

  for (const { page, element } of all) {
    const at = { page: page.name, element: element.name };

    // Every language the block holds, offered or not: SurveyJS shows whichever one the locale picks.
    if (element.type === "html" && everyText(element.html).some(hasUnsafeHtml)) {
      findings.push({ rule: "unsafe-html", severity: "error", ...at, params: {} });
    }

    if (element.isRequired && languages.some((lang) => textIn(element.requiredReason, lang) === "")) {
      findings.push({ rule: "required-without-reason", severity: "error", ...at, params: {} });
    }

    // Every survey is anonymous: a question asking who the person is needs a recorded reason, in every language.
    const identifying = identifyingKind(element);
    if (identifying && languages.some((lang) => textIn(element.identifyingReason, lang) === "")) {
      findings.push({ rule: "identifying-question", severity: "error", ...at, params: { kind: identifying } });
    }

    if (CHOICE_TYPES.has(element.type) && !listOf(element.choices).some((c) => choiceValue(c) === OPT_OUT_VALUE)) {
      findings.push({ rule: "no-opt-out", severity: "error", ...at, params: {} });
    }
    if (element.type === "matrix" && !listOf(element.columns).some((c) => choiceValue(c) === OPT_OUT_VALUE)) {
      findings.push({ rule: "no-opt-out", severity: "error", ...at, params: {} });
    }
    if ((element.type === "matrixdropdown" || element.type === "matrixdynamic") && !matrixCellsHaveOptOut(element)) {
      findings.push({ rule: "no-opt-out", severity: "error", ...at, params: {} });
    }
    if (element.type === "imagepicker" && !listOf(element.choices).some((c) => choiceValue(c) === OPT_OUT_VALUE)) {
      findings.push({ rule: "no-opt-out", severity: "warning", ...at, params: { type: element.type } });
    }
    if ((element.type === "rating" || element.type === "boolean") && !element.isRequired) {
      findings.push({ rule: "no-opt-out", severity: "warning", ...at, params: { type: element.type } });
    }

    for (const lang of languages) {
      const text = visibleText(element, lang);
      if (!text) continue;
      for (const blame of BLAMING) {
        if (blame.pattern.test(text)) {
          findings.push({ rule: "blaming-wording", severity: blame.severity, ...at, params: { phrase: blame.phrase, lang } });
          break;
        }
      }
      if (lang === "en") {
        const score = fleschReadingEase(text);
        if (score !== null && score < PLAIN_ENGLISH_SCORE) {
          findings.push({
            rule: "reading-level",
            severity: "warning",
            ...at,
            params: { lang, score: Math.round(score), target: PLAIN_ENGLISH_SCORE },
          });
        }
      } else {
        const longest = longestSentenceWords(text);
        if (longest > LONG_SENTENCE_WORDS) {
          findings.push({
            rule: "reading-level",
            severity: "warning",
            ...at,
            params: { lang, words: longest, target: LONG_SENTENCE_WORDS },
          });
        }
      }
    }
  }

  const pages = pagesOf(json);
  pages.forEach((page, index) => {
    if (!page.sensitive) return;
    const elements = elementsOfPage(page);
    const firstQuestion = elements.findIndex((e) => e.type !== "html");
    const warnedHere = elements.slice(0, firstQuestion === -1 ? elements.length : firstQuestion).some((e) => e.contentWarning);
    const previous = pages[index - 1];
    const warnedBefore = Boolean(previous && (previous.sensitive || elementsOfPage(previous).some((e) => e.contentWarning)));
    if (!warnedHere && !warnedBefore)
      findings.push({ rule: "sensitive-without-warning", severity: "error", page: page.name, params: {} });
  });

  for (const entry of strings(json)) {
    const missing = languages.filter((lang) => textIn(entry.value, lang) === "");
    for (const lang of missing) {
      findings.push({
        rule: "missing-translation",
        severity: "error",
        page: entry.page,
        element: entry.element,
        params: { lang, field: entry.field },
      });
    }
  }

  const estimate = estimateMinutes(json);
  if (estimate > options.estimatedMinutes) {
    findings.push({ rule: "over-time", severity: "warning", params: { estimate, stated: options.estimatedMinutes } });
  }

  return findings;
}

const CELL_CHOICE_TYPES = new Set(["dropdown", "radiogroup", "checkbox", "tagbox"]);

/** Every choice cell of a matrixdropdown/matrixdynamic offers "Prefer not to say" (a cell's choices, else the matrix's). */
function matrixCellsHaveOptOut(element: SurveyElement): boolean {
  const matrixType = typeof element.cellType === "string" ? element.cellType : "dropdown";
  return listOf(element.columns).every((column) => {
    const col = (typeof column === "object" && column !== null ? column : {}) as Record<string, unknown>;
    const type = typeof col.cellType === "string" && col.cellType !== "default" ? col.cellType : matrixType;
    if (!CELL_CHOICE_TYPES.has(type)) return true;
    const choices = Array.isArray(col.choices) && col.choices.length ? col.choices : listOf(element.choices);
    return choices.some((c) => choiceValue(c) === OPT_OUT_VALUE);
  });
}

/** Every string of a localisable value, in whatever language. */
function everyText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.values(value).filter((text): text is string => typeof text === "string");
}

/** The survey-wide properties SurveyJS renders as HTML (completed, loading and "already completed" pages). */
function surveyHtml(json: SurveyJson): string[] {
  const onCondition = Array.isArray(json.completedHtmlOnCondition) ? json.completedHtmlOnCondition : [];
  return [
    json.completedHtml,
    json.completedBeforeHtml,
    json.loadingHtml,
    ...onCondition.map((item: unknown) =>
      typeof item === "object" && item !== null ? (item as { html?: unknown }).html : undefined,
    ),
  ].flatMap(everyText);
}

/**
 * SurveyJS fills "{name}" placeholders in HTML with answers, unescaped, after
 * any check: a block that pipes answers would show markup the respondent typed.
 */
const PIPED_ANSWER = /\{[^{}]*\}/;

/**
 * Markup respondents must never receive. Only the formatting in the allow-list
 * (see ./safe-html) passes; scripts, event handlers, frames, styles, forms,
 * images, comments and links other than web, email and phone fail. The
 * Content-Security-Policy blocks scripts anyway; this keeps them out of
 * published versions altogether.
 */
export function hasUnsafeHtml(html: string): boolean {
  return !isSafeHtml(html) || PIPED_ANSWER.test(html);
}

export const blocksPublishing = (findings: Finding[]) => findings.some((f) => f.severity === "error");
