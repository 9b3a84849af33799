/**
 * Who may see a panel, and as what. Admins run panels; a panel's chair and members see that panel only (its issued
 * packs and its record), never another panel, never raw responses. Anyone else, and any panel of another
 * organisation, gets 404: the answer must not even confirm that a panel exists.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { panelMembers, panels, panelSessions } from "../../db/schema";
import type { SessionUser } from "../accounts/session.server";
import { notFound } from "../http/responses";

export type PanelRole = "admin" | "chair" | "member";

export type PanelAccess = {
  panel: { id: number; name: string; nameCy: string; chairUserId: number | null; archivedAt: string | null };
  as: PanelRole;
};

/** The panel as `user` may see it, or 404. */
export function panelAccess(user: SessionUser, panelId: number): PanelAccess {
  const db = getDb();
  const panel = db
    .select({
      id: panels.id,
      name: panels.name,
      nameCy: panels.nameCy,
      chairUserId: panels.chairUserId,
      archivedAt: panels.archivedAt,
    })
    .from(panels)
    .where(and(eq(panels.id, panelId), eq(panels.organisationId, user.organisation.id)))
    .get();
  if (!panel) notFound();
  if (user.roles.includes("admin")) return { panel, as: "admin" };
  const member = db
    .select({ userId: panelMembers.userId })
    .from(panelMembers)
    .where(and(eq(panelMembers.panelId, panelId), eq(panelMembers.userId, user.id)))
    .get();
  if (!member) notFound();
  return { panel, as: panel.chairUserId === user.id ? "chair" : "member" };
}

/** A session of a panel the user may see, or 404 (a session id from another panel is not found). */
export function sessionAccess(user: SessionUser, panelId: number, sessionId: number) {
  const access = panelAccess(user, panelId);
  const session = getDb()
    .select({
      id: panelSessions.id,
      heldOn: panelSessions.heldOn,
      status: panelSessions.status,
      packIssuedAt: panelSessions.packIssuedAt,
      signedOffAt: panelSessions.signedOffAt,
    })
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.id, sessionId),
        eq(panelSessions.panelId, panelId),
        eq(panelSessions.organisationId, user.organisation.id),
      ),
    )
    .get();
  if (!session) notFound();
  // Members read a session only once its pack is issued: a pack in planning is still being chosen.
  if (access.as !== "admin" && session.status === "planning") notFound();
  return { ...access, session };
}

/** The ids of the panels a user belongs to (as member or chair). */
export function panelIdsOf(user: SessionUser): number[] {
  return getDb()
    .select({ panelId: panelMembers.panelId })
    .from(panelMembers)
    .innerJoin(panels, eq(panels.id, panelMembers.panelId))
    .where(and(eq(panelMembers.userId, user.id), eq(panels.organisationId, user.organisation.id)))
    .all()
    .map((row) => row.panelId);
}
