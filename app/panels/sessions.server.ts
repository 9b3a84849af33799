/**
 * A panel's sessions: planning one (date, agenda, the themes under review, chosen from the engagements the panel
 * scrutinises) and issuing its pack, which freezes it (database triggers refuse any later change to the pack, the
 * date, the agenda or the themes). Scoped by organisation inside every function; changes are audited in the
 * transaction that makes them.
 */
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { engagements, panelEngagements, panelSessions, panelSessionThemes, surveys, themes, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { packSharedThemes } from "../commissioning/theme-links.server";
import { ukToday } from "../engagements/stages";
import { notFound } from "../http/responses";
import { quoteField, type SentDecision } from "../themes/quote-check";
import { recordQuoteChecks } from "../themes/quote-check.server";
import { buildPack, packQuotePreview, type QuotePreview } from "./pack.server";
import { readPack } from "./pack";
import type { Failure, Tx } from "./panels.server";
import type { SessionInput, SessionThemesInput } from "./schemas";

export function createSession(actor: Actor, panelId: number, input: SessionInput): { ok: true; id: number } {
  return getDb().transaction((tx) => {
    const created = tx
      .insert(panelSessions)
      .values({ organisationId: actor.organisation.id, panelId, ...input })
      .returning({ id: panelSessions.id })
      .get();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "panel_session.created",
      objectType: "panel_session",
      objectId: created.id,
      detail: { panelId, heldOn: input.heldOn },
    });
    return { ok: true as const, id: created.id };
  });
}

/** One session of the panel, with its frozen pack once issued; 404 for another panel's or organisation's. */
export function getSession(organisationId: number, panelId: number, sessionId: number) {
  const row = getDb()
    .select({
      id: panelSessions.id,
      heldOn: panelSessions.heldOn,
      agenda: panelSessions.agenda,
      agendaCy: panelSessions.agendaCy,
      status: panelSessions.status,
      pack: panelSessions.pack,
      packIssuedAt: panelSessions.packIssuedAt,
      packIssuedBy: users.name,
    })
    .from(panelSessions)
    .leftJoin(users, eq(users.id, panelSessions.packIssuedBy))
    .where(
      and(eq(panelSessions.id, sessionId), eq(panelSessions.panelId, panelId), eq(panelSessions.organisationId, organisationId)),
    )
    .get();
  if (!row) notFound();
  const { pack, ...session } = row;
  return { ...session, pack: readPack(pack) };
}

const issued = (tx: Db | Tx, sessionId: number) =>
  tx.select({ status: panelSessions.status }).from(panelSessions).where(eq(panelSessions.id, sessionId)).get()?.status !==
  "planning";

/** Date and agenda, while the session is still being planned. */
export function updateSession(actor: Actor, panelId: number, sessionId: number, input: SessionInput): { ok: true } | Failure {
  getSession(actor.organisation.id, panelId, sessionId);
  return getDb().transaction((tx) => {
    if (issued(tx, sessionId)) return { ok: false as const, field: "form", error: "panels.errors.alreadyIssued" };
    tx.update(panelSessions)
      .set(input)
      .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "panel_session.updated",
      objectType: "panel_session",
      objectId: sessionId,
      detail: { heldOn: input.heldOn },
    });
    return { ok: true as const };
  });
}

/**
 * The themes a session of this panel can review: those of the engagements it scrutinises, from the engagement's
 * codebook or from the own codebook of one of its surveys. Each with the engagement it is reviewed under.
 */
export function themeChoices(organisationId: number, panelId: number, db: Db | Tx = getDb()) {
  const scrutinised = db
    .select({ id: panelEngagements.engagementId })
    .from(panelEngagements)
    .where(eq(panelEngagements.panelId, panelId))
    .all()
    .map((row) => row.id);
  if (scrutinised.length === 0) return [];
  const rows = db
    .select({
      id: themes.id,
      name: themes.name,
      nameCy: themes.nameCy,
      parentId: themes.parentId,
      themeEngagementId: themes.engagementId,
      surveyEngagementId: surveys.engagementId,
      surveyTitle: surveys.title,
    })
    .from(themes)
    .leftJoin(surveys, and(eq(surveys.id, themes.surveyId), eq(surveys.organisationId, organisationId)))
    .where(
      and(
        eq(themes.organisationId, organisationId),
        or(
          inArray(themes.engagementId, scrutinised),
          and(isNull(themes.engagementId), inArray(surveys.engagementId, scrutinised)),
        ),
      ),
    )
    .orderBy(asc(themes.name), asc(themes.id))
    .all();
  const titles = db
    .select({ id: engagements.id, title: engagements.title, titleCy: engagements.titleCy })
    .from(engagements)
    .where(and(eq(engagements.organisationId, organisationId), inArray(engagements.id, scrutinised)))
    .orderBy(asc(engagements.title))
    .all();
  const nameOf = new Map(rows.map((row) => [row.id, { name: row.name, nameCy: row.nameCy }]));
  return titles.map((engagement) => ({
    ...engagement,
    themes: rows
      .filter((row) => (row.themeEngagementId ?? row.surveyEngagementId) === engagement.id)
      .map((row) => ({
        id: row.id,
        name: row.name,
        nameCy: row.nameCy,
        parent: row.parentId ? (nameOf.get(row.parentId) ?? null) : null,
        surveyTitle: row.themeEngagementId === null ? row.surveyTitle : null,
      })),
  }));
}

export type ThemeChoiceGroup = ReturnType<typeof themeChoices>[number];

export function chosenThemeIds(sessionId: number, db: Db | Tx = getDb()): number[] {
  return db
    .select({ themeId: panelSessionThemes.themeId })
    .from(panelSessionThemes)
    .where(eq(panelSessionThemes.sessionId, sessionId))
    .orderBy(asc(panelSessionThemes.position))
    .all()
    .map((row) => row.themeId);
}

/**
 * Issuing refused because quotes the pack would carry are unread, or saving refused because a quote's text changed
 * since the page was loaded (`changed`): with what the issue step should now show.
 */
export type QuotesUnread = {
  ok: false;
  field: string;
  error: string;
  unread: number[];
  changed: number[];
  preview: QuotePreview;
};

/** The preview after a refused issue: the decisions just sent were rolled back, so none shows as made by anyone yet. */
function pendingPreview(preview: QuotePreview, decisions: readonly { codingId: number }[]): QuotePreview {
  const sent = new Set(decisions.map((d) => d.codingId));
  return preview.map((theme) => ({
    ...theme,
    quotes: theme.quotes.map((q) => (sent.has(q.codingId) ? { ...q, decidedBy: null, decidedAt: null } : q)),
  }));
}

/** Thrown inside the issuing transaction to roll back everything it wrote, carrying what to tell the person. */
class IssueRefused extends Error {
  constructor(readonly failure: QuotesUnread | Failure) {
    super("issue refused");
  }
}

/**
 * Sets the themes under review and records the quote decisions sent with them (ADR 0017), and with `issue` builds the
 * pack from them and freezes it, all in one transaction: a pack is never issued from themes other than those saved
 * with it. Issuing needs at least one theme, and every quote the pack would carry read and confirmed safe or left
 * out; a refused issue writes nothing at all (not the themes, not the decisions) and says which quotes are unread.
 */
export function chooseThemes(
  actor: Actor,
  panelId: number,
  sessionId: number,
  input: SessionThemesInput,
  issue: boolean,
  decisions: readonly SentDecision[] = [],
): { ok: true } | Failure | QuotesUnread {
  getSession(actor.organisation.id, panelId, sessionId);
  const organisationId = actor.organisation.id;
  try {
    return getDb().transaction((tx) => inTransaction(tx));
  } catch (error) {
    if (error instanceof IssueRefused) return error.failure;
    throw error;
  }

  function inTransaction(tx: Tx): { ok: true } | Failure {
    if (issued(tx, sessionId)) return { ok: false as const, field: "themeId", error: "panels.errors.alreadyIssued" };
    const allowed = new Map(
      themeChoices(organisationId, panelId, tx).flatMap((group) => group.themes.map((theme) => [theme.id, group.id] as const)),
    );
    const wanted = [...new Set(input.themeId)];
    if (wanted.some((id) => !allowed.has(id)))
      return { ok: false as const, field: "themeId", error: "panels.errors.themeUnknown" };
    // Themes shared by commissioned services (chosen from /commissioning/themes) count towards a pack too.
    const shared = issue ? packSharedThemes(organisationId, sessionId, ukToday(), tx) : [];
    if (issue && wanted.length === 0 && !shared.some((theme) => theme.state === "shared"))
      return {
        ok: false as const,
        field: "themeId",
        // Linked shared themes that services no longer share leave nothing to issue: say so, not just "tick one".
        error: shared.length ? "quoteCheck.errors.sharedAllWithdrawn" : "panels.errors.themesRequired",
      };
    const before = chosenThemeIds(sessionId, tx);
    const changed = before.length !== wanted.length || before.some((id, i) => id !== wanted[i]);
    if (changed) {
      tx.delete(panelSessionThemes).where(eq(panelSessionThemes.sessionId, sessionId)).run();
      if (wanted.length)
        tx.insert(panelSessionThemes)
          .values(wanted.map((themeId, position) => ({ sessionId, themeId, position })))
          .run();
      recordAudit(tx, {
        organisationId,
        actorUserId: actor.id,
        action: "panel_session.themes_chosen",
        objectType: "panel_session",
        objectId: sessionId,
        detail: { themes: wanted },
      });
    }
    const checked = recordQuoteChecks(tx, actor, decisions, { via: "panel_session", sessionId });
    if (!checked.ok) {
      if (!checked.changed) throw new IssueRefused({ ok: false, field: quoteField(checked.codingId), error: checked.error });
      // Nothing was decided: the page shows the quotes as they read now, to be read again. A changed passage may no
      // longer be among them (its new words rank differently): then the message says so instead of "below".
      const preview = packQuotePreview(organisationId, wanted, actor.id);
      const shown = new Set(preview.flatMap((theme) => theme.quotes.map((quote) => quote.codingId)));
      const first = checked.changed.find((id) => shown.has(id));
      throw new IssueRefused({
        ok: false,
        field: first ? quoteField(first) : "form",
        error: first ? checked.error : "quoteCheck.errors.changedGone",
        unread: [],
        changed: checked.changed,
        preview,
      });
    }
    if (!issue) return { ok: true as const };
    const { pack, unread } = buildPack(
      organisationId,
      wanted.map((id) => ({ id, engagementId: allowed.get(id)! })),
      actor.id,
      shared,
    );
    if (unread.length)
      throw new IssueRefused({
        ok: false,
        field: quoteField(unread[0]),
        error: "quoteCheck.errors.unread",
        unread,
        changed: [],
        // What the issue step shows next, as it would be with these themes and decisions (then all rolled back).
        preview: pendingPreview(packQuotePreview(organisationId, wanted, actor.id), decisions),
      });
    const written = tx
      .update(panelSessions)
      .set({ pack, packIssuedAt: new Date().toISOString(), packIssuedBy: actor.id, status: "issued" })
      .where(
        and(
          eq(panelSessions.id, sessionId),
          eq(panelSessions.organisationId, organisationId),
          eq(panelSessions.status, "planning"),
          isNull(panelSessions.pack),
        ),
      )
      .run();
    if (written.changes !== 1) throw new IssueRefused({ ok: false, field: "themeId", error: "panels.errors.alreadyIssued" });
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "panel_session.pack_issued",
      objectType: "panel_session",
      objectId: sessionId,
      detail: {
        panelId,
        themes: wanted,
        engagements: pack.engagements.map((e) => e.id),
        quotes: pack.themes.reduce((n, theme) => n + theme.quotes.length, 0),
        sharedThemes: shared.map((theme) => ({ commissionId: theme.commissionId, themeId: theme.themeId, state: theme.state })),
      },
    });
    return { ok: true as const };
  }
}
