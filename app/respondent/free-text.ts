/**
 * Where free text sits inside the answer to a question of several parts — a multipletext's items, a matrix's text
 * cells, the questions of a dynamic panel, and any "something else" text among them — so that redaction and the
 * danger check read every word a person typed, not only the top-level text questions.
 *
 * A nested text is named by its path through the answer (`["places", 0, "where"]`); its key, as stored beside the
 * redacted answers (`responses.unredacted_text`), is the path as JSON. A top-level text keeps its question's name as
 * its key, as before, so stored originals from before this change read the same.
 */
import { isPlainObject } from "./fields/answer-checks";
import type { Answers } from "./fields/types";

export type TextPath = (string | number)[];
type Json = Record<string, unknown>;

const COMMENT_SUFFIX = "-Comment";
const NUMERIC_INPUTS = new Set(["number", "range"]);

/** A text's key beside the answers: the question's name for a top-level text, the path as JSON for a nested one. */
export const textKey = (path: TextPath) => (path.length === 1 ? String(path[0]) : JSON.stringify(path));

/** The path a key names (the inverse of textKey). */
export function pathOf(key: string): TextPath {
  if (key.startsWith("[")) {
    try {
      const path: unknown = JSON.parse(key);
      if (Array.isArray(path) && path.length > 1 && path.every((s) => typeof s === "string" || typeof s === "number"))
        return path as TextPath;
    } catch {
      // Not a path: a question whose name starts with "[".
    }
  }
  return [key];
}

const childOf = (container: unknown, step: string | number): unknown =>
  Array.isArray(container)
    ? typeof step === "number"
      ? container[step]
      : undefined
    : isPlainObject(container) && Object.hasOwn(container, String(step))
      ? container[String(step)]
      : undefined;

/** The value at a path, or undefined. */
export const valueAt = (answers: unknown, path: TextPath): unknown => path.reduce(childOf, answers);

/**
 * The answers with each text put back at its key's path (a copy; the answers are not changed). A path whose row or
 * panel is not there is left out: a text is only ever put back where it was taken from.
 */
export function withTexts(answers: Answers, texts: Record<string, unknown>): Answers {
  const copy = structuredClone(answers);
  for (const [key, text] of Object.entries(texts)) {
    const path = pathOf(key);
    const parent = valueAt(copy, path.slice(0, -1));
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === "number" && last < parent.length) parent[last] = text;
    else if (isPlainObject(parent) && typeof last === "string") parent[last] = text;
  }
  return copy;
}

/** The elements a container's values sit under: a panel's questions are stored beside the panel's siblings. */
function flatten(elements: unknown): Json[] {
  if (!Array.isArray(elements)) return [];
  return elements.flatMap((element): Json[] =>
    !isPlainObject(element) ? [] : element.type === "panel" ? flatten(element.elements ?? element.questions) : [element],
  );
}

type Found = { path: TextPath; text: string };

function textLeaf(value: unknown, path: TextPath, found: Found[]) {
  if (typeof value === "string" && value.trim() !== "") found.push({ path, text: value });
}

/** The texts inside one element's value at `path`, with the "something else" text its container keeps beside it. */
function walkElement(element: Json, container: unknown, path: TextPath, found: Found[]) {
  const name = typeof element.name === "string" ? element.name : "";
  if (!name) return;
  const value = childOf(container, name);
  const here = [...path, name];
  switch (element.type) {
    case "comment":
      textLeaf(value, here, found);
      break;
    case "text":
      if (!NUMERIC_INPUTS.has(String(element.inputType ?? ""))) textLeaf(value, here, found);
      break;
    case "multipletext":
      for (const item of Array.isArray(element.items) ? element.items : [])
        if (isPlainObject(item) && typeof item.name === "string" && !NUMERIC_INPUTS.has(String(item.inputType ?? "")))
          textLeaf(childOf(value, item.name), [...here, item.name], found);
      break;
    case "matrixdropdown":
    case "matrixdynamic": {
      const cellType = typeof element.cellType === "string" ? element.cellType : "dropdown";
      const columns = flatten(element.columns).map((column) => ({
        ...column,
        type: typeof column.cellType === "string" && column.cellType !== "default" ? column.cellType : cellType,
      }));
      const rows: [string | number, unknown][] = Array.isArray(value)
        ? value.map((row, index) => [index, row])
        : isPlainObject(value)
          ? Object.entries(value)
          : [];
      for (const [key, row] of rows) walkContainer(columns, row, [...here, key], found);
      break;
    }
    case "paneldynamic": {
      const template = flatten(element.templateElements ?? element.template);
      if (Array.isArray(value)) value.forEach((panel, index) => walkContainer(template, panel, [...here, index], found));
      break;
    }
    default:
      break;
  }
}

function walkContainer(elements: Json[], container: unknown, path: TextPath, found: Found[]) {
  if (!isPlainObject(container)) return;
  for (const element of elements) {
    walkElement(element, container, path, found);
    if (typeof element.name === "string")
      textLeaf(container[`${element.name}${COMMENT_SUFFIX}`], [...path, `${element.name}${COMMENT_SUFFIX}`], found);
  }
}

/** Every free text inside the answer to a question of several parts (its JSON as survey-core writes it). */
export function nestedTexts(question: Json, answers: Answers): { key: string; text: string }[] {
  const found: Found[] = [];
  walkElement(question, answers, [], found);
  return found.filter(({ path }) => path.length > 1).map(({ path, text }) => ({ key: textKey(path), text }));
}

/** One answered part of a question of several parts, as staff read it: where it is and what it says. */
export type AnsweredPart = { labels: string[]; text: string; freeText: boolean };

type Texts = (value: unknown, lang: string) => string;

/** A choice's words in `lang` (falling back to English, then to the value itself). */
function choiceText(element: Json, value: unknown, text: Texts, lang: string): string {
  for (const choice of Array.isArray(element.choices) ? element.choices : []) {
    const stored = isPlainObject(choice) ? choice.value : choice;
    if (stored === value) return (isPlainObject(choice) && text(choice.text, lang)) || String(value);
  }
  if (element.type === "boolean") return value === true ? "✓" : value === false ? "✗" : String(value);
  return String(value);
}

function partText(element: Json, value: unknown, text: Texts, lang: string): { text: string; freeText: boolean } | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    const texts = value.map((one) => choiceText(element, one, text, lang)).filter(Boolean);
    return texts.length ? { text: texts.join(", "), freeText: false } : null;
  }
  if (isPlainObject(value)) return null;
  const typed = element.type === "comment" || (element.type === "text" && !NUMERIC_INPUTS.has(String(element.inputType ?? "")));
  return { text: typed ? String(value) : choiceText(element, value, text, lang), freeText: typed };
}

const titleOf = (element: Json, text: Texts, lang: string) => text(element.title, lang) || String(element.name ?? "");

/**
 * Every answered part of a question of several parts, in order, labelled by its row or panel and its own title, with
 * choices in the reader's language: how the staff response view and exports show what the plain form stored.
 * `entry(n)` names the nth dynamic row or panel (from 1).
 */
export function answeredParts(
  question: Json,
  value: unknown,
  lang: string,
  text: Texts,
  entry: (n: number) => string,
): AnsweredPart[] {
  const parts: AnsweredPart[] = [];
  const push = (labels: string[], element: Json, part: unknown, container?: Json) => {
    const shown = partText(element, part, text, lang);
    if (shown) parts.push({ labels, ...shown });
    const comment = container && typeof element.name === "string" ? container[`${element.name}${COMMENT_SUFFIX}`] : undefined;
    if (typeof comment === "string" && comment.trim()) parts.push({ labels: [...labels], text: comment, freeText: true });
  };
  const within = (elements: Json[], container: unknown, labels: string[]) => {
    if (!isPlainObject(container)) return;
    for (const element of elements)
      if (typeof element.name === "string")
        push([...labels, titleOf(element, text, lang)], element, container[element.name], container);
  };
  switch (question.type) {
    case "multipletext":
      for (const item of flatten(question.items))
        if (typeof item.name === "string")
          push([titleOf(item, text, lang)], { ...item, type: "text" }, childOf(value, item.name));
      break;
    case "matrixdropdown":
    case "matrixdynamic": {
      const cellType = typeof question.cellType === "string" ? question.cellType : "dropdown";
      const columns = flatten(question.columns).map((column) => ({
        ...column,
        type: typeof column.cellType === "string" && column.cellType !== "default" ? column.cellType : cellType,
        choices: column.choices ?? question.choices,
      }));
      if (Array.isArray(value)) value.forEach((row, index) => within(columns, row, [entry(index + 1)]));
      else if (isPlainObject(value))
        for (const row of Array.isArray(question.rows) ? question.rows : []) {
          const key = isPlainObject(row) ? row.value : row;
          const label = (isPlainObject(row) && text(row.text, lang)) || String(key);
          within(columns, childOf(value, String(key)), [label]);
        }
      break;
    }
    case "paneldynamic": {
      const template = flatten(question.templateElements ?? question.template);
      if (Array.isArray(value)) value.forEach((panel, index) => within(template, panel, [entry(index + 1)]));
      break;
    }
    default:
      break;
  }
  return parts;
}
