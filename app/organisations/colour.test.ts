import { describe, expect, it } from "vitest";
import { contrastWithWhite, MINIMUM_CONTRAST } from "./colour";

describe("contrastWithWhite", () => {
  it("matches the WCAG figures for known colours", () => {
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastWithWhite("#1d70b8")).toBeCloseTo(5.17, 1);
    expect(contrastWithWhite("#767676")).toBeCloseTo(4.54, 1);
  });

  it("accepts the default brand colour and refuses pale ones", () => {
    expect(contrastWithWhite("#1d4f91")).toBeGreaterThanOrEqual(MINIMUM_CONTRAST);
    expect(contrastWithWhite("#FFDD00")).toBeLessThan(MINIMUM_CONTRAST);
    expect(contrastWithWhite("#00a33b")).toBeLessThan(MINIMUM_CONTRAST);
  });
});
