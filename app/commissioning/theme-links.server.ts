/**
 * A commissioner links a theme one of its services shares to its own actions and to the packs of its own panel
 * sessions (issue 20). The theme belongs to the service: the link stores only which relationship and which theme, and
 * every read of the theme's content goes through sharedThemesFor (shared-themes.server.ts), which gives names,
 * descriptions and counts through disclosure control, never a passage, a quote or a response. The commissioner's own
 * theme paths (themeSummary, the pack's quotes, the action's quotes) never see these ids.
 *
 * While the service shares (sharing on, relationship active, the theme still in its codebook) a link shows the theme as
 * shared today; otherwise it shows only that the service no longer shares it. An issued pack keeps the theme as it was
 * shared on the day of issue: that is what was reported to the panel (ADR 0015).
 *
 * Every write is one transaction, audited in the commissioner's log and, without naming the action or session, in the
 * service's: a service can see that its shared themes are used, not what the commissioner wrote.
 */
import { and, asc, eq, max } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import {
  actions,
  actionSharedThemes,
  commissions,
  organisations,
  panels,
  panelSessions,
  panelSessionSharedThemes,
} from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import type { LinkedSharedTheme, ServiceName } from "./linked-theme";
import { sharedThemesFor } from "./shared-themes.server";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type LinkFailure = { ok: false; field: string; error: string };

/** The shared theme as the commissioner sees it today, with its service, or null when it is not shared now. */
export function sharedThemeOf(commissionerOrganisationId: number, commissionId: number, themeId: number, today: string) {
  const shared = sharedThemesFor(commissionerOrganisationId, today);
  const service = shared.services.find((s) => s.commissionId === commissionId);
  const theme = service?.themes.find((t) => t.id === themeId);
  if (!service || !theme) return null;
  return {
    commissionId,
    service: service.service,
    theme,
    quarter: shared.quarter,
    previousQuarter: shared.previousQuarter,
  };
}

/** The service's name for a relationship of this commissioner (kept after it ends: the commissioner knows it). */
function serviceNames(commissionerOrganisationId: number): Map<number, ServiceName> {
  const rows = getDb()
    .select({ id: commissions.id, name: organisations.name, nameCy: organisations.nameCy })
    .from(commissions)
    .innerJoin(organisations, eq(organisations.id, commissions.serviceOrganisationId))
    .where(eq(commissions.commissionerOrganisationId, commissionerOrganisationId))
    .all();
  return new Map(rows.map((row) => [row.id, { name: row.name, nameCy: row.nameCy }]));
}

/** Resolves stored links through what is shared today. */
function resolve(
  commissionerOrganisationId: number,
  links: { commissionId: number; themeId: number }[],
  today: string,
): LinkedSharedTheme[] {
  if (links.length === 0) return [];
  const shared = sharedThemesFor(commissionerOrganisationId, today);
  const names = serviceNames(commissionerOrganisationId);
  return links.map(({ commissionId, themeId }) => {
    const service = shared.services.find((s) => s.commissionId === commissionId);
    const theme = service?.themes.find((t) => t.id === themeId);
    if (!service || !theme)
      return { state: "withdrawn", commissionId, themeId, service: names.get(commissionId) ?? { name: "", nameCy: "" } };
    return {
      state: "shared",
      commissionId,
      themeId,
      service: { name: service.service.name, nameCy: service.service.nameCy },
      name: theme.name,
      nameCy: theme.nameCy,
      description: theme.description,
      descriptionCy: theme.descriptionCy,
      quarter: shared.quarter,
      previousQuarter: shared.previousQuarter,
      thisQuarter: theme.thisQuarter,
      lastQuarter: theme.lastQuarter,
    };
  });
}

/** The shared themes linked to one of the organisation's actions. */
export function sharedThemesOfAction(organisationId: number, actionId: number, today: string): LinkedSharedTheme[] {
  const links = getDb()
    .select({ commissionId: actionSharedThemes.commissionId, themeId: actionSharedThemes.themeId })
    .from(actionSharedThemes)
    .where(and(eq(actionSharedThemes.actionId, actionId), eq(actionSharedThemes.organisationId, organisationId)))
    .orderBy(asc(actionSharedThemes.linkedAt))
    .all();
  return resolve(organisationId, links, today);
}

/** The shared themes chosen for one of the organisation's panel sessions, in the order chosen. */
export function sharedThemesOfSession(organisationId: number, sessionId: number, today: string, db: Db | Tx = getDb()) {
  const links = db
    .select({ commissionId: panelSessionSharedThemes.commissionId, themeId: panelSessionSharedThemes.themeId })
    .from(panelSessionSharedThemes)
    .where(and(eq(panelSessionSharedThemes.sessionId, sessionId), eq(panelSessionSharedThemes.organisationId, organisationId)))
    .orderBy(asc(panelSessionSharedThemes.position))
    .all();
  return resolve(organisationId, links, today);
}

/** The shared themes of a session as its pack freezes them: what is shared on the day of issue, and nothing more. */
export const packSharedThemes = sharedThemesOfSession;

/** Where one shared theme is linked in the organisation, and what it could still be linked to. */
export function linksOfSharedTheme(organisationId: number, commissionId: number, themeId: number) {
  const db = getDb();
  const linkedActions = db
    .select({ id: actions.id, title: actions.title, titleCy: actions.titleCy })
    .from(actionSharedThemes)
    .innerJoin(actions, and(eq(actions.id, actionSharedThemes.actionId), eq(actions.organisationId, organisationId)))
    .where(
      and(
        eq(actionSharedThemes.organisationId, organisationId),
        eq(actionSharedThemes.commissionId, commissionId),
        eq(actionSharedThemes.themeId, themeId),
      ),
    )
    .orderBy(asc(actions.title))
    .all();
  const linkedSessions = db
    .select({
      id: panelSessions.id,
      panelId: panels.id,
      panelName: panels.name,
      panelNameCy: panels.nameCy,
      heldOn: panelSessions.heldOn,
    })
    .from(panelSessionSharedThemes)
    .innerJoin(
      panelSessions,
      and(eq(panelSessions.id, panelSessionSharedThemes.sessionId), eq(panelSessions.organisationId, organisationId)),
    )
    .innerJoin(panels, eq(panels.id, panelSessions.panelId))
    .where(
      and(
        eq(panelSessionSharedThemes.organisationId, organisationId),
        eq(panelSessionSharedThemes.commissionId, commissionId),
        eq(panelSessionSharedThemes.themeId, themeId),
      ),
    )
    .orderBy(asc(panelSessions.heldOn))
    .all();
  const allActions = db
    .select({ id: actions.id, title: actions.title, titleCy: actions.titleCy })
    .from(actions)
    .where(eq(actions.organisationId, organisationId))
    .orderBy(asc(actions.title))
    .all();
  const planned = db
    .select({
      id: panelSessions.id,
      panelId: panels.id,
      panelName: panels.name,
      panelNameCy: panels.nameCy,
      heldOn: panelSessions.heldOn,
    })
    .from(panelSessions)
    .innerJoin(panels, and(eq(panels.id, panelSessions.panelId), eq(panels.organisationId, organisationId)))
    .where(and(eq(panelSessions.organisationId, organisationId), eq(panelSessions.status, "planning")))
    .orderBy(asc(panelSessions.heldOn))
    .all();
  const actionIds = new Set(linkedActions.map((a) => a.id));
  const sessionIds = new Set(linkedSessions.map((s) => s.id));
  return {
    actions: linkedActions,
    sessions: linkedSessions.map((s) => ({ ...s, planning: planned.some((p) => p.id === s.id) })),
    actionChoices: allActions.filter((a) => !actionIds.has(a.id)),
    sessionChoices: planned.filter((s) => !sessionIds.has(s.id)),
  };
}

export type SharedThemeLinks = ReturnType<typeof linksOfSharedTheme>;

function serviceOf(tx: Tx, commissionId: number) {
  return tx.select({ id: commissions.serviceOrganisationId }).from(commissions).where(eq(commissions.id, commissionId)).get()!.id;
}

function audit(tx: Tx, actor: Actor, commissionId: number, themeId: number, action: string, detail: Record<string, unknown>) {
  const service = serviceOf(tx, commissionId);
  recordAudit(tx, {
    organisationId: actor.organisation.id,
    actorUserId: actor.id,
    action,
    objectType: "shared_theme",
    objectId: themeId,
    detail: { commissionId, ...detail },
  });
  // The service's log says its shared theme was used, and by whom (the relationship), not in what.
  recordAudit(tx, {
    organisationId: service,
    actorUserId: actor.id,
    action,
    objectType: "theme",
    objectId: themeId,
    detail: { commissionId },
  });
}

const notShared: LinkFailure = { ok: false, field: "themeId", error: "commissioning.links.errors.notShared" };

/** Links a theme the service shares now to one of the commissioner's actions. */
export function linkSharedThemeToAction(
  actor: Actor,
  commissionId: number,
  themeId: number,
  actionId: number,
  today: string,
): { ok: true } | LinkFailure {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    if (!sharedThemeOf(organisationId, commissionId, themeId, today)) return notShared;
    const action = tx
      .select({ id: actions.id })
      .from(actions)
      .where(and(eq(actions.id, actionId), eq(actions.organisationId, organisationId)))
      .get();
    if (!action) return { ok: false as const, field: "actionId", error: "commissioning.links.errors.actionUnknown" };
    const added = tx
      .insert(actionSharedThemes)
      .values({ actionId, organisationId, commissionId, themeId, linkedBy: actor.id, linkedAt: new Date().toISOString() })
      .onConflictDoNothing()
      .run();
    if (added.changes === 0) return { ok: false as const, field: "actionId", error: "commissioning.links.errors.alreadyLinked" };
    audit(tx, actor, commissionId, themeId, "shared_theme.linked_to_action", { actionId });
    return { ok: true as const };
  });
}

/** Takes a link off one of the commissioner's actions (whether or not the theme is still shared). */
export function unlinkSharedThemeFromAction(actor: Actor, commissionId: number, themeId: number, actionId: number): boolean {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const removed = tx
      .delete(actionSharedThemes)
      .where(
        and(
          eq(actionSharedThemes.actionId, actionId),
          eq(actionSharedThemes.organisationId, organisationId),
          eq(actionSharedThemes.commissionId, commissionId),
          eq(actionSharedThemes.themeId, themeId),
        ),
      )
      .run();
    if (removed.changes === 0) return false;
    audit(tx, actor, commissionId, themeId, "shared_theme.unlinked_from_action", { actionId });
    return true;
  });
}

function planningSession(tx: Tx, organisationId: number, sessionId: number) {
  return tx
    .select({ id: panelSessions.id, status: panelSessions.status, panelId: panelSessions.panelId })
    .from(panelSessions)
    .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
    .get();
}

/** Adds a theme the service shares now to the pack of one of the commissioner's sessions still being planned. */
export function linkSharedThemeToSession(
  actor: Actor,
  commissionId: number,
  themeId: number,
  sessionId: number,
  today: string,
): { ok: true; panelId: number } | LinkFailure {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    if (!sharedThemeOf(organisationId, commissionId, themeId, today)) return notShared;
    const session = planningSession(tx, organisationId, sessionId);
    if (!session) return { ok: false as const, field: "sessionId", error: "commissioning.links.errors.sessionUnknown" };
    if (session.status !== "planning")
      return { ok: false as const, field: "sessionId", error: "commissioning.links.errors.sessionIssued" };
    const last = tx
      .select({ position: max(panelSessionSharedThemes.position) })
      .from(panelSessionSharedThemes)
      .where(eq(panelSessionSharedThemes.sessionId, sessionId))
      .get();
    const added = tx
      .insert(panelSessionSharedThemes)
      .values({
        sessionId,
        organisationId,
        commissionId,
        themeId,
        position: (last?.position ?? -1) + 1,
        linkedBy: actor.id,
        linkedAt: new Date().toISOString(),
      })
      .onConflictDoNothing()
      .run();
    if (added.changes === 0) return { ok: false as const, field: "sessionId", error: "commissioning.links.errors.alreadyLinked" };
    audit(tx, actor, commissionId, themeId, "shared_theme.added_to_pack", { sessionId, panelId: session.panelId });
    return { ok: true as const, panelId: session.panelId };
  });
}

/** Takes a shared theme out of a session's pack while the session is still planned. */
export function unlinkSharedThemeFromSession(
  actor: Actor,
  commissionId: number,
  themeId: number,
  sessionId: number,
): { ok: true; panelId: number } | LinkFailure {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const session = planningSession(tx, organisationId, sessionId);
    if (!session) return { ok: false as const, field: "sessionId", error: "commissioning.links.errors.sessionUnknown" };
    if (session.status !== "planning")
      return { ok: false as const, field: "sessionId", error: "commissioning.links.errors.sessionIssued" };
    const removed = tx
      .delete(panelSessionSharedThemes)
      .where(
        and(
          eq(panelSessionSharedThemes.sessionId, sessionId),
          eq(panelSessionSharedThemes.organisationId, organisationId),
          eq(panelSessionSharedThemes.commissionId, commissionId),
          eq(panelSessionSharedThemes.themeId, themeId),
        ),
      )
      .run();
    if (removed.changes === 0) return { ok: false as const, field: "sessionId", error: "commissioning.links.errors.notLinked" };
    audit(tx, actor, commissionId, themeId, "shared_theme.removed_from_pack", { sessionId, panelId: session.panelId });
    return { ok: true as const, panelId: session.panelId };
  });
}
