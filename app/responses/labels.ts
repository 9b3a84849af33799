/**
 * How a stored answer reads to staff: question titles and choice labels in the
 * reader's language, from the survey version the response answered. Pure.
 */
import { itemLabel } from "../respondent/fields/messages";
import type { ItemSpec, Lang, QuestionSpec } from "../respondent/fields/types";
import { textFor } from "../surveys/survey-json";

/** SurveyJS keeps the "something else" text of a question under this key. */
export const otherKey = (name: string) => `${name}-Comment`;

export function questionTitle(spec: QuestionSpec, lang: Lang): string {
  return textFor(spec.title, lang) || spec.name;
}

/** Answer values (as stored: string, number or boolean) → label, for a lookup per cell instead of a search. */
export type LabelMap = Map<string, string>;

export function labelMap(items: readonly ItemSpec[], lang: Lang, into: LabelMap = new Map()): LabelMap {
  for (const item of items) {
    const key = String(item.value);
    if (!into.has(key)) into.set(key, itemLabel(item, lang));
  }
  return into;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** A choice's label; a value no version offers (should not happen) shows as it was stored. */
export function labelOf(labels: LabelMap, value: unknown): string {
  if (!isScalar(value)) return "";
  return labels.get(String(value)) ?? String(value);
}

/** Labels of a list answer (multiple choice, ranking) in the order given. */
export function labelsOf(labels: LabelMap, value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isScalar).map((v) => labelOf(labels, v)) : [];
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Free text or a number typed in, as text; anything else is not an answer to a text question. */
export function typedText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export const hasOtherItem = (spec: QuestionSpec) => spec.items.some((item) => item.other);
