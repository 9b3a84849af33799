/**
 * The tables every figure is made of, after disclosure control: a row per
 * answer, channel, week…, each with its count as shown and its share (only
 * when both the count and the total are shown). Pure.
 */
import { shareOf, suppressParts, suppressTableShowingTotal, type Shown } from "./disclosure";

export type PreviousCell = { count: Shown; share: number | null; change: number | null };
export type FigureRow = { key: string; label: string; count: Shown; share: number | null; previous?: PreviousCell };
export type FigureTable = { rows: FigureRow[]; total: Shown; previousTotal?: Shown };
export type Entry = { key: string; label: string; n: number };

/** A table of cells that together make up its total. */
export function partitionTable(entries: Entry[], threshold: number): FigureTable {
  const suppressed = suppressTableShowingTotal(
    entries.map((entry) => entry.n),
    threshold,
  );
  return {
    rows: entries.map((entry, i) => ({
      key: entry.key,
      label: entry.label,
      count: suppressed.cells[i],
      share: shareOf(suppressed.cells[i], suppressed.total),
    })),
    total: suppressed.total,
  };
}

/** A table of overlapping parts of a whole (the options of a multiple choice, out of the people who answered). */
export function partsTable(entries: Entry[], whole: number, threshold: number): FigureTable {
  const suppressed = suppressParts(
    entries.map((entry) => entry.n),
    whole,
    threshold,
  );
  return {
    rows: entries.map((entry, i) => ({
      key: entry.key,
      label: entry.label,
      count: suppressed.parts[i],
      share: shareOf(suppressed.parts[i], suppressed.whole),
    })),
    total: suppressed.whole,
  };
}

/** The same table for an earlier period beside this one: counts, shares and the change in share. */
export function compareTables(now: FigureTable, before: FigureTable): FigureTable {
  const earlier = new Map(before.rows.map((row) => [row.key, row]));
  return {
    rows: now.rows.map((row) => {
      const old = earlier.get(row.key);
      if (!old) return row;
      const change = row.share !== null && old.share !== null ? row.share - old.share : null;
      return { ...row, previous: { count: old.count, share: old.share, change } };
    }),
    total: now.total,
    previousTotal: before.total,
  };
}

/** The row of a table a filter picks, as that table shows it. */
export function cellOf(table: FigureTable, key: string): Shown {
  return table.rows.find((row) => row.key === key)?.count ?? { kind: "count", value: 0 };
}
