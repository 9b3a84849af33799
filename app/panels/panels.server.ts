/**
 * Panels: setting one up (name, terms of reference, chair, members, the engagements it scrutinises), changing it,
 * and the lists. Every query is scoped by organisation inside the function; every change is written with its audit
 * entry in one transaction. Who may see which panel is access.server.ts; sessions and packs are sessions.server.ts.
 */
import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { engagements, memberships, panelEngagements, panelMembers, panels, panelSessions, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import type { SessionUser } from "../accounts/session.server";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { panelIdsOf } from "./access.server";
import type { PanelInput } from "./schemas";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Failure = { ok: false; field: string; error: string };

/** Active people of the organisation who hold the panel member role: the only people a panel can seat. */
export function memberChoices(organisationId: number, db: Db | Tx = getDb()) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), isNull(users.deactivatedAt), eq(memberships.role, "panel_member")))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

/** The organisation's engagements a panel can scrutinise (archived ones stay out of new choices). */
export function engagementChoices(organisationId: number, db: Db | Tx = getDb()) {
  return db
    .select({ id: engagements.id, title: engagements.title, titleCy: engagements.titleCy, archivedAt: engagements.archivedAt })
    .from(engagements)
    .where(eq(engagements.organisationId, organisationId))
    .orderBy(asc(engagements.title))
    .all();
}

function checkReferences(tx: Tx, organisationId: number, input: PanelInput, current: number[] = []): Failure | null {
  const members = new Set(memberChoices(organisationId, tx).map((person) => person.id));
  const memberIds = [...new Set(input.memberId)];
  // Someone already seated keeps their seat if their role lapses, until an admin takes them off.
  if (memberIds.some((id) => !members.has(id) && !current.includes(id))) {
    return { ok: false, field: "memberId", error: "panels.errors.memberUnknown" };
  }
  if (!memberIds.includes(input.chairUserId)) return { ok: false, field: "chairUserId", error: "panels.errors.chairNotMember" };
  const wanted = [...new Set(input.engagementId)];
  const found = tx
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(inArray(engagements.id, wanted), eq(engagements.organisationId, organisationId)))
    .all();
  if (found.length !== wanted.length) return { ok: false, field: "engagementId", error: "panels.errors.engagementUnknown" };
  return null;
}

const fieldsOf = (input: PanelInput) => ({
  name: input.name,
  nameCy: input.nameCy,
  termsOfReference: input.termsOfReference,
  termsOfReferenceCy: input.termsOfReferenceCy,
  chairUserId: input.chairUserId,
});

export function createPanel(actor: Actor, input: PanelInput): { ok: true; id: number } | Failure {
  return getDb().transaction((tx) => {
    const problem = checkReferences(tx, actor.organisation.id, input);
    if (problem) return problem;
    const created = tx
      .insert(panels)
      .values({ ...fieldsOf(input), organisationId: actor.organisation.id })
      .returning({ id: panels.id })
      .get();
    const memberIds = [...new Set(input.memberId)];
    const engagementIds = [...new Set(input.engagementId)];
    tx.insert(panelMembers)
      .values(memberIds.map((userId) => ({ panelId: created.id, userId })))
      .run();
    tx.insert(panelEngagements)
      .values(engagementIds.map((engagementId) => ({ panelId: created.id, engagementId })))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "panel.created",
      objectType: "panel",
      objectId: created.id,
      detail: { name: input.name, members: memberIds, chair: input.chairUserId, engagements: engagementIds },
    });
    return { ok: true as const, id: created.id };
  });
}

function idsOf(tx: Db | Tx, panelId: number) {
  return {
    members: tx
      .select({ id: panelMembers.userId })
      .from(panelMembers)
      .where(eq(panelMembers.panelId, panelId))
      .all()
      .map((row) => row.id),
    engagements: tx
      .select({ id: panelEngagements.engagementId })
      .from(panelEngagements)
      .where(eq(panelEngagements.panelId, panelId))
      .all()
      .map((row) => row.id),
  };
}

/** Replaces what a set-up sets; sessions already planned or issued keep their themes and packs. */
export function updatePanel(actor: Actor, panelId: number, input: PanelInput): { ok: true } | Failure {
  getPanel(actor.organisation.id, panelId);
  return getDb().transaction((tx) => {
    const before = idsOf(tx, panelId);
    const problem = checkReferences(tx, actor.organisation.id, input, before.members);
    if (problem) return problem;
    tx.update(panels)
      .set(fieldsOf(input))
      .where(and(eq(panels.id, panelId), eq(panels.organisationId, actor.organisation.id)))
      .run();
    const members = [...new Set(input.memberId)];
    const scrutinised = [...new Set(input.engagementId)];
    const diff = (a: number[], b: number[]) => a.filter((id) => !b.includes(id));
    const leaving = diff(before.members, members);
    const joining = diff(members, before.members);
    const dropped = diff(before.engagements, scrutinised);
    const added = diff(scrutinised, before.engagements);
    if (leaving.length)
      tx.delete(panelMembers)
        .where(and(eq(panelMembers.panelId, panelId), inArray(panelMembers.userId, leaving)))
        .run();
    if (joining.length)
      tx.insert(panelMembers)
        .values(joining.map((userId) => ({ panelId, userId })))
        .run();
    if (dropped.length)
      tx.delete(panelEngagements)
        .where(and(eq(panelEngagements.panelId, panelId), inArray(panelEngagements.engagementId, dropped)))
        .run();
    if (added.length)
      tx.insert(panelEngagements)
        .values(added.map((engagementId) => ({ panelId, engagementId })))
        .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "panel.updated",
      objectType: "panel",
      objectId: panelId,
      detail: { chair: input.chairUserId, joining, leaving, engagementsAdded: added, engagementsDropped: dropped },
    });
    return { ok: true as const };
  });
}

/** One panel of the organisation with its people and engagements, or 404. */
export function getPanel(organisationId: number, panelId: number) {
  const db = getDb();
  const panel = db
    .select({
      id: panels.id,
      name: panels.name,
      nameCy: panels.nameCy,
      termsOfReference: panels.termsOfReference,
      termsOfReferenceCy: panels.termsOfReferenceCy,
      chairUserId: panels.chairUserId,
      archivedAt: panels.archivedAt,
    })
    .from(panels)
    .where(and(eq(panels.id, panelId), eq(panels.organisationId, organisationId)))
    .get();
  if (!panel) notFound();
  const members = db
    .select({ id: users.id, name: users.name })
    .from(panelMembers)
    .innerJoin(users, and(eq(users.id, panelMembers.userId), eq(users.organisationId, organisationId)))
    .where(eq(panelMembers.panelId, panelId))
    .orderBy(asc(users.name))
    .all();
  const scrutinised = db
    .select({ id: engagements.id, title: engagements.title, titleCy: engagements.titleCy })
    .from(panelEngagements)
    .innerJoin(
      engagements,
      and(eq(engagements.id, panelEngagements.engagementId), eq(engagements.organisationId, organisationId)),
    )
    .where(eq(panelEngagements.panelId, panelId))
    .orderBy(asc(engagements.title))
    .all();
  return { ...panel, members, engagements: scrutinised };
}

export type PanelRecord = ReturnType<typeof getPanel>;

/** A panel's sessions, latest first; members see only those whose pack has been issued. */
export function listSessions(organisationId: number, panelId: number, includePlanning: boolean) {
  return getDb()
    .select({ id: panelSessions.id, heldOn: panelSessions.heldOn, status: panelSessions.status })
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.organisationId, organisationId),
        eq(panelSessions.panelId, panelId),
        includePlanning ? undefined : ne(panelSessions.status, "planning"),
      ),
    )
    .orderBy(desc(panelSessions.heldOn), desc(panelSessions.id))
    .all();
}

function listPanels(organisationId: number, only: number[] | null) {
  if (only && only.length === 0) return [];
  return getDb()
    .select({ id: panels.id, name: panels.name, nameCy: panels.nameCy, chairName: users.name, archivedAt: panels.archivedAt })
    .from(panels)
    .leftJoin(users, eq(users.id, panels.chairUserId))
    .where(and(eq(panels.organisationId, organisationId), only ? inArray(panels.id, only) : undefined))
    .orderBy(asc(panels.name), asc(panels.id))
    .all();
}

/** The panels a person may open: every panel for an admin, their own for a member. */
export function panelsFor(user: SessionUser) {
  return listPanels(user.organisation.id, user.roles.includes("admin") ? null : panelIdsOf(user));
}

/** The panels a person sits on (as member or chair), whatever else they may open. */
export function ownPanels(user: SessionUser) {
  return listPanels(user.organisation.id, panelIdsOf(user));
}
