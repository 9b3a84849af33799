/**
 * One response as staff read it: each answered question's title and its answer
 * in the reader's language, in the order the survey asked them. Pure and
 * serialisable: pages render every part as text, never as HTML.
 */
import { answeredParts, pathOf } from "../respondent/free-text";
import { translatorFor } from "../respondent/fields/messages";
import { textFor } from "../surveys/survey-json";
import { compositeJsonOf, questionSpecs } from "../respondent/survey-engine";
import type { Lang, QuestionSpec } from "../respondent/fields/types";
import { hasOtherItem, isRecord, labelMap, labelOf, labelsOf, otherKey, questionTitle, typedText } from "./labels";

/** One line of an answer: a choice, a matrix row ("They listened to me" → "Agree"), or free text. */
export type AnswerPart = { label?: string; text: string; freeText?: boolean };

export type AnswerView = {
  name: string;
  question: string;
  parts: AnswerPart[];
  /** Multiple choices read as a list; a ranking as a numbered list, in the respondent's order. */
  list: "none" | "bullet" | "number";
};

function otherText(spec: QuestionSpec, answers: Record<string, unknown>): string {
  const key = otherKey(spec.name);
  return Object.hasOwn(answers, key) ? typedText(answers[key]) : "";
}

/** Chosen labels; the "something else" choice carries what the person wrote. */
function choiceParts(spec: QuestionSpec, values: unknown[], answers: Record<string, unknown>, lang: Lang): AnswerPart[] {
  const labels = labelMap(spec.items, lang);
  const other = spec.items.find((item) => item.other);
  return values.map((value) => {
    const label = labelOf(labels, value);
    const written = other && value === other.value ? otherText(spec, answers) : "";
    return written ? { label, text: written, freeText: true } : { text: label };
  });
}

function viewOf(spec: QuestionSpec, value: unknown, answers: Record<string, unknown>, lang: Lang): AnswerView | null {
  const base = { name: spec.name, question: questionTitle(spec, lang) };
  switch (spec.kind) {
    case "text":
    case "comment": {
      const text = typedText(value);
      return text ? { ...base, list: "none", parts: [{ text, freeText: !spec.numeric }] } : null;
    }
    case "choice":
    case "rating":
    case "boolean":
      return { ...base, list: "none", parts: choiceParts(spec, [value], answers, lang) };
    case "choices": {
      const values = Array.isArray(value) ? value : [];
      return values.length ? { ...base, list: "bullet", parts: choiceParts(spec, values, answers, lang) } : null;
    }
    case "ranking": {
      const ranked = labelsOf(labelMap(spec.items, lang), value);
      return ranked.length ? { ...base, list: "number", parts: ranked.map((text) => ({ text })) } : null;
    }
    case "matrix": {
      if (!isRecord(value)) return null;
      const columns = labelMap(spec.items, lang);
      const parts = spec.rows
        .filter((row) => Object.hasOwn(value, String(row.value)))
        .map((row) => ({ label: labelOf(labelMap([row], lang), row.value), text: labelOf(columns, value[String(row.value)]) }));
      return parts.length ? { ...base, list: "none", parts } : null;
    }
    default:
      return null;
  }
}

const COMPOSITE = new Set(["multipletext", "matrixdropdown", "matrixdynamic", "paneldynamic"]);

/** A question of several parts: each answered part under its row or panel and its own title ("Row 2 – Place"). */
function compositeView(definition: object, spec: QuestionSpec, value: unknown, lang: Lang): AnswerView | null {
  const json = compositeJsonOf(definition, spec.name);
  if (!json) return null;
  const key = spec.kind === "paneldynamic" ? "answerForm.entryNumber" : "answerForm.rowNumber";
  const entry = (n: number) => translatorFor(lang)(key, { n });
  const parts = answeredParts(json, value, lang, textFor, entry).map((part) => ({
    label: part.labels.join(" – "),
    text: part.text,
    freeText: part.freeText,
  }));
  return { name: spec.name, question: questionTitle(spec, lang), list: "none", parts };
}

/** The answered questions of a response, against the definition of the version it answered. */
export function answerViews(definition: object, answers: unknown, lang: Lang): AnswerView[] {
  if (!isRecord(answers)) return [];
  const views: AnswerView[] = [];
  for (const spec of questionSpecs(definition)) {
    if (!Object.hasOwn(answers, spec.name)) continue;
    const value = answers[spec.name];
    if (value === null || value === undefined || value === "") continue;
    const view = COMPOSITE.has(spec.kind) ? compositeView(definition, spec, value, lang) : viewOf(spec, value, answers, lang);
    if (view && view.parts.length) views.push(view);
  }
  return views;
}

/** The question an original text belongs to: its title, or "<title> – other" for "something else" text. */
export type OriginalText = { key: string; question: string; text: string };

export function originalTexts(
  definition: object,
  unredacted: unknown,
  lang: Lang,
  otherLabel: (question: string) => string,
): OriginalText[] {
  if (!isRecord(unredacted)) return [];
  const found: OriginalText[] = [];
  const seen = new Set<string>();
  const add = (key: string, question: string) => {
    const text = Object.hasOwn(unredacted, key) ? typedText(unredacted[key]) : "";
    if (!text) return;
    seen.add(key);
    found.push({ key, question, text });
  };
  const titles = new Map<string, string>();
  for (const spec of questionSpecs(definition)) {
    const title = questionTitle(spec, lang);
    titles.set(spec.name, title);
    add(spec.name, title);
    if (hasOtherItem(spec)) add(otherKey(spec.name), otherLabel(title));
  }
  // Text inside a question of several parts: its question's title, then the row or panel and the part
  // ("Places – 1 – where"; rows and panels counted from 1 as the form shows them).
  for (const key of Object.keys(unredacted)) {
    const [name, ...rest] = pathOf(key);
    if (seen.has(key) || rest.length === 0 || !titles.has(String(name))) continue;
    add(key, [titles.get(String(name)), ...rest.map((step) => (typeof step === "number" ? String(step + 1) : step))].join(" – "));
  }
  // Keys the version no longer explains still belong to the person's answer: shown under their own name.
  for (const key of Object.keys(unredacted)) if (!seen.has(key)) add(key, key);
  return found;
}
