import { describe, expect, it } from "vitest";
import { REDACTION_CORPUS } from "../../tests/fixtures/redaction-corpus";
import { INDEPENDENT_CORPUS } from "../../tests/fixtures/redaction-corpus-independent";
import { combine, describe as describeScore, rates, score } from "../../tests/fixtures/redaction-score";
import { redact } from "./redact";

const MIN_RECALL = 0.95;
const MAX_FALSE_POSITIVES = 0.05;

const run = (text: string, lang: "en" | "cy") => redact(text, lang).text;

describe("redaction corpora", () => {
  const original = score(REDACTION_CORPUS, run);
  const independent = score(INDEPENDENT_CORPUS, run);

  it("hold enough sentences, with and without personal details, in both languages", () => {
    for (const corpus of [REDACTION_CORPUS, INDEPENDENT_CORPUS]) {
      expect(corpus.filter((e) => e.pii.length === 0).length).toBeGreaterThanOrEqual(80);
      for (const entry of corpus) for (const detail of entry.pii) expect(entry.text).toContain(detail);
    }
    expect(REDACTION_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(INDEPENDENT_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(INDEPENDENT_CORPUS.filter((e) => e.lang === "cy").length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ["development", original],
    ["independent", independent],
    ["both development corpora", combine(original, independent)],
  ])(
    `%s: removes ≥ ${MIN_RECALL * 100}% of details and changes ≤ ${MAX_FALSE_POSITIVES * 100}% of clean sentences`,
    (name, s) => {
      console.log(describeScore(name, s));
      const r = rates(s);
      expect(r.recall).toBeGreaterThanOrEqual(MIN_RECALL);
      expect(r.cleanAltered).toBeLessThanOrEqual(MAX_FALSE_POSITIVES);
    },
  );
});

describe("redact", () => {
  it("replaces details with labelled placeholders in the respondent's language", () => {
    expect(redact("Call 07700 900123 or email a@b.org", "en").text).toBe("Call [phone number] or email [email address]");
    expect(redact("Ffoniwch 07700 900123", "cy").text).toBe("Ffoniwch [rhif ffôn]");
  });

  it("counts what it found by kind", () => {
    expect(redact("PC Jones rang 07700 900123 about CF10 1AA").found).toEqual({ name: 1, phone: 1, postcode: 1 });
    expect(redact("Nothing personal here.").found).toEqual({});
  });

  it("keeps the relationship or rank and removes the name", () => {
    expect(redact("my neighbour John Smith shouted").text).toBe("my neighbour [name] shouted");
    expect(redact("my neighbour gary shouted").text).toBe("my neighbour [name] shouted");
    expect(redact("PC Williams helped").text).toBe("PC [name] helped");
    expect(redact("pc hughes and Sgt.Thomas, then PC 4471 Davies").text).toBe("pc [name] and Sgt.[name], then PC [name]");
    expect(redact("Mae fy nghymydog Gareth yn gas", "cy").text).toBe("Mae fy nghymydog [enw] yn gas");
  });

  it("leaves a relation or title without a name alone", () => {
    for (const text of [
      "my neighbour was kind",
      "my son called the police",
      "A man called me a liar",
      "The PC on the phone was rude",
    ])
      expect(redact(text).text).toBe(text);
  });

  it("leaves emergency numbers, times, money and ordinary numbers alone", () => {
    for (const text of [
      "I called 999 twice",
      "I rang 101",
      "NHS 111 helped",
      "Samaritans on 116 123 were there",
      "after 10pm",
      "at 10:30",
      "it took 18 months",
      "I was 16",
      "I lost £1,200",
      "section 47",
      "in 2023",
      "24/7",
      "on the 3rd of May",
    ])
      expect(redact(text).text).toBe(text);
  });

  it("redacts long digit runs of any length, but not money", () => {
    expect(redact("card 1234567890123456 was used").text).toBe("card [reference number] was used");
    expect(redact("they took £125000 from me").text).toBe("they took £125000 from me");
  });

  it("redacts helpline numbers like any other phone number", () => {
    expect(redact("ring 0808 157 0123").text).toBe("ring [phone number]");
  });

  it("stays fast on long hostile input", () => {
    const hostile = [
      "a".repeat(20_000),
      "1 ".repeat(10_000),
      "0".repeat(20_000),
      "07700 ".repeat(3_500),
      "a.".repeat(10_000) + "@",
      "Mr ".repeat(7_000),
      "my neighbour ".repeat(1_600),
      "AB12 ".repeat(4_000),
      "www.".repeat(5_000),
      "1/".repeat(10_000),
      // Long runs of spaces after a word that starts a rule (once quadratic in the reference rule).
      `ref${" ".repeat(20_000)}x`,
      `born${" ".repeat(20_000)}1`,
      `PC${" ".repeat(20_000)}1`,
      `my neighbour${" ".repeat(20_000)}1`,
      `1${" ".repeat(20_000)}of`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      redact(text);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
