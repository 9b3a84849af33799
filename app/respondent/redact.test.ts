import { describe, expect, it } from "vitest";
import { REDACTION_CORPUS } from "../../tests/fixtures/redaction-corpus";
import { redact } from "./redact";

describe("redaction corpus", () => {
  it("holds at least 200 sentences, with and without personal details", () => {
    expect(REDACTION_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(REDACTION_CORPUS.filter((e) => e.pii.length === 0).length).toBeGreaterThanOrEqual(80);
  });

  it("removes at least 95% of personal details and changes at most 5% of sentences without any", () => {
    let details = 0;
    let removed = 0;
    let clean = 0;
    let changed = 0;
    const misses: string[] = [];
    const falsePositives: string[] = [];
    for (const entry of REDACTION_CORPUS) {
      const out = redact(entry.text, entry.lang).text;
      if (entry.pii.length === 0) {
        clean += 1;
        if (out !== entry.text) {
          changed += 1;
          falsePositives.push(`${entry.text} → ${out}`);
        }
      }
      for (const detail of entry.pii) {
        details += 1;
        if (out.includes(detail)) misses.push(`${detail} in: ${out}`);
        else removed += 1;
      }
    }
    const recall = removed / details;
    const falsePositiveRate = changed / clean;
    console.log(
      `redaction: recall ${(recall * 100).toFixed(1)}% (${removed}/${details}), false positives ${(falsePositiveRate * 100).toFixed(1)}% (${changed}/${clean})`,
    );
    if (misses.length) console.log(`missed:\n  ${misses.join("\n  ")}`);
    if (falsePositives.length) console.log(`changed without need:\n  ${falsePositives.join("\n  ")}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});

describe("redact", () => {
  it("replaces details with labelled placeholders in the respondent's language", () => {
    expect(redact("Call 07700 900123 or email a@b.org", "en").text).toBe("Call [phone number] or email [email address]");
    expect(redact("Ffoniwch 07700 900123", "cy").text).toBe("Ffoniwch [rhif ffôn]");
  });

  it("keeps the relationship and removes the name", () => {
    expect(redact("my neighbour John Smith shouted").text).toBe("my neighbour [name] shouted");
    expect(redact("PC Williams helped").text).toBe("[name] helped");
  });

  it("leaves emergency numbers, times and ordinary numbers alone", () => {
    for (const text of ["I called 999 twice", "I rang 101", "after 10pm", "it took 18 months", "I was 16"])
      expect(redact(text).text).toBe(text);
  });
});
