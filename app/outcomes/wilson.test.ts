import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { distinguish, overlaps, wilsonInterval } from "./wilson";

describe("wilsonInterval", () => {
  it("matches published values", () => {
    // 8 of 10: 0.4902 to 0.9433 (Wilson 1927; Newcombe 1998 table I gives 0.490–0.943).
    const a = wilsonInterval(8, 10)!;
    expect(a.lower).toBeCloseTo(0.4902, 4);
    expect(a.upper).toBeCloseTo(0.9433, 4);
    // 81 of 263 (Newcombe 1998 example): 0.2553 to 0.3662.
    const b = wilsonInterval(81, 263)!;
    expect(b.lower).toBeCloseTo(0.2553, 3);
    expect(b.upper).toBeCloseTo(0.3662, 3);
  });

  it("stays within 0 and 1, holds the share, and is exact at the ends", () => {
    expect(wilsonInterval(0, 5)!.lower).toBe(0);
    expect(wilsonInterval(5, 5)!.upper).toBe(1);
    const random = seededRandom(20261206);
    for (let i = 0; i < 2000; i += 1) {
      const n = 1 + Math.floor(random() * 500);
      const x = Math.floor(random() * (n + 1));
      const { lower, upper } = wilsonInterval(x, n)!;
      expect(lower).toBeGreaterThanOrEqual(0);
      expect(upper).toBeLessThanOrEqual(1);
      expect(lower <= x / n + 1e-12 && x / n <= upper + 1e-12, `${x}/${n}`).toBe(true);
    }
  });

  it("narrows as the number answering grows", () => {
    const width = (x: number, n: number) => wilsonInterval(x, n)!.upper - wilsonInterval(x, n)!.lower;
    expect(width(3, 4)).toBeGreaterThan(width(30, 40));
    expect(width(30, 40)).toBeGreaterThan(width(300, 400));
  });

  it("has nothing to say about nothing, or about impossible counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 2)).toBeNull();
  });
});

describe("telling two shares apart", () => {
  it("calls one higher or lower only when the intervals do not overlap", () => {
    const small = wilsonInterval(3, 4)!; // 75 % of 4
    const large = wilsonInterval(150, 400)!; // 37.5 % of 400
    expect(overlaps(small, large)).toBe(true);
    expect(distinguish(small, large)).toBeNull();
    const big = wilsonInterval(300, 400)!;
    expect(distinguish(big, large)).toBe("higher");
    expect(distinguish(large, big)).toBe("lower");
    expect(distinguish(null, big)).toBeNull();
  });
});
