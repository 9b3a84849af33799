/**
 * The differential test's cases: a seed makes one generated survey and one respondent plan, both drivers run it, and
 * the first step where they differ is the failure. A failing case is shrunk before it is reported: pages, elements,
 * triggers, calculated values, properties and plan steps are dropped one at a time while it still fails, so the report
 * names the smallest definition that shows the difference. Not used by the app.
 */
import { runPlainForm, runRenderer, specsOf, type Observation } from "./differential";
import { randomPlan, randomSurvey, rngOf, type PlanStep } from "./survey-generator";

type Json = Record<string, unknown>;

/** JSON with object keys sorted: stored data is a map, its key order means nothing. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

export function firstDifference(a: Observation[], b: Observation[]): { step: number; text: string } | null {
  const steps = Math.max(a.length, b.length);
  for (let i = 0; i < steps; i += 1) {
    const left = canonical(a[i] ?? null);
    const right = canonical(b[i] ?? null);
    if (left !== right) return { step: i, text: `step ${i + 1}:\n  survey-core: ${left}\n  plain form:  ${right}` };
  }
  return null;
}

export type CaseResult = {
  survey: Json;
  plan: PlanStep[];
  difference: { step: number; text: string } | null;
  completed: boolean;
};

/** One survey and plan through both drivers. A driver that throws is a difference too (its message is the text). */
export function runBoth(survey: Json, plan: PlanStep[]): CaseResult {
  let renderer: Observation[];
  let plain: Observation[];
  try {
    renderer = runRenderer(survey, plan);
    plain = runPlainForm(survey, plan, specsOf(survey));
  } catch (error) {
    const text = `a driver threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    return { survey, plan, difference: { step: 0, text }, completed: false };
  }
  return { survey, plan, difference: firstDifference(renderer, plain), completed: renderer.some((o) => o.completed) };
}

export function caseOf(seed: number): { survey: Json; plan: PlanStep[] } {
  const rng = rngOf(seed);
  const survey = randomSurvey(rng);
  // The plan's questions in the order survey-core lists them (the generator's random draws depend on it).
  const plan = randomPlan(rng, [...specsOf(survey).keys()], 3 + Math.floor(rng() * 8));
  return { survey, plan };
}

export const runCase = (seed: number): CaseResult => {
  const { survey, plan } = caseOf(seed);
  return runBoth(survey, plan);
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every element list in a definition: pages' elements and panels' elements, with a way to write each back. */
function elementLists(survey: Json): Json[][] {
  const lists: Json[][] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    lists.push(elements as Json[]);
    for (const element of elements as Json[]) visit(element.elements);
  };
  for (const page of (survey.pages as Json[] | undefined) ?? []) visit(page.elements);
  return lists;
}

/** Smaller definitions than `survey`, each one thing fewer, biggest cuts first. */
export function* smaller(survey: Json): Generator<Json> {
  const pages = (survey.pages as Json[] | undefined) ?? [];
  for (let i = 0; i < pages.length && pages.length > 1; i += 1) {
    const next = clone(survey);
    (next.pages as Json[]).splice(i, 1);
    yield next;
  }
  for (const key of ["triggers", "calculatedValues"]) {
    const list = survey[key] as Json[] | undefined;
    for (let i = 0; list && i < list.length; i += 1) {
      const next = clone(survey);
      const items = next[key] as Json[];
      items.splice(i, 1);
      if (!items.length) delete next[key];
      yield next;
    }
  }
  const lists = elementLists(survey);
  for (let l = 0; l < lists.length; l += 1) {
    for (let i = 0; i < lists[l].length; i += 1) {
      // A page keeps one element: survey-core drops an empty page, which is a different survey, not a smaller one.
      if (lists[l].length === 1) continue;
      const next = clone(survey);
      elementLists(next)[l].splice(i, 1);
      yield next;
    }
  }
  // A panel with one element: the element alone in its place.
  for (let l = 0; l < lists.length; l += 1) {
    for (let i = 0; i < lists[l].length; i += 1) {
      const element = lists[l][i];
      if (element.type !== "panel" || !Array.isArray(element.elements) || element.elements.length !== 1) continue;
      const next = clone(survey);
      elementLists(next)[l].splice(i, 1, clone((element.elements as Json[])[0]));
      yield next;
    }
  }
  const essential = new Set(["type", "name", "elements", "choices", "rows", "columns", "expression", "html"]);
  for (let l = 0; l < lists.length; l += 1) {
    for (let i = 0; i < lists[l].length; i += 1) {
      for (const key of Object.keys(lists[l][i])) {
        if (essential.has(key)) continue;
        const next = clone(survey);
        delete elementLists(next)[l][i][key];
        yield next;
      }
    }
  }
  for (let i = 0; i < pages.length; i += 1) {
    if (!Object.hasOwn(pages[i], "visibleIf")) continue;
    const next = clone(survey);
    delete (next.pages as Json[])[i].visibleIf;
    yield next;
  }
  for (const key of ["clearInvisibleValues", "title"]) {
    if (!Object.hasOwn(survey, key)) continue;
    const next = clone(survey);
    delete next[key];
    yield next;
  }
}

/**
 * The smallest case that still differs, found greedily: plan steps after the difference are dropped, then any
 * single cut of the definition or the plan that keeps a difference is taken, until none does (or `budget` runs out).
 */
export function shrink(failing: CaseResult, budget = 400): CaseResult {
  let best = failing;
  let tries = 0;
  const attempt = (survey: Json, plan: PlanStep[]): boolean => {
    tries += 1;
    const result = runBoth(survey, plan);
    if (!result.difference) return false;
    best = result;
    return true;
  };
  if (best.difference) attempt(best.survey, best.plan.slice(0, best.difference.step + 1));
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    for (let i = 0; i < best.plan.length && best.plan.length > 1 && tries < budget; i += 1) {
      if (
        attempt(
          best.survey,
          best.plan.filter((_, j) => j !== i),
        )
      ) {
        progress = true;
        break;
      }
    }
    if (progress) continue;
    for (const survey of smaller(best.survey)) {
      if (tries >= budget) break;
      if (attempt(survey, best.plan)) {
        progress = true;
        break;
      }
    }
  }
  return best;
}

/** Only the intents for questions the definition still has, so a shrunk plan reads as short as its survey. */
function trimmedPlan(result: CaseResult): PlanStep[] {
  const names = new Set(specsOf(result.survey).keys());
  return result.plan.map((step) => ({
    action: step.action,
    intents: Object.fromEntries(Object.entries(step.intents).filter(([name]) => names.has(name))),
  }));
}

export function report(seed: number, failing: CaseResult): string {
  const small = shrink(failing);
  return (
    `seed ${seed} differs (replay with DIFFERENTIAL_SEED=${seed}) at ${failing.difference!.text}\n` +
    `minimal case (shrunk from the seed's ${JSON.stringify(failing.survey).length} characters of definition), at ` +
    `${small.difference!.text}\n` +
    `minimal definition: ${JSON.stringify(small.survey)}\n` +
    `minimal plan: ${JSON.stringify(trimmedPlan(small))}`
  );
}
