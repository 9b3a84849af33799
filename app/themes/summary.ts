/**
 * A theme's summary figures after disclosure control, and its representative
 * quotes. Pure. Respondents mentioning the theme are shown through
 * suppressCount; the trend and the sentiment mix are tables of those same
 * respondents, so their total is the count already on the page: where the
 * table could only be protected by hiding its total, every cell is hidden
 * instead. A share is shown only when both its counts, and the rest, are.
 */
import { suppressCount, suppressPart, suppressTable, type Shown } from "../insights/disclosure";
import { tfidf } from "./cluster";
import { analyse, SENTIMENT_LABELS, type SentimentLabel } from "./tokenise";

/** Every month from the first to the last ("2026-01" … "2026-04"), so quiet months show as 0 rather than vanish. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number);
  const [lastYear, lastMonth] = last.split("-").map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A table of respondents whose total is shown elsewhere on the page. */
export function tableBesideTotal(cells: number[], threshold: number): Shown[] {
  const table = suppressTable(cells, threshold);
  return table.total.kind === "hidden" ? cells.map(() => ({ kind: "hidden" })) : table.cells;
}

export type SummaryInput = {
  /** One entry per respondent mentioning the theme: the month they answered and the sentiment of their passages. */
  respondents: { month: string; sentiment: SentimentLabel }[];
  /** Respondents who gave any free-text answer to the survey. */
  answered: number;
  /** The survey's first and last months with responses. */
  span: { first: string; last: string } | null;
  threshold: number;
};

export function summaryFigures({ respondents, answered, span, threshold }: SummaryInput) {
  const mentioning = suppressCount(respondents.length, threshold);
  const answeredShown = suppressCount(answered, threshold);
  const part = suppressPart(respondents.length, answered, answeredShown, threshold);
  const share =
    mentioning.kind === "count" && answeredShown.kind === "count" && part.kind === "count" && answered > 0
      ? Math.round((100 * respondents.length) / answered)
      : null;
  const months = span ? monthsBetween(span.first, span.last) : [];
  const trend = tableBesideTotal(
    months.map((m) => respondents.filter((r) => r.month === m).length),
    threshold,
  );
  const sentiment = tableBesideTotal(
    SENTIMENT_LABELS.map((label) => respondents.filter((r) => r.sentiment === label).length),
    threshold,
  );
  return {
    mentioning,
    answered: answeredShown,
    share,
    trend: months.map((month, i) => ({ month, shown: trend[i] })),
    sentiment: SENTIMENT_LABELS.map((label, i) => ({ label, shown: sentiment[i] })),
    /** Quotes only when the number of respondents itself may be shown. */
    quotesAllowed: mentioning.kind === "count" && respondents.length > 0,
  };
}

export type QuotePassage<Id> = { id: Id; responseId: number; text: string; language: string };

/**
 * Up to `count` passages closest (cosine over TF-IDF) to the centre of all
 * the theme's passages, one per respondent: the most typical, not the most
 * striking. Ties go to the later passage in the list (callers list newest first).
 */
export function representativeQuotes<Id>(passages: readonly QuotePassage<Id>[], count = 3): QuotePassage<Id>[] {
  if (passages.length === 0) return [];
  const { vectors, vocabulary } = tfidf(
    passages.map((p) => analyse(p.text, p.language).tokens.map((t) => t.term)),
    { minDocs: 1, maxShare: 1 },
  );
  const centre = new Float64Array(vocabulary.length);
  for (const v of vectors) for (let j = 0; j < v.idx.length; j += 1) centre[v.idx[j]] += v.val[j];
  const scored = passages.map((passage, i) => {
    const v = vectors[i];
    let score = 0;
    for (let j = 0; j < v.idx.length; j += 1) score += v.val[j] * centre[v.idx[j]];
    return { passage, i, score };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: QuotePassage<Id>[] = [];
  const respondents = new Set<number>();
  for (const { passage } of scored) {
    if (respondents.has(passage.responseId)) continue;
    respondents.add(passage.responseId);
    chosen.push(passage);
    if (chosen.length === count) break;
  }
  return chosen;
}
