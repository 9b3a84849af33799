/**
 * Disclosure control: small numbers are never shown (docs/DESIGN.md).
 *
 * A count from 1 to below the threshold shows as "fewer than N" (primary
 * suppression). In a table shown with its total, the hidden cells' sum can be
 * worked out from the total, so more cells are hidden until no hidden cell's
 * exact value follows from what is shown (secondary suppression). Pure: no
 * I/O, so it can be reasoned about and property-tested on its own.
 */

export type Shown = { kind: "count"; value: number } | { kind: "fewerThan"; threshold: number } | { kind: "hidden" };

export const DEFAULT_THRESHOLD = 5;
export const MINIMUM_THRESHOLD = 3;

/** The threshold actually applied: an organisation can raise it, never lower it below 3. */
export function effectiveThreshold(threshold: number): number {
  if (!Number.isFinite(threshold)) return DEFAULT_THRESHOLD;
  return Math.max(MINIMUM_THRESHOLD, Math.floor(threshold));
}

const isSmall = (value: number, threshold: number) => value >= 1 && value < threshold;

/** One count on its own. */
export function suppressCount(value: number, threshold: number): Shown {
  const t = effectiveThreshold(threshold);
  return isSmall(value, t) ? { kind: "fewerThan", threshold: t } : { kind: "count", value };
}

type Role = "shown" | "primary" | "secondary";

/**
 * Whether any hidden cell's exact value follows from the total and the shown
 * cells. A reader knows: primary cells lie in 1..t-1; secondary cells are not
 * small and not zero (zero cells are never chosen), so they are at least t, and
 * no larger than the smallest non-zero shown cell (they were chosen as the
 * smallest). With a known sum, each hidden cell's range is the intersection of
 * its own bounds with what the sum leaves after the others' bounds. The hidden
 * cells' sum is itself a count of responses, so it must not be small either.
 */
function anyDerivable(cells: number[], roles: Role[], t: number, total: number): boolean {
  const hiddenIdx = roles.flatMap((role, i) => (role === "shown" ? [] : [i]));
  if (hiddenIdx.length === 0) return false;
  const shownNonZero = cells.filter((value, i) => roles[i] === "shown" && value > 0);
  const secondaryMax = shownNonZero.length ? Math.min(...shownNonZero) : Infinity;
  const bounds = hiddenIdx.map((i) => (roles[i] === "primary" ? [1, t - 1] : [t, secondaryMax]));
  const hiddenSum = total - cells.reduce((sum, value, i) => (roles[i] === "shown" ? sum + value : sum), 0);
  // The hidden cells together are a count too: it must not be small either.
  if (hiddenSum < t) return true;
  return bounds.some(([lo, hi], j) => {
    const others = bounds.filter((_, k) => k !== j);
    const othersLo = others.reduce((sum, [l]) => sum + l, 0);
    const othersHi = others.reduce((sum, [, h]) => sum + h, 0);
    const min = Math.max(lo, hiddenSum - othersHi);
    const max = Math.min(hi, hiddenSum - othersLo);
    return min >= max;
  });
}

/**
 * A one-way table (for example responses per channel) shown with its total.
 * The cells must together make up the total.
 *
 * - Total 0: everything is 0, shown.
 * - Total from 1 to below the threshold: every cell is hidden and the total is "fewer than N".
 * - Otherwise small cells are "fewer than N", and further cells (the smallest
 *   non-zero ones first) are hidden until no hidden cell can be worked out.
 *   If even hiding every non-zero cell would not do, the total is hidden instead.
 */
export function suppressTable(cells: number[], threshold: number): { cells: Shown[]; total: Shown } {
  const t = effectiveThreshold(threshold);
  const total = cells.reduce((sum, value) => sum + value, 0);
  if (total === 0) return { cells: cells.map((value) => ({ kind: "count", value })), total: { kind: "count", value: 0 } };
  if (total < t) return { cells: cells.map(() => ({ kind: "hidden" })), total: { kind: "fewerThan", threshold: t } };

  const primary: Role[] = cells.map((value) => (isSmall(value, t) ? "primary" : "shown"));
  const roles = [...primary];
  while (anyDerivable(cells, roles, t, total)) {
    const next = cells
      .map((value, i) => ({ value, i }))
      .filter(({ value, i }) => roles[i] === "shown" && value > 0)
      .sort((a, b) => a.value - b.value || a.i - b.i)[0];
    if (!next) {
      // Nothing left to hide: without the total, no hidden cell can be worked out.
      return { cells: cells.map((value, i) => render(value, primary[i], t)), total: { kind: "hidden" } };
    }
    roles[next.i] = "secondary";
  }
  return { cells: cells.map((value, i) => render(value, roles[i], t)), total: { kind: "count", value: total } };
}

function render(value: number, role: Role, t: number): Shown {
  if (role === "primary") return { kind: "fewerThan", threshold: t };
  if (role === "secondary") return { kind: "hidden" };
  return { kind: "count", value };
}

/**
 * A count that is part of a whole whose total is shown elsewhere as `total`
 * (responses that suggested danger, out of all responses). With the total
 * known, the rest (whole − part) is known too, so the pair is treated as a
 * table: the part is hidden when showing it would give a small rest away.
 */
export function suppressPart(part: number, whole: number, total: Shown, threshold: number): Shown {
  if (total.kind !== "count") return suppressCount(part, threshold);
  const pair = suppressTable([part, whole - part], threshold);
  return pair.total.kind === "count" ? pair.cells[0] : { kind: "hidden" };
}

/**
 * A one-way table whose total is shown on the same page as other tables of
 * the same responses (a dashboard): the total can never be hidden there, since
 * the other tables give it away. Like suppressTable, except that where
 * suppressTable would hide the total, every cell is hidden instead (as "not
 * shown", without saying which were small), so nothing can be worked out from
 * the total. A small total still hides every cell and shows "fewer than N".
 */
export function suppressTableShowingTotal(cells: number[], threshold: number): { cells: Shown[]; total: Shown } {
  const table = suppressTable(cells, threshold);
  if (table.total.kind !== "hidden") return table;
  const total = cells.reduce((sum, value) => sum + value, 0);
  return { cells: cells.map(() => ({ kind: "hidden" })), total: { kind: "count", value: total } };
}

/**
 * Several parts of one whole that overlap (options ticked in a multiple
 * choice, out of the people who answered): each part with its rest is a
 * two-cell table whose total (the whole) is shown.
 */
export function suppressParts(parts: number[], whole: number, threshold: number): { parts: Shown[]; whole: Shown } {
  const wholeShown = suppressCount(whole, threshold);
  if (wholeShown.kind !== "count") return { parts: parts.map(() => ({ kind: "hidden" })), whole: wholeShown };
  return { parts: parts.map((part) => suppressPart(part, whole, wholeShown, threshold)), whole: wholeShown };
}

/**
 * A share (0 to 1) of two counts, only when both are shown exactly: a share
 * worked out from a hidden count would give the count away.
 */
export function shareOf(part: Shown, whole: Shown): number | null {
  if (part.kind !== "count" || whole.kind !== "count" || whole.value <= 0) return null;
  return part.value / whole.value;
}
