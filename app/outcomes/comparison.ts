/**
 * The PCC office's comparison of its commissioned services for one quarter, made safe to show: the counts of
 * every service go through disclosure control as one grid per figure (services × answer categories, with each
 * service's total, each category's total across services and the total of totals: grid-disclosure.ts), under the
 * stricter of the commissioner's and the services' thresholds. A service whose number of responses is not shown
 * ("fewer than N", or hidden so that a total cannot give a small one away) shows none of its figures. Shares are
 * given only from counts that are shown, each with its 95 % Wilson interval; a service is said to be higher or
 * lower than the other services together only when the two intervals do not overlap. Services are never ranked.
 * Pure.
 */
import { effectiveThreshold, suppressCount, suppressTable, type Shown } from "../insights/disclosure";
import { suppressGrid } from "./grid-disclosure";
import { favourablePositions, MOVEMENTS, type MeasureScale } from "./measures";
import { distinguish, wilsonInterval, type Interval } from "./wilson";

export type MeasureKind = "outcome" | "victims_code" | "satisfaction";

export type ComparedMeasure = MeasureScale & {
  key: string;
  kind: MeasureKind;
  title: { en: string; cy: string };
  pointLabels: { en: string; cy: string }[];
};

/** What one service's stored answers counted to, for the quarter. */
export type ServiceCounts = {
  id: number;
  name: string;
  nameCy: string;
  responses: number;
  /** By measure key: answers at each scale point, and improved / stayed / worse over pairs. */
  measures: Record<string, { points: number[]; movements: number[] } | undefined>;
};

export type ShareFigure = { count: Shown; share: number | null; interval: Interval | null };

export type MeasureRow = {
  answered: Shown;
  points: Shown[];
  favourable: ShareFigure;
  pairs: Shown;
  movements: ShareFigure[];
  /** Against the other services together, only where the intervals do not overlap. */
  favourableVersusRest: "higher" | "lower" | null;
  improvedVersusRest: "higher" | "lower" | null;
};

export type ComparedMeasureFigures = { measure: ComparedMeasure; services: MeasureRow[]; total: MeasureRow };

export type Comparison = {
  threshold: number;
  services: { id: number; name: string; nameCy: string; responses: Shown }[];
  totalResponses: Shown;
  measures: ComparedMeasureFigures[];
};

const shown = (s: Shown) => (s.kind === "count" ? s.value : null);

/** A share of shown counts, with its interval; nothing when either count is not shown. */
export function shareFigure(count: Shown, whole: Shown): ShareFigure {
  const part = shown(count);
  const base = shown(whole);
  if (part === null || base === null || base === 0) return { count, share: null, interval: null };
  return { count, share: part / base, interval: wilsonInterval(part, base) };
}

/** The sum of some shown counts, or hidden when any of them is not shown. */
function sumOf(cells: Shown[]): Shown {
  let total = 0;
  for (const cell of cells) {
    if (cell.kind !== "count") return { kind: "hidden" };
    total += cell.value;
  }
  return { kind: "count", value: total };
}

function rowFigures(points: Shown[], answered: Shown, movements: Shown[], pairs: Shown, favourable: number[]): MeasureRow {
  return {
    answered,
    points,
    favourable: shareFigure(sumOf(favourable.map((i) => points[i])), answered),
    pairs,
    movements: movements.map((m) => shareFigure(m, pairs)),
    favourableVersusRest: null,
    improvedVersusRest: null,
  };
}

/** The other services together: the total less this service, when both are shown. */
function versusRest(mine: ShareFigure, minesWhole: Shown, total: ShareFigure, totalWhole: Shown): "higher" | "lower" | null {
  const [part, whole, allPart, allWhole] = [mine.count, minesWhole, total.count, totalWhole].map(shown);
  if (part === null || whole === null || allPart === null || allWhole === null || allWhole - whole <= 0) return null;
  return distinguish(wilsonInterval(part, whole), wilsonInterval(allPart - part, allWhole - whole));
}

export function compareServices(services: ServiceCounts[], measures: ComparedMeasure[], threshold: number): Comparison {
  // A PCC office needs each service's figures more than their sum: where the one-way rule would hide a whole
  // service to protect a small one, the total is left out instead (without it no small count can be worked out).
  const table = suppressTable(
    services.map((s) => s.responses),
    threshold,
  );
  const responses =
    table.total.kind === "count" && table.cells.some((c) => c.kind === "hidden")
      ? { cells: services.map((s) => suppressCount(s.responses, threshold)), total: { kind: "hidden" } as Shown }
      : table;
  const hiddenRows = new Set(services.flatMap((_, i) => (responses.cells[i].kind === "count" ? [] : [i])));
  const figures = measures.map((measure): ComparedMeasureFigures => {
    const empty = { points: measure.points.map(() => 0), movements: MOVEMENTS.map(() => 0) };
    const counts = services.map((s) => s.measures[measure.key] ?? empty);
    const pointGrid = suppressGrid(
      counts.map((c) => c.points),
      threshold,
      hiddenRows,
    );
    const movementGrid = suppressGrid(
      counts.map((c) => c.movements),
      threshold,
      hiddenRows,
    );
    const favourable = favourablePositions(measure);
    const total = rowFigures(pointGrid.columnTotals, pointGrid.total, movementGrid.columnTotals, movementGrid.total, favourable);
    const rows = services.map((_, i) => {
      const row = rowFigures(
        pointGrid.cells[i],
        pointGrid.rowTotals[i],
        movementGrid.cells[i],
        movementGrid.rowTotals[i],
        favourable,
      );
      row.favourableVersusRest = versusRest(row.favourable, row.answered, total.favourable, total.answered);
      row.improvedVersusRest = versusRest(row.movements[0], row.pairs, total.movements[0], total.pairs);
      return row;
    });
    return { measure, services: rows, total };
  });
  return {
    threshold: effectiveThreshold(threshold),
    services: services.map((s, i) => ({ id: s.id, name: s.name, nameCy: s.nameCy, responses: responses.cells[i] })),
    totalResponses: responses.total,
    measures: figures,
  };
}
