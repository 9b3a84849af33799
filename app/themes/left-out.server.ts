/**
 * Undoing "leave out" (ADR 0017): a passage left out by mistake is put back for checking by anyone who may leave it
 * out, where they could leave it out (the theme's page; admins at a pack's issue step). Putting back never confirms:
 * the decision is removed, so the passage is unread and must be read again before it is quoted anywhere. Like every
 * decision, it counts only for the words the person saw (the fingerprint their page sent), and it is audited
 * (`quote.put_back`, the coding id only, never the words).
 */
import { and, desc, eq, inArray, or } from "drizzle-orm";
import { getDb } from "../../db/client";
import { codings, quoteChecks, responses, themes, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { readPassages } from "./passages.server";
import { textHash, type CheckContext, type RecordedChecks } from "./quote-check.server";

/** Passages listed as left out on one page: the newest decisions first. */
const LISTED = 100;

export type LeftOutQuote = {
  id: number;
  text: string;
  language: string;
  textHash: string;
  decidedBy: string | null;
  decidedAt: string;
};

/**
 * The passages of these themes and their sub-themes (shared coding) someone left out, newest decision first; only the
 * survey's when one is given (a theme's page is per survey; a pack's theme spans its engagement's surveys).
 */
export function leftOutQuotes(organisationId: number, themeIds: readonly number[], surveyId?: number): LeftOutQuote[] {
  if (themeIds.length === 0) return [];
  const decisions = getDb()
    .select({ codingId: quoteChecks.codingId, decidedBy: users.name, decidedAt: quoteChecks.decidedAt })
    .from(quoteChecks)
    .innerJoin(codings, and(eq(codings.id, quoteChecks.codingId), eq(codings.organisationId, organisationId)))
    .innerJoin(responses, and(eq(responses.id, codings.responseId), eq(responses.organisationId, organisationId)))
    .innerJoin(themes, and(eq(themes.id, codings.themeId), eq(themes.organisationId, organisationId)))
    .leftJoin(users, eq(users.id, quoteChecks.decidedBy))
    .where(
      and(
        eq(quoteChecks.organisationId, organisationId),
        eq(quoteChecks.decision, "withheld"),
        or(inArray(themes.id, [...themeIds]), inArray(themes.parentId, [...themeIds])),
        surveyId === undefined ? undefined : eq(responses.surveyId, surveyId),
      ),
    )
    .orderBy(desc(quoteChecks.decidedAt), desc(codings.id))
    .limit(LISTED)
    .all();
  const passages = new Map(
    readPassages(organisationId, { codingIds: decisions.map((d) => d.codingId) }).map((p) => [p.codingId, p]),
  );
  return decisions.flatMap(({ codingId, decidedBy, decidedAt }) => {
    const passage = passages.get(codingId);
    if (!passage) return [];
    const { text, language } = passage;
    return [{ id: codingId, text, language, textHash: textHash(text), decidedBy, decidedAt }];
  });
}

/**
 * Puts one left-out passage back for checking: its decision is removed, so it is unread. Refused, writing nothing,
 * when the passage is not the organisation's or its words are not those the person saw (`readHash`). A passage
 * nobody left out (a colleague put it back first) changes nothing.
 */
export function putBackQuote(actor: Actor, codingId: number, readHash: string, context: CheckContext): RecordedChecks {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const [passage] = readPassages(organisationId, { codingIds: [codingId] }, { db: tx });
    if (!passage) return { ok: false, codingId, error: "quoteCheck.errors.unknown" };
    if (textHash(passage.text) !== readHash)
      return { ok: false, codingId, error: "quoteCheck.errors.changed", changed: [codingId] };
    const removed = tx
      .delete(quoteChecks)
      .where(
        and(
          eq(quoteChecks.codingId, codingId),
          eq(quoteChecks.organisationId, organisationId),
          eq(quoteChecks.decision, "withheld"),
        ),
      )
      .run();
    if (removed.changes === 0) return { ok: true, changed: 0 };
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "quote.put_back",
      objectType: "coding",
      objectId: codingId,
      detail: { ...context, before: "withheld" },
    });
    return { ok: true, changed: 1 };
  });
}
