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
