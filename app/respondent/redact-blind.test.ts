/**
 * Issue 19's blind measure: the seventh redaction corpus (tests/fixtures/redaction-corpus-seventh.ts, 540 sentences by
 * two writers who saw neither the rules nor any corpus nor each other's work), kept in a file of its own so that the
 * development tests (redact.test.ts) and the report script (redaction-report.ts) never import it. Measured once, as
 * aggregates only, after the round of rules of 6 December (late night) was finished: 86.9 % recall (313/360), 85.8 %
 * fully redacted (273/318), 4.1 % clean altered (9/222) with the rules before that round; 93.6 % (337/360), 93.1 %
 * (296/318), 3.2 % (7/222) after it. Issue 19's targets (98 %, 97 %, 2 %) are not met. The bounds below are that
 * measurement, as a floor: the rules may only get better on it. Nobody working on the rules reads its entries or misses.
 */
import { describe, expect, it } from "vitest";
import { SEVENTH_CORPUS } from "../../tests/fixtures/redaction-corpus-seventh";
import { describe as describeScore, rates, score } from "../../tests/fixtures/redaction-score";
import { redact } from "./redact";

const run = (text: string, lang: "en" | "cy") => redact(text, lang).text;

describe("seventh redaction corpus (blind)", () => {
  it("is whole: half plain English, a quarter Welsh, a quarter informal English, every detail in its sentence", () => {
    expect(SEVENTH_CORPUS.length).toBeGreaterThanOrEqual(400);
    const share = (f: (e: (typeof SEVENTH_CORPUS)[number]) => boolean) => SEVENTH_CORPUS.filter(f).length / SEVENTH_CORPUS.length;
    expect(share((e) => e.lang === "en" && e.style === "plain")).toBeGreaterThanOrEqual(0.45);
    expect(share((e) => e.lang === "cy")).toBeGreaterThanOrEqual(0.2);
    expect(share((e) => e.lang === "en" && e.style === "informal")).toBeGreaterThanOrEqual(0.2);
    for (const entry of SEVENTH_CORPUS) for (const detail of entry.pii) expect(entry.text).toContain(detail);
  });

  it("removes and changes no worse than when measured (aggregates only)", () => {
    const all = score(SEVENTH_CORPUS, run);
    console.log(describeScore("seventh (blind)", all, false));
    const r = rates(all);
    expect(r.recall).toBeGreaterThanOrEqual(337 / 360);
    expect(r.fullyRedacted).toBeGreaterThanOrEqual(296 / 318);
    expect(r.cleanAltered).toBeLessThanOrEqual(7 / 222);
  });
});
