import { describe, expect, it } from "vitest";
import { newResumeCode, normaliseResumeCode, RESUME_WORDS } from "./resume-code";

describe("resume codes", () => {
  it("has 256 distinct short words", () => {
    expect(new Set(RESUME_WORDS).size).toBe(256);
    expect(RESUME_WORDS.every((w) => /^[a-z]{2,8}$/.test(w))).toBe(true);
  });

  it("makes readable codes that read back as themselves, and rarely the same twice", () => {
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const code = newResumeCode();
      expect(code).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d{4}$/);
      expect(normaliseResumeCode(code)).toBe(code);
      codes.add(code);
    }
    expect(codes.size).toBeGreaterThan(1990);
  });

  it("forgives case and separators, and refuses what cannot be a code", () => {
    expect(normaliseResumeCode("  Maple River  OTTER 0042 ")).toBe("maple-river-otter-0042");
    expect(normaliseResumeCode("maple.river.otter.0042")).toBe("maple-river-otter-0042");
    for (const bad of ["", "maple-river-0042", "maple-river-otter-42", "maple-river-zzzz-0042", "a".repeat(10_000)])
      expect(normaliseResumeCode(bad)).toBeNull();
  });
});
