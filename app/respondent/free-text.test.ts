import { describe, expect, it } from "vitest";
import { pathOf, textKey, valueAt, withTexts } from "./free-text";
import { redactAnswers } from "./responses.server";
import { freeTextOf } from "./survey-engine";

/** Every question of several parts, each with text in it somewhere, and numbers that are not text. */
const SURVEY = {
  pages: [
    {
      name: "p1",
      elements: [
        { type: "comment", name: "story" },
        {
          type: "multipletext",
          name: "contact",
          items: [{ name: "who" }, { name: "age", inputType: "number" }],
        },
        {
          type: "matrixdropdown",
          name: "services",
          rows: ["police", "court"],
          columns: [
            { name: "rating", cellType: "rating" },
            { name: "why", cellType: "comment" },
            { name: "how", cellType: "dropdown", choices: ["phone", "letter"], showOtherItem: true },
          ],
        },
        {
          type: "matrixdynamic",
          name: "places",
          cellType: "text",
          columns: [{ name: "where" }, { name: "times", inputType: "number" }],
        },
        {
          type: "paneldynamic",
          name: "people",
          templateElements: [
            { type: "text", name: "role" },
            { type: "panel", name: "inner", elements: [{ type: "comment", name: "said" }] },
            { type: "radiogroup", name: "helped", choices: ["yes", "no"], showOtherItem: true },
          ],
        },
      ],
    },
  ],
};

const ANSWERS = {
  story: "It was fine",
  contact: { who: "my neighbour Gladys Pemberton", age: 42 },
  services: {
    police: { rating: 4, why: "PC Okafor rang me on 07700 900123", how: "other", "how-Comment": "email a@b.org" },
    court: { rating: 2, why: "Slow" },
  },
  places: [{ where: "outside 27 Gladstone Street", times: 3 }, { where: "the park" }],
  people: [{ role: "officer", said: "I want to die some days", helped: "other", "helped-Comment": "call 07700 900456" }],
};

describe("free text inside questions of several parts", () => {
  it("is found wherever a person typed it, and numbers and choices are not", () => {
    const keys = freeTextOf(SURVEY, ANSWERS).map(({ key }) => key);
    expect(keys).toEqual([
      "story",
      '["contact","who"]',
      '["services","police","why"]',
      '["services","police","how-Comment"]',
      '["services","court","why"]',
      '["places",0,"where"]',
      '["places",1,"where"]',
      '["people",0,"role"]',
      '["people",0,"said"]',
      '["people",0,"helped-Comment"]',
    ]);
  });

  it("is redacted and danger-checked, its originals kept by path and put back exactly", () => {
    const { redacted, unredacted, danger } = redactAnswers(SURVEY, ANSWERS, "en");
    expect(danger).toBe(true);
    const stored = JSON.stringify(redacted);
    for (const detail of ["Pemberton", "Okafor", "900123", "a@b.org", "Gladstone", "900456"])
      expect(stored).not.toContain(detail);
    expect(valueAt(redacted, ["services", "police", "rating"])).toBe(4);
    expect(valueAt(redacted, ["contact", "age"])).toBe(42);
    expect(valueAt(redacted, ["places", 1, "where"])).toBe("the park");
    expect(unredacted['["services","police","why"]']).toBe("PC Okafor rang me on 07700 900123");
    expect(withTexts(redacted, unredacted)).toEqual(ANSWERS);
    // The answers given are not changed.
    expect(ANSWERS.contact.who).toBe("my neighbour Gladys Pemberton");
  });

  it("names a top-level text by its question, a nested one by its path, and never puts text where it was not", () => {
    expect(textKey(["story"])).toBe("story");
    expect(pathOf(textKey(["places", 0, "where"]))).toEqual(["places", 0, "where"]);
    expect(pathOf("[not json")).toEqual(["[not json"]);
    expect(withTexts({ places: [] }, { '["places",3,"where"]': "x", '["gone","a"]': "y" })).toEqual({ places: [] });
  });
});
