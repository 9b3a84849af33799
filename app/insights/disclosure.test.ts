import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import {
  effectiveThreshold,
  shareOf,
  suppressCount,
  suppressPart,
  suppressParts,
  suppressTable,
  suppressTableShowingTotal,
  type Shown,
} from "./disclosure";

const count = (value: number): Shown => ({ kind: "count", value });
const fewer = (threshold = 5): Shown => ({ kind: "fewerThan", threshold });
const hidden: Shown = { kind: "hidden" };

describe("effectiveThreshold", () => {
  it("never goes below 3, and uses whole numbers", () => {
    expect(effectiveThreshold(5)).toBe(5);
    expect(effectiveThreshold(2)).toBe(3);
    expect(effectiveThreshold(0)).toBe(3);
    expect(effectiveThreshold(-10)).toBe(3);
    expect(effectiveThreshold(10.7)).toBe(10);
    expect(effectiveThreshold(Number.NaN)).toBe(5);
  });
});

describe("suppressCount", () => {
  it("shows 0 and counts at or above the threshold, and 'fewer than' in between", () => {
    expect(suppressCount(0, 5)).toEqual(count(0));
    expect(suppressCount(1, 5)).toEqual(fewer());
    expect(suppressCount(4, 5)).toEqual(fewer());
    expect(suppressCount(5, 5)).toEqual(count(5));
    expect(suppressCount(120, 5)).toEqual(count(120));
  });

  it("applies the floor of 3 even when an organisation asks for less", () => {
    expect(suppressCount(2, 1)).toEqual(fewer(3));
    expect(suppressCount(3, 1)).toEqual(count(3));
  });
});

describe("suppressTable", () => {
  it("shows everything when nothing is small", () => {
    expect(suppressTable([10, 0, 7], 5)).toEqual({ cells: [count(10), count(0), count(7)], total: count(17) });
  });

  it("shows an empty table as zeros", () => {
    expect(suppressTable([0, 0], 5)).toEqual({ cells: [count(0), count(0)], total: count(0) });
    expect(suppressTable([], 5)).toEqual({ cells: [], total: count(0) });
  });

  it("hides every cell when the total itself is small", () => {
    expect(suppressTable([3, 0, 1], 5)).toEqual({ cells: [hidden, hidden, hidden], total: fewer() });
  });

  it("hides the next smallest cell when only one is small", () => {
    expect(suppressTable([2, 30, 9, 12], 5)).toEqual({ cells: [fewer(), count(30), hidden, count(12)], total: count(53) });
  });

  it("never chooses an empty cell for secondary suppression", () => {
    expect(suppressTable([2, 0, 9, 12], 5)).toEqual({ cells: [fewer(), count(0), hidden, count(12)], total: count(23) });
  });

  it("hides more when two hidden cells would still give one away", () => {
    // 1 + 5 = 6 with the 5 known to be at least 5 would give the 1 away.
    expect(suppressTable([1, 5, 20], 5)).toEqual({ cells: [fewer(), hidden, hidden], total: count(26) });
  });

  it("hides more when the hidden cells together are still a small number", () => {
    expect(suppressTable([1, 1, 40, 50], 5)).toEqual({ cells: [fewer(), fewer(), hidden, count(50)], total: count(92) });
  });

  it("leaves two small cells alone when their sum gives neither away", () => {
    expect(suppressTable([2, 3, 40], 5)).toEqual({ cells: [fewer(), fewer(), count(40)], total: count(45) });
  });

  it("hides the total when hiding cells cannot protect a small one", () => {
    expect(suppressTable([1, 5], 5)).toEqual({ cells: [fewer(), count(5)], total: hidden });
  });
});

describe("suppressPart", () => {
  it("shows a part of a shown total only when neither it nor the rest is small", () => {
    expect(suppressPart(20, 40, count(40), 5)).toEqual(count(20));
    expect(suppressPart(0, 40, count(40), 5)).toEqual(count(0));
    expect(suppressPart(2, 40, count(40), 5)).toEqual(fewer());
    // 38 of 40 would show that 2 did not.
    expect(suppressPart(38, 40, count(40), 5)).toEqual(hidden);
    expect(suppressPart(5, 6, count(6), 5)).toEqual(hidden);
  });

  it("falls back to the plain rule when the total is not shown", () => {
    expect(suppressPart(38, 40, hidden, 5)).toEqual(count(38));
    expect(suppressPart(2, 3, fewer(), 5)).toEqual(fewer());
  });
});

/** A seeded generator, so a failure repeats exactly. */
const seeded = seededRandom;

/**
 * Every way the hidden cells could be filled in that agrees with what is
 * shown, for a reader who knows the rules: shown cells are exact; "fewer than
 * N" cells are from 1 to N-1; "hidden" cells are at least N and no larger than
 * the smallest non-zero shown cell (or anything up to N-1 when the whole table
 * is hidden behind a small total); and the total is exact when shown, from 1 to
 * N-1 when "fewer than", at least N when hidden. Returns, per hidden cell, the
 * values it can take.
 */
function possibleValues(shown: Shown[], total: Shown, threshold: number, cap: number): Map<number, Set<number>> {
  const open = shown.flatMap((s, i) => (s.kind === "count" ? [] : [i]));
  const known = shown.reduce((sum, s) => (s.kind === "count" ? sum + s.value : sum), 0);
  const shownNonZero = shown.flatMap((s) => (s.kind === "count" && s.value > 0 ? [s.value] : []));
  const secondaryMax = shownNonZero.length ? Math.min(...shownNonZero) : cap;
  const [totalMin, totalMax] =
    total.kind === "count" ? [total.value, total.value] : total.kind === "fewerThan" ? [1, threshold - 1] : [threshold, Infinity];
  const ranges = open.map((i) => {
    const s = shown[i];
    if (s.kind === "fewerThan") return [1, s.threshold - 1];
    return total.kind === "fewerThan" ? [0, threshold - 1] : [threshold, secondaryMax];
  });
  const values = new Map(open.map((i) => [i, new Set<number>()]));
  const chosen: number[] = [];
  const walk = (k: number, sum: number) => {
    if (known + sum > totalMax) return;
    if (k === open.length) {
      if (known + sum < totalMin) return;
      chosen.forEach((value, j) => values.get(open[j])!.add(value));
      return;
    }
    for (let v = ranges[k][0]; v <= ranges[k][1]; v += 1) {
      chosen.push(v);
      walk(k + 1, sum + v);
      chosen.pop();
    }
  };
  walk(0, 0);
  return values;
}

describe("suppressTable, for random tables", () => {
  const random = seeded(20270401);
  const tables = Array.from({ length: 600 }, () => {
    const threshold = 3 + Math.floor(random() * 5);
    const size = 1 + Math.floor(random() * 5);
    // Mostly small numbers, where disclosure risk lives, with the odd larger one.
    const cells = Array.from({ length: size }, () => (random() < 0.8 ? Math.floor(random() * 9) : Math.floor(random() * 40)));
    return { threshold, cells };
  });

  it("never shows a count from 1 to below the threshold, in a cell or the total", () => {
    for (const { cells, threshold } of tables) {
      const result = suppressTable(cells, threshold);
      for (const s of [...result.cells, result.total]) {
        if (s.kind === "count") expect(s.value < 1 || s.value >= threshold, JSON.stringify({ cells, threshold })).toBe(true);
      }
    }
  });

  it("tells the truth: shown counts are exact, and 'fewer than N' cells really are from 1 to N-1", () => {
    for (const { cells, threshold } of tables) {
      const result = suppressTable(cells, threshold);
      result.cells.forEach((s, i) => {
        if (s.kind === "count") expect(s.value).toBe(cells[i]);
        if (s.kind === "fewerThan") expect(cells[i] >= 1 && cells[i] < s.threshold).toBe(true);
      });
      if (result.total.kind === "count") expect(result.total.value).toBe(cells.reduce((a, b) => a + b, 0));
    }
  });

  it("with the total shown, never leaves exactly one hidden cell, an empty hidden cell, or a small hidden sum", () => {
    for (const { cells, threshold } of tables) {
      const result = suppressTable(cells, threshold);
      if (result.total.kind !== "count") continue;
      const hiddenIdx = result.cells.flatMap((s, i) => (s.kind === "count" ? [] : [i]));
      const context = JSON.stringify({ cells, threshold, result });
      if (hiddenIdx.length === 0) continue;
      expect(hiddenIdx.length, context).toBeGreaterThanOrEqual(2);
      for (const i of hiddenIdx) expect(cells[i], context).toBeGreaterThan(0);
      const derivedSum = result.total.value - result.cells.reduce((sum, s) => (s.kind === "count" ? sum + s.value : sum), 0);
      expect(derivedSum, context).toBeGreaterThanOrEqual(threshold);
      for (const i of hiddenIdx) expect(derivedSum, context).not.toBe(cells[i]);
    }
  });

  it("never lets anyone work out a hidden cell's exact value from what is shown", () => {
    for (const { cells, threshold } of tables) {
      const result = suppressTable(cells, threshold);
      const cap = cells.reduce((a, b) => a + b, 0) + threshold;
      for (const [i, possible] of possibleValues(result.cells, result.total, effectiveThreshold(threshold), cap)) {
        expect(possible.has(cells[i]), "the true value is among the possibilities").toBe(true);
        expect(possible.size, JSON.stringify({ cells, threshold, result, cell: i })).toBeGreaterThan(1);
      }
    }
  });
});

describe("suppressTableShowingTotal (a dashboard, where the total is shown elsewhere on the page)", () => {
  it("is suppressTable whenever suppressTable keeps the total", () => {
    expect(suppressTableShowingTotal([2, 30, 9, 12], 5)).toEqual(suppressTable([2, 30, 9, 12], 5));
    expect(suppressTableShowingTotal([3, 0, 1], 5)).toEqual({ cells: [hidden, hidden, hidden], total: fewer() });
  });

  it("hides every cell, not the total, when hiding cells cannot protect a small one", () => {
    expect(suppressTableShowingTotal([1, 5], 5)).toEqual({ cells: [hidden, hidden], total: count(6) });
    expect(suppressTableShowingTotal([1, 0, 5], 5)).toEqual({ cells: [hidden, hidden, hidden], total: count(6) });
  });

  it("never hides the total, and never shows a small count, for random tables", () => {
    const random = seeded(20270402);
    for (let i = 0; i < 600; i += 1) {
      const threshold = 3 + Math.floor(random() * 5);
      const cells = Array.from({ length: 1 + Math.floor(random() * 5) }, () => Math.floor(random() * 9));
      const total = cells.reduce((a, b) => a + b, 0);
      const result = suppressTableShowingTotal(cells, threshold);
      if (total === 0 || total >= threshold) expect(result.total).toEqual(count(total));
      for (const s of result.cells) if (s.kind === "count") expect(s.value < 1 || s.value >= threshold).toBe(true);
      const shownSum = result.cells.reduce((sum, s) => (s.kind === "count" ? sum + s.value : sum), 0);
      const hiddenCells = result.cells.filter((s) => s.kind !== "count").length;
      if (result.total.kind === "count" && hiddenCells > 0) {
        expect(hiddenCells).toBeGreaterThanOrEqual(2);
        expect(total - shownSum >= threshold || total - shownSum === 0).toBe(true);
      }
    }
  });
});

describe("suppressParts (overlapping parts of one whole, such as options ticked)", () => {
  it("shows each part unless it or its rest is small", () => {
    expect(suppressParts([20, 38, 2, 0, 40], 40, 5)).toEqual({
      parts: [count(20), hidden, fewer(), count(0), count(40)],
      whole: count(40),
    });
  });

  it("hides every part when the whole is small", () => {
    expect(suppressParts([2, 1], 3, 5)).toEqual({ parts: [hidden, hidden], whole: fewer() });
  });
});

describe("shareOf", () => {
  it("gives a share only of two shown counts", () => {
    expect(shareOf(count(5), count(20))).toBe(0.25);
    expect(shareOf(fewer(), count(20))).toBeNull();
    expect(shareOf(hidden, count(20))).toBeNull();
    expect(shareOf(count(5), fewer())).toBeNull();
    expect(shareOf(count(0), count(0))).toBeNull();
  });
});
