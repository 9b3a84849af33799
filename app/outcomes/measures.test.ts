import { describe, expect, it } from "vitest";
import {
  favourablePositions,
  isFavourable,
  movement,
  movementCounts,
  pointCounts,
  scalePosition,
  type MeasureScale,
} from "./measures";
import { pairResponses } from "./pairs";

const fivePoint: MeasureScale = { points: ["1", "2", "3", "4", "5"], improvedWhen: "higher" };
const worry: MeasureScale = { points: ["never", "sometimes", "often", "always"], improvedWhen: "lower" };

describe("single-point figures", () => {
  it("places answers on the scale and leaves the opt-outs off it", () => {
    expect(scalePosition(fivePoint, "4")).toBe(3);
    expect(scalePosition(fivePoint, 4)).toBe(3);
    expect(scalePosition(fivePoint, "prefer_not_to_say")).toBeNull();
    expect(scalePosition(fivePoint, null)).toBeNull();
    expect(scalePosition(fivePoint, ["4"])).toBeNull();
  });

  it("counts each point, in the scale's order", () => {
    expect(pointCounts(fivePoint, ["5", "4", "4", "dont_know", undefined, "1"])).toEqual([1, 0, 0, 2, 1]);
  });

  it("counts as favourable only the points past the middle, in the improved direction", () => {
    expect(favourablePositions(fivePoint)).toEqual([3, 4]);
    expect(isFavourable(fivePoint, 2)).toBe(false);
    expect(favourablePositions(worry)).toEqual([0, 1]);
    expect(favourablePositions({ points: ["a", "b", "c"], improvedWhen: "lower" })).toEqual([0]);
  });
});

describe("distance travelled", () => {
  it("compares the end answer with the start answer in the measure's direction", () => {
    expect(movement(fivePoint, "2", "4")).toBe("improved");
    expect(movement(fivePoint, "4", "2")).toBe("worse");
    expect(movement(fivePoint, "3", "3")).toBe("stayed");
    expect(movement(worry, "always", "sometimes")).toBe("improved");
    expect(movement(worry, "never", "often")).toBe("worse");
    expect(movement(worry, "never", "prefer_not_to_say")).toBeNull();
    expect(movement(worry, undefined, "never")).toBeNull();
  });

  it("counts improved, stayed and worse, leaving out pairs off the scale", () => {
    const pairs = [
      { start: "1", end: "5" },
      { start: "5", end: "5" },
      { start: "5", end: "4" },
      { start: "dont_know", end: "4" },
      { start: "2", end: "3" },
    ];
    expect(movementCounts(fivePoint, pairs)).toEqual([2, 1, 1]);
  });
});

describe("pairing start and end answers by the code's hash", () => {
  const r = (id: number, day: string, pairHash: string | null) => ({ id, day, pairHash });

  it("pairs each end with the latest earlier start of the same code, once", () => {
    const starts = [r(1, "2026-04-02", "a"), r(2, "2026-05-01", "a"), r(3, "2026-04-10", "b"), r(4, "2026-04-11", null)];
    const ends = [
      r(10, "2026-06-01", "a"),
      r(11, "2026-06-02", "a"),
      r(12, "2026-06-03", "a"),
      r(13, "2026-04-01", "b"),
      r(14, "2026-06-01", null),
    ];
    const pairs = pairResponses(starts, ends).map((p) => [p.start.id, p.end.id]);
    // 10 takes the later start (2), 11 the earlier (1), 12 finds none left; 13 is before b's start; 14 has no code.
    expect(pairs).toEqual([
      [2, 10],
      [1, 11],
    ]);
  });

  it("allows a start and an end on the same day, and never pairs across codes", () => {
    expect(pairResponses([r(1, "2026-04-02", "a")], [r(2, "2026-04-02", "a")])).toHaveLength(1);
    expect(pairResponses([r(1, "2026-04-02", "a")], [r(2, "2026-04-03", "b")])).toHaveLength(0);
  });
});
