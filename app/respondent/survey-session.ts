/**
 * The plain form's way through a survey, worked out by survey-core itself so that it equals the survey renderer.
 *
 * A published version is compiled once (survey-engine's engineFor: one survey-core model per definition). For each
 * request that model is put back into the state the respondent left it in — their answers (model.data) and what
 * `visible` triggers switched on or off, which is the only state survey-core keeps beside the answers — and the page
 * they posted is replayed into it with `question.value = …`, one question at a time in page order, only where the
 * posted value differs from what the page showed. That is what the renderer does as a person answers, so triggers
 * (setvalue, copyvalue, runexpression, visible, complete, skip), setValueExpression/defaultValueExpression,
 * calculated values and clearInvisibleValues run exactly as they would in the browser. Continue and Back are
 * survey-core's own nextPage/prevPage/completeLastPage (validators, skip and complete triggers included), and the
 * page shown is read back from the model. engine-differential.test.ts proves the two paths equal on generated surveys.
 *
 * Synchronous from restore to the last read, so one shared model per version is safe.
 */
import { Model, type ItemValue, type Question, type QuestionSelectBase } from "survey-core";
import { registerSurveyProperties } from "~/surveys/definition";
import { readQuestion, type Read } from "./form-fields";
import { problemMessage } from "./fields/messages";
import type { Problem } from "./fields/answer-checks";
import { checkAnswer, checkOtherText, isNoAnswer, isPlainObject } from "./fields/answer-checks";
import { viewOf } from "./fields/page-view";
import {
  applyRowChange,
  countOf,
  findDynamic,
  groupsOf,
  groupViews,
  partContext,
  isComposite,
  partSpecOf,
  rowButtons,
  setCount,
  showParts,
  type RowChange,
} from "./fields/parts";
import type { Answers, ElementView, Lang, QuestionErrors, QuestionSpec } from "./fields/types";
import { answerable, collectErrors, engineFor, questionShown, setLocale, sortAnswers, type Engine } from "./survey-engine";

/**
 * Where a respondent is: their answers, their page, and the visible flag of every element a `visible` trigger or a
 * visibleIf can change (element name → visible), which survey-core keeps beside the answers.
 */
export type SessionState = {
  answers: Answers;
  pageName: string;
  triggered: Record<string, boolean>;
  /** Pages a skip trigger jumped over, as [from, to] page names: Back from `to` returns to `from`, as in survey-core. */
  skipped?: [string, string][];
  /** How many rows or panels each dynamic matrix and dynamic panel has: survey-core keeps that beside the answers too. */
  counts?: Record<string, number>;
  /**
   * What a number (or date) question holds that survey-core would not store: a value outside its min/max stays in the
   * field, with its error, and never reaches the answers (QuestionTextModel.canSetValueToSurvey). The renderer shows it
   * on the page until the person changes it; so does the plain form.
   */
  held?: Record<string, unknown>;
  /**
   * Ticks survey-core took off a checkbox when their choices hid (choicesVisibleIf) and puts back if those choices show
   * again before the person changes the question (QuestionCheckboxModel.invisibleOldValues): the renderer shows them
   * coming back, so the plain form carries them.
   */
  untickedHidden?: Record<string, unknown[]>;
  /**
   * Pages survey-core has marked passed (PageModel.passed): the first time a person leaves a page, survey-core checks
   * it quietly and, on that check only, clears answers that are no longer among the choices on offer (a
   * choicesVisibleIf hid them since a setValueExpression or a trigger set them). A page once passed is never checked
   * that way again, so whether Back clears such an answer depends on this history, which the journey carries.
   */
  passed?: string[];
};

/** survey-core's navigation state that is not in its data (3.0.0 internals, pinned). */
type Navigation = {
  skippedPages: { from?: { name?: string; isPage?: boolean }; to?: { name?: string; isPage?: boolean } }[];
  focusingQuestionInfo: unknown;
};
const navigationOf = (model: unknown) => model as Navigation;

/** What a page shows: survey-core's visible pages, the page, its visible questions and its elements in `lang`. */
export type Layout = {
  pages: string[];
  pageName: string;
  elements: ElementView[];
  pageTitle: string;
  /** The language the page title is really in when the survey's language falls back (English). */
  pageTitleLang?: string;
  shown: string[];
};

export type StepIntent = "next" | "submit" | "back" | "save" | "show" | "change";

export type StepResult =
  | {
      kind: "page";
      state: SessionState;
      errors: QuestionErrors;
      newQuestions: boolean;
      /** Continue found the page it was on to be the last (answers hid what followed): shown again, with Send. */
      nowLast?: boolean;
      /** The page `state` shows, read from the model as the step left it (the same as layoutOf(state), without restoring). */
      layout: Layout;
    }
  | { kind: "complete"; state: SessionState; answers: Answers };

type Compiled = Engine & {
  targets: string[];
  /** Keys survey-core fills itself and a journey may carry: expression questions, trigger targets, included calculations. */
  computed: Set<string>;
  /** Every calculated value's name: survey-core keeps them in its store whether or not they go into the results. */
  calculated: Set<string>;
  initialVisible: Map<string, boolean>;
  /** The rows or panels each dynamic question starts with. */
  initialCounts: Map<string, number>;
};

const compiled = new WeakMap<object, Compiled>();

type Element = { name: string; visible: boolean };

function elementNamed(engine: Engine, name: string): Element | null {
  const model = engine.model;
  if (!model) return null;
  return (model.getPageByName(name) ?? model.getQuestionByName(name) ?? model.getPanelByName(name)) as Element | null;
}

/** The per-version extras the session needs: trigger targets, keys survey-core fills itself, starting visibility. */
function compiledFor(definition: object): Compiled {
  const cached = compiled.get(definition);
  if (cached) return cached;
  const engine = engineFor(definition);
  const targets = new Set<string>();
  const computed = new Set<string>();
  const calculated = new Set<string>();
  const model = engine.model;
  if (model) {
    for (const trigger of model.triggers as unknown as Record<string, unknown>[]) {
      if (trigger.getType && (trigger.getType as () => string).call(trigger) === "visibletrigger") {
        for (const name of [...((trigger.pages as string[]) ?? []), ...((trigger.questions as string[]) ?? [])])
          targets.add(name);
      }
      if (typeof trigger.setToName === "string" && trigger.setToName) computed.add(trigger.setToName);
    }
    // survey-core evaluates a visibleIf only when something it reads changes, so an element's flag can be other than
    // its condition on the answers as they stand (an answer cleared since): the flag is state, carried like a trigger's.
    const conditional = [...model.pages, ...model.getAllPanels(), ...engine.questions.values()] as unknown as {
      name?: string;
      visibleIf?: string;
    }[];
    for (const element of conditional) if (element.visibleIf && element.name) targets.add(element.name);
    for (const question of engine.questions.values()) if (question.getType() === "expression") computed.add(question.name);
    for (const value of model.calculatedValues) {
      calculated.add(value.name);
      if (value.includeIntoResult) computed.add(value.name);
    }
  }
  const initialVisible = new Map<string, boolean>();
  for (const name of targets) {
    const element = elementNamed(engine, name);
    if (element) initialVisible.set(name, element.visible);
  }
  const initialCounts = new Map<string, number>();
  for (const question of engine.questions.values()) {
    const count = countOf(question);
    if (count !== null) initialCounts.set(question.name, count);
  }
  const result: Compiled = {
    ...engine,
    targets: [...initialVisible.keys()],
    computed,
    calculated,
    initialVisible,
    initialCounts,
  };
  compiled.set(definition, result);
  // The version's first model is as new as one built for the purpose, unless something has loaded answers into it.
  if (model && !engine.used) starts.set(definition, { day: new Date().toDateString(), state: startOf(model, result.targets) });
  return result;
}

/** The answers a journey may carry: well-formed answers to the survey's questions and the values survey-core fills itself. */
function sanitise(engine: Compiled, answers: unknown): Answers {
  if (!isPlainObject(answers)) return {};
  const data = sortAnswers(engine, answers).data;
  // survey-core keeps "something else" text when the answer moves off "something else" (a trigger, a reset); so do we.
  for (const [key, owner] of engine.commentOwners) {
    if (
      Object.hasOwn(answers, key) &&
      !Object.hasOwn(data, key) &&
      !checkOtherText(owner, answers[key]) &&
      !isNoAnswer(answers[key])
    )
      data[key] = answers[key];
  }
  for (const key of engine.computed) {
    if (Object.hasOwn(answers, key) && key !== "__proto__" && answers[key] !== undefined) data[key] = answers[key];
  }
  return data;
}

function setCounts(engine: Compiled, counts: unknown): boolean {
  let moved = false;
  for (const [name, initial] of engine.initialCounts) {
    const asked = isPlainObject(counts) && Object.hasOwn(counts, name) ? counts[name] : initial;
    const question = engine.questions.get(name);
    const most = engine.specs.get(name)?.maxCount || initial;
    const count = typeof asked === "number" && Number.isSafeInteger(asked) && asked >= 0 ? Math.min(asked, most) : initial;
    if (question && countOf(question) !== count) {
      setCount(question, count);
      moved = true;
    }
  }
  return moved;
}

function setFlags(engine: Compiled, triggered: unknown): boolean {
  let moved = false;
  for (const name of engine.targets) {
    const value = isPlainObject(triggered) && Object.hasOwn(triggered, name) ? triggered[name] : undefined;
    const element = elementNamed(engine, name);
    if (element && typeof value === "boolean" && element.visible !== value) {
      element.visible = value;
      moved = true;
    }
  }
  return moved;
}

/** survey-core 3.0.0's own store of answers (pinned internals): set back without running anything. */
function setAnswers(engine: Compiled, answers: Answers): boolean {
  const model = engine.model!;
  const store = (model as unknown as { valuesHash: Record<string, unknown> }).valuesHash;
  let moved = false;
  for (const key of Object.keys(store)) {
    if (!Object.hasOwn(answers, key) && !engine.computed.has(key) && !engine.calculated.has(key)) {
      delete store[key];
      moved = true;
    }
  }
  for (const key of Object.keys(answers)) {
    if (!same(store[key], answers[key])) {
      store[key] = answers[key];
      moved = true;
    }
  }
  if (moved) (model as unknown as { updateAllQuestionsValue(clear: boolean): void }).updateAllQuestionsValue(false);
  return moved;
}

function restore(engine: Compiled, state: SessionState, lang: Lang) {
  const model = engine.model!;
  setLocale(engine, lang);
  model.clear(false, false);
  // clear() marks every page not passed. Restoring moves the current page (a flag hides it, then the journey's page),
  // and survey-core checks a page it leaves that is not passed, clearing answers on the way and marking it passed: so
  // during the restore every page counts as passed, and the journey's own record is put back at the end.
  for (const page of model.pages) page.passed = true;
  for (const [name, visible] of engine.initialVisible) {
    const element = elementNamed(engine, name);
    if (element) element.visible = visible;
  }
  const answers = sanitise(engine, state.answers);
  model.data = answers;
  // Loading a value that is not one of a question's choices makes survey-core write it as "something else" text too,
  // which setting it as the renderer does never did: the answers are what they were (survey-core 3.0.0's own store).
  const loaded = (model as unknown as { valuesHash: Record<string, unknown> }).valuesHash;
  for (const key of engine.commentOwners.keys())
    if (!Object.hasOwn(answers, key) && Object.hasOwn(loaded, key)) delete loaded[key];
  // Setting one flag can make survey-core run conditions again, and showing an element again makes it put defaults
  // back (clearInvisibleValues "onHidden") where the renderer never hid anything: flags and answers are set back to
  // what they were until both hold.
  for (let round = 0; round < 4; round += 1) {
    const flagsMoved = setFlags(engine, state.triggered);
    const answersMoved = setAnswers(engine, answers);
    const countsMoved = setCounts(engine, state.counts);
    if (!flagsMoved && !answersMoved && !countsMoved) break;
  }
  holdBack(engine, state.held);
  rememberHidden(engine, state.untickedHidden);
  for (const question of engine.questions.values()) question.errors = [];
  const navigation = navigationOf(model);
  navigation.focusingQuestionInfo = undefined;
  navigation.skippedPages = (Array.isArray(state.skipped) ? state.skipped : []).flatMap((pair) => {
    const from = Array.isArray(pair) ? model.getPageByName(String(pair[0])) : null;
    const to = Array.isArray(pair) ? model.getPageByName(String(pair[1])) : null;
    return from && to ? [{ from, to }] : [];
  });
  // A page no longer shown (the answers changed): the nearest shown page after it, else the last shown one.
  const index = model.pages.findIndex((page) => page.name === state.pageName);
  const visible = model.visiblePages;
  const page =
    visible.find((p) => p.name === state.pageName) ??
    visible.find((p) => model.pages.indexOf(p) > index) ??
    visible[visible.length - 1] ??
    null;
  if (page && model.currentPage !== page) model.currentPage = page;
  const passed = new Set(Array.isArray(state.passed) ? state.passed.map(String) : []);
  for (const each of model.pages) each.passed = passed.has(each.name);
}

/** A text question with min/max (3.0.0 internals, pinned): what decides whether survey-core stores its value. */
type MinMax = Question & {
  isMinMaxType?: boolean;
  isValueLessMin?: boolean;
  isValueGreaterMax?: boolean;
  setQuestionValue(value: unknown): void;
};
const minMaxOf = (question: Question | undefined): MinMax | null =>
  question && question.getType() === "text" && (question as MinMax).isMinMaxType ? (question as MinMax) : null;
const outOfRange = (question: MinMax) => Boolean(question.isValueLessMin || question.isValueGreaterMax);

/** Puts back the values fields held outside their range; anything else a journey claims a field held is ignored. */
function holdBack(engine: Compiled, held: unknown) {
  if (!isPlainObject(held)) return;
  for (const name of Object.keys(held)) {
    const question = minMaxOf(engine.questions.get(name));
    const value = held[name];
    if (!question || !engine.specs.has(name) || (typeof value !== "number" && typeof value !== "string")) continue;
    if (checkAnswer(engine.specs.get(name)!, value)) continue;
    const stored: unknown = engine.model!.getValue(name);
    question.setQuestionValue(value);
    if (!outOfRange(question)) question.setQuestionValue(stored);
  }
}

/** A checkbox's memory of ticks its hidden choices lost (3.0.0 internals, pinned). */
type Remembering = Question & { invisibleOldValues: Record<string, unknown> };
const checkboxOf = (question: Question | undefined): Remembering | null =>
  question && question.getType() === "checkbox" ? (question as Remembering) : null;

function rememberHidden(engine: Compiled, carried: unknown) {
  for (const [name, question] of engine.questions) {
    const checkbox = checkboxOf(question);
    if (!checkbox) continue;
    checkbox.invisibleOldValues = {};
    const values = isPlainObject(carried) && Object.hasOwn(carried, name) ? carried[name] : undefined;
    if (!Array.isArray(values)) continue;
    const spec = engine.specs.get(name);
    // Only the question's own choices, kept by their stored value as survey-core keys them.
    for (const value of values)
      if (spec?.items.some((item) => item.value === value)) checkbox.invisibleOldValues[String(value)] = value;
  }
}

function capture(engine: Compiled): SessionState {
  const model = engine.model!;
  // The page as it is shown: a matrix's rows are made (and what that runs has run) before its state is read.
  showParts(pageQuestions(engine));
  const triggered: Record<string, boolean> = {};
  for (const name of engine.targets) {
    const element = elementNamed(engine, name);
    // Always recorded: the flag as it stands is the truth (a visibleIf may have set it since a trigger did).
    if (element) triggered[name] = element.visible;
  }
  // What a browser does once the page has rendered: the question a skip trigger went to has had its focus.
  const navigation = navigationOf(model);
  navigation.focusingQuestionInfo = undefined;
  const skipped = navigation.skippedPages.flatMap((entry): [string, string][] =>
    entry.from?.isPage && entry.to?.isPage && entry.from.name && entry.to.name ? [[entry.from.name, entry.to.name]] : [],
  );
  const counts: Record<string, number> = {};
  for (const name of engine.initialCounts.keys()) counts[name] = countOf(engine.questions.get(name)!) ?? 0;
  const held: Record<string, unknown> = {};
  for (const [name, question] of engine.questions) {
    const minMax = minMaxOf(question);
    if (minMax && !minMax.isEmpty() && outOfRange(minMax) && !same(minMax.value, model.getValue(name))) held[name] = minMax.value;
  }
  const untickedHidden: Record<string, unknown[]> = {};
  for (const [name, question] of engine.questions) {
    const values = Object.values(checkboxOf(question)?.invisibleOldValues ?? {});
    if (values.length) untickedHidden[name] = copy(values) as unknown[];
  }
  const passed = model.pages.filter((page) => page.passed).map((page) => page.name);
  return {
    answers: model.data as Answers,
    pageName: model.currentPage?.name ?? "",
    triggered,
    // Always present, undefined when empty: a journey spread over the old one must not keep stale state.
    skipped: skipped.length ? skipped : undefined,
    held: Object.keys(held).length ? held : undefined,
    untickedHidden: Object.keys(untickedHidden).length ? untickedHidden : undefined,
    counts: engine.initialCounts.size ? counts : undefined,
    passed: passed.length ? passed : undefined,
  };
}

const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Two answers a field shows alike: an empty checkbox survey-core holds as [] posts nothing at all. */
const sameAnswer = (a: unknown, b: unknown) => same(isNoAnswer(a) ? null : a, isNoAnswer(b) ? null : b);

const pageQuestions = (engine: Compiled): Question[] => (engine.model?.currentPage?.questions ?? []) as Question[];

/** The questions on the current page a person can answer now: shown, and not read-only. */
const answerableNow = (spec: QuestionSpec | undefined, question: Question) =>
  Boolean(spec && answerable(spec) && questionShown(question) && !question.isReadOnly);

/**
 * What a person answers on the current page, in order: each question, and for a question of several parts (a
 * multipletext, a matrix with cells, a dynamic panel) each of its parts in turn, named as the form names them.
 */
type Entry = { name: string; question: Question; spec: QuestionSpec; part: boolean; context: string };

function entriesOf(engine: Compiled, lang: Lang): Entry[] {
  const entries: Entry[] = [];
  const page = engine.model?.currentPage?.name ?? "";
  const add = (name: string, question: Question, spec: QuestionSpec, part: boolean, context: string) => {
    entries.push({ name, question, spec, part, context });
    if (!isComposite(spec) || !questionShown(question)) return;
    for (const group of groupsOf(question, name, lang))
      for (const inner of group.parts) {
        const within = [context, partContext(group, inner, lang)].filter(Boolean).join(", ");
        add(inner.name, inner.question, partSpecOf(inner, page), true, within);
      }
  };
  for (const question of pageQuestions(engine)) {
    const spec = engine.specs.get(question.name);
    if (spec) add(question.name, question, spec, false, "");
  }
  return entries;
}

/** The choices a question offers now (shown and enabled), or null for a question without choices. */
function offeredNow(spec: QuestionSpec, question: Question): Set<unknown> | null {
  if (spec.kind !== "choice" && spec.kind !== "choices") return null;
  const choices = (question as QuestionSelectBase).visibleChoices as ItemValue[];
  return new Set(choices.filter((choice) => choice.isEnabled).map((choice) => choice.value));
}

const sameSet = (a: Set<unknown> | null, b: Set<unknown> | null) =>
  a === b || (a !== null && b !== null && a.size === b.size && [...a].every((value) => b.has(value)));

type Replayed = { problems: Map<string, Problem>; changed: boolean };

/**
 * Replays the posted page into the model in page order, as a person fills it in: only questions the page showed
 * (`shown`) and enabled, still shown and enabled when their turn comes, and only where the posted value differs.
 * A choice question whose offered choices changed under the person (choicesVisibleIf, choicesEnableIf on this page's
 * answers) takes what was posted only if it is still on offer, and the page comes back to show the new choices.
 */
function replay(form: URLSearchParams | FormData, shown: Set<string>, locked: Set<string>, entries: Entry[]): Replayed {
  const problems = new Map<string, Problem>();
  // What the page showed: its choices on offer, and each answer and "something else" text as the fields held them.
  const before = new Map<string, Set<unknown> | null>();
  const shownValues = new Map<string, { value: unknown; comment: unknown }>();
  for (const { name, question, spec } of entries) {
    before.set(name, offeredNow(spec, question));
    // A copy: survey-core changes some answers (a ranking's order) in place.
    shownValues.set(name, { value: copy(question.value), comment: question.comment ?? "" });
  }
  let changed = false;
  for (const { name, question, spec } of entries) {
    // A question shown read-only had no fields to post (disabled inputs are not sent); a question of several parts
    // takes its answer from its parts, each replayed in turn.
    if (!shown.has(name) || locked.has(name) || !answerableNow(spec, question) || isComposite(spec)) continue;
    const offered = offeredNow(spec, question);
    const read = keepUnoffered(question, offered, readQuestion(spec, form));
    if (read.problem) {
      problems.set(spec.name, read.problem);
      continue;
    }
    if (!sameSet(offered, before.get(name) ?? null)) {
      changed = true;
      const values = Array.isArray(read.value) ? read.value : read.value === undefined ? [] : [read.value];
      const current = Array.isArray(question.value) ? question.value : [question.value];
      if (!values.every((value) => offered!.has(value) || current.includes(value))) continue;
    }
    // A field posted as the page showed it was not touched: what survey-core has done since (a trigger, a reset)
    // stands, as it does under a person who leaves a field alone in the renderer.
    const shownValue = shownValues.get(name);
    if (!sameAnswer(read.value, shownValue?.value) && !sameAnswer(read.value, question.value)) question.value = read.value;
    const comment = read.comment ?? "";
    if (spec.items.some((item) => item.other) && !same(comment, shownValue?.comment) && !same(comment, question.comment ?? ""))
      question.comment = comment;
    // Our own length limits (a long answer, "something else" text) hold on this path too; what was typed stays on the
    // page with the message, never cut. (The form reader already refuses what is not a choice or not a number.)
    const own =
      (read.value === undefined ? null : checkAnswer(spec, read.value)) ??
      (read.comment ? checkOtherText(spec, read.comment) : null);
    if (own && (own.code === "tooLong" || own.code === "otherTooLong")) problems.set(spec.name, own);
  }
  return { problems, changed };
}

/**
 * A choice the page could not offer (hidden by choicesVisibleIf, or disabled by choicesEnableIf) is never posted, but
 * the person did not take it away: as in the renderer, it stays chosen.
 */
function keepUnoffered(question: Question, offered: Set<unknown> | null, read: Read): Read {
  if (read.problem || offered === null) return read;
  const current: unknown = question.value;
  if (!Array.isArray(current)) {
    return read.value === undefined && !question.isEmpty() && !offered.has(current) ? { ...read, value: current } : read;
  }
  const kept = current.filter((value) => !offered.has(value));
  if (!kept.length) return read;
  const posted = Array.isArray(read.value) ? read.value : [];
  return { ...read, value: [...kept, ...posted.filter((value) => !kept.includes(value))] };
}

/** The page's questions (and parts) that show read-only now (enableIf), whose inputs the page disables. */
const lockedNow = (entries: Entry[]) => new Set(entries.filter((entry) => entry.question.isReadOnly).map((entry) => entry.name));

const visibleAnswerable = (entries: Entry[]) =>
  entries.filter((entry) => questionShown(entry.question)).map((entry) => entry.name);

function pageErrors(engine: Compiled, problems: Map<string, Problem>, lang: Lang): QuestionErrors {
  const specs = pageQuestions(engine).flatMap((question) => engine.specs.get(question.name) ?? []);
  const errors = collectErrors(engine, specs, new Map(), lang);
  // The parts of questions of several parts: survey-core's messages on each cell, item or panel question, each saying
  // which part it is about ("Row 2, Place: …"), in the error summary as beside the field.
  const entries = entriesOf(engine, lang);
  const contexts = new Map(entries.map((entry) => [entry.name, entry.context]));
  const about = (name: string, message: string) => (contexts.get(name) ? `${contexts.get(name)}: ${message}` : message);
  for (const entry of entries) {
    if (!entry.part || !questionShown(entry.question) || !entry.question.errors.length) continue;
    errors[entry.name] = entry.question.errors.map((error) => about(entry.name, error.getText()));
  }
  for (const [name, problem] of problems) errors[name] = [about(name, problemMessage(problem, lang))];
  return errors;
}

const starts = new WeakMap<object, { day: string; state: SessionState }>();

/** A model's state as survey-core left it after loading the definition: nothing answered yet. */
function startOf(model: Model, targets: string[]): SessionState {
  // The first page as it is shown: a matrix's rows are made (and what that runs has run) before its state is read.
  showParts((model.currentPage?.questions ?? []) as Question[]);
  const triggered: Record<string, boolean> = {};
  for (const name of targets) {
    const element = (model.getPageByName(name) ?? model.getQuestionByName(name) ?? model.getPanelByName(name)) as Element | null;
    if (element) triggered[name] = element.visible;
  }
  const held: Record<string, unknown> = {};
  const untickedHidden: Record<string, unknown[]> = {};
  for (const question of model.getAllQuestions() as Question[]) {
    const minMax = minMaxOf(question);
    if (minMax && !minMax.isEmpty() && outOfRange(minMax)) held[question.name] = copy(minMax.value);
    // A default a checkbox could not show yet (its choices hidden) is remembered, to be ticked when they show.
    const values = Object.values(checkboxOf(question)?.invisibleOldValues ?? {});
    if (values.length) untickedHidden[question.name] = copy(values) as unknown[];
  }
  return {
    answers: copy(model.data) as Answers,
    pageName: model.currentPage?.name ?? "",
    triggered,
    ...(Object.keys(held).length ? { held } : {}),
    ...(Object.keys(untickedHidden).length ? { untickedHidden } : {}),
  };
}

/**
 * The survey's starting answers: its defaults, and what its expressions and triggers give before anyone answers — a
 * new survey-core model's own data, worked out once per version and day (a default may use today()): on the day the
 * version is compiled, read from its model before anything else has touched it; on later days from a new model.
 */
export function initialState(definition: object): SessionState {
  const day = new Date().toDateString();
  const engine = compiledFor(definition);
  const cached = starts.get(definition);
  if (cached && cached.day === day) return cached.state;
  if (!engine.model) return { answers: {}, pageName: "", triggered: {} };
  registerSurveyProperties();
  const state = startOf(new Model(definition), engine.targets);
  starts.set(definition, { day, state });
  return state;
}

/**
 * One post of the plain form: the page's fields replayed, then survey-core's navigation. Back never checks; Continue
 * and Send check the page (survey-core's validators and our own checks of what was posted) and stay with the errors;
 * questions the answers just revealed on this page are shown before moving on.
 */
export function stepPage(
  definition: object,
  state: SessionState,
  form: URLSearchParams | FormData,
  intent: StepIntent,
  lang: Lang,
  /** With intent "change": the row or panel to add or take away (the page's add-another buttons). */
  rowChange?: RowChange,
): StepResult {
  const engine = compiledFor(definition);
  const model = engine.model;
  if (!model)
    return {
      kind: "page",
      state,
      errors: {},
      newQuestions: false,
      layout: { pages: [], pageName: state.pageName, elements: [], pageTitle: "", shown: [] },
    };
  restore(engine, state, lang);
  const shownBefore = new Set(form.getAll("shown").map(String));
  const entries = entriesOf(engine, lang);
  const locked = lockedNow(entries);
  const { problems, changed } =
    intent === "show" ? { problems: new Map<string, Problem>(), changed: false } : replay(form, shownBefore, locked, entries);
  const page = (errors: QuestionErrors = {}, newQuestions = false): StepResult => {
    const state = capture(engine);
    return { kind: "page", state, errors, newQuestions, layout: layoutNow(engine, state.pageName, lang) };
  };
  if (intent === "show" || intent === "save") return page();
  if (intent === "change") {
    // What was typed is kept (with any message about it), and the row or panel is added or taken away.
    const target = rowChange ? findDynamic(pageQuestions(engine), rowChange.question) : null;
    if (target && questionShown(target) && shownBefore.has(rowChange!.question)) applyRowChange(target, rowChange!);
    return page(problems.size ? pageErrors(engine, problems, lang) : {});
  }
  if (intent === "back") {
    model.prevPage();
    return page();
  }
  if (problems.size) {
    model.currentPage.validate(true, false);
    return page(pageErrors(engine, problems, lang));
  }
  // Questions the answers just revealed, or just enabled, on this page: seen (and answerable) before moving on.
  const after = entriesOf(engine, lang);
  const unlocked = after.some(
    (entry) =>
      locked.has(entry.name) && shownBefore.has(entry.name) && questionShown(entry.question) && !entry.question.isReadOnly,
  );
  if (changed || unlocked || visibleAnswerable(after).some((name) => !shownBefore.has(name))) return page({}, true);
  if (model.isLastPage) {
    // "Continue" from what has become the last page: checked as survey-core checks it, then shown as the last page
    // (with Send) rather than sent on a button that said Continue.
    if (intent === "next") {
      if (model.validateCurrentPage() === false) return page(pageErrors(engine, problems, lang));
      return { ...page(), nowLast: true } as StepResult;
    }
    if (!model.completeLastPage()) return page(pageErrors(engine, problems, lang));
  } else if (!model.nextPage()) {
    return page(pageErrors(engine, problems, lang));
  }
  if (model.state === "completed") return { kind: "complete", state: capture(engine), answers: model.data as Answers };
  return page();
}

/** A question as the page shows it now: survey-core's live required, enabled and visible choices over its spec. */
function liveViewOf(spec: QuestionSpec, question: Question, lang: Lang): ElementView | null {
  if (isComposite(spec)) {
    const view = viewOf({ ...spec, required: question.isRequired }, lang);
    if (!view || !("groups" in view)) return null;
    const groups = groupViews(
      question,
      spec.name,
      lang,
      spec.page,
      (part, inner) => liveViewOf(part, inner, lang),
      questionShown,
    );
    return { ...view, readOnly: question.isReadOnly, groups, ...rowButtons(question, lang) };
  }
  if (spec.kind === "expression") {
    const title = viewOf({ ...spec, kind: "text" }, lang);
    const value = question.isEmpty() ? "" : String(question.displayValue ?? "");
    return title && title.kind === "text"
      ? { kind: "expression", name: spec.name, title: title.title, description: title.description, value, lang: title.lang }
      : null;
  }
  const view = viewOf({ ...spec, required: question.isRequired }, lang);
  if (!view || view.kind === "info" || view.kind === "expression") return view;
  const live = { ...view, readOnly: question.isReadOnly };
  if (live.kind === "radiogroup" || live.kind === "checkbox" || live.kind === "dropdown") {
    const choices = (question as QuestionSelectBase).visibleChoices as ItemValue[];
    live.options = live.options.flatMap((option) => {
      const item = choices.find((choice) => choice.value === option.stored);
      return item ? [{ ...option, disabled: !item.isEnabled }] : [];
    });
  }
  return live;
}

/** What the page of `state` shows, in `lang`, read from survey-core's model in that state. */
export function layoutOf(definition: object, state: SessionState, lang: Lang): Layout {
  const engine = compiledFor(definition);
  const model = engine.model;
  if (!model) return { pages: [], pageName: state.pageName, elements: [], pageTitle: "", shown: [] };
  restore(engine, state, lang);
  return layoutNow(engine, state.pageName, lang);
}

/** What the page the model is on shows now, in `lang`. */
function layoutNow(engine: Compiled, pageName: string, lang: Lang): Layout {
  const model = engine.model!;
  const current = model.currentPage;
  const elements: ElementView[] = [];
  for (const question of pageQuestions(engine)) {
    if (!questionShown(question)) continue;
    const spec = engine.all.get(question.name);
    const view = spec ? liveViewOf(spec, question, lang) : null;
    if (view) elements.push(view);
  }
  return {
    pages: model.visiblePages.map((page) => page.name),
    pageName: current?.name ?? pageName,
    elements,
    pageTitle: current ? current.locTitle.renderedHtml : "",
    ...(current && lang !== "en" && current.locTitle.renderedHtml && !current.locTitle.getLocaleText(model.locale)
      ? { pageTitleLang: "en" }
      : {}),
    shown: visibleAnswerable(entriesOf(engine, lang)),
  };
}
