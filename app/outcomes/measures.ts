/**
 * What one outcome measure's answers say, on its fixed scale. A measure's scale lists its points in order
 * (first = lowest) and says whether an improvement moves up it ("higher") or down it ("lower"). Answers off the
 * scale ("Prefer not to say", "Don't know", "This does not apply to me") count for nothing here: they are not
 * a point on the scale and cannot be compared.
 *
 * - Single point: how many gave each point, and the favourable share: points strictly on the improved side
 *   of the scale's middle (on a five-point scale the top two when higher is better; the middle point is neither).
 * - Distance travelled: for a start-and-end pair, whether the end answer is further along the improved
 *   direction than the start answer (improved), at the same point (stayed), or back (worse). Pure.
 */

export type ImprovedWhen = "higher" | "lower";
export type MeasureScale = { points: readonly string[]; improvedWhen: ImprovedWhen };

export const MOVEMENTS = ["improved", "stayed", "worse"] as const;
export type Movement = (typeof MOVEMENTS)[number];

/** The answer's place on the scale (0 = first point), or null when it is not a point of it. */
export function scalePosition(scale: MeasureScale, answer: unknown): number | null {
  if (typeof answer !== "string" && typeof answer !== "number") return null;
  const index = scale.points.indexOf(String(answer));
  return index < 0 ? null : index;
}

/** Whether a point is on the improved side of the scale's middle. */
export function isFavourable(scale: MeasureScale, position: number): boolean {
  const middle = (scale.points.length - 1) / 2;
  return scale.improvedWhen === "higher" ? position > middle : position < middle;
}

/** Counts of answers at each point of the scale, in the scale's order; answers off the scale are left out. */
export function pointCounts(scale: MeasureScale, answers: Iterable<unknown>): number[] {
  const counts = scale.points.map(() => 0);
  for (const answer of answers) {
    const position = scalePosition(scale, answer);
    if (position !== null) counts[position] += 1;
  }
  return counts;
}

/** The points counted as favourable, by position. */
export function favourablePositions(scale: MeasureScale): number[] {
  return scale.points.flatMap((_, i) => (isFavourable(scale, i) ? [i] : []));
}

/** How the end answer compares with the start answer, or null when either is off the scale. */
export function movement(scale: MeasureScale, start: unknown, end: unknown): Movement | null {
  const from = scalePosition(scale, start);
  const to = scalePosition(scale, end);
  if (from === null || to === null) return null;
  if (from === to) return "stayed";
  return to > from === (scale.improvedWhen === "higher") ? "improved" : "worse";
}

/** Counts of improved, stayed and worse (in that order) over start-and-end pairs; pairs off the scale are left out. */
export function movementCounts(scale: MeasureScale, pairs: Iterable<{ start: unknown; end: unknown }>): number[] {
  const counts = MOVEMENTS.map(() => 0);
  for (const pair of pairs) {
    const moved = movement(scale, pair.start, pair.end);
    if (moved) counts[MOVEMENTS.indexOf(moved)] += 1;
  }
  return counts;
}
