/**
 * How we compare: where an organisation's signed-off profile stands per stage against the others that share theirs.
 * Pure: no I/O.
 *
 * The disclosure rule: the others are shown only as a distribution (lower quartile, median, upper quartile), never
 * one by one and never by name, and only when at least MIN_SHARING other organisations share. Below that, nothing
 * at all is returned: not the count, not a partial stage. Quartiles interpolate between ranks (the usual "type 7"
 * method), so with five or more values none of them need be any single organisation's score.
 */
import { STAGE_KEYS, type StageKey } from "../engagements/stages";
import { roundScore } from "./profile";

/** The fewest other organisations whose profiles may be shown, as a distribution. */
export const MIN_SHARING = 5;

/** One other organisation's latest signed-off scores by stage. Whose it is never enters this module. */
export type SharedProfile = Partial<Record<StageKey, number>>;

export type StageDistribution = { stage: StageKey; lowerQuartile: number; median: number; upperQuartile: number };
export type Comparison = { organisations: number; stages: StageDistribution[] } | null;

/** The q-quantile of sorted values, interpolating between ranks. */
export function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function compareWithOthers(others: SharedProfile[]): Comparison {
  if (others.length < MIN_SHARING) return null;
  const stages = STAGE_KEYS.flatMap((stage) => {
    const values = others
      .map((profile) => profile[stage])
      .filter((value): value is number => typeof value === "number" && Number.isFinite(value))
      .sort((a, b) => a - b);
    // A stage some profiles lack (wording added later) is shown only when enough of them have it.
    if (values.length < MIN_SHARING) return [];
    return [
      {
        stage,
        lowerQuartile: roundScore(quantile(values, 0.25)),
        median: roundScore(quantile(values, 0.5)),
        upperQuartile: roundScore(quantile(values, 0.75)),
      },
    ];
  });
  return { organisations: others.length, stages };
}

export const STANDINGS = ["below_lower_quartile", "lower_half", "upper_half", "above_upper_quartile"] as const;
export type Standing = (typeof STANDINGS)[number];

/** Where one score stands against a stage's distribution. */
export function standing(score: number, distribution: StageDistribution): Standing {
  if (score < distribution.lowerQuartile) return "below_lower_quartile";
  if (score > distribution.upperQuartile) return "above_upper_quartile";
  return score < distribution.median ? "lower_half" : "upper_half";
}
