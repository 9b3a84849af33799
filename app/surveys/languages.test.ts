import { describe, expect, it } from "vitest";
import { definitionLanguages, isLanguageCode, languageDirection } from "./languages";

describe("survey languages", () => {
  it("accepts BCP 47 codes and refuses English and anything else", () => {
    for (const code of ["de", "lt", "so", "ti", "fa", "he", "pt-br", "zh-Hant", "cy"])
      expect(isLanguageCode(code), code).toBe(true);
    for (const code of ["en", "default", "", "x", "not a code", "de_DE", "<b>"]) expect(isLanguageCode(code), code).toBe(false);
  });

  it("takes the direction from the language", () => {
    for (const code of ["ar", "fa", "he", "ur", "ps", "ckb", "yi"]) expect(languageDirection(code), code).toBe("rtl");
    for (const code of ["de", "lt", "so", "ti", "cy", "pl", "pa"]) expect(languageDirection(code), code).toBe("ltr");
  });

  it("finds every language a definition holds strings in", () => {
    const json = {
      title: { default: "T", de: "T", cy: "T" },
      pages: [
        {
          name: "p",
          elements: [{ type: "radiogroup", name: "q", choices: [{ value: 1, text: { default: "A", lt: "A", fa: "A" } }] }],
        },
      ],
      notLocalised: { colour: "red" },
    };
    expect(definitionLanguages(json)).toEqual(["de", "cy", "lt", "fa"]);
  });
});
