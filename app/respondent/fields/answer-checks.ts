/**
 * Our own checks of one answer against its question, beyond what survey-core
 * checks. Pure and total: any value from a hostile client gets a problem back,
 * never an exception, and nothing here walks deeper than one level.
 */
import type { ItemSpec, QuestionSpec } from "./types";

/** Answer limits (documented in surveys/README.md): short text 500 characters, long text 5,000, "something else" text 500. */
export const ANSWER_LIMITS: { text: number; comment: number; other: number } = { text: 500, comment: 5000, other: 500 };

export type ProblemCode =
  | "notText"
  | "notANumber"
  | "tooLong"
  | "otherTooLong"
  | "otherTextWithoutOther"
  | "notAChoice"
  | "duplicateChoice"
  | "exclusiveChoice"
  | "ratingRange"
  | "notARating"
  | "notYesOrNo"
  | "matrixInvalid"
  | "rankingInvalid"
  | "rankingSamePosition"
  | "rankingIncomplete"
  | "partsInvalid";

/** A problem with one answer; `item` names the choice the message is about. */
export type Problem = {
  code: ProblemCode;
  params?: Record<string, number>;
  item?: ItemSpec;
  /** The question's title as written (any language): a message about length names the question it is about. */
  question?: unknown;
};

/** The most characters a text answer to this question may have. */
export function limitOf(spec: QuestionSpec): number {
  const base = spec.kind === "comment" ? ANSWER_LIMITS.comment : ANSWER_LIMITS.text;
  return spec.maxLength > 0 ? Math.min(base, spec.maxLength) : base;
}

const tooLong = (spec: QuestionSpec, value: string): Problem => ({
  code: "tooLong",
  params: { limit: limitOf(spec), length: value.length },
  question: spec.title,
});

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** No answer at all: the respondent left it blank or cleared it. */
export function isNoAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

const isValue = (value: unknown): value is string | number => typeof value === "string" || typeof value === "number";

export function itemWithValue(items: ItemSpec[], value: unknown): ItemSpec | undefined {
  return items.find((item) => item.value === value);
}

export function isNumericText(value: string): boolean {
  return value.trim() !== "" && Number.isFinite(Number(value));
}

/** The message for a rating outside the scale: its range when it is a run of whole numbers. */
export function ratingProblem(spec: QuestionSpec): Problem {
  const values = spec.items.map((item) => item.value);
  const numbers = values.filter((v): v is number => typeof v === "number");
  const contiguous =
    numbers.length === values.length &&
    numbers.length > 0 &&
    numbers.every((n, i) => Number.isInteger(n) && n === numbers[0] + i);
  return contiguous
    ? { code: "ratingRange", params: { min: numbers[0], max: numbers[numbers.length - 1] } }
    : { code: "notARating" };
}

function checkChoices(spec: QuestionSpec, value: unknown): Problem | null {
  // Longer than the list means a repeat or a stranger: no need to look at every element of a huge array.
  if (!Array.isArray(value) || value.length > spec.items.length) return { code: "notAChoice" };
  const chosen: ItemSpec[] = [];
  for (const element of value) {
    const item = isValue(element) ? itemWithValue(spec.items, element) : undefined;
    if (!item) return { code: "notAChoice" };
    if (chosen.includes(item)) return { code: "duplicateChoice" };
    chosen.push(item);
  }
  const optOut = chosen.find((item) => item.optOut);
  return optOut && chosen.length > 1 ? { code: "exclusiveChoice", item: optOut } : null;
}

function checkMatrix(spec: QuestionSpec, value: unknown): Problem | null {
  if (!isPlainObject(value)) return { code: "matrixInvalid" };
  const keys = Object.keys(value);
  if (keys.length > spec.rows.length) return { code: "matrixInvalid" };
  for (const key of keys) {
    if (!spec.rows.some((row) => String(row.value) === key)) return { code: "matrixInvalid" };
    const cell = value[key];
    if (!isValue(cell) || !itemWithValue(spec.items, cell)) return { code: "matrixInvalid" };
  }
  return null;
}

function checkRanking(spec: QuestionSpec, value: unknown): Problem | null {
  const problem: Problem = { code: "rankingInvalid", params: { count: spec.items.length } };
  if (!Array.isArray(value) || value.length !== spec.items.length) return problem;
  const seen = new Set<ItemSpec>();
  for (const element of value) {
    const item = isValue(element) ? itemWithValue(spec.items, element) : undefined;
    if (!item || seen.has(item)) return problem;
    seen.add(item);
  }
  return null;
}

/**
 * One group of a question of several parts (an item set, a matrix row, a panel): known parts only, each answer
 * checked against its part as a question of its own, its "something else" text too. Blank parts are no answer.
 */
function checkGroup(spec: QuestionSpec, group: unknown): Problem | null {
  const invalid: Problem = { code: "partsInvalid" };
  if (!isPlainObject(group)) return invalid;
  const keys = Object.keys(group);
  if (keys.length > spec.parts.length * 2) return invalid;
  for (const key of keys) {
    const part = spec.parts.find((p) => p.name === key);
    const owner = part ? undefined : spec.parts.find((p) => `${p.name}-Comment` === key && otherItemOf(p));
    if (!part && !owner) return invalid;
    if (isNoAnswer(group[key])) continue;
    const problem = part ? checkAnswer(part, group[key]) : checkOtherText(owner!, group[key]);
    if (problem) return problem;
  }
  return null;
}

function checkParts(spec: QuestionSpec, value: unknown): Problem | null {
  if (spec.kind === "multipletext") return checkGroup(spec, value);
  if (spec.kind === "matrixdropdown") {
    if (!isPlainObject(value)) return { code: "partsInvalid" };
    const keys = Object.keys(value);
    if (keys.length > spec.rows.length) return { code: "partsInvalid" };
    for (const key of keys) {
      if (!spec.rows.some((row) => String(row.value) === key)) return { code: "partsInvalid" };
      const problem = checkGroup(spec, value[key]);
      if (problem) return problem;
    }
    return null;
  }
  // Dynamic rows and panels: a list no longer than the question allows, of groups.
  if (!Array.isArray(value) || (spec.maxCount > 0 && value.length > spec.maxCount)) return { code: "partsInvalid" };
  for (const group of value) {
    const problem = checkGroup(spec, group);
    if (problem) return problem;
  }
  return null;
}

/** What is wrong with an answer (not a blank one: see isNoAnswer), or null. */
export function checkAnswer(spec: QuestionSpec, value: unknown): Problem | null {
  switch (spec.kind) {
    case "multipletext":
    case "matrixdropdown":
    case "matrixdynamic":
    case "paneldynamic":
      return checkParts(spec, value);
    case "text": {
      if (spec.numeric) {
        const ok = (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && isNumericText(value));
        if (!ok) return { code: "notANumber" };
      } else if (typeof value !== "string") return { code: "notText" };
      return typeof value === "string" && value.length > limitOf(spec) ? tooLong(spec, value) : null;
    }
    case "comment":
      if (typeof value !== "string") return { code: "notText" };
      return value.length > limitOf(spec) ? tooLong(spec, value) : null;
    case "choice":
      return isValue(value) && itemWithValue(spec.items, value) ? null : { code: "notAChoice" };
    case "choices":
      return checkChoices(spec, value);
    case "rating":
      return isValue(value) && itemWithValue(spec.items, value) ? null : ratingProblem(spec);
    case "boolean":
      return itemWithValue(spec.items, value) ? null : { code: "notYesOrNo" };
    case "matrix":
      return checkMatrix(spec, value);
    case "ranking":
      return checkRanking(spec, value);
    default:
      return { code: "notAChoice" };
  }
}

export const otherItemOf = (spec: QuestionSpec) => spec.items.find((item) => item.other);

/** Is "something else" among the answer's choices? */
export function otherChosen(spec: QuestionSpec, value: unknown): boolean {
  const other = otherItemOf(spec);
  if (!other) return false;
  return Array.isArray(value) ? value.includes(other.value) : value === other.value;
}

export function checkOtherText(spec: QuestionSpec, text: unknown): Problem | null {
  if (typeof text !== "string") return { code: "notText" };
  return text.length > ANSWER_LIMITS.other
    ? { code: "otherTooLong", params: { limit: ANSWER_LIMITS.other }, item: otherItemOf(spec) }
    : null;
}
