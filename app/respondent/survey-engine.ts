/**
 * The respondent's answers against a published survey version, on the server:
 * which pages and questions show given the answers so far (survey-core's
 * visibleIf), page-by-page checks for the form without JavaScript, and the
 * check of a whole submission from either path. No I/O. Nothing here throws on
 * what a client sends: every problem comes back as a message in the
 * respondent's language.
 */
import { Model, type PageModel, type Question } from "survey-core";
import "survey-core/i18n/arabic";
import "survey-core/i18n/polish";
import "survey-core/i18n/romanian";
import "survey-core/i18n/urdu";
import "survey-core/i18n/welsh";
import { registerSurveyProperties } from "~/surveys/definition";
import { textIn } from "~/surveys/survey-json";
import { checkAnswer, checkOtherText, isNoAnswer, isPlainObject, otherChosen, type Problem } from "./fields/answer-checks";
import { generalMessage, problemMessage } from "./fields/messages";
import { viewOf } from "./fields/page-view";
import { nestedTexts } from "./free-text";
import { specOf, surveyLocale } from "./fields/specs";
import type { Answers, ElementView, Lang, QuestionErrors, QuestionSpec } from "./fields/types";

export { ANSWER_LIMITS } from "./fields/answer-checks";
export type { Answers, ElementView, Lang, QuestionErrors } from "./fields/types";

const COMMENT_SUFFIX = "-Comment";

type EnginePage = { name: string; page: PageModel; specs: QuestionSpec[] };

/** One survey-core model per definition, with its questions read once. */
export type Engine = {
  model: Model | null;
  pages: EnginePage[];
  /** Questions that take an answer, in definition order, by name. */
  specs: Map<string, QuestionSpec>;
  questions: Map<string, Question>;
  /** Every question and information block, by name (answerable or not). */
  all: Map<string, QuestionSpec>;
  /** `<name>-Comment` of each question with a "something else" item → that question. */
  commentOwners: Map<string, QuestionSpec>;
  /** Whether answers have been loaded into the model since it was built (it is no longer as survey-core made it). */
  used: boolean;
};

export const answerable = (spec: QuestionSpec) => spec.kind !== "info" && spec.kind !== "none" && spec.kind !== "expression";

function buildEngine(definition: unknown): Engine {
  const engine: Engine = {
    model: null,
    pages: [],
    specs: new Map(),
    questions: new Map(),
    all: new Map(),
    commentOwners: new Map(),
    used: false,
  };
  if (!isPlainObject(definition)) return engine;
  registerSurveyProperties();
  try {
    const model = new Model(definition);
    for (const page of model.pages) {
      const specs: QuestionSpec[] = [];
      for (const question of page.questions) {
        const spec = specOf(question, page.name);
        // A name survey-core would copy onto an object's prototype cannot hold an answer.
        if (spec.name === "__proto__" || engine.questions.has(spec.name)) continue;
        specs.push(spec);
        engine.questions.set(spec.name, question);
        engine.all.set(spec.name, spec);
        if (!answerable(spec)) continue;
        engine.specs.set(spec.name, spec);
        if (spec.items.some((item) => item.other)) engine.commentOwners.set(`${spec.name}${COMMENT_SUFFIX}`, spec);
      }
      engine.pages.push({ name: page.name, page, specs });
    }
    engine.model = model;
  } catch {
    // A definition survey-core cannot read: no pages, and every submission is refused.
  }
  return engine;
}

// new Model(json) costs milliseconds; the lead caches the parsed definition per published version.
const engines = new WeakMap<object, Engine>();

export function engineFor(definition: object): Engine {
  if (typeof definition !== "object" || definition === null) return buildEngine(definition);
  let engine = engines.get(definition);
  if (!engine) {
    engine = buildEngine(definition);
    engines.set(definition, engine);
  }
  return engine;
}

/** Loads answers into the shared model. Synchronous from here to the caller's last read, so safe to share. */
function load(engine: Engine, data: Answers) {
  const model = engine.model;
  if (!model) return;
  engine.used = true;
  model.clear(true, true);
  // clear() leaves a choice question's "something else" text and its memory of the last ticks in place; carried into
  // the next request they made a "something else" answer beside a choice hidden by choicesVisibleIf refused every
  // other call (compiled checker, seed 552). Reset them as a new model has them.
  for (const question of engine.questions.values()) forgetOther(question);
  model.data = data;
  for (const question of engine.questions.values()) question.errors = [];
}

type OtherState = { otherValueCore?: unknown; prevIsOtherSelected?: boolean; makeCommentEmpty?: boolean };

function forgetOther(question: Question) {
  const q = question as unknown as OtherState & Question;
  if (!("otherValueCore" in q)) return;
  if (q.otherValueCore) q.setPropertyValue("otherValue", "");
  q.prevIsOtherSelected = false;
  q.makeCommentEmpty = false;
}

export function setLocale(engine: Engine, lang: Lang) {
  const locale = surveyLocale(lang);
  if (engine.model && engine.model.locale !== locale) engine.model.locale = locale;
}

export const questionShown = (question: Question | undefined) =>
  Boolean(question && question.isVisible && question.isParentVisible && question.page?.isVisible);

export type Sorted = { data: Answers; problems: Map<string, Problem>; unknown: boolean };

/** Splits answers into well-formed ones and problems, by our own checks only; blanks are dropped. */
export function sortAnswers(engine: Engine, answers: unknown): Sorted {
  const sorted: Sorted = { data: {}, problems: new Map(), unknown: false };
  if (!isPlainObject(answers)) return sorted;
  for (const key of Object.keys(answers)) {
    const value = answers[key];
    const spec = engine.specs.get(key);
    const owner = spec ? undefined : engine.commentOwners.get(key);
    // A value survey-core works out itself (an expression question) comes back as the renderer computed it.
    if (!spec && !owner && engine.all.get(key)?.kind === "expression") {
      if (!isNoAnswer(value)) sorted.data[key] = value;
      continue;
    }
    if (!spec && !owner) {
      sorted.unknown = true;
      continue;
    }
    if (isNoAnswer(value)) continue;
    const problem = spec ? checkAnswer(spec, value) : checkOtherText(owner!, value);
    const name = (spec ?? owner)!.name;
    if (problem) {
      if (!sorted.problems.has(name)) sorted.problems.set(name, problem);
    } else sorted.data[key] = value;
  }
  // "Something else" text without "something else" chosen is not an answer to anything.
  for (const [key, owner] of engine.commentOwners) {
    if (Object.hasOwn(sorted.data, key) && !otherChosen(owner, sorted.data[owner.name])) delete sorted.data[key];
  }
  return sorted;
}

/**
 * Drops answers to hidden questions (doComplete semantics) until nothing more hides: dropping one
 * answer can hide another question. Leaves the model loaded with what remains.
 */
function settle(engine: Engine, data: Answers): Answers {
  const current = { ...data };
  for (let round = 0; round <= engine.specs.size; round += 1) {
    load(engine, current);
    const hidden = Object.keys(current).filter((key) => {
      const spec = engine.all.get(key) ?? engine.commentOwners.get(key);
      return !spec || !questionShown(engine.questions.get(spec.name));
    });
    if (hidden.length === 0) break;
    for (const key of hidden) delete current[key];
  }
  return current;
}

const shownSpecs = (engine: Engine, page: EnginePage) =>
  page.specs.filter((spec) => questionShown(engine.questions.get(spec.name)));

/** Information-only pages show as survey-core shows them; a page of questions shows only while one of them does. */
function pageShown(engine: Engine, page: EnginePage): boolean {
  if (!page.page.isVisible) return false;
  return !page.specs.some(answerable) || shownSpecs(engine, page).some(answerable);
}

function loaded(definition: object, answers: Answers): Engine {
  const engine = engineFor(definition);
  settle(engine, sortAnswers(engine, answers).data);
  return engine;
}

/** The survey's visible page names, in order, given the answers so far (page and question visibleIf evaluated by survey-core). A page with no visible questions is not visible. */
export function visiblePageNames(definition: object, answers: Answers): string[] {
  const engine = loaded(definition, answers);
  return engine.pages.filter((page) => pageShown(engine, page)).map((page) => page.name);
}

function neighbour(definition: object, answers: Answers, pageName: string, direction: 1 | -1): string | null {
  const engine = loaded(definition, answers);
  const index = engine.pages.findIndex((page) => page.name === pageName);
  if (index < 0) return null;
  for (let i = index + direction; i >= 0 && i < engine.pages.length; i += direction) {
    if (pageShown(engine, engine.pages[i])) return engine.pages[i].name;
  }
  return null;
}

/** The next visible page after `pageName` given the answers (null at the end). If pageName is no longer visible, the nearest visible page after it in definition order. */
export function nextPageName(definition: object, answers: Answers, pageName: string): string | null {
  return neighbour(definition, answers, pageName, 1);
}

/** The previous visible page before `pageName` (null at the start); as nextPageName, the other way. */
export function previousPageName(definition: object, answers: Answers, pageName: string): string | null {
  return neighbour(definition, answers, pageName, -1);
}

/** Names of the page's visible questions (html/info blocks excluded) given the answers. */
export function visibleQuestionNames(definition: object, answers: Answers, pageName: string): string[] {
  const engine = loaded(definition, answers);
  const page = engine.pages.find((p) => p.name === pageName);
  return page
    ? shownSpecs(engine, page)
        .filter(answerable)
        .map((spec) => spec.name)
    : [];
}

/** What the page shows given the answers: its visible questions and information blocks, in order, texts in `lang`. */
export function pageView(definition: object, answers: Answers, pageName: string, lang: Lang): ElementView[] {
  const engine = loaded(definition, answers);
  const page = engine.pages.find((p) => p.name === pageName);
  if (!page) return [];
  return shownSpecs(engine, page).flatMap((spec) => viewOf(spec, lang) ?? []);
}

/** survey-core's messages for a question it has just validated; a required question's reason follows its message. */
function coreMessages(question: Question, spec: QuestionSpec, lang: Lang): string[] {
  const reason = textIn(spec.requiredReason, lang);
  return question.errors.map((error) => {
    const text = error.getText();
    return error.getErrorType() === "required" && reason ? `${text} ${reason}` : text;
  });
}

export function collectErrors(engine: Engine, specs: QuestionSpec[], problems: Map<string, Problem>, lang: Lang): QuestionErrors {
  const errors: QuestionErrors = {};
  for (const spec of specs) {
    const question = engine.questions.get(spec.name);
    if (!answerable(spec) || !question || !questionShown(question)) continue;
    const problem = problems.get(spec.name);
    // A malformed answer was left out, so survey-core's "required" would only repeat the problem.
    const messages = problem ? [problemMessage(problem, lang)] : coreMessages(question, spec, lang);
    if (messages.length) errors[spec.name] = messages;
  }
  return errors;
}

/** Checks only the questions of one page (for Continue): survey-core's validation (required etc.) and our own checks, messages in `lang`. */
export function validatePage(definition: object, answers: Answers, pageName: string, lang: Lang): QuestionErrors {
  const engine = engineFor(definition);
  const page = engine.pages.find((p) => p.name === pageName);
  if (!engine.model || !page) return {};
  setLocale(engine, lang);
  const sorted = sortAnswers(engine, answers);
  settle(engine, sorted.data);
  page.page.validate(true, false);
  return collectErrors(engine, page.specs, sorted.problems, lang);
}

export type SubmissionResult =
  | { ok: true; answers: Answers }
  | { ok: false; errors: QuestionErrors; general: string[]; firstErrorPage: string | null };

/**
 * The whole submission, as stored: survey-core validates every visible page (model.validate(true, false)),
 * then our own checks (unknown keys, types, choices, ranges, limits). Answers to hidden questions and
 * "something else" text without "something else" chosen are dropped, never stored.
 */
export function validateSubmission(definition: object, answers: unknown, lang: Lang): SubmissionResult {
  const engine = engineFor(definition);
  if (!engine.model || !isPlainObject(answers)) {
    return { ok: false, errors: {}, general: [generalMessage("notAnswers", lang)], firstErrorPage: null };
  }
  setLocale(engine, lang);
  const sorted = sortAnswers(engine, answers);
  const data = settle(engine, sorted.data);
  engine.model.validate(true, false);
  const errors = collectErrors(engine, [...engine.specs.values()], sorted.problems, lang);
  const general = sorted.unknown ? [generalMessage("unknownAnswer", lang)] : [];
  const first = [...engine.specs.values()].find((spec) => Object.hasOwn(errors, spec.name));
  if (first || general.length) return { ok: false, errors, general, firstErrorPage: first?.page ?? null };
  return { ok: true, answers: data };
}

/** Every free-text answer (text, comment, other-text), for redaction and danger checks. */
export function freeTextOf(definition: object, answers: Answers): { key: string; text: string }[] {
  const engine = engineFor(definition);
  if (!isPlainObject(answers)) return [];
  const found: { key: string; text: string }[] = [];
  const add = (key: string) => {
    const text = Object.hasOwn(answers, key) ? answers[key] : undefined;
    if (typeof text === "string" && text.trim() !== "") found.push({ key, text });
  };
  for (const spec of engine.specs.values()) {
    if (spec.kind === "comment" || (spec.kind === "text" && !spec.numeric)) add(spec.name);
    if (spec.items.some((item) => item.other)) add(`${spec.name}${COMMENT_SUFFIX}`);
    // Text typed into a question of several parts (cells, items, panel questions) is free text too.
    const composite = compositeJson(engine, spec.name);
    if (composite) found.push(...nestedTexts(composite, answers));
  }
  return found;
}

const COMPOSITE_TYPES = new Set(["multipletext", "matrixdropdown", "matrixdynamic", "paneldynamic"]);
const compositeJsons = new WeakMap<Engine, Map<string, Record<string, unknown> | null>>();

/** A question of several parts as survey-core writes its JSON (defaults it fills in included), read once per version. */
export function compositeJsonOf(definition: object, name: string): Record<string, unknown> | null {
  return compositeJson(engineFor(definition), name);
}

function compositeJson(engine: Engine, name: string): Record<string, unknown> | null {
  let byName = compositeJsons.get(engine);
  if (!byName) compositeJsons.set(engine, (byName = new Map()));
  if (!byName.has(name)) {
    const question = engine.questions.get(name);
    const type = question?.getType();
    byName.set(name, question && type && COMPOSITE_TYPES.has(type) ? { ...question.toJSON(), type, name } : null);
  }
  return byName.get(name) ?? null;
}

/** Every answerable question of a page, shown or not, in order. */
export function pageQuestionSpecs(definition: object, pageName: string): QuestionSpec[] {
  return (
    engineFor(definition)
      .pages.find((p) => p.name === pageName)
      ?.specs.filter(answerable) ?? []
  );
}

/** Every answerable question of the survey, in page order. */
export function questionSpecs(definition: object): QuestionSpec[] {
  return engineFor(definition).pages.flatMap((page) => page.specs.filter(answerable));
}

/** Whether a survey has a question the plain form cannot offer, so the survey renderer must show it. */
export function needsSurveyRenderer(definition: object): boolean {
  return engineFor(definition).pages.some((page) => page.specs.some((spec) => spec.kind === "none"));
}
