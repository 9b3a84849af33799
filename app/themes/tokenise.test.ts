import { describe, expect, it } from "vitest";
import { analyse, englishTokens, plainWords, sentimentLabel, welshTokens } from "./tokenise";
import { WELSH_STOP_WORDS } from "./stop-words";

describe("English words", () => {
  it("drops stop words, punctuation and redaction placeholders, and stems what is left", () => {
    const tokens = englishTokens("I had to chase the officer for every update. Text me on [phone number].");
    expect(tokens.map((t) => t.form)).toEqual(["chase", "officer", "update", "text"]);
    expect(tokens.map((t) => t.term)).toEqual(["chase", "offic", "updat", "text"]);
  });

  it("gives the same term for forms of one word", () => {
    const terms = (text: string) => englishTokens(text).map((t) => t.term);
    expect(terms("updates")).toEqual(terms("update"));
    expect(terms("waiting")).toEqual(terms("waited"));
  });

  it("scores sentiment from wink-nlp", () => {
    expect(analyse("The officer was kind and patient, which really helped", "en").sentiment).toBeGreaterThan(0);
    expect(analyse("Going to court was frightening and awful", "en").sentiment).toBeLessThan(0);
  });
});

describe("Welsh words", () => {
  it("splits on Unicode letters, keeps accented letters, and drops Welsh and English stop words", () => {
    expect(
      welshTokens("Roedd yr aros ar y llinell 101 yn rhy hir, a doedd neb yn siarad Cymraeg â mi").map((t) => t.term),
    ).toEqual(["aros", "llinell", "hir", "siarad", "cymraeg"]);
    expect(welshTokens("Roedd y gŵr yn ddiolchgar").map((t) => t.term)).toEqual(["gŵr", "ddiolchgar"]);
  });

  it("splits elided forms at the apostrophe so both halves meet the stop list", () => {
    expect(welshTokens("Doedd neb yn rhoi'r wybodaeth i'r teulu").map((t) => t.term)).toEqual(["rhoi", "wybodaeth", "teulu"]);
  });

  it("drops placeholders in Welsh too", () => {
    expect(welshTokens("Ffoniwch fi ar [rhif ffôn]").map((t) => t.term)).toEqual(["ffoniwch"]);
  });

  it("never scores sentiment for Welsh or other languages", () => {
    expect(analyse("Roedd y swyddog yn garedig ac yn amyneddgar", "cy").sentiment).toBeNull();
    expect(analyse("Policjant był bardzo miły", "pl").sentiment).toBeNull();
    expect(sentimentLabel(null)).toBe("notScored");
  });

  it("keeps its stop list to lower-case single words", () => {
    for (const word of WELSH_STOP_WORDS) expect(word).toMatch(/^[\p{Ll}]+$/u);
  });

  it("reads any script", () => {
    expect(plainWords("Ми чекали годинами", [])).toEqual(["ми", "чекали", "годинами"]);
  });
});

describe("sentiment labels", () => {
  it("has a neutral band round zero", () => {
    expect([0.5, 0.01, 0, -0.01, -0.5].map(sentimentLabel)).toEqual(["positive", "neutral", "neutral", "neutral", "negative"]);
  });
});
