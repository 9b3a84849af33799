import { describe, expect, it } from "vitest";
import { checkDefinition } from "./definition";
import { fixUnusableNames, isUsableName, renameEverywhere } from "./names";

describe("question and page names", () => {
  it("accepts any characters a condition can still refer to", () => {
    for (const name of ["what?", "a#b", "x/y", "100%", "two words", "ŵyn ŷd", "😀 happy", "über"])
      expect(isUsableName(name)).toBe(true);
    for (const name of ["a{b", "a}b", "tab\there", " padded"]) expect(isUsableName(name)).toBe(false);
  });

  it("renames a question everywhere it is referred to, and nowhere else", () => {
    const json = {
      pages: [
        {
          name: "p1",
          elements: [
            { type: "text", name: "old" },
            { type: "text", name: "older", visibleIf: "{old} = 'x' and {older} notempty and {old.a} = 1 and { old } = 2" },
          ],
        },
      ],
      triggers: [{ type: "setvalue", expression: "{old} = 1", setToName: "old", setValue: "old" }],
      completedHtml: "Thanks for {old}",
    };
    expect(renameEverywhere(json, "old", "new")).toEqual({
      pages: [
        {
          name: "p1",
          elements: [
            { type: "text", name: "new" },
            { type: "text", name: "older", visibleIf: "{new} = 'x' and {older} notempty and {new.a} = 1 and { new } = 2" },
          ],
        },
      ],
      triggers: [{ type: "setvalue", expression: "{new} = 1", setToName: "new", setValue: "old" }],
      completedHtml: "Thanks for {new}",
    });
  });

  it("offers a fix that makes a refused definition acceptable", () => {
    const json = {
      pages: [
        {
          name: "p{1}",
          elements: [
            { type: "text", name: "q{1}" },
            { type: "text", name: "q_1_" },
          ],
        },
      ],
    };
    expect(checkDefinition(json).ok).toBe(false);
    const fixed = fixUnusableNames(json);
    expect(fixed.renamed).toEqual([
      { from: "p{1}", to: "p_1_" },
      { from: "q{1}", to: "q_1__2" },
    ]);
    expect(checkDefinition(fixed.json).ok).toBe(true);
  });
});
