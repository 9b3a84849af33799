import { describe, expect, it } from "vitest";
import { agreementByTheme, disagreementsOf, type SampleCoding } from "./agreement";

const c = (responseId: number, themeId: number, start = 0, end = 10): SampleCoding => ({ responseId, themeId, start, end });

describe("agreement on a sample", () => {
  const items = [1, 2, 3, 4];
  const first = [c(1, 10), c(2, 10), c(3, 20), c(3, 20, 12, 20)];
  const second = [c(1, 10, 0, 5), c(3, 10), c(3, 20)];

  it("judges each answer as theme applied or not, whatever the passages", () => {
    const [kept, waiting] = agreementByTheme(items, first, second, [10, 20]);
    expect(kept.themeId).toBe(10);
    expect(kept.agreement).toMatchObject({ n: 4, both: 1, firstOnly: 1, secondOnly: 1, neither: 1 });
    expect(kept.agreement.kappa).toBeCloseTo(0, 10);
    expect(waiting.agreement).toMatchObject({ both: 1, neither: 3, kappa: 1 });
  });

  it("lists the answers where the coders differ, with both codings", () => {
    expect(disagreementsOf(items, first, second, [10, 20])).toEqual([
      { responseId: 2, themeId: 10, first: [{ start: 0, end: 10 }], second: [] },
      { responseId: 3, themeId: 10, first: [], second: [{ start: 0, end: 10 }] },
    ]);
  });

  it("has nothing to compare when neither coder used a theme", () => {
    expect(agreementByTheme(items, [], [])).toEqual([]);
  });
});
