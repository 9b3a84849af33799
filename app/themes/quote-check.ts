/**
 * The quote check (issue 19, ADR 0017): redaction removes most personal details but not all, so no passage is quoted
 * to a panel or the public until a person has read it and said it identifies no one. A passage is one shared coding:
 *
 * - "safe": someone read this exact text (its hash matches the text now) and confirmed it;
 * - "withheld": someone left it out. It is never quoted, and neither is any other passage of the same answer that
 *   overlaps it (the detail that identifies someone is in that stretch of text, whichever theme it is coded to);
 * - "unread": anything else, also a "safe" decision on text that has changed since (re-redaction) — never quoted.
 *
 * Pure: the decisions come in from quote-check.server.ts.
 */

export const QUOTE_DECISIONS = ["safe", "withheld"] as const;
export type QuoteDecision = (typeof QUOTE_DECISIONS)[number];
export type QuoteState = "unread" | QuoteDecision;

export type Span = { responseId: number; answerKey: string; start: number; end: number };
export type CheckedPassage = Span & { codingId: number; textHash: string };
export type Decision = { codingId: number; decision: QuoteDecision; textHash: string };

const overlaps = (a: Span, b: Span) =>
  a.responseId === b.responseId && a.answerKey === b.answerKey && a.start < b.end && b.start < a.end;

/** Each passage's state, given the decisions on it and the spans of every withheld passage that could overlap it. */
export function quoteStates(
  passages: readonly CheckedPassage[],
  decisions: ReadonlyMap<number, Decision>,
  withheld: readonly Span[],
): Map<number, QuoteState> {
  const states = new Map<number, QuoteState>();
  for (const passage of passages) {
    const own = decisions.get(passage.codingId);
    if (own?.decision === "withheld" || withheld.some((span) => overlaps(span, passage)))
      states.set(passage.codingId, "withheld");
    else if (own?.decision === "safe" && own.textHash === passage.textHash) states.set(passage.codingId, "safe");
    else states.set(passage.codingId, "unread");
  }
  return states;
}

/** The form field of one passage's decision ("quote-12"), and the decisions a submitted form carries. */
export const quoteField = (codingId: number) => `quote-${codingId}`;

export type QuoteDecisions =
  | { ok: true; decisions: { codingId: number; decision: QuoteDecision }[] }
  | { ok: false; field: string };

export function quoteDecisionsFrom(entries: Iterable<[string, unknown]>): QuoteDecisions {
  const decisions = new Map<number, QuoteDecision>();
  for (const [key, value] of entries) {
    const match = /^quote-([1-9]\d{0,15})$/.exec(key);
    if (!match) continue;
    if (typeof value !== "string" || !(QUOTE_DECISIONS as readonly string[]).includes(value)) return { ok: false, field: key };
    decisions.set(Number(match[1]), value as QuoteDecision);
  }
  return { ok: true, decisions: [...decisions].map(([codingId, decision]) => ({ codingId, decision })) };
}
