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

/**
 * The form fields of one passage's decision: the decision ("quote-12") and the fingerprint of the text the person
 * read ("quote-12-hash", a hidden field). A decision is applied only while the passage still has that text: if it
 * was re-redacted between loading the page and pressing the button, the person is asked to read it again.
 */
export const quoteField = (codingId: number) => `quote-${codingId}`;
export const quoteHashField = (codingId: number) => `quote-${codingId}-hash`;

/** A decision as a form sends it: what was decided, on the text with this fingerprint. */
export type SentDecision = { codingId: number; decision: QuoteDecision; readHash: string };

export type QuoteDecisions = { ok: true; decisions: SentDecision[] } | { ok: false; field: string; error: string };

const HASH = /^[0-9a-f]{64}$/;
const ID = "([1-9]\\d{0,15})";

/** The fingerprints a form sent, by coding id ("quote-<id>-hash" fields; anything not a SHA-256 in hex is ignored). */
export function readHashesFrom(entries: Iterable<[string, unknown]>): Map<number, string> {
  const hashes = new Map<number, string>();
  for (const [key, value] of entries) {
    const match = new RegExp(`^quote-${ID}-hash$`).exec(key);
    if (match && typeof value === "string" && HASH.test(value)) hashes.set(Number(match[1]), value);
  }
  return hashes;
}

/**
 * The decisions a submitted form carries. A decision without the fingerprint of the text it was made on is refused
 * as "changed" (the page that sent it was not this one's, or is from before fingerprints travelled with the form).
 */
export function quoteDecisionsFrom(entries: Iterable<[string, unknown]>): QuoteDecisions {
  const list = [...entries];
  const hashes = readHashesFrom(list);
  const decisions = new Map<number, SentDecision>();
  for (const [key, value] of list) {
    const match = new RegExp(`^quote-${ID}$`).exec(key);
    if (!match) continue;
    if (typeof value !== "string" || !(QUOTE_DECISIONS as readonly string[]).includes(value))
      return { ok: false, field: key, error: "quoteCheck.errors.choose" };
    const codingId = Number(match[1]);
    const readHash = hashes.get(codingId);
    if (!readHash) return { ok: false, field: key, error: "quoteCheck.errors.changed" };
    decisions.set(codingId, { codingId, decision: value as QuoteDecision, readHash });
  }
  return { ok: true, decisions: [...decisions.values()] };
}
