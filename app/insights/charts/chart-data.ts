/**
 * Chart shapes from figures that have already been through disclosure
 * control: a chart draws only shares worked out from shown counts, and says
 * "fewer than N" or "not shown" for the rest. Pure.
 */
import type { Shown } from "../disclosure";
import type { FigureTable } from "../figures";

/** "62%"; "less than 1%" and "more than 99%" rather than a rounded 0% or 100% that is not true. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return "<1%";
  if (share < 1 && share > 0.995) return ">99%";
  return `${Math.round(share * 100)}%`;
}

/** A change in share as percentage points with its sign: "+5", "−3" (a true minus sign), "0". */
export function formatChange(change: number): string {
  const points = Math.round(change * 100);
  if (points === 0) return "0";
  return points > 0 ? `+${points}` : `\u2212${-points}`;
}

export type Bar = { key: string; label: string; share: number | null; shown: Shown };

/** One bar per row of a table: its share when it has one. */
export function barsOf(table: FigureTable): Bar[] {
  return table.rows.map((row) => ({ key: row.key, label: row.label, share: row.share, shown: row.count }));
}

export type Segment = { key: string; label: string; share: number; colour: number };

/**
 * A stacked bar (a table as parts of 100%): a segment per row with a shown
 * share above zero, in the table's order, coloured by column; the rest, when
 * anything is hidden, is one "not shown" segment (its size is the total less
 * the shown counts, which the table shows already).
 */
export function segmentsOf(table: FigureTable): { segments: Segment[]; unshown: number } {
  if (table.total.kind !== "count" || table.total.value === 0)
    return { segments: [], unshown: table.total.kind === "count" ? 0 : 1 };
  const segments = table.rows.flatMap((row, colour) =>
    row.share !== null && row.share > 0 ? [{ key: row.key, label: row.label, share: row.share, colour }] : [],
  );
  const shown = segments.reduce((sum, segment) => sum + segment.share, 0);
  return { segments, unshown: Math.max(0, 1 - shown) < 1e-9 ? 0 : Math.max(0, 1 - shown) };
}

export type Column = { key: string; label: string; value: number | null; shown: Shown };

/** Columns of counts (responses by week): a height only for a count that is shown. */
export function columnsOf(table: FigureTable): { columns: Column[]; max: number } {
  const columns = table.rows.map((row) => ({
    key: row.key,
    label: row.label,
    value: row.count.kind === "count" ? row.count.value : null,
    shown: row.count,
  }));
  const max = Math.max(0, ...columns.map((column) => column.value ?? 0));
  return { columns, max };
}

/** Breaks text into lines of about `width` characters at spaces (SVG text does not wrap by itself). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/**
 * Fills for categories, in order: blues for the first four (the positive end
 * of a scale), then colours from the GOV.UK palette. Each carries the text
 * colour that reads on it at WCAG AA.
 */
export const PALETTE: { fill: string; text: string }[] = [
  { fill: "#003078", text: "#ffffff" },
  { fill: "#1d70b8", text: "#ffffff" },
  { fill: "#5694ca", text: "#0b0c0c" },
  { fill: "#d2e2f1", text: "#0b0c0c" },
  { fill: "#f47738", text: "#0b0c0c" },
  { fill: "#912b88", text: "#ffffff" },
  { fill: "#28a197", text: "#0b0c0c" },
  { fill: "#ffdd00", text: "#0b0c0c" },
  { fill: "#6f72af", text: "#ffffff" },
  { fill: "#85994b", text: "#0b0c0c" },
];
export const UNSHOWN = { fill: "#b1b4b6", text: "#0b0c0c" };

export const colourOf = (index: number) => PALETTE[index % PALETTE.length];
