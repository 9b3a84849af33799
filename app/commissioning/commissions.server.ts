/**
 * Commissioning relationships between organisations. Any organisation can commission another (a PCC office is
 * simply one that does). The commissioner's admin invites; the service's admin accepts or declines; either
 * side's admin can end an active relationship. Nothing is ever deleted (a trigger refuses it): ending records
 * ended_at, which is where new sharing stops, and what was reported before it stays reported.
 *
 * Every function is scoped by the acting organisation: a relationship the organisation is not part of does not
 * exist for it (404). Every change is audited in both organisations' logs, in the transaction that makes it.
 */
import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Actor } from "../accounts/actor";
import { getDb, type Db } from "../../db/client";
import { commissions, memberships, organisations, users, type CommissionState } from "../../db/schema";
import { emailTaken, issueSetupToken } from "../accounts/users.server";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const commissioner = alias(organisations, "commissioner");
const service = alias(organisations, "service");

export type OrganisationRef = { id: number; slug: string; name: string; nameCy: string };

export type CommissionView = {
  id: number;
  state: CommissionState;
  commissioner: OrganisationRef;
  service: OrganisationRef;
  invitedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  endedAt: string | null;
  endedByOrganisationId: number | null;
  shareThemes: boolean;
};

export type Failure = { ok: false; field: string; error: string };

const LIVE: CommissionState[] = ["invited", "active"];

function selectViews(db: Pick<Db, "select">) {
  return db
    .select({
      id: commissions.id,
      state: commissions.state,
      invitedAt: commissions.invitedAt,
      acceptedAt: commissions.acceptedAt,
      declinedAt: commissions.declinedAt,
      endedAt: commissions.endedAt,
      endedByOrganisationId: commissions.endedByOrganisationId,
      shareThemes: commissions.shareThemes,
      commissionerId: commissioner.id,
      commissionerSlug: commissioner.slug,
      commissionerName: commissioner.name,
      commissionerNameCy: commissioner.nameCy,
      serviceId: service.id,
      serviceSlug: service.slug,
      serviceName: service.name,
      serviceNameCy: service.nameCy,
    })
    .from(commissions)
    .innerJoin(commissioner, eq(commissioner.id, commissions.commissionerOrganisationId))
    .innerJoin(service, eq(service.id, commissions.serviceOrganisationId));
}

type Row = ReturnType<ReturnType<typeof selectViews>["all"]>[number];

const toView = (row: Row): CommissionView => ({
  id: row.id,
  state: row.state,
  invitedAt: row.invitedAt,
  acceptedAt: row.acceptedAt,
  declinedAt: row.declinedAt,
  endedAt: row.endedAt,
  endedByOrganisationId: row.endedByOrganisationId,
  shareThemes: row.shareThemes,
  commissioner: {
    id: row.commissionerId,
    slug: row.commissionerSlug,
    name: row.commissionerName,
    nameCy: row.commissionerNameCy,
  },
  service: { id: row.serviceId, slug: row.serviceSlug, name: row.serviceName, nameCy: row.serviceNameCy },
});

/** The services an organisation commissions or has invited (every state), live ones first. */
export function listCommissionedServices(commissionerOrganisationId: number): CommissionView[] {
  return selectViews(getDb())
    .where(eq(commissions.commissionerOrganisationId, commissionerOrganisationId))
    .orderBy(asc(service.name), desc(commissions.id))
    .all()
    .map(toView)
    .sort((a, b) => Number(LIVE.includes(b.state)) - Number(LIVE.includes(a.state)));
}

/** The organisations that commission (or invite) this service, in every state. */
export function listCommissioners(serviceOrganisationId: number): CommissionView[] {
  return selectViews(getDb())
    .where(eq(commissions.serviceOrganisationId, serviceOrganisationId))
    .orderBy(asc(commissioner.name), desc(commissions.id))
    .all()
    .map(toView)
    .sort((a, b) => Number(LIVE.includes(b.state)) - Number(LIVE.includes(a.state)));
}

/** A relationship the organisation is part of (either side), or 404. */
export function getCommission(organisationId: number, commissionId: number): CommissionView {
  const row = selectViews(getDb())
    .where(
      and(
        eq(commissions.id, commissionId),
        or(eq(commissions.commissionerOrganisationId, organisationId), eq(commissions.serviceOrganisationId, organisationId)),
      ),
    )
    .get();
  if (!row) notFound();
  return toView(row);
}

/** The active relationship between two organisations, if any. */
export function activeCommission(commissionerOrganisationId: number, serviceOrganisationId: number) {
  return getDb()
    .select({ id: commissions.id, shareThemes: commissions.shareThemes, acceptedAt: commissions.acceptedAt })
    .from(commissions)
    .where(
      and(
        eq(commissions.commissionerOrganisationId, commissionerOrganisationId),
        eq(commissions.serviceOrganisationId, serviceOrganisationId),
        eq(commissions.state, "active"),
      ),
    )
    .get();
}

function liveBetween(tx: Pick<Db, "select">, commissionerId: number, serviceId: number) {
  return tx
    .select({ id: commissions.id, state: commissions.state })
    .from(commissions)
    .where(
      and(
        eq(commissions.commissionerOrganisationId, commissionerId),
        eq(commissions.serviceOrganisationId, serviceId),
        inArray(commissions.state, LIVE),
      ),
    )
    .get();
}

function audit(tx: Tx, actor: Actor, orgIds: number[], action: string, commissionId: number, detail?: Record<string, unknown>) {
  for (const organisationId of new Set(orgIds)) {
    recordAudit(tx, { organisationId, actorUserId: actor.id, action, objectType: "commission", objectId: commissionId, detail });
  }
}

function insertInvitation(tx: Tx, actor: Actor, serviceOrganisationId: number, detail: Record<string, unknown>) {
  const now = new Date().toISOString();
  const row = tx
    .insert(commissions)
    .values({
      commissionerOrganisationId: actor.organisation.id,
      serviceOrganisationId,
      state: "invited",
      invitedBy: actor.id,
      invitedAt: now,
    })
    .returning({ id: commissions.id })
    .get();
  audit(tx, actor, [actor.organisation.id, serviceOrganisationId], "commission.invited", row.id, detail);
  return row.id;
}

/** Invites an existing organisation, named by its short name (slug), to be commissioned. */
export function inviteServiceBySlug(actor: Actor, slug: string): { ok: true; id: number } | Failure {
  return getDb().transaction((tx) => {
    const target = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, slug.trim().toLowerCase()))
      .get();
    if (!target) return { ok: false as const, field: "slug", error: "commissioning.errors.unknownOrganisation" };
    if (target.id === actor.organisation.id) return { ok: false as const, field: "slug", error: "commissioning.errors.self" };
    if (liveBetween(tx, actor.organisation.id, target.id))
      return { ok: false as const, field: "slug", error: "commissioning.errors.alreadyLive" };
    return { ok: true as const, id: insertInvitation(tx, actor, target.id, { slug }) };
  });
}

export type NewService = { name: string; nameCy: string; slug: string; adminName: string; adminEmail: string };

/**
 * Creates the service's organisation with its first admin (who gets a one-time set-up link, as any new user
 * does) and invites it, in one transaction. The new admin accepts the invitation once signed in.
 */
export function inviteNewService(
  actor: Actor,
  input: NewService,
): { ok: true; id: number; serviceOrganisationId: number; token: string; expiresAt: string } | Failure {
  return getDb().transaction((tx) => {
    if (tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, input.slug)).get())
      return { ok: false as const, field: "slug", error: "errors.slugTaken" };
    if (emailTaken(tx, input.adminEmail)) return { ok: false as const, field: "adminEmail", error: "errors.emailTaken" };
    const organisation = tx
      .insert(organisations)
      .values({ slug: input.slug, name: input.name, nameCy: input.nameCy })
      .returning({ id: organisations.id })
      .get();
    const user = tx
      .insert(users)
      .values({ organisationId: organisation.id, name: input.adminName, email: input.adminEmail })
      .returning({ id: users.id })
      .get();
    tx.insert(memberships).values({ userId: user.id, role: "admin" }).run();
    const link = issueSetupToken(tx, user.id);
    recordAudit(tx, {
      organisationId: organisation.id,
      actorUserId: actor.id,
      action: "organisation.created",
      objectType: "organisation",
      objectId: organisation.id,
      detail: { byOrganisationId: actor.organisation.id },
    });
    recordAudit(tx, {
      organisationId: organisation.id,
      actorUserId: actor.id,
      action: "user.created",
      objectType: "user",
      objectId: user.id,
      detail: { roles: ["admin"] },
    });
    const id = insertInvitation(tx, actor, organisation.id, { slug: input.slug, created: true });
    return { ok: true as const, id, serviceOrganisationId: organisation.id, ...link };
  });
}

/** The service's admin answers an invitation; answers false when it is no longer open (answered or withdrawn). */
function answerInvitation(actor: Actor, commissionId: number, accept: boolean): boolean {
  const found = getCommission(actor.organisation.id, commissionId);
  if (found.service.id !== actor.organisation.id) notFound();
  return getDb().transaction((tx) => {
    const now = new Date().toISOString();
    const changed = tx
      .update(commissions)
      .set(
        accept
          ? { state: "active", acceptedBy: actor.id, acceptedAt: now }
          : { state: "declined", declinedBy: actor.id, declinedAt: now },
      )
      .where(
        and(
          eq(commissions.id, commissionId),
          eq(commissions.serviceOrganisationId, actor.organisation.id),
          eq(commissions.state, "invited"),
        ),
      )
      .run();
    if (changed.changes !== 1) return false;
    audit(
      tx,
      actor,
      [found.commissioner.id, found.service.id],
      accept ? "commission.accepted" : "commission.declined",
      commissionId,
    );
    return true;
  });
}

export function acceptInvitation(actor: Actor, commissionId: number): boolean {
  return answerInvitation(actor, commissionId, true);
}

export function declineInvitation(actor: Actor, commissionId: number): boolean {
  return answerInvitation(actor, commissionId, false);
}

/**
 * Either side ends a relationship (an open invitation is withdrawn the same way). Nothing is deleted; sharing
 * stops from ended_at. Answers false when it had already ended.
 */
export function endCommission(actor: Actor, commissionId: number): boolean {
  const found = getCommission(actor.organisation.id, commissionId);
  return getDb().transaction((tx) => {
    const changed = tx
      .update(commissions)
      .set({ state: "ended", endedBy: actor.id, endedAt: new Date().toISOString(), endedByOrganisationId: actor.organisation.id })
      .where(and(eq(commissions.id, commissionId), inArray(commissions.state, LIVE)))
      .run();
    if (changed.changes !== 1) return false;
    audit(tx, actor, [found.commissioner.id, found.service.id], "commission.ended", commissionId, { previousState: found.state });
    return true;
  });
}

/** Only the service turns theme sharing on or off, and only while the relationship is active. */
export function setShareThemes(actor: Actor, commissionId: number, share: boolean): boolean {
  const found = getCommission(actor.organisation.id, commissionId);
  if (found.service.id !== actor.organisation.id) notFound();
  return getDb().transaction((tx) => {
    const changed = tx
      .update(commissions)
      .set({ shareThemes: share })
      .where(
        and(
          eq(commissions.id, commissionId),
          eq(commissions.serviceOrganisationId, actor.organisation.id),
          eq(commissions.state, "active"),
        ),
      )
      .run();
    if (changed.changes !== 1) return false;
    audit(
      tx,
      actor,
      [found.commissioner.id, found.service.id],
      share ? "commission.themes_shared" : "commission.themes_unshared",
      commissionId,
    );
    return true;
  });
}

/** Whether the organisation commissions anyone (shows the commissioning pages in its navigation). */
export function commissionsAnyone(organisationId: number): boolean {
  return (
    getDb()
      .select({ id: commissions.id })
      .from(commissions)
      .where(eq(commissions.commissionerOrganisationId, organisationId))
      .limit(1)
      .get() !== undefined
  );
}
