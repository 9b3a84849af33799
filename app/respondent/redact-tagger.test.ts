import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serialise, train } from "../../tests/fixtures/redaction-tagger-train";
import { DEVELOPMENT_CORPORA } from "../../tests/fixtures/redaction-corpora";
import { redact, redactByRules } from "./redact";
import { addTagged, tagWords, tokenize } from "./redact-tagger";
import MODEL from "./redact-tagger-model.json";

const EN = { name: "[name]", address: "[address]", workplace: "[workplace or school]" };

describe("the redaction tagger (ADR 0011, addendum of 7 December, the tagger)", () => {
  it("is the model training makes from the development corpora, and nothing else", () => {
    const committed = readFileSync(new URL("./redact-tagger-model.json", import.meta.url), "utf8");
    const trained = serialise(train(DEVELOPMENT_CORPORA.flatMap((c) => c.entries)));
    expect(committed === trained, "run `npm run redact:train` and commit the model").toBe(true);
  }, 120_000);

  it("finds details no rule was written for, in English and Welsh", () => {
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

  it("only ever adds to what the rules took: their labels stay, and every other character is theirs", () => {
    for (const corpus of DEVELOPMENT_CORPORA.slice(-3))
      for (const { text, lang } of corpus.entries) {
        const rules = redactByRules(text, lang).text;
        const both = redact(text, lang).text;
        const LABEL = /\[[^[\]]+\]/g;
        let from = 0;
        for (const label of rules.match(LABEL) ?? []) {
          from = both.indexOf(label, from);
          expect(from, text).toBeGreaterThanOrEqual(0);
          from += label.length;
        }
        // what is between the labels of the result stands, in order, in the rules' text
        from = 0;
        for (const piece of both.split(LABEL)) {
          const at = rules.indexOf(piece, from);
          expect(at, `${text}\n${both}`).toBeGreaterThanOrEqual(0);
          from = at + piece.length;
        }
      }
  });

  it("leaves places, saints' days, laws and words in quotes to the rules, though it is sure of a word in them", () => {
    for (const [text, lang] of [
      ["a fight outside the White Hart last night", "en"],
      ["My purse was taken at Victory Parade.", "en"],
      ["my GP at Riverside Health Centre was kind", "en"],
      ["We got married at St Mary's Church in 1990", "en"],
      ["it was St Patrick's Day and the pub was rammed", "en"],
      ["Cardiff City Football Club were playing", "en"],
      ["He said 'Grace' was not his name", "en"],
      ["My son goes to a Catholic primary in town", "en"],
      ["I was threatened by a man on Pen y Fan last summer", "en"],
      ["Roedd hi'n Ddydd Santes Dwynwen a ges i neges gas.", "cy"],
      ["Mi symudais i Lyn Ebwy y llynedd.", "cy"],
      ["roedd o tu allan i'r llew coch ddoe", "cy"],
      ["Doedd neb yn gwybod am Ddeddf Sarah.", "cy"],
      ["Cafodd fy nghar ei ddwyn o faes parcio Parc Gwledig Padarn yn Llanberis.", "cy"],
      ["roedd Safonau Masnach yn fwy o help na'r heddlu", "cy"],
    ] as const) {
      // (the tagger on its own, before these checks, is sure of at least one word of each)
      expect(
        tagWords(tokenize(text), lang, MODEL).some((t) => t !== "O"),
        text,
      ).toBe(true);
      expect(redact(text, lang).text, text).toBe(redactByRules(text, lang).text);
    }
  });

  it("never takes a calendar word, a town on its own, or a word typed wrong", () => {
    // (a model sure of every word it reads)
    const sure = { margin: 1, weights: { b: [0, 100, 0] } };
    const tags = tagWords(tokenize("we met Zubravek on Boxing Day in Sedgley then left"), "en", sure);
    expect(tags).toEqual(["O", "O", "NAME", "O", "O", "O", "O", "O", "O", "O"]);
    const typo = "i rang him bak";
    expect(tagWords(tokenize(typo), "en", sure)).toEqual(["O", "O", "O", "NAME"]);
    expect(addTagged(typo, typo, "en", EN, sure).text).toBe(typo);
  });

  it("never reads a sentence's first word, digits, a label or an ordinary word in lower case", () => {
    const sure = { margin: 1, weights: { b: [0, 100, 0] } };
    const tokens = tokenize("Dean said [name] had 42 cans for Zubravek");
    expect(tokens.map((t) => t.text)).toEqual(["Dean", "said", "[name]", "had", "42", "cans", "for", "Zubravek"]);
    expect(tagWords(tokens, "en", sure)).toEqual(["O", "O", "O", "O", "O", "O", "O", "NAME"]);
  });

  it("labels every other mention of a word it is sure of, in any case and with its possessive, and one mention once", () => {
    // (only the word after "called" is sure; the others are found as mentions of it)
    const model = { margin: 1, weights: { p1called: [0, 10, 0] } };
    const original = "a man called Kowalczyk came; KOWALCZYK's van and kowalczyk again";
    const out = addTagged(original, original, "en", EN, model);
    expect(out.text).toBe("a man called [name] came; [name]'s van and [name] again");
    expect(out.found).toEqual({ name: 3 });
    // what the rules left of a run they took part of goes too, and a run is one label
    const both = { margin: 1, weights: { wkowalczyk: [0, 10, 0], wnowak: [0, 10, 0] } };
    const run = "we saw Kowalczyk Nowak today";
    expect(addTagged(run, "we saw [name] Nowak today", "en", EN, both).text).toBe("we saw [name] [name] today");
    expect(addTagged(run, run, "en", EN, both)).toEqual({ text: "we saw [name] today", found: { name: 1 } });
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
