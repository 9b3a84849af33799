import { redirect } from "@remix-run/node";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { memberships, organisations, sessions, users, type Role } from "../../db/schema";
import { config } from "../config.server";
import { forbidden } from "../http/responses";
import { sortRoles } from "./roles";
import { hashToken, randomToken } from "./tokens.server";

export const SESSION_COOKIE = "vv_session";

export type SessionUser = {
  id: number;
  name: string;
  email: string;
  language: "en" | "cy" | null;
  roles: Role[];
  sessionHash: string;
  organisation: { id: number; slug: string; name: string; nameCy: string; brandColour: string };
};

function readSessionToken(request: Request): string | undefined {
  const header = request.headers.get("Cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, value] = part.trim().split("=");
    if (key === SESSION_COOKIE && value) return value;
  }
  return undefined;
}

function cookie(request: Request, value: string, maxAgeSeconds: number): string {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

/** Starts a session and returns the Set-Cookie header that carries only its random id. */
export function startSession(request: Request, userId: number): string {
  const token = randomToken();
  const hours = config().SESSION_HOURS;
  const expiresAt = new Date(Date.now() + hours * 3_600_000).toISOString();
  getDb()
    .insert(sessions)
    .values({ idHash: hashToken(token), userId, expiresAt })
    .run();
  return cookie(request, token, hours * 3600);
}

/**
 * Ends the session on the server and returns the Set-Cookie that clears it. The cookie is cleared even when the
 * database cannot be written just now (maintenance, a full disk): nobody may stay signed in on a shared computer
 * because the row could not be deleted. That row still expires with SESSION_HOURS.
 */
export function endSession(request: Request): string {
  const token = readSessionToken(request);
  if (token) {
    try {
      getDb()
        .delete(sessions)
        .where(eq(sessions.idHash, hashToken(token)))
        .run();
    } catch (error) {
      console.error(`session not ended on the server: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return cookie(request, "", 0);
}

/** Signs a user out everywhere else, after a password change. */
export function endOtherSessions(userId: number, keepHash: string) {
  getDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.idHash, keepHash)))
    .run();
}

export function getSessionUser(request: Request): SessionUser | null {
  const token = readSessionToken(request);
  if (!token) return null;
  const db = getDb();
  const idHash = hashToken(token);
  const row = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      language: users.language,
      orgId: organisations.id,
      orgSlug: organisations.slug,
      orgName: organisations.name,
      orgNameCy: organisations.nameCy,
      brandColour: organisations.brandColour,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, new Date().toISOString()), isNull(users.deactivatedAt)))
    .get();
  if (!row) return null;
  const roles = sortRoles(
    db
      .select({ role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, row.id))
      .all()
      .map((m) => m.role),
  );
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    language: row.language,
    roles,
    sessionHash: idHash,
    organisation: { id: row.orgId, slug: row.orgSlug, name: row.orgName, nameCy: row.orgNameCy, brandColour: row.brandColour },
  };
}

/** Only same-site paths, so a crafted sign-in link cannot send someone elsewhere. */
export function safeRedirectTarget(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}

export function requireUser(request: Request): SessionUser {
  const user = getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(back === "/" ? "/sign-in" : `/sign-in?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

/** The signed-in user, if they hold at least one of the roles; otherwise 403. */
export function requireRole(request: Request, ...allowed: Role[]): SessionUser {
  const user = requireUser(request);
  if (!user.roles.some((role) => allowed.includes(role))) forbidden();
  return user;
}
