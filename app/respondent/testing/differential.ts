/**
 * The engine's differential harness: one survey and one respondent plan, driven (a) through survey-core as its
 * renderer drives it — one live model, `question.value = …` as the person answers, nextPage / prevPage /
 * completeLastPage — and (b) through the server exactly as the plain form posts it: the FormData the page's fields
 * would send, the journey round-tripped through its hidden field, and the session functions the route calls. Each
 * step's observation (visible pages, page, visible questions, errors, data) must be the same. Not used by the app.
 */
import { Model, type ItemValue, type Question, type QuestionSelectBase } from "survey-core";
import { registerSurveyProperties } from "~/surveys/definition";
import { isNoAnswer } from "../fields/answer-checks";
import { specOf } from "../fields/specs";
import type { Answers, QuestionSpec, QuestionView } from "../fields/types";
import { decodeJourney, encodeJourney } from "../journey";
import { engineFor } from "../survey-engine";
import { initialState, layoutOf as serverLayout, stepPage, type SessionState } from "../survey-session";
import { appendFields, postedFields, type Given } from "./posted-fields";
import { OTHER_TEXT, resolveValue, type Intent, type Offer, type PlanStep } from "./survey-generator";

export type Observation = {
  pages: string[];
  page: string;
  shown: string[];
  errors: string[];
  data: Answers;
  completed: boolean;
};

const ANSWERABLE = new Set([
  "text",
  "comment",
  "radiogroup",
  "dropdown",
  "checkbox",
  "tagbox",
  "rating",
  "boolean",
  "matrix",
  "ranking",
]);
const ROUNDS = 6;

const shownNow = (q: Question) => Boolean(q.isVisible && q.isParentVisible && q.page?.isVisible);
const clean = (data: unknown): Answers => JSON.parse(JSON.stringify(data ?? {})) as Answers;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameAnswer = (a: unknown, b: unknown) => same(isNoAnswer(a) ? null : a, isNoAnswer(b) ? null : b);

export function offerFrom(spec: QuestionSpec, canPick: (value: unknown) => boolean): Offer {
  return {
    type: spec.type,
    numeric: spec.numeric,
    choices:
      spec.kind === "matrix"
        ? spec.items.map((i) => i.value as string | number)
        : spec.items.filter((i) => canPick(i.value)).map((i) => i.value as string | number),
    rows: spec.rows.map((row) => String(row.value)),
    items: spec.items.map((i) => i.value as string | number),
    values: { yes: spec.items[0]?.value, no: spec.items[1]?.value },
  };
}

const wanted = (intent: Intent | undefined, offer: Offer): { value: unknown } | null => {
  if (!intent || intent.kind === "leave") return null;
  if (intent.kind === "clear") return { value: undefined };
  return { value: resolveValue(intent, offer) };
};

const includesOther = (spec: QuestionSpec, value: unknown) => {
  const other = spec.items.find((item) => item.other);
  return Boolean(other && (Array.isArray(value) ? value.includes(other.value) : value === other.value));
};

function offeredOf(q: Question): Set<unknown> | null {
  if (!["radiogroup", "dropdown", "checkbox", "tagbox"].includes(q.getType())) return null;
  const choices = (q as QuestionSelectBase).visibleChoices as ItemValue[];
  return new Set(choices.filter((c) => c.isEnabled).map((c) => c.value));
}

const sameSet = (a: Set<unknown>, b: Set<unknown>) => a.size === b.size && [...a].every((v) => b.has(v));

/** Chosen choices the page does not offer now stay chosen: the person could not see them to untick them. */
function keepHidden(current: unknown, offered: Set<unknown>, posted: unknown): unknown {
  if (!Array.isArray(current)) return posted === undefined && current !== undefined && !offered.has(current) ? current : posted;
  const kept = current.filter((v) => !offered.has(v));
  if (!kept.length) return posted;
  const list = Array.isArray(posted) ? posted : [];
  return [...kept, ...list.filter((v) => !kept.includes(v))];
}

/** prevPage, without survey-core 3.0.0's crash on a skip recorded from no page (the server keeps only whole pairs). */
function back(model: Model) {
  const navigation = model as unknown as { skippedPages: { from?: unknown; to?: unknown }[] };
  navigation.skippedPages = navigation.skippedPages.filter((entry) => entry.from && entry.to);
  model.prevPage();
}

const specs = new WeakMap<Question, QuestionSpec>();
function specFor(q: Question): QuestionSpec {
  let spec = specs.get(q);
  if (!spec) specs.set(q, (spec = specOf(q, "")));
  return spec;
}

/** (a) survey-core as the renderer drives it. */
export function runRenderer(json: object, plan: PlanStep[]): Observation[] {
  registerSurveyProperties();
  const model = new Model(json);
  const observations: Observation[] = [];
  const answerable = (q: Question) => ANSWERABLE.has(q.getType());
  for (const planned of plan) {
    if (model.state === "completed") break;
    // Every page hidden: nothing to answer, nothing to send.
    if (!model.currentPage) break;
    // The first page has no Back button, in the renderer or on the plain form.
    model.updateNavigationElements();
    const step = planned.action === "back" && model.isFirstPage ? { ...planned, action: "next" as const } : planned;
    for (let round = 0; round < (step.action === "next" ? ROUNDS : 1); round += 1) {
      const pageAtStart = model.currentPage;
      const questions = pageAtStart.questions as Question[];
      const start = new Set(questions.filter((q) => shownNow(q) && answerable(q)).map((q) => q.name));
      const locked = new Set(questions.filter((q) => q.isReadOnly).map((q) => q.name));
      // What the person sees when they start on the page: the choices on offer then are the ones they pick from.
      const offeredAtStart = new Map(questions.map((q) => [q.name, offeredOf(q)]));
      const atStart = new Map(questions.map((q) => [q.name, { value: clean({ v: q.value }).v, comment: q.comment ?? "" }]));
      let choicesChanged = false;
      for (const q of questions) {
        if (!start.has(q.name) || locked.has(q.name) || !shownNow(q) || q.isReadOnly) continue;
        const spec = specFor(q);
        const before = offeredAtStart.get(q.name) ?? null;
        const offered = offeredOf(q);
        const want = wanted(
          step.intents[q.name],
          offerFrom(spec, (v) => before === null || before.has(v)),
        );
        if (offered !== null && before !== null && !sameSet(offered, before)) choicesChanged = true;
        // What they leave alone stays as survey-core has it.
        if (!want) continue;
        let value: unknown;
        if (offered !== null && before !== null) {
          // A person cannot untick what they cannot see, nor pick what was not there when they looked.
          const base = want.value;
          const picked = Array.isArray(base) ? base.filter((v) => before.has(v)) : before.has(base) ? base : undefined;
          value = keepHidden(
            q.value,
            offered,
            Array.isArray(base) ? ((picked as unknown[]).length ? picked : undefined) : picked,
          );
          if (!sameSet(offered, before)) {
            const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
            const current = Array.isArray(q.value) ? q.value : [q.value];
            if (!values.every((v) => offered.has(v) || current.includes(v))) continue;
          }
        } else value = want.value;
        const shown = atStart.get(q.name)!;
        // An empty checkbox (survey-core holds []) left with nothing ticked is not touched: no click, no change.
        if (!sameAnswer(value, shown.value) && !sameAnswer(value, q.value)) q.value = value;
        if (spec.items.some((item) => item.other)) {
          const comment = includesOther(spec, want.value) ? OTHER_TEXT : "";
          if (!same(comment, shown.comment) && !same(comment, q.comment ?? "")) q.comment = comment;
        }
      }
      if (choicesChanged && model.currentPage === pageAtStart) continue;
      // A person without scripts sees what the answers revealed or enabled only when the page comes back.
      // So does a page survey-core moved to because the answers hid the one they were on.
      if (!model.currentPage) break;
      if (model.currentPage !== pageAtStart) continue;
      const revealed = questions.some(
        (q) => shownNow(q) && answerable(q) && (!start.has(q.name) || (locked.has(q.name) && !q.isReadOnly)),
      );
      if (!revealed) break;
    }
    // Errors are those of this step's check: survey-core leaves earlier ones on questions until it checks them again.
    // survey-core 3.0.0 does not update isFirstPage/isLastPage when a `visible` trigger hides or shows a page, leaving
    // the renderer with a Next button that goes nowhere; the server works them out afresh on every request. The
    // comparison is with survey-core's navigation once it is up to date.
    model.updateNavigationElements();
    let checked = true;
    if (step.action === "back") back(model);
    else checked = model.isLastPage ? model.completeLastPage() : model.nextPage();
    // What the browser does once the page has rendered: the question a skip trigger went to has had its focus.
    (model as unknown as { focusingQuestionInfo: unknown }).focusingQuestionInfo = undefined;
    const completed = model.state === "completed";
    const page = model.currentPage;
    const questions = (page?.questions ?? []) as Question[];
    observations.push({
      pages: completed ? [] : model.visiblePages.map((p) => p.name),
      page: completed ? "" : (page?.name ?? ""),
      shown: completed ? [] : questions.filter((q) => shownNow(q) && answerable(q)).map((q) => q.name),
      errors:
        completed || checked
          ? []
          : questions.filter((q) => shownNow(q) && answerable(q) && q.errors.length > 0).map((q) => q.name),
      data: clean(model.data),
      completed,
    });
  }
  return observations;
}

/** The fields one shown question posts: what the page rendered, or what the person now gives it. */
function postQuestion(form: FormData, view: QuestionView, spec: QuestionSpec, answers: Answers, intent: Intent | undefined) {
  const shown: Given = {
    value: Object.hasOwn(answers, view.name) ? answers[view.name] : undefined,
    comment: String(answers[`${view.name}-Comment`] ?? ""),
  };
  const give = (leaf: QuestionView, held: Given): Given => {
    const options = "options" in leaf ? leaf.options : [];
    const canPick = (value: unknown) =>
      leaf.kind === "rating" || leaf.kind === "boolean" || options.some((o) => o.stored === value && !o.disabled);
    const want = wanted(intent, offerFrom(spec, canPick));
    return want ? { value: want.value, comment: includesOther(spec, want.value) ? OTHER_TEXT : "" } : held;
  };
  appendFields(form, postedFields(view, shown, give));
}

/** The journey's hidden field, there and back, as the browser carries it. */
function carried(state: SessionState): SessionState {
  const journey = decodeJourney(
    encodeJourney({
      versionId: 1,
      submissionKey: "k".repeat(24),
      pageName: state.pageName,
      answers: state.answers,
      channel: null,
      triggered: state.triggered,
      skipped: state.skipped,
      held: state.held,
      untickedHidden: state.untickedHidden,
      passed: state.passed,
    }),
  );
  if (!journey) throw new Error("the journey did not survive its hidden field");
  return {
    answers: journey.answers,
    pageName: journey.pageName,
    triggered: journey.triggered ?? {},
    skipped: journey.skipped,
    held: journey.held,
    untickedHidden: journey.untickedHidden,
    passed: journey.passed,
  };
}

/** (b) the server, page by page, as the plain form posts it. */
export function runPlainForm(json: object, plan: PlanStep[], specs: Map<string, QuestionSpec>): Observation[] {
  let state = carried(initialState(json));
  // What the page shows: worked out for the first page, then the step's own, as the route shows it.
  let layout = serverLayout(json, state, "en");
  const observations: Observation[] = [];
  let completed: Answers | null = null;
  for (const step of plan) {
    if (completed) break;
    if (!layout.pages.length) break;
    let errors: string[] = [];
    let action = step.action;
    for (let round = 0; round < (action === "next" ? ROUNDS : 1); round += 1) {
      const form = new FormData();
      form.set("journey", "carried separately");
      for (const name of layout.shown) form.append("shown", name);
      for (const view of layout.elements) {
        if (view.kind === "info" || view.kind === "expression") continue;
        // The page's fields show the answers, and what a number field held outside its range (page-screen.tsx).
        postQuestion(form, view, specs.get(view.name)!, { ...state.answers, ...state.held }, step.intents[view.name]);
      }
      const index = layout.pages.indexOf(layout.pageName);
      const isLast = index === layout.pages.length - 1;
      if (round === 0 && step.action === "back" && index <= 0) action = "next";
      const intent = action === "back" ? "back" : isLast ? "submit" : "next";
      const result = stepPage(json, { ...state, pageName: layout.pageName }, form, intent, "en");
      if (result.kind === "complete") {
        completed = clean(result.answers);
        break;
      }
      state = carried(result.state);
      layout = result.layout;
      errors = Object.keys(result.errors);
      // Continue on what became the last page shows it again with Send, which the person then presses.
      if (result.nowLast) continue;
      if (!result.newQuestions) break;
    }
    if (completed) {
      observations.push({ pages: [], page: "", shown: [], errors: [], data: completed, completed: true });
      break;
    }
    observations.push({
      pages: layout.pages,
      page: layout.pageName,
      shown: layout.shown,
      errors: errors.filter((name) => layout.shown.includes(name)),
      data: clean(state.answers),
      completed: false,
    });
  }
  return observations;
}

/** Every question's spec, by name, as the server reads them (its compiled engine: no model of its own). */
export function specsOf(json: object): Map<string, QuestionSpec> {
  return new Map(engineFor(json).all);
}
