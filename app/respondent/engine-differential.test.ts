/**
 * One engine, proven equal: generated surveys and respondent plans, driven through survey-core as its renderer drives
 * it and through the server as the plain form posts it, must show the same pages and questions, the same errors and
 * store the same data at every step. A failure prints the seed, the definition and the plan.
 * DIFFERENTIAL_CASES=n runs more (or fewer) cases; DIFFERENTIAL_SEED=s replays one.
 */
import { describe, expect, it } from "vitest";
import { runPlainForm, runRenderer, specsOf, type Observation } from "./testing/differential";
import { randomPlan, randomSurvey, rngOf } from "./testing/survey-generator";

// 1,000 in the normal run: 5,000 took 12 minutes on the shared machine (load ~10) and must be made cheaper first.
const CASES = Number(process.env.DIFFERENTIAL_CASES ?? 1000);
const ONLY = process.env.DIFFERENTIAL_SEED;
const FROM = Number(process.env.DIFFERENTIAL_FROM ?? 1);

/** JSON with object keys sorted: stored data is a map, its key order means nothing. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

function firstDifference(a: Observation[], b: Observation[]): { step: number; text: string } | null {
  const steps = Math.max(a.length, b.length);
  for (let i = 0; i < steps; i += 1) {
    const left = canonical(a[i] ?? null);
    const right = canonical(b[i] ?? null);
    if (left !== right) return { step: i, text: `step ${i + 1}:\n  survey-core: ${left}\n  plain form:  ${right}` };
  }
  return null;
}

function runCase(seed: number) {
  const rng = rngOf(seed);
  const survey = randomSurvey(rng);
  const specs = specsOf(survey);
  const plan = randomPlan(rng, [...specs.keys()], 3 + Math.floor(rng() * 8));
  const renderer = runRenderer(survey, plan);
  const plain = runPlainForm(survey, plan, specs);
  return { survey, plan, difference: firstDifference(renderer, plain), completed: renderer.some((o) => o.completed) };
}

/**
 * Seeds whose difference is known and not yet mended, each with its cause. The test fails on any other difference,
 * and on a listed seed that now agrees (so the list only shrinks).
 */
const KNOWN: Record<number, string> = {};

describe("the plain form's server path equals survey-core", () => {
  it(`agrees on ${ONLY ? "one seeded case" : `${CASES} generated surveys and answer sequences`}`, () => {
    const seeds = ONLY ? [Number(ONLY)] : Array.from({ length: CASES }, (_, i) => i + FROM);
    let completed = 0;
    const differing: number[] = [];
    let report = "";
    for (const seed of seeds) {
      const result = runCase(seed);
      if (result.completed) completed += 1;
      if (!result.difference) continue;
      differing.push(seed);
      if (!report && (ONLY || !Object.hasOwn(KNOWN, seed)))
        report =
          `seed ${seed} differs (replay with DIFFERENTIAL_SEED=${seed}) at ${result.difference.text}\n` +
          `definition: ${JSON.stringify(result.survey)}\n` +
          `plan up to that step: ${JSON.stringify(result.plan.slice(0, result.difference.step + 1))}`;
    }
    if (process.env.DIFFERENTIAL_LIST) console.log(`differing seeds: ${JSON.stringify(differing)}`);
    if (report) throw new Error(report);
    const mended = seeds.filter((seed) => Object.hasOwn(KNOWN, seed) && !differing.includes(seed));
    expect(mended, "listed seeds that now agree: take them off KNOWN").toEqual([]);
    // The generator must reach the end of surveys often enough for the stored data to be compared.
    if (!ONLY) expect(completed).toBeGreaterThan(seeds.length / 5);
  }, 600_000);
});
