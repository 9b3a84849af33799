/**
 * The quote check's decisions (quote-check.ts says the rule, ADR 0017 why): who read a redacted passage and said it
 * is safe to quote, or left it out. Every read and write is scoped by organisation here; each decision is audited in
 * the transaction that makes it (the passage's coding id only, never its text). Callers: the pack's issue step
 * (app/panels), the public quote chooser (app/actions/said.server.ts) and the theme's page.
 */
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { codings, quoteChecks, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { readPassages, type Reader } from "./passages.server";
import {
  quoteField,
  quoteStates,
  type CheckedPassage,
  type Decision,
  type QuoteDecision,
  type QuoteState,
  type SentDecision,
  type Span,
} from "./quote-check";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** What a decision is tied to: the exact text that was read. */
export const textHash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export type PassageToCheck = Span & { codingId: number; text: string };
/** A passage's state, who decided and when, and the fingerprint of its text now (the form sends it back). */
export type CheckState = { state: QuoteState; decidedBy: string | null; decidedAt: string | null; textHash: string };

/** Each passage's state (safe, withheld or unread) with who decided and when, for these passages of the organisation. */
export function checkStates(organisationId: number, passages: readonly PassageToCheck[], db: Reader = getDb()) {
  const result = new Map<number, CheckState>();
  if (passages.length === 0) return result;
  const ids = [...new Set(passages.map((p) => p.codingId))];
  const rows = db
    .select({
      codingId: quoteChecks.codingId,
      decision: quoteChecks.decision,
      textHash: quoteChecks.textHash,
      decidedAt: quoteChecks.decidedAt,
      decidedBy: users.name,
    })
    .from(quoteChecks)
    .leftJoin(users, eq(users.id, quoteChecks.decidedBy))
    .where(and(eq(quoteChecks.organisationId, organisationId), inArray(quoteChecks.codingId, ids)))
    .all();
  const withheld = db
    .select({ responseId: codings.responseId, answerKey: codings.answerKey, start: codings.start, end: codings.end })
    .from(quoteChecks)
    .innerJoin(codings, and(eq(codings.id, quoteChecks.codingId), eq(codings.organisationId, organisationId)))
    .where(
      and(
        eq(quoteChecks.organisationId, organisationId),
        eq(quoteChecks.decision, "withheld"),
        inArray(codings.responseId, [...new Set(passages.map((p) => p.responseId))]),
      ),
    )
    .all();
  const decisions = new Map<number, Decision>(rows.map((row) => [row.codingId, row]));
  const checked: CheckedPassage[] = passages.map((p) => ({ ...p, textHash: textHash(p.text) }));
  const states = quoteStates(checked, decisions, withheld);
  const byId = new Map(rows.map((row) => [row.codingId, row]));
  for (const passage of checked) {
    const row = byId.get(passage.codingId);
    const state = states.get(passage.codingId)!;
    result.set(passage.codingId, {
      state,
      textHash: passage.textHash,
      decidedBy: state === "unread" ? null : (row?.decidedBy ?? null),
      decidedAt: state === "unread" ? null : (row?.decidedAt ?? null),
    });
  }
  return result;
}

/**
 * Decisions on the passages' text as it is now, for code that decides without a form a person read (the demo and
 * test seeds confirming their made-up quotes). People's decisions always come with the fingerprint their page sent.
 */
export function onCurrentText(
  organisationId: number,
  decisions: readonly { codingId: number; decision: QuoteDecision }[],
  db: Reader = getDb(),
): SentDecision[] {
  const texts = new Map(
    readPassages(organisationId, { codingIds: decisions.map((d) => d.codingId) }, { db }).map((p) => [p.codingId, p.text]),
  );
  return decisions.map((d) => ({ ...d, readHash: textHash(texts.get(d.codingId) ?? "") }));
}

/** Where a decision was made, for the audit log. */
export type CheckContext =
  | { via: "panel_session"; sessionId: number }
  | { via: "action"; actionId: number }
  | { via: "theme"; themeId: number };

export type RecordedChecks =
  | { ok: true; changed: number }
  | { ok: false; codingId: number; error: string; /** Passages whose text is not the text that was read. */ changed?: number[] };

/**
 * Records decisions on passages of the actor's organisation, in the caller's transaction: a decision that is already
 * recorded on the same text changes nothing and is not audited again. A coding of another organisation, of a blind
 * sample or whose text no longer fits is refused, and so is any decision made on text other than the passage's text
 * now (`readHash`, sent with the form): nothing is written, and the caller's transaction rolls back.
 */
export function recordQuoteChecks(
  tx: Tx,
  actor: Actor,
  decisions: readonly SentDecision[],
  context: CheckContext,
): RecordedChecks {
  const organisationId = actor.organisation.id;
  const found = new Map(
    readPassages(organisationId, { codingIds: decisions.map((d) => d.codingId) }, { db: tx }).map((p) => [p.codingId, p]),
  );
  const missing = decisions.find((d) => !found.has(d.codingId));
  if (missing) return { ok: false, codingId: missing.codingId, error: "quoteCheck.errors.unknown" };
  const hashes = new Map(decisions.map((d) => [d.codingId, textHash(found.get(d.codingId)!.text)]));
  const changed = decisions.filter((d) => d.readHash !== hashes.get(d.codingId)).map((d) => d.codingId);
  if (changed.length) return { ok: false, codingId: changed[0], error: "quoteCheck.errors.changed", changed };
  const existing = new Map(
    tx
      .select({ codingId: quoteChecks.codingId, decision: quoteChecks.decision, textHash: quoteChecks.textHash })
      .from(quoteChecks)
      .where(
        and(
          eq(quoteChecks.organisationId, organisationId),
          inArray(
            quoteChecks.codingId,
            decisions.map((d) => d.codingId),
          ),
        ),
      )
      .all()
      .map((row) => [row.codingId, row]),
  );
  let written = 0;
  const decidedAt = new Date().toISOString();
  for (const { codingId, decision } of decisions) {
    const hash = hashes.get(codingId)!;
    const before = existing.get(codingId);
    if (before && before.decision === decision && before.textHash === hash) continue;
    tx.insert(quoteChecks)
      .values({ codingId, organisationId, decision, textHash: hash, decidedBy: actor.id, decidedAt })
      .onConflictDoUpdate({
        target: quoteChecks.codingId,
        set: { decision, textHash: hash, decidedBy: actor.id, decidedAt },
      })
      .run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: decision === "safe" ? "quote.confirmed" : "quote.withheld",
      objectType: "coding",
      objectId: codingId,
      detail: { ...context, ...(before ? { before: before.decision } : {}) },
    });
    written += 1;
  }
  return { ok: true, changed: written };
}

/** Leaves one passage out from the theme's page (an analyst who spots a detail that identifies someone). */
export function withholdQuote(actor: Actor, themeId: number, codingId: number, readHash: string): RecordedChecks {
  return getDb().transaction((tx) =>
    recordQuoteChecks(tx, actor, [{ codingId, decision: "withheld", readHash }], { via: "theme", themeId }),
  );
}

/** A passage as the page should show it again after a refusal: its words now, their fingerprint and its state. */
export type ShownAgain = { id: number; text: string; language: string; textHash: string; state: QuoteState };

/**
 * What a refused decision on one passage answers (theme page): the error on that passage, and, when its words
 * changed, the passage as it reads now so the page can show it to be read again. `form` when it is not there at all.
 */
export function refusal(organisationId: number, failed: Extract<RecordedChecks, { ok: false }>) {
  const passage = failed.changed ? readPassages(organisationId, { codingIds: [failed.codingId] })[0] : undefined;
  const current: ShownAgain | null = passage
    ? {
        id: passage.codingId,
        text: passage.text,
        language: passage.language,
        textHash: textHash(passage.text),
        state: checkStates(organisationId, [passage]).get(passage.codingId)!.state,
      }
    : null;
  return {
    ok: false as const,
    errors: current ? { [quoteField(failed.codingId)]: failed.error } : { form: failed.error },
    values: {},
    current,
  };
}
