/**
 * Wilson score intervals: how far a share could be from the truth by chance alone. A share of 3 out of 4
 * and one of 300 out of 400 are both 75 %, but only the second tells services apart; the interval says so.
 * Wilson's interval (rather than the textbook p ± 1.96·√(p(1−p)/n)) stays inside 0–1 and behaves for the
 * small numbers a single service has. Two services whose intervals overlap are never ranked or coloured as
 * better or worse than each other. Pure.
 */

/** The 97.5th percentile of the standard normal distribution: a 95 % interval. */
export const Z_95 = 1.959963984540054;

export type Interval = { lower: number; upper: number };

/** The 95 % Wilson interval of `successes` out of `n`, or null when there is nothing to estimate from. */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (!(n > 0) || successes < 0 || successes > n) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Rounding can leave the ends a hair outside 0–1 (or off the exact share at 0 and n).
  return { lower: successes === 0 ? 0 : Math.max(0, centre - half), upper: successes === n ? 1 : Math.min(1, centre + half) };
}

/** Whether two intervals share any value: if they do, the difference between the two shares may be noise. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lower <= b.upper && b.lower <= a.upper;
}

/**
 * How a share compares with another, only when their intervals do not overlap: "higher", "lower", or null
 * (cannot be told apart, or either is unknown). The only way the comparison pages ever say one is better.
 */
export function distinguish(a: Interval | null, b: Interval | null): "higher" | "lower" | null {
  if (!a || !b || overlaps(a, b)) return null;
  return a.lower > b.upper ? "higher" : "lower";
}
