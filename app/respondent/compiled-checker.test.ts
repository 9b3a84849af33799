/**
 * The compiled checker equals survey-core: generated surveys (testing/survey-generator.ts, most of them with the
 * features the checker takes to survey-core replaced by ones it compiles) and generated whole answer sets, valid and
 * invalid, go through survey-core's validation (validateSubmission) and through the checker, which must give the same
 * verdict, refuse the same questions (and the answer set itself for the same reason) and store the same data; the
 * route's checkSubmission must return exactly validateSubmission's result. A failure prints its seed and a shrunk,
 * minimal definition and answer set. COMPILED_CASES (surveys), COMPILED_SEED (replay one) widen or replay.
 */
import { describe, expect, it } from "vitest";
import { checkCompiled, checkSubmission, compiledFor } from "./compiled-checker";
import { validateSubmission } from "./survey-engine";
import { canonical, smaller } from "./testing/differential-cases";
import { offerFrom, specsOf } from "./testing/differential";
import { randomSubmission, randomSurvey, rngOf, type Rng, type SubmissionTarget } from "./testing/survey-generator";

type Json = Record<string, unknown>;

/** 300 surveys × 8 answer sets: 2,400 cases (about 45 s of one core), most of it survey-core validating for the comparison. */
const SURVEYS = Number(process.env.COMPILED_CASES ?? 300);
const ANSWER_SETS = 8;

/**
 * The generated survey with what the checker leaves to survey-core taken out or replaced by what it compiles:
 * expression questions become number questions, matrices single choices, rankings checkboxes; calculated values in
 * conditions read the question they were calculated from. Every third seed keeps the survey as generated.
 */
function compilable(survey: Json): Json {
  const calc = new Map<string, string>();
  for (const value of (survey.calculatedValues as Json[] | undefined) ?? [])
    calc.set(String(value.name), /\{([^}]+)\}/.exec(String(value.expression))?.[1] ?? "");
  const text = JSON.stringify(survey).replace(/\{(calc\d+)\}/g, (_, name: string) => `{${calc.get(name)}}`);
  const plain = JSON.parse(text) as Json;
  delete plain.triggers;
  delete plain.calculatedValues;
  if (String(plain.clearInvisibleValues).startsWith("onHidden")) delete plain.clearInvisibleValues;
  const visit = (elements: Json[]) => {
    for (const element of elements) {
      if (Array.isArray(element.elements)) visit(element.elements as Json[]);
      for (const key of [
        "clearIfInvisible",
        "defaultValue",
        "defaultValueExpression",
        "setValueIf",
        "setValueExpression",
        "resetValueIf",
        "choicesVisibleIf",
        "choicesEnableIf",
      ])
        delete element[key];
      if (Array.isArray(element.validators))
        element.validators = (element.validators as Json[]).filter((validator) => validator.type !== "expression");
      if (element.type === "expression") {
        delete element.expression;
        Object.assign(element, { type: "text", inputType: "number" });
      }
      if (element.type === "matrix") {
        delete element.rows;
        delete element.columns;
        Object.assign(element, { type: "radiogroup", choices: [1, 2, 3] });
      }
      if (element.type === "ranking") element.type = "checkbox";
    }
  };
  for (const page of (plain.pages as Json[] | undefined) ?? []) visit((page.elements as Json[] | undefined) ?? []);
  return plain;
}

function targetsOf(survey: Json): SubmissionTarget[] {
  return [...specsOf(survey).values()]
    .filter((spec) => !["info", "none"].includes(spec.kind))
    .map((spec) => ({ name: spec.name, offer: offerFrom(spec, () => true), other: spec.items.some((item) => item.other) }));
}

type Case = { survey: Json; answers: Json; lang: string };
type Outcome = { difference: string | null; compiled: boolean; accepted: boolean };

/** The first way the checker and survey-core differ on one answer set, or null. */
function compare({ survey, answers, lang }: Case): Outcome {
  const core = validateSubmission(survey, answers, lang);
  const verdict = checkCompiled(survey, answers);
  const outcome = (difference: string | null): Outcome => ({ difference, compiled: verdict !== null, accepted: core.ok });
  // A version the checker does not compile is survey-core's alone (checkSubmission calls validateSubmission itself).
  if (!verdict) return outcome(null);
  const routed = checkSubmission(survey, answers, lang);
  if (canonical(routed) !== canonical(core))
    return outcome(`the route's result ${canonical(routed)} ≠ survey-core's ${canonical(core)}`);
  if (verdict.ok !== core.ok)
    return outcome(
      `verdict: checker ${verdict.ok ? "accepts" : `refuses ${verdict.failing}`}, survey-core ${core.ok ? "accepts" : `refuses ${canonical(core.errors)} ${core.general}`}`,
    );
  if (verdict.ok && core.ok) {
    return outcome(
      canonical(verdict.answers) === canonical(core.answers)
        ? null
        : `stored: checker ${canonical(verdict.answers)}, survey-core ${canonical(core.answers)}`,
    );
  }
  if (!verdict.ok && !core.ok) {
    const failing = [...verdict.failing].sort().join(",");
    const refused = Object.keys(core.errors).sort().join(",");
    if (failing !== refused) return outcome(`questions refused: checker [${failing}], survey-core [${refused}]`);
    if (verdict.general !== core.general.length > 0)
      return outcome(`answer set refused: checker ${verdict.general}, survey-core ${core.general}`);
  }
  return outcome(null);
}

function casesOf(seed: number): Case[] {
  const rng: Rng = rngOf(seed);
  const generated = randomSurvey(rng);
  const survey = seed % 3 === 0 ? generated : compilable(generated);
  const targets = targetsOf(survey);
  return Array.from({ length: ANSWER_SETS }, () => ({
    survey,
    answers: randomSubmission(rng, targets),
    lang: rng() < 0.2 ? "cy" : "en",
  }));
}

/** The smallest definition that still differs on the same answers (answers to removed questions become strays). */
function shrunk(failing: Case, budget = 300): Case {
  let best = failing;
  let tries = 0;
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    for (const survey of smaller(best.survey)) {
      if (++tries > budget) break;
      const candidate = { ...best, survey };
      if (compare(candidate).difference) {
        best = candidate;
        progress = true;
        break;
      }
    }
  }
  return best;
}

describe("the compiled checker equals survey-core's validation", () => {
  const only = process.env.COMPILED_SEED;
  const seeds = only ? [Number(only)] : Array.from({ length: SURVEYS }, (_, i) => i + 1);
  const tally = { sets: 0, compiled: 0, accepted: 0, refused: 0, surveysCompiled: 0 };
  const CHUNK = 250;
  for (let from = 0; from < seeds.length; from += CHUNK) {
    const chunk = seeds.slice(from, from + CHUNK);
    it(`agrees on seeds ${chunk[0]} to ${chunk[chunk.length - 1]} (${ANSWER_SETS} answer sets each)`, () => {
      for (const seed of chunk) {
        const cases = casesOf(seed);
        const compiled = compiledFor(cases[0].survey);
        if ("checker" in compiled) tally.surveysCompiled += 1;
        else if (process.env.COMPILED_REASONS) console.log(`seed ${seed}: survey-core (${compiled.unsupported})`);
        for (const one of cases) {
          const result = compare(one);
          tally.sets += 1;
          if (result.compiled) {
            tally.compiled += 1;
            if (result.accepted) tally.accepted += 1;
            else tally.refused += 1;
          }
          if (result.difference) {
            const small = shrunk(one);
            throw new Error(
              `seed ${seed} differs (replay with COMPILED_SEED=${seed}): ${result.difference}\n` +
                `minimal definition: ${JSON.stringify(small.survey)}\n` +
                `answers: ${JSON.stringify(small.answers)} (${small.lang}); there: ${compare(small).difference}`,
            );
          }
        }
      }
    }, 300_000);
  }
  // A checker that compiled nothing, or accepted or refused nothing, would prove nothing.
  it.skipIf(Boolean(only))("decides most answer sets itself, both accepted and refused ones", () => {
    console.log(
      `compiled checker: ${tally.surveysCompiled} of ${seeds.length} surveys compiled; ${tally.compiled} of ${tally.sets} answer sets decided by it (${tally.accepted} accepted, ${tally.refused} refused)`,
    );
    expect(tally.surveysCompiled).toBeGreaterThan(seeds.length / 2);
    expect(tally.accepted).toBeGreaterThan(tally.sets / 10);
    expect(tally.refused).toBeGreaterThan(tally.sets / 10);
  });
});

describe("what the compiled checker leaves to survey-core", () => {
  const base = {
    pages: [
      {
        name: "p1",
        elements: [
          { type: "text", name: "a" },
          { type: "radiogroup", name: "b", choices: ["x", "y"] },
        ],
      },
    ],
  };
  const json = (change: (survey: Json) => void): Json => {
    const survey = JSON.parse(JSON.stringify(base)) as Json;
    change(survey);
    return survey;
  };
  const first = (survey: Json) => ((survey.pages as Json[])[0].elements as Json[])[0];
  it("compiles a plain survey", () => {
    expect(compiledFor(json(() => {}))).toHaveProperty("checker");
  });
  it.each([
    ["triggers", (s: Json) => (s.triggers = [{ type: "complete", expression: "{a} = 'x'" }])],
    ["calculated values", (s: Json) => (s.calculatedValues = [{ name: "c", expression: "{a}" }])],
    ["an expression question", (s: Json) => Object.assign(first(s), { type: "expression", expression: "1" })],
    ["a default value", (s: Json) => (first(s).defaultValue = "z")],
    ["a function in a condition", (s: Json) => (first(s).visibleIf = "age({b}) > 3")],
    ["a condition on something not a question", (s: Json) => (first(s).visibleIf = "{nothing} = 1")],
    ["an expression validator", (s: Json) => (first(s).validators = [{ type: "expression", expression: "{a} <> 'q'" }])],
    ["a property it does not know", (s: Json) => (first(s).maskType = "pattern")],
    ["clearing on hidden", (s: Json) => (s.clearInvisibleValues = "onHidden")],
    ["choicesVisibleIf", (s: Json) => (((s.pages as Json[])[0].elements as Json[])[1].choicesVisibleIf = "{item} <> 'x'")],
  ])("takes survey-core for %s", (_, change) => {
    expect(compiledFor(json(change))).toHaveProperty("unsupported");
  });
});
