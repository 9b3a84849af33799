/**
 * What people said, for an action: its linked themes with how many respondents
 * mentioned each (through disclosure control, with the organisation's
 * threshold), and the redacted passages it may quote publicly. A theme whose
 * count is small offers no quotes, as on the theme's own summary: a quote from
 * one of very few people could point at them. Choosing a quote confirms it identifies no one (ADR 0017): the
 * choice is recorded as the quote check, passages a colleague left out are never offered, and the public page shows
 * only chosen quotes whose confirmation still holds.
 */
import { and, countDistinct, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actionQuotes, actions, codings, engagements, surveys, themes } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { suppressCount, type Shown } from "../insights/disclosure";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { readPassages } from "../themes/passages.server";
import { checkStates, recordQuoteChecks } from "../themes/quote-check.server";
import type { QuoteState } from "../themes/quote-check";
import { getAction, quotableThemeIds, type Failure } from "./actions.server";

/** Passages offered per theme when choosing quotes: the newest. */
const OFFERED = 30;

export type SaidTheme = {
  id: number;
  name: string;
  nameCy: string;
  codebook: string;
  respondents: Shown;
  /** The theme and its sub-themes: the codings counted and quotable. */
  themeIds: number[];
  quotable: boolean;
};

/** Respondents (not passages) who mentioned a theme or its sub-themes, in the analysts' shared coding. */
function respondentsMentioning(organisationId: number, themeIds: number[]): number {
  const row = getDb()
    .select({ n: countDistinct(codings.responseId) })
    .from(codings)
    .where(and(eq(codings.organisationId, organisationId), inArray(codings.themeId, themeIds), isNull(codings.sampleId)))
    .get();
  return row?.n ?? 0;
}

export function saidThemes(organisationId: number, linked: number[]): SaidTheme[] {
  if (linked.length === 0) return [];
  const threshold = disclosureThresholdFor(organisationId);
  const rows = getDb()
    .select({
      id: themes.id,
      name: themes.name,
      nameCy: themes.nameCy,
      engagementTitle: engagements.title,
      surveyTitle: surveys.title,
    })
    .from(themes)
    .leftJoin(engagements, eq(engagements.id, themes.engagementId))
    .leftJoin(surveys, eq(surveys.id, themes.surveyId))
    .where(and(eq(themes.organisationId, organisationId), inArray(themes.id, linked)))
    .orderBy(themes.name)
    .all();
  return rows.map((row) => {
    const themeIds = quotableThemeIds(getDb(), organisationId, [row.id]);
    const count = respondentsMentioning(organisationId, themeIds);
    const respondents = suppressCount(count, threshold);
    return {
      id: row.id,
      name: row.name,
      nameCy: row.nameCy,
      codebook: row.engagementTitle ?? row.surveyTitle ?? "",
      respondents,
      themeIds,
      quotable: respondents.kind === "count" && count > 0,
    };
  });
}

type Passage = { codingId: number; text: string; language: string; state: QuoteState; textHash: string };

function passages(organisationId: number, themeIds: number[], only?: number[]): Passage[] {
  const found = readPassages(organisationId, { themeIds, codingIds: only }, { limit: only ? only.length : OFFERED });
  const states = checkStates(organisationId, found);
  return found.map((p) => {
    const { state, textHash } = states.get(p.codingId)!;
    return { codingId: p.codingId, text: p.text, language: p.language, state, textHash };
  });
}

/** The passages an editor can choose from, by quotable theme, with those already chosen ticked. */
export function quoteChoices(organisationId: number, said: SaidTheme[], chosen: number[]) {
  return said
    .filter((theme) => theme.quotable)
    .map((theme) => {
      const offered = passages(organisationId, theme.themeIds);
      // Chosen quotes stay on offer even when newer passages push them out of the newest few.
      const missing = chosen.filter((id) => !offered.some((p) => p.codingId === id));
      const kept = missing.length ? passages(organisationId, theme.themeIds, missing) : [];
      // A passage a colleague left out is never offered (ADR 0017).
      const open = [...kept, ...offered].filter((p) => p.state !== "withheld");
      return { themeId: theme.id, name: theme.name, nameCy: theme.nameCy, passages: open };
    });
}

export function chosenQuoteIds(organisationId: number, actionId: number): number[] {
  return getDb()
    .select({ codingId: actionQuotes.codingId })
    .from(actionQuotes)
    .innerJoin(codings, and(eq(codings.id, actionQuotes.codingId), eq(codings.organisationId, organisationId)))
    .where(eq(actionQuotes.actionId, actionId))
    .all()
    .map((row) => row.codingId);
}

/** The chosen quotes' redacted text, for the action page. */
export function chosenQuotes(organisationId: number, said: SaidTheme[], chosen: number[]): Passage[] {
  const themeIds = said.flatMap((theme) => theme.themeIds);
  return chosen.length && themeIds.length ? passages(organisationId, themeIds, chosen) : [];
}

export type QuotesRefused = Failure & { changed?: number[] };

/**
 * Replaces the quotes chosen for the public page; each must be a passage of a linked theme that may be quoted, still
 * with the text the person read (`readHashes`, the fingerprints the chooser sent, by coding id).
 */
export function setQuotes(
  actor: Actor,
  actionId: number,
  codingIds: number[],
  readHashes: ReadonlyMap<number, string>,
): { ok: true } | QuotesRefused {
  const action = getAction(actor.organisation.id, actionId);
  const allowedThemes = saidThemes(actor.organisation.id, action.themeIds)
    .filter((theme) => theme.quotable)
    .flatMap((theme) => theme.themeIds);
  const wanted = [...new Set(codingIds)];
  const valid = wanted.length && allowedThemes.length ? passages(actor.organisation.id, allowedThemes, wanted) : [];
  if (valid.length !== wanted.length) return { ok: false, field: "codingId", error: "actions.errors.quoteUnknown" };
  if (valid.some((p) => p.state === "withheld")) return { ok: false, field: "codingId", error: "quoteCheck.errors.withheld" };
  return getDb().transaction((tx) => {
    // Choosing is confirming: the person read each chosen quote and says it identifies no one.
    const confirmed = recordQuoteChecks(
      tx,
      actor,
      wanted.map((codingId) => ({ codingId, decision: "safe" as const, readHash: readHashes.get(codingId) ?? "" })),
      { via: "action", actionId },
    );
    // Nothing is written before every passage is found and read as it is, so returning here leaves it empty.
    if (!confirmed.ok) return { ok: false as const, field: "codingId", error: confirmed.error, changed: confirmed.changed };
    tx.delete(actionQuotes).where(eq(actionQuotes.actionId, actionId)).run();
    if (wanted.length)
      tx.insert(actionQuotes)
        .values(wanted.map((codingId) => ({ actionId, codingId })))
        .run();
    tx.update(actions).set({ updatedAt: new Date().toISOString() }).where(eq(actions.id, actionId)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "action.quotes_chosen",
      objectType: "action",
      objectId: actionId,
      detail: { codings: wanted },
    });
    return { ok: true as const };
  });
}
