import type { Actor } from "./actor";
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { memberships, organisations, passwordSetupTokens, sessions, users, type Role } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { config } from "../config.server";
import { notFound } from "../http/responses";
import { hashPassword } from "./password.server";
import { sortRoles } from "./roles";
import { hashToken, randomToken } from "./tokens.server";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function rolesByUser(userIds: number[]): Map<number, Role[]> {
  const map = new Map<number, Role[]>();
  if (userIds.length === 0) return map;
  const rows = getDb()
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(inArray(memberships.userId, userIds))
    .all();
  for (const row of rows) {
    map.set(row.userId, [...(map.get(row.userId) ?? []), row.role]);
  }
  return map;
}

export function listUsers(organisationId: number) {
  const rows = getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
      hasPassword: sql<number>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .orderBy(asc(users.name))
    .all();
  const roles = rolesByUser(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, hasPassword: Boolean(r.hasPassword), roles: sortRoles(roles.get(r.id) ?? []) }));
}

/** A user of the given organisation, or 404: another organisation's users do not exist for you. */
export function getUser(organisationId: number, userId: number) {
  const row = getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
      hasPassword: sql<number>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  const roles = getDb().select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, userId)).all();
  return { ...row, hasPassword: Boolean(row.hasPassword), roles: sortRoles(roles.map((r) => r.role)) };
}

export function emailTaken(tx: Tx, email: string, exceptUserId?: number) {
  const where = exceptUserId === undefined ? eq(users.email, email) : and(eq(users.email, email), ne(users.id, exceptUserId));
  return tx.select({ id: users.id }).from(users).where(where).get() !== undefined;
}

export function issueSetupToken(tx: Tx, userId: number) {
  tx.delete(passwordSetupTokens).where(eq(passwordSetupTokens.userId, userId)).run();
  const token = randomToken();
  const expiresAt = new Date(Date.now() + config().PASSWORD_SETUP_DAYS * 86_400_000).toISOString();
  tx.insert(passwordSetupTokens)
    .values({ tokenHash: hashToken(token), userId, expiresAt })
    .run();
  return { token, expiresAt };
}

export function createUser(actor: Actor, input: { name: string; email: string; roles: Role[] }) {
  return getDb().transaction((tx) => {
    if (emailTaken(tx, input.email)) return { ok: false as const, field: "email", error: "errors.emailTaken" };
    const user = tx
      .insert(users)
      .values({ organisationId: actor.organisation.id, name: input.name, email: input.email })
      .returning({ id: users.id })
      .get();
    tx.insert(memberships)
      .values(input.roles.map((role) => ({ userId: user.id, role })))
      .run();
    const link = issueSetupToken(tx, user.id);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "user.created",
      objectType: "user",
      objectId: user.id,
      detail: { roles: input.roles },
    });
    return { ok: true as const, userId: user.id, ...link };
  });
}

function activeAdminCount(tx: Tx, organisationId: number, exceptUserId: number) {
  const row = tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, "admin")))
    .where(and(eq(users.organisationId, organisationId), isNull(users.deactivatedAt), ne(users.id, exceptUserId)))
    .get();
  return row?.n ?? 0;
}

export function updateUser(actor: Actor, userId: number, input: { name: string; roles: Role[] }) {
  const existing = getUser(actor.organisation.id, userId);
  return getDb().transaction((tx) => {
    const losesAdmin = existing.roles.includes("admin") && !input.roles.includes("admin") && !existing.deactivatedAt;
    if (losesAdmin && activeAdminCount(tx, actor.organisation.id, userId) === 0) {
      return { ok: false as const, field: "roles", error: "errors.lastAdmin" };
    }
    tx.update(users)
      .set({ name: input.name })
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisation.id)))
      .run();
    tx.delete(memberships).where(eq(memberships.userId, userId)).run();
    tx.insert(memberships)
      .values(input.roles.map((role) => ({ userId, role })))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "user.updated",
      objectType: "user",
      objectId: userId,
      detail: { roles: input.roles },
    });
    return { ok: true as const };
  });
}

export function setUserActive(actor: Actor, userId: number, active: boolean) {
  const existing = getUser(actor.organisation.id, userId);
  return getDb().transaction((tx) => {
    if (!active) {
      if (userId === actor.id) return { ok: false as const, error: "users.cannotDeactivateSelf" };
      if (existing.roles.includes("admin") && activeAdminCount(tx, actor.organisation.id, userId) === 0) {
        return { ok: false as const, error: "errors.lastAdmin" };
      }
    }
    tx.update(users)
      .set({ deactivatedAt: active ? null : new Date().toISOString() })
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisation.id)))
      .run();
    if (!active) tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: active ? "user.reactivated" : "user.deactivated",
      objectType: "user",
      objectId: userId,
    });
    return { ok: true as const };
  });
}

export function createSetupLink(actor: Actor, userId: number) {
  getUser(actor.organisation.id, userId);
  return getDb().transaction((tx) => {
    const link = issueSetupToken(tx, userId);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "user.setup_link_created",
      objectType: "user",
      objectId: userId,
    });
    return link;
  });
}

/** The person a set-up link belongs to, if the link is unused, unexpired and the account active. */
export function findSetupToken(token: string) {
  return getDb()
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      organisationNameCy: organisations.nameCy,
    })
    .from(passwordSetupTokens)
    .innerJoin(users, eq(users.id, passwordSetupTokens.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(passwordSetupTokens.tokenHash, hashToken(token)),
        isNull(passwordSetupTokens.usedAt),
        gt(passwordSetupTokens.expiresAt, new Date().toISOString()),
        isNull(users.deactivatedAt),
      ),
    )
    .get();
}

/** Uses a set-up link once. Answers null if it was used (or expired) meanwhile. */
export async function setPasswordWithToken(token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return getDb().transaction((tx) => {
    const now = new Date().toISOString();
    const used = tx
      .update(passwordSetupTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordSetupTokens.tokenHash, hashToken(token)),
          isNull(passwordSetupTokens.usedAt),
          gt(passwordSetupTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordSetupTokens.userId })
      .get();
    if (!used) return null;
    const user = tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, used.userId), isNull(users.deactivatedAt)))
      .returning({ id: users.id, organisationId: users.organisationId })
      .get();
    if (!user) {
      tx.rollback();
      return null;
    }
    tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
    recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: "user.password_set",
      objectType: "user",
      objectId: user.id,
    });
    return user.id;
  });
}

export function findUserForSignIn(email: string) {
  return getDb()
    .select({ id: users.id, organisationId: users.organisationId, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deactivatedAt), isNotNull(users.passwordHash)))
    .get();
}

export function recordSignIn(userId: number, organisationId: number) {
  getDb().transaction((tx) =>
    recordAudit(tx, { organisationId, actorUserId: userId, action: "user.signed_in", objectType: "user", objectId: userId }),
  );
}

export function passwordHashOf(userId: number) {
  return getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.hash ?? null;
}

export async function changePassword(actor: Actor, password: string) {
  const passwordHash = await hashPassword(password);
  getDb().transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "user.password_changed",
      objectType: "user",
      objectId: actor.id,
    });
  });
}

export function setLanguagePreference(userId: number, language: "en" | "cy") {
  getDb().update(users).set({ language }).where(eq(users.id, userId)).run();
}

/** Active people of the organisation, for choosing a lead or an owner. */
export function listActiveStaff(organisationId: number) {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name))
    .all();
}
