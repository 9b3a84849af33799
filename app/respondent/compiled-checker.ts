/**
 * A whole submission checked without loading it into a survey-core model: each frozen survey version is compiled once
 * (cached by version id, bounded) into the conditions, requirements and validators that decide whether survey-core's
 * validation (validateSubmission in survey-engine.ts) would accept the answers, and what it would store.
 *
 * It is the same engine, not another one: answers are sorted by the engine's own sortAnswers (types, choices, limits),
 * conditions are survey-core's ConditionRunner over the same values survey-core reads, validators are survey-core's
 * own validator objects from the version's model, and what it cannot decide exactly takes survey-core. Two levels:
 *
 * - Per version, at compile time: a version using anything outside the supported set below is not compiled, and every
 *   submission to it takes survey-core (`unsupported` says why). Supported: pages, panels and information blocks;
 *   text (input type text or number, static min and max), comment, radiogroup, dropdown, checkbox, rating and boolean
 *   questions; visibleIf and enableIf of pages, panels and questions, requiredIf and isRequired of questions, static
 *   visible and readOnly; "something else" and "none" items; text, numeric, email, regex and answer-count validators;
 *   clearInvisibleValues onComplete (the default) and none. Taking survey-core instead: clearing on hidden (onHidden,
 *   onHiddenContainer, for the survey or a question), triggers, calculated values, expression questions,
 *   defaultValue, defaultValueExpression, setValueIf/setValueExpression, resetValueIf, choicesVisibleIf,
 *   choicesEnableIf and choice-level conditions, expression validators, conditions that call functions or read
 *   anything but a question's answer, every other question type (matrices, ranking, questions of several parts, image
 *   pickers, tag boxes…), and any property this file does not know (a whitelist, so a new SurveyJS feature falls back).
 * - Per submission: the verdict. Accepted answers are stored as the checker settles them (hidden questions' answers
 *   dropped until nothing more hides, as survey-core's doComplete). A refusal names the questions at fault; the caller
 *   then asks survey-core for the messages, so what a person reads is survey-core's own (refusals are rare and never
 *   the hot path).
 *
 * compiled-checker.test.ts proves the verdict, the questions at fault and the stored data equal to survey-core's on
 * generated surveys and answers (testing/survey-generator.ts).
 */
import { ConditionRunner, Helpers, Model, type PanelModelBase, type Question, type SurveyValidator } from "survey-core";
import { registerSurveyProperties } from "~/surveys/definition";
import { isPlainObject, otherChosen } from "./fields/answer-checks";
import type { Answers, Lang, QuestionSpec } from "./fields/types";
import { answerable, engineFor, sortAnswers, validateSubmission, type Engine, type SubmissionResult } from "./survey-engine";

/** A page, panel or question's own switches: its condition if it has one, else its static flag. */
type Gate = { visibleIf: ConditionRunner | null; visible: boolean; enableIf: ConditionRunner | null; readOnly: boolean };
type Node = Gate & { parent: Node | null };

type Check = {
  spec: QuestionSpec;
  node: Node;
  requiredIf: ConditionRunner | null;
  required: boolean;
  validators: SurveyValidator[];
  min: unknown;
  max: unknown;
  /** survey-core asks for the "something else" text when that item is chosen. */
  otherRequired: boolean;
};

export type Checker = { engine: Engine; checks: Check[]; byName: Map<string, Check> };
export type Compiled = { checker: Checker } | { unsupported: string };

export type Verdict =
  | { ok: true; answers: Answers }
  /** `failing`: the questions survey-core would refuse; `general`: a problem with the answer set itself. */
  | { ok: false; failing: string[]; general: boolean };

const QUESTION_TYPES = new Set(["text", "comment", "radiogroup", "dropdown", "checkbox", "rating", "boolean"]);
const VALIDATORS = new Set(["textvalidator", "numericvalidator", "emailvalidator", "regexvalidator", "answercountvalidator"]);

/** Properties whose meaning the checker knows (or that change only how a question looks), by element type. */
const COMMON = [
  "type",
  "name",
  "title",
  "description",
  "visible",
  "visibleIf",
  "enableIf",
  "readOnly",
  "isRequired",
  "requiredIf",
  "requiredErrorText",
  "validators",
  "bankId",
  "sensitivity",
  "measures",
  "contentWarning",
  "requiredReason",
  "identifyingReason",
  "titleLocation",
  "descriptionLocation",
  "hideNumber",
  "startWithNewLine",
  "width",
  "minWidth",
  "maxWidth",
  "indent",
  "clearIfInvisible",
  "state",
];
const CHOICE = [
  "choices",
  "showOtherItem",
  "showNoneItem",
  "otherText",
  "noneText",
  "otherPlaceholder",
  "otherErrorText",
  "colCount",
  "choicesOrder",
  "separateSpecialChoices",
  "placeholder",
];
const ALLOWED: Record<string, Set<string>> = {
  text: new Set([...COMMON, "inputType", "min", "max", "maxLength", "placeholder", "size", "autocomplete", "textUpdateMode"]),
  comment: new Set([...COMMON, "maxLength", "rows", "autoGrow", "allowResize", "placeholder", "textUpdateMode"]),
  radiogroup: new Set([...COMMON, ...CHOICE]),
  dropdown: new Set([...COMMON, ...CHOICE]),
  checkbox: new Set([...COMMON, ...CHOICE]),
  rating: new Set([
    ...COMMON,
    "rateMin",
    "rateMax",
    "rateStep",
    "rateValues",
    "rateCount",
    "rateType",
    "displayMode",
    "minRateDescription",
    "maxRateDescription",
  ]),
  boolean: new Set([...COMMON, "labelTrue", "labelFalse", "valueTrue", "valueFalse", "renderAs", "swapOrder"]),
  html: new Set([
    "type",
    "name",
    "html",
    "visible",
    "visibleIf",
    "startWithNewLine",
    "width",
    "minWidth",
    "maxWidth",
    "contentWarning",
    "bankId",
    "sensitivity",
    "measures",
    "title",
    "description",
  ]),
  panel: new Set([
    "type",
    "name",
    "title",
    "description",
    "elements",
    "visible",
    "visibleIf",
    "enableIf",
    "readOnly",
    "state",
    "startWithNewLine",
    "width",
    "minWidth",
    "maxWidth",
    "showNumber",
    "showQuestionNumbers",
    "questionTitleLocation",
    "innerIndent",
    "contentWarning",
  ]),
  page: new Set([
    "name",
    "title",
    "description",
    "elements",
    "visible",
    "visibleIf",
    "enableIf",
    "readOnly",
    "navigationTitle",
    "navigationDescription",
    "sensitive",
    "questionTitleLocation",
  ]),
  survey: new Set([
    "title",
    "description",
    "pages",
    "showQuestionNumbers",
    "clearInvisibleValues",
    "locale",
    "logo",
    "logoPosition",
    "completedHtml",
    "completedBeforeHtml",
    "loadingHtml",
    "showProgressBar",
    "progressBarType",
    "showTitle",
    "showPageTitles",
    "showCompletedPage",
    "questionTitleLocation",
    "questionErrorLocation",
    "questionDescriptionLocation",
    "checkErrorsMode",
    "textUpdateMode",
    "widthMode",
    "width",
    "showPrevButton",
    "showNavigationButtons",
    "goNextPageAutomatic",
    "pagePrevText",
    "pageNextText",
    "completeText",
    "requiredText",
    "firstPageIsStarted",
  ]),
};
const CHOICE_KEYS = new Set(["value", "text"]);

class Unsupported extends Error {}
const refuse = (why: string): never => {
  throw new Unsupported(why);
};

function checkKeys(json: unknown, kind: string, where: string) {
  if (!isPlainObject(json)) return refuse(`${where}: not an object`);
  const allowed = ALLOWED[kind];
  if (!allowed) return refuse(`${where}: type ${kind}`);
  for (const key of Object.keys(json)) if (!allowed.has(key)) refuse(`${where}: ${key}`);
  if (Array.isArray(json.choices)) {
    for (const choice of json.choices)
      if (isPlainObject(choice) && Object.keys(choice).some((key) => !CHOICE_KEYS.has(key)))
        refuse(`${where}: a choice's own properties`);
  }
  if (Array.isArray(json.validators)) {
    for (const validator of json.validators)
      if (!isPlainObject(validator) || !VALIDATORS.has(`${String(validator.type)}validator`))
        refuse(`${where}: a ${String(isPlainObject(validator) ? validator.type : "")} validator`);
  }
}

type Json = Record<string, unknown>;

/**
 * Every element's JSON, checked against the whitelist, by name (pages as `page:<name>`): the static visible, readOnly
 * and isRequired flags come from here, since a model has already run its conditions over them by the time it is read.
 */
function checkDefinition(definition: Json): Map<string, Json> {
  const byName = new Map<string, Json>();
  const keep = (key: string, json: Json) => {
    if (byName.has(key)) refuse(`${key}: two elements with one name`);
    byName.set(key, json);
  };
  checkKeys(definition, "survey", "survey");
  if (!Array.isArray(definition.pages)) refuse("survey: no pages");
  const visit = (elements: unknown, where: string) => {
    if (elements === undefined) return;
    if (!Array.isArray(elements)) return refuse(`${where}: elements`);
    for (const element of elements) {
      const type = isPlainObject(element) ? String(element.type) : "";
      checkKeys(element, type, `${where} ${isPlainObject(element) ? String(element.name) : "?"}`);
      keep(String((element as Json).name), element as Json);
      if (type === "panel") visit((element as Record<string, unknown>).elements, where);
    }
  };
  for (const page of definition.pages as unknown[]) {
    checkKeys(page, "page", "page");
    keep(`page:${String((page as Json).name)}`, page as Json);
    visit((page as Json).elements, `page ${String((page as Json).name)}`);
  }
  return byName;
}

/** A condition read by survey-core's own runner; only a question's answer may be read, so the values given are all it sees. */
function conditionOf(expression: unknown, names: Set<string>, where: string): ConditionRunner | null {
  if (typeof expression !== "string" || expression.trim() === "") return null;
  const runner = new ConditionRunner(expression);
  if (!runner.canRun()) refuse(`${where}: a condition survey-core cannot read`);
  if (runner.hasFunction()) refuse(`${where}: a condition calling a function`);
  for (const variable of runner.getVariables()) if (!names.has(variable)) refuse(`${where}: a condition reading ${variable}`);
  return runner;
}

type Element = {
  name: string;
  visible: boolean;
  readOnly: boolean;
  visibleIf?: string;
  enableIf?: string;
  parent?: PanelModelBase | null;
  page?: PanelModelBase | null;
  isPage?: boolean;
};

function gateOf(element: Element, json: Json | undefined, names: Set<string>, where: string): Gate {
  if (!json) return refuse(`${where}: not in the definition`);
  const visibleIf = conditionOf(element.visibleIf, names, where);
  const enableIf = conditionOf(element.enableIf, names, where);
  const visible = json.visible !== false;
  const readOnly = json.readOnly === true;
  // A condition overwrites the static flag it drives; a survey with both is left to survey-core.
  if (visibleIf && !visible) refuse(`${where}: visible false and visibleIf`);
  if (enableIf && readOnly) refuse(`${where}: readOnly and enableIf`);
  return { visibleIf, visible, enableIf, readOnly };
}

function compile(definition: object): Compiled {
  const engine = engineFor(definition);
  try {
    if (!engine.model || !isPlainObject(definition)) refuse("a definition survey-core cannot read");
    const jsonOf = checkDefinition(definition as Json);
    registerSurveyProperties();
    // A model of its own, never given answers: the shared one's flags change with every request.
    const model = new Model(definition);
    if (model.isDisplayMode) refuse("survey: display mode");
    if (model.triggers.length) refuse("survey: triggers");
    if (model.calculatedValues.length) refuse("survey: calculated values");
    // Clearing an answer while the answers are loaded changes what shows (survey-core's settle then keeps answers its
    // model has cleared): left to survey-core. The default clears on completion only.
    if (!["onComplete", "none"].includes(model.clearInvisibleValues))
      refuse(`survey: clearInvisibleValues ${model.clearInvisibleValues}`);
    const questions = model.getAllQuestions(false, false, true) as Question[];
    if (questions.length !== engine.questions.size) refuse("survey: two questions with one name");
    const names = new Set(questions.map((q) => q.name));
    const nodes = new Map<unknown, Node>();
    const nodeOf = (element: Element | null | undefined): Node | null => {
      if (!element) return null;
      const known = nodes.get(element);
      if (known) return known;
      const parent = element.isPage ? null : nodeOf((element.parent ?? element.page) as unknown as Element);
      const json = jsonOf.get(element.isPage ? `page:${element.name}` : element.name);
      const node: Node = { ...gateOf(element, json, names, `element ${element.name}`), parent };
      nodes.set(element, node);
      return node;
    };
    for (const panel of model.getAllPanels()) nodeOf(panel as unknown as Element);
    const checks: Check[] = [];
    for (const question of questions) {
      const spec = engine.specs.get(question.name);
      const type = question.getType();
      if (type === "html") {
        nodeOf(question as unknown as Element);
        continue;
      }
      if (!spec || !answerable(spec) || !QUESTION_TYPES.has(type)) refuse(`question ${question.name}: type ${type}`);
      const q = question as Question & Record<string, unknown>;
      if (q.valueName || q.customWidget || q.defaultValueExpression || !Helpers.isValueEmpty(q.defaultValue))
        refuse(`question ${question.name}: a value of its own`);
      if (type === "text" && !["text", "number"].includes(String(q.inputType)))
        refuse(`question ${question.name}: input type ${String(q.inputType)}`);
      if (type === "text" && (q.maskType !== "none" || q.step || q.minValueExpression || q.maxValueExpression))
        refuse(`question ${question.name}: a mask, step or computed limit`);
      if (!["default", "onComplete", "none"].includes(String(q.clearIfInvisible)))
        refuse(`question ${question.name}: clearIfInvisible ${String(q.clearIfInvisible)}`);
      const requiredIf = conditionOf(q.requiredIf, names, `question ${question.name}`);
      const required = jsonOf.get(question.name)?.isRequired === true;
      if (requiredIf && required) refuse(`question ${question.name}: isRequired and requiredIf`);
      checks.push({
        spec: spec!,
        node: nodeOf(question as unknown as Element)!,
        requiredIf,
        required,
        validators: question.validators,
        min: type === "text" ? q.renderedMin : undefined,
        max: type === "text" ? q.renderedMax : undefined,
        otherRequired: spec!.items.some((item) => item.other),
      });
    }
    return { checker: { engine, checks, byName: new Map(checks.map((check) => [check.spec.name, check])) } };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    return { unsupported: `survey-core could not read it (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Compiled versions, by version id, oldest dropped first: versions are frozen, so one compilation serves for ever. */
const compiledVersions = new Map<number, { definition: object; compiled: Compiled }>();
const COMPILED_KEPT = 200;
const compiledDefinitions = new WeakMap<object, Compiled>();

/** The version's checker, compiled on first use; `versionId` keys the bounded cache (without it, the definition does). */
export function compiledFor(definition: object, versionId?: number): Compiled {
  if (versionId === undefined) {
    let compiled = compiledDefinitions.get(definition);
    if (!compiled) compiledDefinitions.set(definition, (compiled = compile(definition)));
    return compiled;
  }
  const known = compiledVersions.get(versionId);
  if (known && known.definition === definition) return known.compiled;
  const compiled = compile(definition);
  if (compiledVersions.size >= COMPILED_KEPT) compiledVersions.delete(compiledVersions.keys().next().value!);
  compiledVersions.set(versionId, { definition, compiled });
  return compiled;
}

/** What one evaluation of the conditions found, per page, panel or question, for one set of values. */
class Evaluation {
  private shownMemo = new Map<Node, boolean>();
  private readOnlyMemo = new Map<Node, boolean>();
  constructor(private readonly values: Answers) {}

  shown(node: Node): boolean {
    let shown = this.shownMemo.get(node);
    if (shown === undefined) {
      const own = node.visibleIf ? node.visibleIf.runValues(this.values) : node.visible;
      shown = own && (!node.parent || this.shown(node.parent));
      this.shownMemo.set(node, shown);
    }
    return shown;
  }

  readOnly(node: Node): boolean {
    let readOnly = this.readOnlyMemo.get(node);
    if (readOnly === undefined) {
      const own = node.enableIf ? !node.enableIf.runValues(this.values) : node.readOnly;
      readOnly = own || (node.parent !== null && this.readOnly(node.parent));
      this.readOnlyMemo.set(node, readOnly);
    }
    return readOnly;
  }

  required(check: Check): boolean {
    return check.requiredIf ? check.requiredIf.runValues(this.values) : check.required;
  }
}

/** survey-core's own checks of one shown, enabled question (Question.collectErrors, as 3.0.0 runs them). */
function refusedByCore(check: Check, evaluation: Evaluation, data: Answers): boolean {
  const name = check.spec.name;
  const value = Object.hasOwn(data, name) ? data[name] : undefined;
  const empty = Helpers.isValueEmpty(value);
  if (empty && evaluation.required(check)) return true;
  if (check.otherRequired && otherChosen(check.spec, value) && Helpers.isValueEmpty(data[`${name}-Comment`])) return true;
  if (!empty && !Helpers.isValueEmpty(check.min) && (value as number) < (check.min as number)) return true;
  if (!empty && !Helpers.isValueEmpty(check.max) && (value as number) > (check.max as number)) return true;
  for (const validator of check.validators) {
    const result = validator.validate(value, name, undefined);
    if (result?.error) return true;
  }
  return false;
}

/**
 * The verdict on a whole submission, or null when the version is not compiled (survey-core decides). Never throws on
 * what a client sends.
 */
export function checkCompiled(definition: object, answers: unknown, versionId?: number): Verdict | null {
  const compiled = compiledFor(definition, versionId);
  if (!("checker" in compiled)) return null;
  const { engine, checks, byName } = compiled.checker;
  if (!isPlainObject(answers)) return { ok: false, failing: [], general: true };
  const sorted = sortAnswers(engine, answers);
  // Answers to hidden questions are dropped until nothing more hides: dropping one can hide another.
  const data: Answers = { ...sorted.data };
  let evaluation = new Evaluation(data);
  for (let round = 0; round <= checks.length; round += 1) {
    const hidden = Object.keys(data).filter((key) => {
      const check = byName.get(key) ?? byName.get(engine.commentOwners.get(key)?.name ?? "");
      return !check || !evaluation.shown(check.node);
    });
    if (hidden.length === 0) break;
    for (const key of hidden) delete data[key];
    evaluation = new Evaluation(data);
  }
  const failing: string[] = [];
  for (const check of checks) {
    if (!evaluation.shown(check.node)) continue;
    if (sorted.problems.has(check.spec.name)) failing.push(check.spec.name);
    else if (!evaluation.readOnly(check.node) && refusedByCore(check, evaluation, data)) failing.push(check.spec.name);
  }
  if (failing.length || sorted.unknown) return { ok: false, failing, general: sorted.unknown };
  return { ok: true, answers: data };
}

/**
 * A whole submission, as the route checks it: the compiled checker's verdict where the version is compiled and the
 * answers are accepted; survey-core's validateSubmission otherwise (a version the checker does not support, or a
 * refusal, whose messages survey-core writes). Either way the result is validateSubmission's.
 */
export function checkSubmission(definition: object, answers: unknown, lang: Lang, versionId?: number): SubmissionResult {
  const verdict = checkCompiled(definition, answers, versionId);
  if (verdict?.ok) return verdict;
  return validateSubmission(definition, answers, lang);
}
