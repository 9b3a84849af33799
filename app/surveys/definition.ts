/**
 * Is this a survey definition we can store? Parses JSON text and checks it
 * with survey-core (unknown question types, unknown properties) and with our
 * own structural rules. Every problem names what is wrong and where; nothing
 * here throws on bad input.
 */
import { Model, Serializer } from "survey-core";
import { locateJsonError } from "./json-error";
import { fixUnusableNames, isUsableName } from "./names";
import { normaliseDefinition } from "./normalise";
import { IMPORT_TYPES, REFUSED_TYPES, type SurveyJson } from "./survey-json";

let registered = false;

/** Our own properties, so survey-core keeps them and does not report them as unknown. */
export function registerSurveyProperties() {
  if (registered) return;
  registered = true;
  Serializer.addProperty("question", { name: "requiredReason", type: "text", isLocalizable: true, visible: false });
  Serializer.addProperty("question", { name: "identifyingReason", type: "text", isLocalizable: true, visible: false });
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
    | "duplicate-name"
    | "element-without-name"
    | "unknown-type"
    | "refused-signaturepad"
    | "refused-file"
    | "unusable-name"
    | "unusable-page-name"
    | "invalid-property"
    | "missing-type"
    | "unknown-property"
    | "invalid"
    /** A measured question of an outcome survey was changed, moved or removed (app/commissioning/locked.ts). */
    | "locked-question";
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
  } catch {
    // Where it breaks, not the parser's own (English) words.
    return { ok: false, problems: [{ code: "not-json", params: { line: 1, column: 1, ...lineAndColumn(text) } }] };
  }
  return checkDefinition(value);
}

/** Where an element is, for messages: its page (name) and its position there, or the panel it is in. */
type Where = { page: string | number; position: number; panel?: string };

function checkCellTypes(element: Record<string, unknown>, where: Where, name: string, problems: DefinitionProblem[]) {
  const cellTypes = [
    element.cellType,
    ...(Array.isArray(element.columns) ? element.columns : []).map((column) => (isObject(column) ? column.cellType : undefined)),
  ];
  const refused = cellTypes.find((type): type is string => typeof type === "string" && type in REFUSED_TYPES);
  if (refused) problems.push({ code: REFUSED_TYPES[refused], params: { ...where, element: name, type: refused } });
}

/**
 * Checks a list of elements (a page's, a panel's, a dynamic panel's template),
 * one message per element that cannot be used. `names` is the scope names must
 * be unique in: the survey, or a dynamic panel's template.
 */
function checkElements(
  elements: unknown[],
  page: string | number,
  panel: string | undefined,
  names: Set<string>,
  problems: DefinitionProblem[],
) {
  elements.forEach((element, elementIndex) => {
    const where: Where = { page, position: elementIndex + 1, ...(panel ? { panel } : {}) };
    if (!isObject(element)) {
      problems.push({ code: "invalid", params: where });
      return;
    }
    const name = typeof element.name === "string" ? element.name.trim() : "";
    if (!name) problems.push({ code: "element-without-name", params: where });
    else if (names.has(name)) problems.push({ code: "duplicate-name", params: { ...where, element: name } });
    else names.add(name);
    if (name && !isUsableName(name)) problems.push({ code: "unusable-name", params: { ...where, element: name } });
    if (typeof element.type !== "string") {
      problems.push({ code: "missing-type", params: { ...where, element: name } });
      return;
    }
    if (element.type in REFUSED_TYPES) {
      problems.push({ code: REFUSED_TYPES[element.type], params: { ...where, element: name, type: element.type } });
      return;
    }
    if (!IMPORT_TYPES.includes(element.type)) {
      problems.push({ code: "unknown-type", params: { ...where, element: name, type: element.type } });
      return;
    }
    checkCellTypes(element, where, name, problems);
    if (element.type === "panel" && Array.isArray(element.elements)) checkElements(element.elements, page, name, names, problems);
    if (element.type === "paneldynamic" && Array.isArray(element.templateElements))
      checkElements(element.templateElements, page, name, new Set(), problems);
  });
}

/**
 * Normalises (see ./normalise) and checks a definition. The json it returns is
 * the normalised one: every stored draft has one shape.
 */
export function checkDefinition(input: unknown): DefinitionResult {
  registerSurveyProperties();
  if (!isObject(input)) return { ok: false, problems: [{ code: "not-an-object", params: {} }] };
  if (depth(input) > MAX_DEPTH) return { ok: false, problems: [{ code: "too-deep", params: { limit: MAX_DEPTH } }] };
  const value = normaliseDefinition(input);
  const pages = value.pages;
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every(isObject)) {
    return { ok: false, problems: [{ code: "no-pages", params: {} }] };
  }

  const problems: DefinitionProblem[] = [];
  const names = new Set<string>();
  pages.forEach((page, pageIndex) => {
    const pageName = typeof page.name === "string" && page.name.trim() ? page.name : pageIndex + 1;
    if (typeof page.name === "string" && !isUsableName(page.name))
      problems.push({ code: "unusable-page-name", params: { page: page.name } });
    checkElements(Array.isArray(page.elements) ? page.elements : [], pageName, undefined, names, problems);
  });
  const unusable = problems.some((p) => p.code === "unusable-name" || p.code === "unusable-page-name");
  const renames = unusable ? fixUnusableNames(value).renamed : [];
  for (const problem of problems) {
    if (problem.code !== "unusable-name" && problem.code !== "unusable-page-name") continue;
    const from = problem.code === "unusable-name" ? problem.params.element : problem.params.page;
    problem.params.suggestion = renames.find((r) => r.from === from)?.to ?? "";
  }

  if (problems.length === 0) {
    try {
      // survey-core writes into the JSON it loads (a matrix column with choices gains `cellType`): give it a copy,
      // or the stored draft is no longer the definition the person imported.
      const model = new Model(structuredClone(value));
      for (const error of model.jsonErrors ?? []) {
        const element = isObject(error.jsonObj) && typeof error.jsonObj.name === "string" ? error.jsonObj.name : "";
        const property = /'([^']+)'\.?$/.exec(error.message)?.[1] ?? "";
        problems.push({
          code: error.type === "unknownproperty" ? "unknown-property" : "invalid-property",
          params: { element, property },
        });
      }
    } catch {
      problems.push({ code: "invalid", params: {} });
    }
  }

  return problems.length ? { ok: false, problems } : { ok: true, json: value as SurveyJson };
}
