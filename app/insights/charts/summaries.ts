/**
 * The one-sentence summary under each chart's heading, as a translation key
 * and its values. Only shown counts and shares ever reach a sentence. Pure.
 */
import { formatCount } from "../count";
import type { ComplianceRow } from "../compliance";
import type { FigureRow, FigureTable, LabelledTable } from "../figures";
import { formatShare } from "./chart-data";

export type Sentence = { key: string; params: Record<string, string | number> };

/**
 * The row with the largest shown count. Safe to name as the largest: a hidden
 * cell is either below the threshold or, when hidden to protect one, no larger
 * than the smallest shown count.
 */
export function topRow(table: FigureTable): (FigureRow & { share: number }) | null {
  let top: (FigureRow & { share: number }) | null = null;
  for (const row of table.rows) {
    if (row.count.kind !== "count" || row.count.value === 0 || row.share === null) continue;
    if (!top || (top.count.kind === "count" && row.count.value > top.count.value)) top = { ...row, share: row.share };
  }
  return top;
}

/** Sentences shared by every table: too few, nobody, or nothing shown. */
function limits(table: FigureTable): Sentence | null {
  if (table.total.kind === "fewerThan") return { key: "insights.summary.fewer", params: { threshold: table.total.threshold } };
  if (table.total.kind === "count" && table.total.value === 0) return { key: "insights.summary.none", params: {} };
  return null;
}

/** "Of the 140 people who answered, the most common answer was ‘Yes’ (62%)." */
export function tableSentence(table: FigureTable, kind: "single" | "multi" | "channels" | "languages" | "completion"): Sentence {
  const limited = limits(table);
  if (limited) return limited;
  const top = topRow(table);
  if (!top || table.total.kind !== "count") return { key: "insights.summary.hidden", params: {} };
  return {
    key: `insights.summary.${kind}`,
    params: { total: formatCount(table.total.value), label: top.label, share: formatShare(top.share) },
  };
}

/**
 * For stacked bars: of the first answer anyone gave (in the scale's order),
 * the bar with the largest shown share of it ("‘The officer listened’ had the
 * largest share answering ‘Strongly agree’ (45%).").
 */
export function stackedSentence(bars: LabelledTable[]): Sentence {
  const keys = bars[0]?.table.rows.map((row) => row.key) ?? [];
  for (const key of keys) {
    let best: { bar: string; answer: string; share: number } | null = null;
    for (const bar of bars) {
      const row = bar.table.rows.find((r) => r.key === key);
      if (!row || row.share === null || row.share === 0) continue;
      if (!best || row.share > best.share) best = { bar: bar.label, answer: row.label, share: row.share };
    }
    if (best)
      return { key: "insights.summary.stacked", params: { bar: best.bar, answer: best.answer, share: formatShare(best.share) } };
  }
  return { key: "insights.summary.hidden", params: {} };
}

/** "312 responses from the week beginning 6 January 2027 to the week beginning 31 March 2027; the most came in the week beginning 3 March 2027." */
export function weeksSentence(table: FigureTable): Sentence {
  const limited = limits(table);
  if (limited) return limited;
  const top = table.rows.reduce<FigureRow | null>(
    (best, row) =>
      row.count.kind === "count" &&
      row.count.value > 0 &&
      (!best || (best.count.kind === "count" && row.count.value > best.count.value))
        ? row
        : best,
    null,
  );
  if (!top || table.total.kind !== "count") return { key: "insights.summary.hidden", params: {} };
  return {
    key: "insights.summary.weeks",
    params: {
      total: formatCount(table.total.value),
      first: table.rows[0].label,
      last: table.rows[table.rows.length - 1].label,
      busiest: top.label,
    },
  };
}

/** The rights received most and least often over the whole period. */
export function complianceSentence(rows: { row: ComplianceRow; label: string }[]): Sentence {
  const shown = rows.filter(({ row }) => row.whole.share !== null);
  if (shown.length === 0) return { key: "insights.summary.complianceHidden", params: {} };
  const sorted = [...shown].sort((a, b) => (b.row.whole.share ?? 0) - (a.row.whole.share ?? 0));
  const high = sorted[0];
  const low = sorted[sorted.length - 1];
  if (sorted.length === 1)
    return {
      key: "insights.summary.complianceOne",
      params: { right: high.label, share: formatShare(high.row.whole.share ?? 0) },
    };
  return {
    key: "insights.summary.compliance",
    params: {
      high: high.label,
      highShare: formatShare(high.row.whole.share ?? 0),
      low: low.label,
      lowShare: formatShare(low.row.whole.share ?? 0),
    },
  };
}
