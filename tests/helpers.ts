import type { Role } from "../db/schema";
import { getDb } from "../db/client";
import { makeOrganisation, makeUser } from "../db/factories";
import { startSession } from "../app/accounts/session.server";

export const BASE = "http://localhost";
export const PASSWORD = "correct horse battery staple";

let counter = 0;

/** An organisation with one user per role (plus extras asked for), each signed in. */
export async function makeOrganisationWithUsers(slug: string) {
  const db = getDb();
  const organisation = makeOrganisation(db, { slug, name: `${slug} Police`, nameCy: `Heddlu ${slug}` });
  const roles: Role[] = ["admin", "engagement_lead", "analyst", "panel_member", "action_owner"];
  const people = {} as Record<Role, { id: number; email: string; cookie: string }>;
  for (const role of roles) {
    const user = await makeUser(db, {
      organisationId: organisation.id,
      email: `${role}.${slug}@example.org`,
      name: `${role} ${slug}`,
      roles: [role],
      password: PASSWORD,
    });
    people[role] = { id: user.id, email: user.email, cookie: sessionCookieFor(user.id) };
  }
  return { organisation, people };
}

export function sessionCookieFor(userId: number): string {
  const setCookie = startSession(new Request(`${BASE}/`), userId);
  return setCookie.split(";")[0];
}

export function get(pathname: string, cookie?: string) {
  return new Request(`${BASE}${pathname}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(pathname: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(`${BASE}${pathname}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export function uniqueEmail() {
  counter += 1;
  return `person${counter}@example.org`;
}

/** Route args for calling a loader or action directly. */
export function args(request: Request, params: Record<string, string> = {}) {
  return { request, params, context: { cspNonce: "test", clientKey: `client-${counter}` } };
}

/** Runs a loader or action and returns what it threw (a Response) or returned. */
export async function outcome(run: () => unknown): Promise<{ thrown: Response | null; value: unknown }> {
  try {
    return { thrown: null, value: await run() };
  } catch (error) {
    if (error instanceof Response) return { thrown: error, value: undefined };
    throw error;
  }
}

/** The status and body of a `data()` result from an action. */
export type ActionBody = {
  ok?: boolean;
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
  [key: string]: unknown;
};

export function dataOf(value: unknown): { status: number; data: ActionBody; headers: Headers } {
  if (value && typeof value === "object" && "type" in value && (value as { type: string }).type === "DataWithResponseInit") {
    const v = value as unknown as { data: unknown; init: { status?: number; headers?: HeadersInit } | null };
    return { status: v.init?.status ?? 200, data: v.data as ActionBody, headers: new Headers(v.init?.headers) };
  }
  return { status: 200, data: value as ActionBody, headers: new Headers() };
}
