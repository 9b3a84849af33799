/**
 * Seeded random SurveyJS definitions and respondent plans for the engine's differential test. Not used by the app.
 *
 * A definition mixes every question type the plain form offers with every piece of logic survey-core evaluates while
 * a person answers: visibleIf, enableIf, requiredIf, isRequired, choicesVisibleIf, choicesEnableIf, page and panel
 * visibleIf, the six triggers, calculatedValues, expression questions, defaultValue, defaultValueExpression,
 * setValueIf/setValueExpression, resetValueIf, every clearInvisibleValues mode and validators of every standard kind.
 * A plan says, step by step, what the person does with each question if they find it shown and enabled; which value
 * that is depends on the choices offered at the time, so both drivers resolve it the same way (resolveValue).
 */

import { seeded } from "../fields/testing";

export type Rng = () => number;

/** The respondent tests' own seeded generator (mulberry32), so a failing seed replays the same case. */
export const rngOf = (seed: number): Rng => seeded(seed).next;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;

type Json = Record<string, unknown>;

/** What the generator knows of a question it made, to write conditions about it. */
type Made = { name: string; type: string; values: (string | number)[]; numeric: boolean };

const LETTERS = ["a", "b", "c", "d"];
const WORDS = ["yes", "no", "maybe", "hello", "a@b.co", "not-an-email", "ABC123", "x"];

function conditionOn(rng: Rng, about: Made, calc: string[]): string {
  if (calc.length && chance(rng, 0.12)) return `{${pick(rng, calc)}} > ${pick(rng, [0, 1, 2, 4])}`;
  const ref = `{${about.name}}`;
  if (chance(rng, 0.2)) return `${ref} ${pick(rng, ["empty", "notempty"])}`;
  if (about.numeric) return `${ref} ${pick(rng, [">", "<", "=", ">="])} ${pick(rng, [1, 2, 3, 5, 10])}`;
  if (about.type === "checkbox") return `${ref} contains ${quote(pick(rng, about.values))}`;
  if (about.type === "boolean") return `${ref} = ${pick(rng, ["true", "false"])}`;
  if (about.values.length) return `${ref} ${pick(rng, ["=", "<>"])} ${quote(pick(rng, about.values))}`;
  return `${ref} = ${quote(pick(rng, WORDS))}`;
}

const quote = (value: string | number) => (typeof value === "number" ? String(value) : `'${value}'`);

function choicesOf(rng: Rng): (string | number | Json)[] {
  const numeric = chance(rng, 0.3);
  const count = 2 + Math.floor(rng() * 3);
  return Array.from({ length: count }, (_, i) =>
    numeric ? i + 1 : chance(rng, 0.5) ? LETTERS[i] : { value: LETTERS[i], text: `Choice ${LETTERS[i]}` },
  );
}

const valueOf = (choice: string | number | Json) => (typeof choice === "object" ? (choice.value as string | number) : choice);

function validatorsFor(rng: Rng, type: string, numeric: boolean): Json[] {
  if (!chance(rng, 0.35)) return [];
  if (type === "text" && numeric) return [{ type: "numeric", minValue: 1, maxValue: pick(rng, [5, 10, 50]) }];
  if (type === "text" || type === "comment") {
    return [
      pick(rng, [
        { type: "text", minLength: 2, maxLength: 8 },
        { type: "email" },
        { type: "regex", regex: "^[A-Za-z]+$" },
        { type: "expression", expression: "{self} <> 'x'", text: "Not x" },
      ]),
    ];
  }
  if (type === "checkbox") return [{ type: "answercount", minCount: 1, maxCount: 2 }];
  return [{ type: "expression", expression: "{self} <> 'b'", text: "Not b" }];
}

function questionJson(rng: Rng, name: string, earlier: Made[], calc: string[]): { json: Json; made: Made } {
  const type = pick(rng, [
    "text",
    "text",
    "comment",
    "radiogroup",
    "radiogroup",
    "dropdown",
    "checkbox",
    "checkbox",
    "rating",
    "boolean",
    "matrix",
    "ranking",
    "expression",
  ]);
  const json: Json = { type, name, title: `Question ${name}` };
  let values: (string | number)[] = [];
  let numeric = false;
  if (type === "text") {
    numeric = chance(rng, 0.4);
    if (numeric) json.inputType = "number";
    if (numeric && chance(rng, 0.3)) Object.assign(json, { min: 0, max: 20 });
  }
  if (["radiogroup", "dropdown", "checkbox", "ranking"].includes(type)) {
    const choices = choicesOf(rng);
    json.choices = choices;
    values = choices.map(valueOf);
    if (type !== "ranking") {
      if (chance(rng, 0.25)) json.showOtherItem = true;
      if (chance(rng, 0.2)) json.showNoneItem = true;
      if (chance(rng, 0.2)) json.choicesVisibleIf = pick(rng, ["{item} <> 'b'", `{item} <> 2`]);
      if (earlier.length && chance(rng, 0.15))
        json.choicesVisibleIf = `${conditionOn(rng, pick(rng, earlier), calc)} or {item} = '${LETTERS[0]}'`;
      if (chance(rng, 0.15)) json.choicesEnableIf = pick(rng, ["{item} <> 'c'", "{item} <> 3"]);
    }
  }
  if (type === "rating") {
    values = [1, 2, 3, 4, 5];
    numeric = true;
  }
  if (type === "boolean") values = [];
  if (type === "matrix") {
    json.rows = ["r1", "r2"];
    json.columns = [1, 2, 3];
    values = [];
  }
  if (type === "expression") {
    const source = earlier.filter((m) => m.numeric);
    json.expression = source.length ? `{${pick(rng, source).name}} * 2` : calc.length ? `{${calc[0]}} + 1` : "1 + 1";
    numeric = true;
    return { json, made: { name, type, values, numeric } };
  }
  const others = earlier.filter((m) => m.type !== "expression" || chance(rng, 0.3));
  if (others.length && chance(rng, 0.35)) json.visibleIf = conditionOn(rng, pick(rng, others), calc);
  if (others.length && chance(rng, 0.15)) json.enableIf = conditionOn(rng, pick(rng, others), calc);
  if (chance(rng, 0.2)) json.isRequired = true;
  else if (others.length && chance(rng, 0.15)) json.requiredIf = conditionOn(rng, pick(rng, others), calc);
  json.validators = validatorsFor(rng, type, numeric);
  if (chance(rng, 0.1)) json.defaultValue = defaultFor(rng, type, values, numeric);
  else if (chance(rng, 0.08) && numeric && type === "text") json.defaultValueExpression = "2 + 1";
  if (others.length && chance(rng, 0.08)) {
    const source = pick(rng, others);
    json.setValueIf = conditionOn(rng, source, calc);
    const value = defaultFor(rng, type, values, numeric);
    if (value !== undefined) json.setValueExpression = typeof value === "string" ? `'${value}'` : JSON.stringify(value);
    else delete json.setValueIf;
  }
  if (others.length && chance(rng, 0.06)) json.resetValueIf = conditionOn(rng, pick(rng, others), calc);
  if (chance(rng, 0.05)) json.clearIfInvisible = pick(rng, ["none", "onHidden", "onComplete"]);
  return { json, made: { name, type, values, numeric } };
}

function defaultFor(rng: Rng, type: string, values: (string | number)[], numeric: boolean): unknown {
  if (type === "text") return numeric ? pick(rng, [3, 7]) : pick(rng, WORDS);
  if (type === "comment") return "default text";
  if (type === "radiogroup" || type === "dropdown") return values.length ? pick(rng, values) : undefined;
  if (type === "checkbox") return values.length ? [values[0]] : undefined;
  if (type === "rating") return pick(rng, [2, 4]);
  if (type === "boolean") return chance(rng, 0.5);
  return undefined;
}

function triggerJson(rng: Rng, made: Made[], calc: string[]): Json | null {
  const answerable = made.filter((m) => m.type !== "expression");
  if (!answerable.length) return null;
  const when = conditionOn(rng, pick(rng, answerable), calc);
  const target = pick(rng, answerable);
  const type = pick(rng, ["setvalue", "visible", "complete", "skip", "copyvalue", "runexpression"]);
  switch (type) {
    case "setvalue": {
      const value = defaultFor(rng, target.type, target.values, target.numeric);
      return value === undefined ? null : { type, expression: when, setToName: target.name, setValue: value };
    }
    case "visible":
      // Questions only: survey-core 3.0.0 leaves its navigation stale when a `visible` trigger hides a page
      // (completeLastPage answers true and does not complete), which the server does not copy.
      return { type, expression: when, questions: [target.name] };
    case "complete":
      return { type, expression: when };
    case "skip":
      return { type, expression: when, gotoName: target.name };
    case "copyvalue": {
      const from = answerable.filter((m) => m.type === target.type && m.name !== target.name);
      return from.length ? { type, expression: when, fromName: pick(rng, from).name, setToName: target.name } : null;
    }
    default: {
      if (!target.numeric || target.type !== "text") return { type, expression: when, runExpression: "1 + 1" };
      return { type, expression: when, setToName: target.name, runExpression: `${pick(rng, [2, 4])} + 1` };
    }
  }
}

/** A random survey: 1–4 pages of 1–4 elements (sometimes in a panel), logic and triggers. */
export function randomSurvey(rng: Rng): Json {
  const made: Made[] = [];
  const calc: string[] = [];
  const calculatedValues: Json[] = [];
  const pages: Json[] = [];
  const pageCount = 1 + Math.floor(rng() * 4);
  let n = 0;
  for (let p = 0; p < pageCount; p += 1) {
    const elements: Json[] = [];
    const count = 1 + Math.floor(rng() * 4);
    for (let e = 0; e < count; e += 1) {
      n += 1;
      if (chance(rng, 0.07)) {
        elements.push({ type: "html", name: `info${n}`, html: `<p>Information ${n}</p>` });
        continue;
      }
      const { json, made: m } = questionJson(rng, `q${n}`, made, calc);
      made.push(m);
      if (chance(rng, 0.12)) {
        const panel: Json = { type: "panel", name: `panel${n}`, title: `Panel ${n}`, elements: [json] };
        if (made.length > 1 && chance(rng, 0.5)) panel.visibleIf = conditionOn(rng, pick(rng, made.slice(0, -1)), calc);
        elements.push(panel);
      } else elements.push(json);
    }
    const page: Json = { name: `page${p + 1}`, elements };
    if (p > 0 && made.length && chance(rng, 0.25)) page.visibleIf = conditionOn(rng, pick(rng, made), calc);
    pages.push(page);
    if (chance(rng, 0.2)) {
      const numeric = made.filter((m) => m.numeric && m.type !== "expression");
      if (numeric.length) {
        const name = `calc${calc.length + 1}`;
        calc.push(name);
        calculatedValues.push({
          name,
          expression: `{${pick(rng, numeric).name}} + ${pick(rng, [0, 1, 2])}`,
          includeIntoResult: chance(rng, 0.5),
        });
      }
    }
  }
  const triggers: Json[] = [];
  const triggerCount = Math.floor(rng() * 3);
  for (let t = 0; t < triggerCount; t += 1) {
    const trigger = triggerJson(rng, made, calc);
    if (trigger) triggers.push(trigger);
  }
  const survey: Json = { title: "Generated", pages };
  if (triggers.length) survey.triggers = triggers;
  if (calculatedValues.length) survey.calculatedValues = calculatedValues;
  if (chance(rng, 0.5)) survey.clearInvisibleValues = pick(rng, ["none", "onComplete", "onHidden", "onHiddenContainer"]);
  return survey;
}

/** What the person does with one question at one step. */
export type Intent = { kind: "leave" } | { kind: "clear" } | { kind: "answer"; r: number[]; bad: boolean };
export type Action = "next" | "back";
export type PlanStep = { intents: Record<string, Intent>; action: Action };

/** A random plan: mostly onward, sometimes back, answers changed, cleared, left alone or against a validator. */
export function randomPlan(rng: Rng, names: string[], steps: number): PlanStep[] {
  return Array.from({ length: steps }, () => {
    const intents: Record<string, Intent> = {};
    for (const name of names) {
      const roll = rng();
      intents[name] =
        roll < 0.3
          ? { kind: "leave" }
          : roll < 0.37
            ? { kind: "clear" }
            : { kind: "answer", r: [rng(), rng(), rng()], bad: chance(rng, 0.1) };
    }
    return { intents, action: chance(rng, 0.8) ? "next" : "back" };
  });
}

/** A question as both drivers see it when the person reaches it: its type and the choices they could pick. */
export type Offer = {
  type: string;
  numeric: boolean;
  /** Choices that can be picked now (shown and enabled), in a fixed order; rating points; matrix columns. */
  choices: (string | number)[];
  rows: string[];
  /** Ranking items, all of which are placed. */
  items: (string | number)[];
  values: { yes: unknown; no: unknown };
};

const BAD_TEXT = ["this is far too long for the validator", "x", "not-an-email", "123"];

/** The value a person gives: the same for the same intent and offer, whichever driver asks. */
export function resolveValue(intent: Extract<Intent, { kind: "answer" }>, offer: Offer): unknown {
  const [a, b, c] = intent.r;
  const at = <T>(items: T[], r: number) => items[Math.floor(r * items.length)];
  switch (offer.type) {
    case "text":
      if (offer.numeric) return intent.bad ? at([0, 60, 99], a) : at([1, 2, 3, 4, 6, 8, 12], a);
      return intent.bad ? at(BAD_TEXT, a) : at(WORDS, a);
    case "comment":
      return intent.bad ? at(BAD_TEXT, a) : at(["It was fine", "Helpful", "abc"], a);
    case "radiogroup":
    case "dropdown":
    case "rating":
      return offer.choices.length ? at(offer.choices, a) : undefined;
    case "checkbox": {
      const picked = offer.choices.filter((_, i) => ((Math.floor(a * 16) >> i) & 1) === 1 || (i === 0 && b < 0.2));
      // Ticking "None" unticks the rest, as the renderer and govuk-frontend's exclusive checkbox both do.
      if (picked.includes("none")) return ["none"];
      return picked.length ? picked : undefined;
    }
    case "boolean":
      return a < 0.5 ? offer.values.yes : offer.values.no;
    case "matrix": {
      const value: Record<string, unknown> = {};
      offer.rows.forEach((row, i) => {
        const r = [a, b, c][i % 3];
        if (r > 0.25) value[row] = at(offer.choices, r);
      });
      return Object.keys(value).length ? value : undefined;
    }
    case "ranking": {
      const order = [...offer.items];
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = Math.floor(((a * 7 + b * 13 + c * 17 + i) % 1) * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      return order;
    }
    default:
      return undefined;
  }
}

/** "Something else" text for a question whose answer includes its other item. */
export const OTHER_TEXT = "Another thing";

/** A question a whole answer set may answer: what it offers, and whether it has a "something else" item. */
export type SubmissionTarget = { name: string; offer: Offer; other: boolean };

const MALFORMED: unknown[] = [42, "zzz", ["zzz"], { x: 1 }, true, "   ", -1];

/**
 * A whole answer set as a client may post it at once (the survey renderer's submit-all, or a hand-made POST), for
 * the compiled checker's test: some questions left out, most answered as a person would (sometimes against a
 * validator), some blank, some malformed, "something else" text with and without its item, now and then a key the
 * survey does not have. Hidden questions are answered too: the checker must drop those answers as survey-core does.
 */
export function randomSubmission(rng: Rng, targets: SubmissionTarget[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const { name, offer, other } of targets) {
    const roll = rng();
    if (roll < 0.25) continue;
    if (roll < 0.3) answers[name] = pick(rng, ["", [], "  ", null]);
    else if (roll < 0.36) answers[name] = pick(rng, MALFORMED);
    else {
      const value = resolveValue({ kind: "answer", r: [rng(), rng(), rng()], bad: chance(rng, 0.15) }, offer);
      if (value !== undefined) answers[name] = value;
    }
    if (other && chance(rng, 0.6)) answers[`${name}-Comment`] = chance(rng, 0.85) ? OTHER_TEXT : "  ";
  }
  if (chance(rng, 0.04)) answers.notAQuestion = "stray";
  return answers;
}
