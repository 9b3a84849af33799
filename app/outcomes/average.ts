/**
 * The framework's average beside a service's own figures: all the framework's services together (answers pooled),
 * as a share with its interval. A service knows its own counts, so the average minus its own gives the rest of
 * the services together: the average is shown only where that rest is at least two other services and neither
 * the rest's favourable count nor its other answers are a small number (from 1 to below the threshold). It never
 * names or singles out another service. Pure.
 */
import { effectiveThreshold } from "../insights/disclosure";
import type { ComparedMeasure, ServiceCounts } from "./comparison";
import { favourablePositions } from "./measures";
import { wilsonInterval, type Interval } from "./wilson";

export type AverageShare = { share: number; interval: Interval } | null;
export type MeasureAverage = { key: string; favourable: AverageShare; improved: AverageShare };

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function pooled(parts: number[], wholes: number[], own: number, t: number): AverageShare {
  const contributors = wholes.filter((w, i) => i !== own && w > 0).length;
  if (contributors < 2) return null;
  const part = sum(parts);
  const whole = sum(wholes);
  const restPart = part - parts[own];
  const restOther = whole - wholes[own] - restPart;
  const small = (n: number) => n >= 1 && n < t;
  if (small(restPart) || small(restOther) || whole === 0) return null;
  return { share: part / whole, interval: wilsonInterval(part, whole)! };
}

/** Per measure, the pooled favourable share and improved share of all services, or null where it would disclose. */
export function frameworkAverage(
  all: ServiceCounts[],
  ownId: number,
  measures: ComparedMeasure[],
  threshold: number,
): MeasureAverage[] {
  const t = effectiveThreshold(threshold);
  const own = all.findIndex((s) => s.id === ownId);
  return measures.map((measure) => {
    if (own < 0) return { key: measure.key, favourable: null, improved: null };
    const favourable = favourablePositions(measure);
    const counts = all.map((s) => s.measures[measure.key] ?? { points: measure.points.map(() => 0), movements: [0, 0, 0] });
    return {
      key: measure.key,
      favourable: pooled(
        counts.map((c) => sum(favourable.map((i) => c.points[i]))),
        counts.map((c) => sum(c.points)),
        own,
        t,
      ),
      improved: pooled(
        counts.map((c) => c.movements[0]),
        counts.map((c) => sum(c.movements)),
        own,
        t,
      ),
    };
  });
}
