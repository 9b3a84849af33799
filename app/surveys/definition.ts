/**
 * Is this a survey definition we can store? Parses JSON text and checks it
 * with survey-core (unknown question types, unknown properties) and with our
 * own structural rules. Every problem names what is wrong and where; nothing
 * here throws on bad input.
 */
import { Model, Serializer } from "survey-core";
import { locateJsonError } from "./json-error";
import { QUESTION_TYPES, type SurveyJson } from "./survey-json";

let registered = false;

/** Our own properties, so survey-core keeps them and does not report them as unknown. */
export function registerSurveyProperties() {
  if (registered) return;
  registered = true;
  Serializer.addProperty("question", { name: "requiredReason", type: "text", isLocalizable: true, visible: false });
  Serializer.addProperty("question", { name: "bankId", visible: false });
  Serializer.addProperty("question", { name: "sensitivity", visible: false });
  Serializer.addProperty("question", { name: "contentWarning:boolean", visible: false });
  Serializer.addProperty("question", { name: "measures", visible: false });
  Serializer.addProperty("page", { name: "sensitive:boolean", visible: false });
}

export type DefinitionProblem = {
  code:
    | "not-json"
    | "not-an-object"
    | "no-pages"
    | "too-large"
    | "too-deep"
    | "page-without-name"
    | "duplicate-name"
    | "element-without-name"
    | "unknown-type"
    | "missing-type"
    | "unknown-property"
    | "invalid";
  params: Record<string, string | number>;
};

export type DefinitionResult = { ok: true; json: SurveyJson } | { ok: false; problems: DefinitionProblem[] };

export const MAX_DEFINITION_BYTES = 512 * 1024;
const MAX_DEPTH = 20;

function lineAndColumn(text: string): Record<string, number> {
  const position = locateJsonError(text);
  if (position < 0) return {};
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return { line, column: position - before.lastIndexOf("\n") };
}

function depth(value: unknown, level = 0): number {
  if (level > MAX_DEPTH) return level;
  if (Array.isArray(value)) return Math.max(level, ...value.map((v) => depth(v, level + 1)));
  if (value && typeof value === "object") return Math.max(level, ...Object.values(value).map((v) => depth(v, level + 1)));
  return level;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function parseDefinition(text: string): DefinitionResult {
  if (text.length > MAX_DEFINITION_BYTES)
    return { ok: false, problems: [{ code: "too-large", params: { limit: MAX_DEFINITION_BYTES } }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ code: "not-json", params: { line: 1, column: 1, ...lineAndColumn(text), detail: message } }],
    };
  }
  return checkDefinition(value);
}

export function checkDefinition(value: unknown): DefinitionResult {
  registerSurveyProperties();
  if (!isObject(value)) return { ok: false, problems: [{ code: "not-an-object", params: {} }] };
  if (depth(value) > MAX_DEPTH) return { ok: false, problems: [{ code: "too-deep", params: { limit: MAX_DEPTH } }] };
  const pages = value.pages;
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every(isObject)) {
    return { ok: false, problems: [{ code: "no-pages", params: {} }] };
  }

  const problems: DefinitionProblem[] = [];
  const names = new Set<string>();
  pages.forEach((page, pageIndex) => {
    const pageName = typeof page.name === "string" && page.name.trim() ? page.name : "";
    if (!pageName) problems.push({ code: "page-without-name", params: { page: pageIndex + 1 } });
    const elements = Array.isArray(page.elements) ? page.elements : [];
    elements.forEach((element: unknown, elementIndex: number) => {
      const where = { page: pageName || pageIndex + 1, position: elementIndex + 1 };
      if (!isObject(element)) {
        problems.push({ code: "invalid", params: where });
        return;
      }
      const name = typeof element.name === "string" ? element.name.trim() : "";
      if (!name) problems.push({ code: "element-without-name", params: where });
      else if (names.has(name)) problems.push({ code: "duplicate-name", params: { ...where, element: name } });
      else names.add(name);
      if (typeof element.type !== "string") problems.push({ code: "missing-type", params: { ...where, element: name } });
      else if (!(QUESTION_TYPES as readonly string[]).includes(element.type)) {
        problems.push({ code: "unknown-type", params: { ...where, element: name, type: element.type } });
      }
    });
  });

  if (problems.length === 0) {
    try {
      const model = new Model(value);
      for (const error of model.jsonErrors ?? []) {
        if (error.type === "unknownproperty") {
          const element = isObject(error.jsonObj) && typeof error.jsonObj.name === "string" ? error.jsonObj.name : "";
          const property = /'([^']+)'\.?$/.exec(error.message)?.[1] ?? "";
          problems.push({ code: "unknown-property", params: { element, property } });
        } else {
          problems.push({ code: "invalid", params: { detail: error.message } });
        }
      }
    } catch (error) {
      problems.push({ code: "invalid", params: { detail: error instanceof Error ? error.message : String(error) } });
    }
  }

  return problems.length ? { ok: false, problems } : { ok: true, json: value as SurveyJson };
}
