/**
 * Disclosure control for a two-way table shown with its totals: services (rows) × answer categories (columns),
 * each service's total (how many answered), each category's total across services, and the total of totals. It
 * extends the one-way rule of app/insights/disclosure.ts (ADR 0007) to a grid, where a hidden cell can be
 * worked out along its row or along its column, or through both in turn.
 *
 * - A count from 1 to below the threshold is "fewer than N" (primary suppression).
 * - Every count in a line (row or column) whose total is small is hidden, and the total shows "fewer than N",
 *   so a small group's answers are never spread out for all to see.
 * - A whole row can be hidden from the start (a service whose number of responses is not shown).
 * - Then a reader who knows these rules is simulated: each hidden count starts with the bounds the reader knows
 *   ("fewer than N" is 1 to N−1, a hidden count chosen to protect another is at least N, others anything), and
 *   every line's sum narrows them in turn until nothing changes. While any hidden count is pinned to one value,
 *   or the hidden counts of a line with a known total add up to a small number, one more count of that line is
 *   hidden (the smallest shown non-zero cell first, a total last). Pure.
 */
import { effectiveThreshold, type Shown } from "../insights/disclosure";

export type GridShown = { cells: Shown[][]; rowTotals: Shown[]; columnTotals: Shown[]; total: Shown };

type Role = "shown" | "primary" | "smallLine" | "secondary" | "hidden";
type Cell = [row: number, column: number];

/** Large enough for any count, small enough that sums of a few stay exact in floating point. */
const UNBOUNDED = 1e12;

export function suppressGrid(cells: number[][], threshold: number, hiddenRows: ReadonlySet<number> = new Set()): GridShown {
  const t = effectiveThreshold(threshold);
  const R = cells.length;
  const C = R > 0 ? cells[0].length : 0;
  // The grid with its totals: row R holds the column totals, column C the row totals, [R][C] the total.
  const value: number[][] = Array.from({ length: R + 1 }, () => Array<number>(C + 1).fill(0));
  for (let r = 0; r < R; r += 1)
    for (let c = 0; c < C; c += 1) {
      const v = cells[r][c];
      value[r][c] = v;
      value[r][C] += v;
      value[R][c] += v;
      value[R][C] += v;
    }

  // Each line: its members, then its total last.
  const lines: Cell[][] = [
    ...Array.from({ length: R + 1 }, (_, r) => Array.from({ length: C + 1 }, (_, c): Cell => [r, c])),
    ...Array.from({ length: C + 1 }, (_, c) => Array.from({ length: R + 1 }, (_, r): Cell => [r, c])),
  ];
  const small = (v: number) => v >= 1 && v < t;
  const role: Role[][] = value.map((row) => row.map((v) => (small(v) ? "primary" : "shown")));
  for (const line of lines) {
    const [tr, tc] = line[line.length - 1];
    if (!small(value[tr][tc])) continue;
    for (const [r, c] of line.slice(0, -1)) role[r][c] = "smallLine";
  }
  for (const r of hiddenRows)
    if (r < R) for (let c = 0; c <= C; c += 1) if (role[r][c] === "shown" || role[r][c] === "primary") role[r][c] = "hidden";

  for (let guard = 0; guard < (R + 1) * (C + 1) + 1; guard += 1) {
    const problem = findProblem(value, role, lines, t);
    if (!problem) break;
    const next = nextToHide(problem, value, role);
    if (!next) break;
    const [r, c] = next;
    role[r][c] = value[r][c] > 0 ? "secondary" : "hidden";
  }

  const render = (r: number, c: number): Shown => {
    const kind = role[r][c];
    if (kind === "shown") return { kind: "count", value: value[r][c] };
    if (kind === "primary") return { kind: "fewerThan", threshold: t };
    return { kind: "hidden" };
  };
  return {
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => render(r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => render(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => render(R, c)),
    total: render(R, C),
  };
}

/** What the rules let a reader know of each count before any sum is used. */
function startingBounds(value: number[][], role: Role[][], t: number): [number, number][][] {
  return value.map((row, r) =>
    row.map((v, c): [number, number] => {
      switch (role[r][c]) {
        case "shown":
          return [v, v];
        case "primary":
          return [1, t - 1];
        case "smallLine":
          return [0, t - 1];
        case "secondary":
          return [t, UNBOUNDED];
        default:
          return [0, UNBOUNDED];
      }
    }),
  );
}

/** Narrows every count's bounds by every line's sum until nothing changes (interval propagation). */
export function narrowBounds(bounds: [number, number][][], lines: Cell[][]): void {
  for (let changed = true, rounds = 0; changed && rounds < 200; rounds += 1) {
    changed = false;
    for (const line of lines) {
      const members = line.slice(0, -1);
      const [tr, tc] = line[line.length - 1];
      const sumLo = members.reduce((s, [r, c]) => s + bounds[r][c][0], 0);
      const sumHi = members.reduce((s, [r, c]) => s + Math.min(bounds[r][c][1], UNBOUNDED), 0);
      const tighten = (r: number, c: number, lo: number, hi: number) => {
        const [oldLo, oldHi] = bounds[r][c];
        const next: [number, number] = [Math.max(oldLo, lo), Math.min(oldHi, hi)];
        if (next[0] !== oldLo || next[1] !== oldHi) {
          bounds[r][c] = next;
          changed = true;
        }
      };
      tighten(tr, tc, sumLo, sumHi);
      for (const [r, c] of members) {
        const [lo, hi] = bounds[r][c];
        tighten(r, c, bounds[tr][tc][0] - (sumHi - hi), bounds[tr][tc][1] - (sumLo - lo));
      }
    }
  }
}

type Problem = { line: Cell[] } | { cell: Cell };

function findProblem(value: number[][], role: Role[][], lines: Cell[][], t: number): Problem | null {
  const bounds = startingBounds(value, role, t);
  narrowBounds(bounds, lines);
  for (let r = 0; r < value.length; r += 1)
    for (let c = 0; c < value[r].length; c += 1)
      if (role[r][c] !== "shown" && bounds[r][c][0] >= bounds[r][c][1]) return { cell: [r, c] };
  for (const line of lines) {
    const [tr, tc] = line[line.length - 1];
    if (bounds[tr][tc][0] !== bounds[tr][tc][1]) continue;
    const hiddenMembers = line.slice(0, -1).filter(([r, c]) => bounds[r][c][0] !== bounds[r][c][1]);
    if (hiddenMembers.length === 0) continue;
    const exactSum = line.slice(0, -1).reduce((s, [r, c]) => (bounds[r][c][0] === bounds[r][c][1] ? s + bounds[r][c][0] : s), 0);
    const hiddenSum = bounds[tr][tc][0] - exactSum;
    if (hiddenSum >= 1 && hiddenSum < t) return { line };
  }
  return null;
}

/** The count to hide next: in the problem's line(s), a shown non-zero count (members before totals, smallest first). */
function nextToHide(problem: Problem, value: number[][], role: Role[][]): Cell | null {
  const R = value.length - 1;
  const C = value[0].length - 1;
  const candidates: Cell[] =
    "line" in problem
      ? problem.line
      : [
          ...Array.from({ length: C + 1 }, (_, c): Cell => [problem.cell[0], c]),
          ...Array.from({ length: R + 1 }, (_, r): Cell => [r, problem.cell[1]]),
        ];
  const rank = ([r, c]: Cell) => (r === R && c === C ? 2 : r === R || c === C ? 1 : 0);
  const zeroLast = ([r, c]: Cell) => (value[r][c] > 0 ? 0 : 1);
  const pick = (pool: Cell[]) =>
    pool
      .filter(([r, c]) => role[r][c] === "shown")
      .sort((a, b) => zeroLast(a) - zeroLast(b) || rank(a) - rank(b) || value[a[0]][a[1]] - value[b[0]][b[1]])[0] ?? null;
  const everywhere = value.flatMap((row, r) => row.map((_, c): Cell => [r, c]));
  return pick(candidates) ?? pick(everywhere);
}
