import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
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

  it("names an unknown question type and where it is, and refuses signatures and files with their own reason", () => {
    const json = {
      pages: [
        {
          name: "p1",
          elements: [
            { type: "radiogroup", name: "q1", choices: ["a"] },
            { type: "signaturepad", name: "sign" },
            { type: "file", name: "upload" },
            { type: "panel", name: "box", elements: [{ type: "microphone", name: "voice" }] },
            { type: "matrixdynamic", name: "table", columns: [{ name: "proof", cellType: "file" }] },
          ],
        },
      ],
    };
    expect(checkDefinition(json)).toEqual({
      ok: false,
      problems: [
        { code: "refused-signaturepad", params: { page: "p1", position: 2, element: "sign", type: "signaturepad" } },
        { code: "refused-file", params: { page: "p1", position: 3, element: "upload", type: "file" } },
        { code: "unknown-type", params: { page: "p1", position: 1, panel: "box", element: "voice", type: "microphone" } },
        { code: "refused-file", params: { page: "p1", position: 5, element: "table", type: "file" } },
      ],
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

describe("importing the shapes SurveyJS surveys commonly have", () => {
  it("turns top-level questions into one page", () => {
    const result = checkDefinition({ title: "T", questions: [{ type: "text", name: "q1" }] });
    expect(result).toEqual({
      ok: true,
      json: { title: "T", pages: [{ name: "page1", elements: [{ type: "text", name: "q1" }] }] },
    });
  });

  it("names unnamed pages as survey-core does, so logic naming them keeps working, and never reuses a name", () => {
    const result = checkDefinition({
      pages: [{ elements: [{ type: "text", name: "page2" }] }, { name: "", questions: [{ type: "text", name: "q" }] }],
      triggers: [{ type: "skip", expression: "{page2} = 'x'", gotoName: "q" }],
    });
    expect(result.ok && result.json.pages?.map((p) => p.name)).toEqual(["page1", "page2_2"]);
  });

  it("treats page-level questions as elements, so the check sees them", () => {
    const result = checkDefinition({
      pages: [{ name: "p1", questions: [{ type: "comment", name: "q1", title: { default: "Tell us", cy: "Dywedwch" } }] }],
      title: { default: "S", cy: "A" },
    });
    expect(result.ok && result.json.pages?.[0]).toEqual({
      name: "p1",
      elements: [{ type: "comment", name: "q1", title: { default: "Tell us", cy: "Dywedwch" } }],
    });
    if (result.ok) expect(checkSurvey(result.json, { languages: ["en", "cy"], estimatedMinutes: 10 })).toEqual([]);
  });

  it("accepts panels, dynamic panels and the matrix, text, picture, yes/no, information and calculated types", () => {
    const json = {
      pages: [
        {
          name: "p1",
          elements: [
            {
              type: "panel",
              name: "box",
              questions: [
                { type: "boolean", name: "ok" },
                { type: "html", name: "info", html: "<p>Hi</p>" },
              ],
            },
            { type: "paneldynamic", name: "people", templateElements: [{ type: "text", name: "role" }] },
            { type: "matrixdropdown", name: "md", columns: [{ name: "c1" }], rows: [1, 2], choices: [1, 2] },
            { type: "matrixdynamic", name: "mdyn", columns: [{ name: "c1", cellType: "text" }] },
            { type: "multipletext", name: "mt", items: [{ name: "a" }, { name: "b" }] },
            { type: "imagepicker", name: "pic", choices: [{ value: "cat", imageLink: "/cat.png" }] },
            { type: "expression", name: "sum", expression: "1 + 1" },
          ],
        },
      ],
    };
    const result = checkDefinition(json);
    expect(result.ok).toBe(true);
    if (result.ok) {
      // Idempotent: the stored shape checks again to itself.
      expect(checkDefinition(result.json)).toEqual(result);
      expect(result.json.pages?.[0].elements?.[0]).toEqual({
        type: "panel",
        name: "box",
        elements: [
          { type: "boolean", name: "ok" },
          { type: "html", name: "info", html: "<p>Hi</p>" },
        ],
      });
    }
  });

  it("stores a matrix exactly as given: survey-core's habit of writing into the JSON it loads does not reach the draft", () => {
    const matrix = {
      type: "matrixdropdown",
      name: "rate",
      columns: [{ name: "using", choices: ["Yes", "No"] }, { name: "note" }],
      rows: ["a", "b"],
    };
    const input = { pages: [{ name: "p1", elements: [matrix] }] };
    const given = JSON.stringify(input);
    const result = checkDefinition(input);
    expect(result).toMatchObject({ ok: true });
    expect(JSON.stringify(input)).toBe(given);
    expect(result.ok && result.json.pages?.[0]?.elements?.[0]).toEqual(matrix);
  });

  it("refuses names that conditions could never refer to, suggesting a rename that keeps references in step", () => {
    const json = {
      pages: [
        {
          name: "p1",
          elements: [
            { type: "text", name: "a{b}" },
            { type: "text", name: "what?", visibleIf: "{what?} notempty" },
          ],
        },
      ],
    };
    expect(checkDefinition(json)).toMatchObject({
      ok: false,
      problems: [{ code: "unusable-name", params: { element: "a{b}", suggestion: "a_b_" } }],
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
