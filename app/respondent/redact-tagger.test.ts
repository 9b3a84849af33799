import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serialise, train } from "../../tests/fixtures/redaction-tagger-train";
import { DEVELOPMENT_CORPORA } from "../../tests/fixtures/redaction-corpora";
import { redact, redactByRules } from "./redact";
import { addTagged, tagWords, tokenize } from "./redact-tagger";

const EN = { name: "[name]", address: "[address]", workplace: "[workplace or school]" };

describe("the redaction tagger (ADR 0011, addendum of 7 December, the tagger)", () => {
  it("is the model training makes from the development corpora, and nothing else", () => {
    const committed = readFileSync(new URL("./redact-tagger-model.json", import.meta.url), "utf8");
    const trained = serialise(train(DEVELOPMENT_CORPORA.flatMap((c) => c.entries)));
    expect(committed === trained, "run `npm run redact:train` and commit the model").toBe(true);
  }, 120_000);

  it("finds people and places no rule was written for, in English and Welsh", () => {
    // (sentences written for this test, each a detail the rules alone leave)
    for (const [text, lang, detail] of [
      ["roedd Heulwen o Gymorth i Ddioddefwyr yn wych efo ni", "cy", "Heulwen"],
      ["y boi nath dorri ffenest y car yw dai bach o stad y parc", "cy", "dai"],
      ["my granddaughter goes to southmoor n some girl keeps postin stuff", "en", "southmoor"],
    ] as const) {
      expect(redactByRules(text, lang).text, text).toContain(detail);
      expect(redact(text, lang).text, text).not.toContain(detail);
    }
  });

  it("only ever adds to what the rules took", () => {
    for (const corpus of DEVELOPMENT_CORPORA.slice(-3))
      for (const { text, lang } of corpus.entries) {
        const rules = redactByRules(text, lang).text;
        const both = redact(text, lang).text;
        // every label the rules put in is still there, in order
        const labels = (s: string) => s.match(/\[[^\]]+\]/g) ?? [];
        const left = [...labels(both)];
        for (const label of labels(rules)) {
          const at = left.indexOf(label);
          expect(at, text).toBeGreaterThanOrEqual(0);
          left.splice(0, at + 1);
        }
      }
  });

  it("leaves places for the rules to judge, calendar words, towns, quoted words and words typed wrong", () => {
    for (const [text, lang] of [
      ["It happened outside the Red Lion on a Saturday night.", "en"],
      ["a fight outside the White Hart last night", "en"],
      ["My purse was taken at Victory Parade.", "en"],
      ["my GP at Riverside Health Centre was kind", "en"],
      ["We got married at St Mary's Church in 1990", "en"],
      ["it was St Patrick's Day and the pub was rammed", "en"],
      ["Cardiff City Football Club were playing", "en"],
      ["He said 'Grace' was not his name", "en"],
      ["i rang thm bak", "en"],
      ["Roedd hi'n Ddydd Santes Dwynwen a ges i neges gas.", "cy"],
      ["Mi symudais i Lyn Ebwy y llynedd.", "cy"],
      ["we were at ysbyty glan clwyd for hours", "cy"],
      ["roedd o tu allan i'r llew coch ddoe", "cy"],
      ["My son goes to a Catholic primary in town", "en"],
      ["Doedd neb yn gwybod am Ddeddf Sarah.", "cy"],
      ["I reported it on Boxing Day and again in March", "en"],
    ] as const)
      expect(redact(text, lang).text, text).toBe(redactByRules(text, lang).text);
  });

  it("never reads a sentence's first word, digits or a label", () => {
    const tokens = tokenize("Dean said [name] had 42 cans");
    const tags = tagWords(tokens, "en", {
      margin: 0,
      weights: { b: [0, 100, 0] },
    });
    expect(tokens.map((t) => t.text)).toEqual(["Dean", "said", "[name]", "had", "42", "cans"]);
    // "Dean" starts the sentence; "[name]" and "42" are never read; ordinary words in lower case never taken
    expect(tags).toEqual(["O", "O", "O", "O", "O", "O"]);
  });

  it("labels every mention of a run it is sure of, once, and never inside a label", () => {
    const model = { margin: 1, weights: { wkowalczyk: [0, 10, 0] } };
    const original = "we told kowalczyk to go and kowalczyk laughed at [name]";
    const out = addTagged(original, original, "en", EN, model);
    expect(out.text).toBe("we told [name] to go and [name] laughed at [name]");
    expect(out.found).toEqual({ name: 2 });
  });

  it("labels a sure place by its kind: an address by a street's word, otherwise a workplace", () => {
    const model = { margin: 1, weights: { wzanzibar: [0, 0, 10], wwharf: [0, 0, 10] } };
    expect(addTagged("I work at Zanzibar Wharf", "I work at Zanzibar Wharf", "en", EN, model).text).toBe(
      "I work at [workplace or school]",
    );
    const home = { margin: 1, weights: { wquoyne: [0, 0, 10], wcottage: [0, 0, 10] } };
    expect(addTagged("we live at Quoyne Cottage now", "we live at Quoyne Cottage now", "en", EN, home).text).toBe(
      "we live at [address] now",
    );
  });
});
