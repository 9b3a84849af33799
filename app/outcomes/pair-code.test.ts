import { describe, expect, it } from "vitest";
import { normalisePairCode, PAIR_ALPHABET, pairCodeFromBytes } from "./pair-code";
import { pairCodeFor, pairHash } from "./pair-code.server";

describe("pair codes", () => {
  it("are two groups of four characters that cannot be mistaken for each other", () => {
    expect(pairCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]))).toBe("ACDE-FGHJ");
    for (const confusable of "0O1IL2Z5S8B") expect(PAIR_ALPHABET).not.toContain(confusable);
  });

  it("forgive case, spaces and dashes, and refuse what cannot be a code", () => {
    expect(normalisePairCode(" kq7p 4mxt ")).toBe("KQ7P-4MXT");
    expect(normalisePairCode("KQ7P–4MXT")).toBe("KQ7P-4MXT");
    expect(normalisePairCode("KQ7P4MXT")).toBe("KQ7P-4MXT");
    for (const bad of ["", "KQ7P-4MX", "KQ7P-4MXTA", "KQ0P-4MXT", "maple-river-otter-4821", null, 42, "x".repeat(100)])
      expect(normalisePairCode(bad)).toBeNull();
  });

  it("are the same for the same submission, different for others, and read back through normalising", () => {
    const code = pairCodeFor("abcdefghijklmnop");
    expect(pairCodeFor("abcdefghijklmnop")).toBe(code);
    expect(pairCodeFor("abcdefghijklmnoq")).not.toBe(code);
    expect(normalisePairCode(code.toLowerCase())).toBe(code);
  });

  it("are stored only as a keyed hash bound to the survey, which never contains the code", () => {
    const code = pairCodeFor("abcdefghijklmnop");
    expect(pairHash(7, code)).toBe(pairHash(7, code));
    expect(pairHash(8, code)).not.toBe(pairHash(7, code));
    expect(pairHash(7, code)).not.toContain(code.replace("-", ""));
    expect(pairHash(7, code)).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
