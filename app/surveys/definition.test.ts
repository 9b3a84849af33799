import { describe, expect, it } from "vitest";
import { seededRandom } from "../../db/factories";
import { TEMPLATES, templateSurvey } from "./bank";
import { checkSurvey } from "./checks";
import { checkDefinition, parseDefinition } from "./definition";

const valid = () => templateSurvey(TEMPLATES[0]);

describe("survey definitions", () => {
  it("accepts every shipped template", () => {
    for (const template of TEMPLATES) expect(checkDefinition(templateSurvey(template))).toMatchObject({ ok: true });
  });

  it("says where invalid JSON breaks", () => {
    const result = parseDefinition('{\n  "pages": [\n    { "name": "p1", }\n  ]\n}');
    expect(result).toMatchObject({ ok: false, problems: [{ code: "not-json", params: { line: 3, column: 21 } }] });
  });

  it("finds the place of every kind of JSON error", () => {
    for (const [text, line, column] of [
      ['{ "pages": [ }', 1, 14],
      ['{\n  "a": tru\n}', 2, 8],
      ['{ "a": "unterminated }', 1, 23],
      ['{ "a": 1 } extra', 1, 12],
      ["", 1, 1],
    ] as const) {
      expect(parseDefinition(text), text).toMatchObject({
        ok: false,
        problems: [{ code: "not-json", params: { line, column } }],
      });
    }
  });

  it("names an unknown question type and where it is", () => {
    const json = {
      pages: [
        {
          name: "p1",
          elements: [
            { type: "radiogroup", name: "q1", choices: ["a"] },
            { type: "signaturepad", name: "sign" },
          ],
        },
      ],
    };
    expect(checkDefinition(json)).toEqual({
      ok: false,
      problems: [{ code: "unknown-type", params: { page: "p1", position: 2, element: "sign", type: "signaturepad" } }],
    });
  });

  it("names unknown properties, missing types, duplicates and missing pages", () => {
    expect(checkDefinition({ pages: [{ name: "p1", elements: [{ type: "text", name: "q1", colour: "red" }] }] })).toEqual({
      ok: false,
      problems: [{ code: "unknown-property", params: { element: "q1", property: "colour" } }],
    });
    const twice = { pages: [{ name: "p1", elements: [{ type: "text", name: "q1" }, { name: "q1" }] }] };
    expect(checkDefinition(twice)).toMatchObject({ ok: false, problems: [{ code: "duplicate-name" }, { code: "missing-type" }] });
    expect(checkDefinition({ title: "No pages" })).toEqual({ ok: false, problems: [{ code: "no-pages", params: {} }] });
    expect(checkDefinition([1, 2])).toEqual({ ok: false, problems: [{ code: "not-an-object", params: {} }] });
  });

  it("refuses definitions that are too large or too deeply nested", () => {
    expect(parseDefinition(" ".repeat(600 * 1024))).toMatchObject({ ok: false, problems: [{ code: "too-large" }] });
    let deep: unknown = "x";
    for (let i = 0; i < 50; i += 1) deep = { a: deep };
    expect(checkDefinition({ pages: [{ name: "p", elements: [] }], deep })).toMatchObject({
      ok: false,
      problems: [{ code: "too-deep" }],
    });
  });
});

describe("fuzz: mutated survey JSON is accepted or rejected with a reason, never a crash", () => {
  const random = seededRandom(20271123);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const junk = (): unknown =>
    pick<() => unknown>([
      () => null,
      () => Math.floor(random() * 1e6) - 5e5,
      () => random() > 0.5,
      () => "x".repeat(Math.floor(random() * 3000)),
      () => "\u0000\ud800<script>alert(1)</script>",
      () => [],
      () => ({}),
      () => [junk(), junk()],
      () => ({ type: pick(["text", "radiogroup", "bogus", "matrix", "html", ""]), name: pick(["q1", "", "q2", "__proto__"]) }),
      () => pick(["text", "radiogroup", "comment", "rating", "nope"]),
    ])();

  function mutate(value: unknown, rate: number): unknown {
    if (random() < rate) return junk();
    if (Array.isArray(value)) {
      const copy = value.map((v) => mutate(v, rate));
      if (random() < rate) copy.splice(Math.floor(random() * (copy.length + 1)), 0, junk());
      if (random() < rate && copy.length) copy.splice(Math.floor(random() * copy.length), 1);
      return copy;
    }
    if (value && typeof value === "object") {
      const copy: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if (random() < rate / 2) continue;
        copy[
          random() < rate / 4
            ? pick(["type", "name", "pages", "elements", "choices", "isRequired", "visibleIf", "unknownThing"])
            : key
        ] = mutate(v, rate);
      }
      return copy;
    }
    return value;
  }

  it("handles 3,000 mutations", () => {
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 3000; i += 1) {
      const mutated = mutate(valid(), pick([0.01, 0.03, 0.1, 0.3]));
      const text = random() < 0.1 ? JSON.stringify(mutated).slice(0, Math.floor(random() * 2000)) : JSON.stringify(mutated);
      const result = parseDefinition(text ?? "null");
      if (result.ok) {
        accepted += 1;
        expect(() => checkSurvey(result.json, { languages: ["en", "cy"], estimatedMinutes: 10 })).not.toThrow();
      } else {
        rejected += 1;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.code).toMatch(/^[a-z-]+$/);
      }
    }
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });
});
