/**
 * Lossless round trips: import → JSON view → question form (unchanged) → export
 * gives back the imported definition, for generated definitions that carry
 * languages the survey does not offer, properties the form has no field for,
 * numeric and bare choice values, panels and the other imported types. A
 * failing case names its seed and prints its definition.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { parseDefinition } from "./definition";
import { conditionExpression, conditionOptions, replaceElement } from "./edit";
import { elementFormValues, readElementForm } from "./element-form";
import { allElementsOf, type Choice, type SurveyElement, type SurveyJson } from "./survey-json";

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (random: Random, p: number) => random() < p;

const WORDS = ["Safe", "kept informed", "police", "Diogel", "heddlu", "Sicher", "Polizei", "saugus", "  spaced  "];

function localised(random: Random, name: string, withEnglish = true) {
  const english = `${pick(random, WORDS).trim()} ${name}`;
  if (chance(random, 0.25)) return english;
  const out: Record<string, string> = {};
  if (withEnglish) out[chance(random, 0.1) ? "en" : "default"] = english;
  if (chance(random, 0.6)) out.cy = `Cymraeg ${name}`;
  if (chance(random, 0.5)) out.de = `Deutsch ${name}`;
  if (chance(random, 0.3)) out.lt = `Lietuviškai ${name}`;
  return Object.keys(out).length ? out : english;
}

function choices(random: Random, name: string): Choice[] {
  const count = 1 + Math.floor(random() * 4);
  const style = pick(random, ["numbers", "strings", "objects", "mixed"] as const);
  const out: Choice[] = [];
  for (let i = 1; i <= count; i += 1) {
    const kind = style === "mixed" ? pick(random, ["numbers", "strings", "objects"] as const) : style;
    if (kind === "numbers") out.push(i);
    else if (kind === "strings") out.push(`${name} option ${i}`);
    else {
      const value = chance(random, 0.5) ? i : `v${i}`;
      const item: Exclude<Choice, string | number> = { value };
      if (chance(random, 0.8)) item.text = localised(random, `option ${i}`);
      if (chance(random, 0.2)) item.visibleIf = "1 = 1";
      out.push(item);
    }
  }
  if (chance(random, 0.5))
    out.splice(Math.floor(random() * (out.length + 1)), 0, {
      value: "prefer_not_to_say",
      text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud", de: "Keine Angabe" },
    });
  return out;
}

function element(random: Random, name: string, earlier: SurveyElement[], depth: number): SurveyElement {
  const types = ["text", "comment", "radiogroup", "checkbox", "dropdown", "ranking", "rating", "boolean", "matrix", "html"];
  const more = ["matrixdropdown", "multipletext", "expression", "imagepicker", ...(depth === 0 ? ["panel"] : [])];
  const type = pick(random, [...types, ...more]);
  const out: SurveyElement = { type, name };
  if (type === "html") out.html = localised(random, "<p>info</p>");
  else if (chance(random, 0.9)) out.title = localised(random, name);
  if (type !== "html" && chance(random, 0.3)) out.description = localised(random, "help");
  if (type !== "html" && type !== "panel" && chance(random, 0.2)) {
    out.isRequired = true;
    out.requiredReason = {
      default: "We need it",
      cy: "Mae ei angen",
      lt: "Reikia",
      ...(chance(random, 0.5) ? { de: "Nötig" } : {}),
    };
  }
  if (type === "text") {
    if (chance(random, 0.5)) out.inputType = pick(random, ["number", "date", "email"]);
    if (chance(random, 0.5)) out.placeholder = localised(random, "placeholder");
    if (chance(random, 0.3)) out.maxLength = 200;
  }
  if (["radiogroup", "checkbox", "dropdown", "ranking", "imagepicker"].includes(type)) out.choices = choices(random, name);
  if (["radiogroup", "checkbox"].includes(type) && chance(random, 0.3)) out.colCount = 2;
  if (["radiogroup", "checkbox", "dropdown"].includes(type) && chance(random, 0.2)) {
    if (chance(random, 0.5)) out.hasOther = true;
    else Object.assign(out, { showOtherItem: true, otherText: localised(random, "other") });
  }
  if (type === "rating" && chance(random, 0.5)) Object.assign(out, { rateMin: 0, rateMax: pick(random, [3, 10]) });
  if (type === "matrix") {
    out.rows = choices(random, "row");
    out.columns = choices(random, "col");
  }
  if (type === "matrixdropdown") {
    out.columns = [
      { name: "c1", title: localised(random, "column") },
      { name: "c2", cellType: "text" },
    ] as never;
    out.rows = choices(random, "row");
    out.choices = [1, 2, 3];
  }
  if (type === "multipletext") out.items = [{ name: "first", title: localised(random, "first") }, { name: "second" }];
  if (type === "expression") out.expression = "1 + 2";
  if (type === "imagepicker") out.choices = [{ value: "a", imageLink: "/a.png" }, ...(out.choices as Choice[])];
  if (type === "panel") {
    out.elements = Array.from({ length: 1 + Math.floor(random() * 2) }, (_, i) => element(random, `${name}_${i}`, earlier, 1));
  }
  if (chance(random, 0.1)) out.startWithNewLine = false;
  const target = earlier.find((e) => ["radiogroup", "dropdown", "checkbox"].includes(e.type));
  if (chance(random, 0.3) && target && Array.isArray(target.choices)) {
    const value = pick(random, target.choices as unknown[]);
    const v = typeof value === "object" && value !== null ? (value as { value: unknown }).value : value;
    out.visibleIf = chance(random, 0.5)
      ? conditionExpression({ question: target.name, operator: "is", value: String(v) }, target.type)
      : `{${target.name}} = ${JSON.stringify(v)} or {${target.name}} empty`;
  }
  return out;
}

/** A definition as someone else wrote it: any of SurveyJS's spellings. */
function definition(random: Random): Record<string, unknown> {
  const pages: Record<string, unknown>[] = [];
  const made: SurveyElement[] = [];
  const names = ["q1", "what?", "a#b", "x/y", "100%", "two words", "ŵyn ŷd", "😀 happy", "q 9"];
  let n = 0;
  const pageCount = 1 + Math.floor(random() * 3);
  for (let p = 0; p < pageCount; p += 1) {
    const elements = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      n += 1;
      const e = element(random, `${pick(random, names)}_${n}`, made, 0);
      made.push(e);
      return e;
    });
    const page: Record<string, unknown> = {};
    if (chance(random, 0.7)) page.name = `page ${p + 1}?`;
    if (chance(random, 0.5)) page.title = localised(random, "page");
    page[chance(random, 0.3) ? "questions" : "elements"] = elements;
    pages.push(page);
  }
  const out: Record<string, unknown> = { title: localised(random, "survey") };
  if (pages.length === 1 && chance(random, 0.3)) out.questions = pages[0].elements ?? pages[0].questions;
  else out.pages = pages;
  if (chance(random, 0.3)) out.showProgressBar = "top";
  return out;
}

/** Key order is not meaning. */
const normalised = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(normalised)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, normalised(v)]),
        )
      : value;

/** The round trip a person makes without changing anything: import, JSON view, every question's form, export. */
function roundTrip(source: Record<string, unknown>, langs: string[]) {
  const imported = parseDefinition(JSON.stringify(source));
  if (!imported.ok) throw new Error(`import refused: ${JSON.stringify(imported.problems)}`);
  const viewed = parseDefinition(JSON.stringify(imported.json, null, 2));
  if (!viewed.ok) throw new Error(`JSON view refused: ${JSON.stringify(viewed.problems)}`);
  expect(viewed.json).toEqual(imported.json);
  let draft: SurveyJson = viewed.json;
  for (const { element } of allElementsOf(imported.json)) {
    const options = conditionOptions(draft, element.name);
    const read = readElementForm(elementFormValues(element, langs, options), element, langs, options);
    if (!read.ok) throw new Error(`question form refused ${element.name}: ${JSON.stringify(read.errors)}`);
    if (!isDeepStrictEqual(normalised(read.element), normalised(element)))
      throw new Error(`question form changed ${element.name}:\n${JSON.stringify(read.element)}\nwas\n${JSON.stringify(element)}`);
    draft = replaceElement(draft, element.name, read.element);
  }
  const exported = parseDefinition(JSON.stringify(draft));
  if (!exported.ok) throw new Error(`export refused: ${JSON.stringify(exported.problems)}`);
  return { imported: imported.json, exported: exported.json };
}

describe("round trips through the designer", () => {
  it("give back the same definition for 150 generated definitions", { timeout: 60_000 }, () => {
    const base = Number(process.env.ROUND_TRIP_SEED ?? 20261206);
    for (let i = 0; i < 150; i += 1) {
      const seed = base + i;
      const random = seededRandom(seed);
      const source = definition(random);
      const langs = pick(random, [["en"], ["en", "cy"], ["en", "cy", "lt"]]);
      try {
        const { imported, exported } = roundTrip(source, langs);
        expect(exported).toEqual(imported);
      } catch (error) {
        throw new Error(
          `Round trip failed for seed ${seed} (rerun with ROUND_TRIP_SEED=${seed}), languages ${langs.join(",")}:\n` +
            `${JSON.stringify(source, null, 2)}\n${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  });
});

describe("the question form keeps what it has no field for", () => {
  const langs = ["en", "cy"];
  const save = (element: SurveyElement, edit: Record<string, string | string[]> = {}) => {
    const read = readElementForm({ ...elementFormValues(element, langs, []), ...edit }, element, langs, []);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    return read.element;
  };

  it("keeps the strings of languages the survey does not offer, even in what was edited", () => {
    const element: SurveyElement = {
      type: "comment",
      name: "q",
      title: { default: "How safe do you feel?", de: "Wie sicher fühlen Sie sich?" },
    };
    expect(save(element, { title_en: "How safe do you feel now?", title_cy: "Pa mor ddiogel ydych chi'n teimlo nawr?" })).toEqual(
      {
        type: "comment",
        name: "q",
        title: {
          default: "How safe do you feel now?",
          cy: "Pa mor ddiogel ydych chi'n teimlo nawr?",
          de: "Wie sicher fühlen Sie sich?",
        },
      },
    );
  });

  it("keeps numeric choice values numeric and their labels, and bare choices bare", () => {
    const element: SurveyElement = {
      type: "radiogroup",
      name: "q",
      title: "Pick",
      choices: [{ value: 1, text: { default: "One", de: "Eins" } }, 2, "three"] as never,
    };
    expect(save(element)).toEqual(element);
    expect(save(element, { choicesText_cy: ["Un", "Dau", ""] }).choices).toEqual([
      { value: 1, text: { default: "One", cy: "Un", de: "Eins" } },
      { value: 2, text: { default: "2", cy: "Dau" } },
      "three",
    ]);
  });

  it("keeps properties it has no field for", () => {
    const element: SurveyElement = {
      type: "text",
      name: "q",
      title: "When?",
      inputType: "date",
      placeholder: { default: "dd/mm/yyyy", de: "TT.MM.JJJJ" },
      validators: [{ type: "expression", expression: "{q} > '2020-01-01'" }],
      startWithNewLine: false,
    };
    expect(save(element, { title_en: "When was it?" })).toEqual({ ...element, title: "When was it?" });
  });
});
