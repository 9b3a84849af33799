/**
 * The grid's disclosure property, proved against a reader who tries every possibility: for random small grids,
 * every way of filling in what is not shown that agrees with what is shown (exact counts, "fewer than N" from 1
 * to N−1, hidden counts anything from 0 up) is enumerated, and no count whose true value is from 1 to below the
 * threshold may be left with only one possible value. Shown counts must be true and never small.
 */
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import type { Shown } from "../insights/disclosure";
import { suppressGrid, type GridShown } from "./grid-disclosure";

const count = (value: number): Shown => ({ kind: "count", value });
const fewer = (threshold = 5): Shown => ({ kind: "fewerThan", threshold });
const hidden: Shown = { kind: "hidden" };

const range = (s: Shown, t: number, cap: number): [number, number] =>
  s.kind === "count" ? [s.value, s.value] : s.kind === "fewerThan" ? [1, t - 1] : [0, cap];

/** Every value each count (cells, then row totals, column totals, total) can take, given what is shown. */
function possibilities(shown: GridShown, R: number, C: number, t: number, cap: number) {
  const cellRange = shown.cells.map((row) => row.map((s) => range(s, t, cap)));
  const rowRange = shown.rowTotals.map((s) => range(s, t, cap * C));
  const colRange = shown.columnTotals.map((s) => range(s, t, cap * R));
  const totalRange = range(shown.total, t, cap * R * C);
  const seen = {
    cells: cellRange.map((row) => row.map(() => new Set<number>())),
    rows: rowRange.map(() => new Set<number>()),
    columns: colRange.map(() => new Set<number>()),
    total: new Set<number>(),
  };
  const grid = Array.from({ length: R }, () => Array<number>(C).fill(0));
  const colSums = Array<number>(C).fill(0);
  let fillings = 0;
  const walk = (r: number, c: number, rowSum: number, sum: number) => {
    if (sum > totalRange[1]) return;
    if (c === C) {
      if (rowSum < rowRange[r][0] || rowSum > rowRange[r][1]) return;
      if (r + 1 < R) return walk(r + 1, 0, 0, sum);
      if (sum < totalRange[0]) return;
      if (colSums.some((v, k) => v < colRange[k][0] || v > colRange[k][1])) return;
      fillings += 1;
      grid.forEach((row, i) => row.forEach((v, k) => seen.cells[i][k].add(v)));
      grid.forEach((row, i) => seen.rows[i].add(row.reduce((a, b) => a + b, 0)));
      colSums.forEach((v, k) => seen.columns[k].add(v));
      seen.total.add(sum);
      return;
    }
    const [lo, hi] = cellRange[r][c];
    for (let v = lo; v <= hi; v += 1) {
      if (rowSum + v > rowRange[r][1] || colSums[c] + v > colRange[c][1]) break;
      grid[r][c] = v;
      colSums[c] += v;
      walk(r, c + 1, rowSum + v, sum + v);
      colSums[c] -= v;
    }
  };
  if (R > 0) walk(0, 0, 0, 0);
  return { seen, fillings };
}

describe("suppressGrid", () => {
  it("shows a grid with nothing small as it is", () => {
    expect(
      suppressGrid(
        [
          [10, 6],
          [7, 9],
        ],
        5,
      ),
    ).toEqual({
      cells: [
        [count(10), count(6)],
        [count(7), count(9)],
      ],
      rowTotals: [count(16), count(16)],
      columnTotals: [count(17), count(15)],
      total: count(32),
    });
  });

  it("hides a small cell, and enough beside it along its row and its column", () => {
    const result = suppressGrid(
      [
        [2, 30, 9],
        [12, 11, 20],
        [14, 8, 25],
      ],
      5,
    );
    expect(result.cells[0][0]).toEqual(fewer());
    // Its row and its column each need one more hidden count, or the total gives it away.
    expect(result.cells[0].filter((s) => s.kind !== "count").length).toBeGreaterThanOrEqual(2);
    expect(result.cells.map((row) => row[0]).filter((s) => s.kind !== "count").length).toBeGreaterThanOrEqual(2);
    expect(result.total).toEqual(count(131));
  });

  it("hides the answers of a service whose total is small, showing only 'fewer than N'", () => {
    const result = suppressGrid(
      [
        [3, 0, 1],
        [10, 12, 9],
        [8, 20, 7],
      ],
      5,
    );
    expect(result.cells[0]).toEqual([hidden, hidden, hidden]);
    expect(result.rowTotals[0]).toEqual(fewer());
    // The others' rows cannot all stay shown under shown column totals: that would give the small row away.
    expect(
      result.cells
        .slice(1)
        .flat()
        .some((s) => s.kind !== "count") || result.columnTotals.every((s) => s.kind !== "count"),
    ).toBe(true);
  });

  it("hides a whole row when asked (a service whose responses are not shown)", () => {
    const result = suppressGrid(
      [
        [30, 10],
        [10, 12],
        [8, 20],
      ],
      5,
      new Set([0]),
    );
    expect(result.cells[0]).toEqual([hidden, hidden]);
    expect(result.rowTotals[0]).toEqual(hidden);
  });

  it("never lets a reader who tries every possibility pin down a small count, for random grids", () => {
    const random = seededRandom(20261207);
    let grids = 0;
    let protectedCounts = 0;
    for (let i = 0; i < 400; i += 1) {
      const t = 3 + Math.floor(random() * 2);
      const R = 1 + Math.floor(random() * 3);
      const C = 1 + Math.floor(random() * (R === 3 ? 2 : 3));
      // Mostly small numbers, where the risk lives.
      const cells = Array.from({ length: R }, () =>
        Array.from({ length: C }, () => (random() < 0.6 ? Math.floor(random() * 5) : Math.floor(random() * 9))),
      );
      const hiddenRows = new Set(random() < 0.2 ? [0] : []);
      const result = suppressGrid(cells, t, hiddenRows);
      const context = JSON.stringify({ cells, t, hiddenRows: [...hiddenRows], result });
      const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = cells[0].map((_, c) => cells.reduce((s, row) => s + row[c], 0));
      const total = rowTotals.reduce((a, b) => a + b, 0);
      const truth: [Shown, number][] = [
        ...result.cells.flatMap((row, r) => row.map((s, c): [Shown, number] => [s, cells[r][c]])),
        ...result.rowTotals.map((s, r): [Shown, number] => [s, rowTotals[r]]),
        ...result.columnTotals.map((s, c): [Shown, number] => [s, columnTotals[c]]),
        [result.total, total],
      ];
      for (const [s, v] of truth) {
        if (s.kind === "count") expect(s.value, context).toBe(v);
        if (s.kind === "count") expect(v === 0 || v >= t, context).toBe(true);
        if (s.kind === "fewerThan") expect(v >= 1 && v < t, context).toBe(true);
      }
      const cap = 12;
      const { seen, fillings } = possibilities(result, R, C, t, cap);
      expect(fillings, context).toBeGreaterThan(0);
      const sets = [...seen.cells.flat(), ...seen.rows, ...seen.columns, seen.total];
      truth.forEach(([s, v], k) => {
        if (s.kind === "count") return;
        expect(sets[k].has(v), `the true value is possible: ${context}`).toBe(true);
        if (v >= 1 && v < t) {
          protectedCounts += 1;
          expect(sets[k].size, `a small count was pinned down: ${context}`).toBeGreaterThan(1);
        }
      });
      grids += 1;
    }
    console.log(`suppressGrid: ${grids} random grids, ${protectedCounts} small counts each left with several possible values`);
    expect(protectedCounts).toBeGreaterThan(100);
  });
});
