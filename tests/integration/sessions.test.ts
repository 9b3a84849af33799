import { existsSync, readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUser, SESSION_COOKIE } from "../../app/accounts/session.server";
import { FailureCounter } from "../../app/accounts/rate-limit.server";
import { hashToken } from "../../app/accounts/tokens.server";
import { config, resetConfigForTests } from "../../app/config.server";
import { en } from "../../app/i18n/locales/en";
import * as accountRoute from "../../app/routes/account";
import * as editUserRoute from "../../app/routes/admin.users.$userId";
import * as signInRoute from "../../app/routes/sign-in";
import * as signOutRoute from "../../app/routes/sign-out";
import { closeDb, getDb } from "../../db/client";
import { makeUser } from "../../db/factories";
import { sessions, users } from "../../db/schema";
import { dataOf, get, makeOrganisationWithUsers, outcome, PASSWORD, post, sessionCookieFor } from "../helpers";
import { startServer, type RunningServer } from "../server-process";

/**
 * Staff sessions (issue #10): a presented id is never adopted, sessions end on
 * time, on sign-out, on deactivation and on a password change, the cookie is
 * locked down and carries only a random id, and sign-in guessing is limited
 * without writing down who guessed.
 */

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let org: Org;
/** People kept apart for rate-limit tests, since a block lasts for the whole window in this process. */
const spare: Record<string, { id: number; email: string }> = {};

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

beforeAll(async () => {
  org = await makeOrganisationWithUsers("sess");
  for (const name of ["guessed", "sprayed", "server-guessed", "server-sprayed", "changer"]) {
    const user = await makeUser(getDb(), {
      organisationId: org.organisation.id,
      email: `${name}@example.org`,
      name,
      roles: ["analyst"],
      password: PASSWORD,
    });
    spare[name] = { id: user.id, email: user.email };
  }
}, 30_000);

let keys = 0;
/** A fresh client key per call unless one is given: an in-process stand-in for the server's salted address hash. */
function context(clientKey = `sessions-client-${(keys += 1)}`) {
  return { cspNonce: "test", clientKey };
}

function signInRequest(fields: { email: string; password: string }, options: { cookie?: string; base?: string } = {}) {
  const body = new URLSearchParams(fields);
  return new Request(`${options.base ?? "http://localhost"}/sign-in`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(options.cookie ? { Cookie: options.cookie } : {}) },
  });
}

async function signIn(
  fields: { email: string; password: string },
  options: { cookie?: string; base?: string; clientKey?: string } = {},
) {
  return outcome(() =>
    signInRoute.action({ request: signInRequest(fields, options), params: {}, context: context(options.clientKey) }),
  );
}

/** Signs in and answers the Set-Cookie header and the random token in it. */
async function signInOk(email: string, options: { cookie?: string; base?: string } = {}) {
  const { thrown } = await signIn({ email, password: PASSWORD }, options);
  expect(thrown?.status, `sign-in of ${email}`).toBe(302);
  const setCookie = thrown!.headers.get("Set-Cookie")!;
  return { setCookie, token: tokenOf(setCookie) };
}

function tokenOf(setCookie: string): string {
  const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(setCookie);
  if (!match) throw new Error(`not a session cookie: ${setCookie}`);
  return match[1];
}

const cookieFor = (token: string) => `${SESSION_COOKIE}=${token}`;

function attributesOf(setCookie: string): Map<string, string> {
  const parts = setCookie.split(";").slice(1);
  return new Map(parts.map((part) => part.trim().split("=") as [string, string]).map(([k, v]) => [k.toLowerCase(), v ?? ""]));
}

function sessionRow(token: string) {
  return getDb()
    .select()
    .from(sessions)
    .where(eq(sessions.idHash, hashToken(token)))
    .get();
}

async function accountPage(cookie: string) {
  return outcome(() => accountRoute.loader({ request: get("/account", cookie), params: {}, context: context() }));
}

/** Every row of every table, as text, and the database file and its write-ahead log as raw bytes. */
function everythingStored(file: string): { rows: string; raw: string } {
  const db = getDb().$client;
  const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
  const rows = tables
    .map(({ name }) => JSON.stringify(db.prepare(`select * from "${name.replaceAll('"', '""')}"`).all()))
    .join("\n");
  const raw = [file, `${file}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString("latin1"))
    .join("\n");
  return { rows, raw };
}

describe("session fixation", () => {
  it("never adopts a session id presented before sign-in: a made-up one, another person's, or an ended one", async () => {
    const lead = org.people.engagement_lead;
    const madeUp = "attacker-chosen-session-id-0123456789abcdefABC";
    const othersToken = tokenOf(org.people.analyst.cookie);
    const ended = (await signInOk(lead.email)).token;
    await signOutRoute.action({ request: post("/sign-out", {}, cookieFor(ended)), params: {}, context: context() });

    expect(getSessionUser(get("/", cookieFor(madeUp))), "a made-up id authenticates").toBeNull();
    expect((await accountPage(cookieFor(madeUp))).thrown?.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
    expect(getSessionUser(get("/", cookieFor(ended)))).toBeNull();

    const presented = [
      { token: madeUp, afterwards: null },
      { token: othersToken, afterwards: org.people.analyst.id },
      { token: ended, afterwards: null },
    ];
    const issued = new Set<string>();
    for (const { token, afterwards } of presented) {
      const fresh = (await signInOk(lead.email, { cookie: cookieFor(token) })).token;
      expect(fresh).toMatch(TOKEN);
      expect(fresh).not.toBe(token);
      issued.add(fresh);
      expect(getSessionUser(get("/", cookieFor(fresh)))?.id).toBe(lead.id);
      // The presented id is not the new user's: it is still nobody, or still the other person.
      expect(getSessionUser(get("/", cookieFor(token)))?.id ?? null).toBe(afterwards);
      expect(sessionRow(token)?.userId ?? null).toBe(afterwards);
    }
    expect(issued.size, "a fresh token for every sign-in").toBe(presented.length);
    console.log("sessions: signed in presenting a made-up, another person's and an ended id; none adopted");
  });
});

describe("session expiry", () => {
  it("stops a session once its expiry has passed", async () => {
    const { token } = await signInOk(org.people.panel_member.email);
    const expireAt = (ms: number) =>
      getDb()
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() + ms).toISOString() })
        .where(eq(sessions.idHash, hashToken(token)))
        .run();

    expireAt(60_000);
    expect(getSessionUser(get("/", cookieFor(token)))?.id, "a minute before expiry").toBe(org.people.panel_member.id);
    expect((await accountPage(cookieFor(token))).thrown).toBeNull();

    expireAt(-1_000);
    expect(getSessionUser(get("/", cookieFor(token))), "a second after expiry").toBeNull();
    const { thrown } = await accountPage(cookieFor(token));
    expect(thrown?.status).toBe(302);
    expect(thrown?.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
    console.log("sessions: moved one session's expiry to a minute ahead (works) and a second ago (sent to sign-in)");
  });

  it("takes the cookie's lifetime and the stored expiry from SESSION_HOURS", async () => {
    const before = process.env.SESSION_HOURS;
    const tried: number[] = [];
    try {
      for (const hours of [undefined, 3]) {
        if (hours === undefined) delete process.env.SESSION_HOURS;
        else process.env.SESSION_HOURS = String(hours);
        resetConfigForTests();
        const expected = hours ?? 12;
        tried.push(expected);
        const started = Date.now();
        const { setCookie, token } = await signInOk(org.people.action_owner.email);
        expect(attributesOf(setCookie).get("max-age")).toBe(String(expected * 3600));
        const expiresAt = Date.parse(sessionRow(token)!.expiresAt);
        expect(expiresAt).toBeGreaterThanOrEqual(started + expected * 3_600_000);
        expect(expiresAt).toBeLessThanOrEqual(Date.now() + expected * 3_600_000);
      }
    } finally {
      if (before === undefined) delete process.env.SESSION_HOURS;
      else process.env.SESSION_HOURS = before;
      resetConfigForTests();
    }
    console.log(`sessions: SESSION_HOURS ${tried.join(" and ")}; cookie Max-Age and stored expiry followed`);
  });

  it("stops a deactivated person's sessions, even one whose row was left behind", async () => {
    const person = org.people.panel_member;
    const token = tokenOf(sessionCookieFor(person.id));
    const setDeactivated = (at: string | null) =>
      getDb().update(users).set({ deactivatedAt: at }).where(eq(users.id, person.id)).run();

    // Straight in the table: the row stays, but a deactivated person is never a session user.
    setDeactivated(new Date().toISOString());
    expect(sessionRow(token)).toBeDefined();
    expect(getSessionUser(get("/", cookieFor(token)))).toBeNull();
    expect((await accountPage(cookieFor(token))).thrown?.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
    setDeactivated(null);
    expect(getSessionUser(get("/", cookieFor(token)))?.id).toBe(person.id);

    // Through the admin page: the sessions are deleted, so reactivating does not bring them back.
    const edit = (intent: string) =>
      editUserRoute.action({
        request: post(`/admin/users/${person.id}`, { intent }, org.people.admin.cookie),
        params: { userId: String(person.id) },
        context: context(),
      });
    expect(dataOf(await edit("deactivate")).status).toBe(200);
    expect(getSessionUser(get("/", cookieFor(token)))).toBeNull();
    expect(sessionRow(token)).toBeUndefined();
    expect(dataOf(await edit("reactivate")).status).toBe(200);
    expect(getSessionUser(get("/", cookieFor(token)))).toBeNull();
    console.log("sessions: deactivated one person in the table and through the admin page; their session stopped both times");
  });
});

describe("ending sessions", () => {
  it("signing out deletes the session on the server, clears the cookie, and a replayed cookie goes to sign-in", async () => {
    const email = org.people.analyst.email;
    const { token } = await signInOk(email);
    const elsewhere = (await signInOk(email)).token;

    // A link or image cannot sign someone out: only a POST does.
    const viaGet = signOutRoute.loader();
    expect(viaGet.status).toBe(302);
    expect(viaGet.headers.get("Set-Cookie")).toBeNull();
    expect(getSessionUser(get("/", cookieFor(token)))).not.toBeNull();

    const response = await signOutRoute.action({
      request: post("/sign-out", {}, cookieFor(token)),
      params: {},
      context: context(),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in");
    const cleared = response.headers.get("Set-Cookie")!;
    expect(tokenOf(cleared)).toBe("");
    expect(attributesOf(cleared).get("max-age")).toBe("0");
    expect(attributesOf(cleared).get("path")).toBe("/");

    expect(sessionRow(token), "the sessions row").toBeUndefined();
    const replay = await accountPage(cookieFor(token));
    expect(replay.thrown?.status).toBe(302);
    expect(replay.thrown?.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
    // Signing out on one device leaves the person's other devices signed in.
    expect(getSessionUser(get("/", cookieFor(elsewhere)))?.id).toBe(org.people.analyst.id);
    console.log("sessions: signed out once, replayed the old cookie; row gone, cookie cleared, sent to sign-in");
  });

  it("changing a password ends every other session of that person, and only after the change succeeds", async () => {
    const person = spare.changer;
    const current = (await signInOk(person.email)).token;
    const others = [(await signInOk(person.email)).token, tokenOf(sessionCookieFor(person.id))];
    const bystander = tokenOf(org.people.admin.cookie);
    const change = (currentPassword: string) =>
      accountRoute.action({
        request: post(
          "/account",
          { currentPassword, password: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
          cookieFor(current),
        ),
        params: {},
        context: context(),
      });

    expect(dataOf(await change("not the password")).status).toBe(400);
    for (const token of others) expect(getSessionUser(get("/", cookieFor(token)))?.id).toBe(person.id);

    expect(dataOf(await change(PASSWORD)).data.ok).toBe(true);
    expect(getSessionUser(get("/", cookieFor(current)))?.id, "the session that changed it").toBe(person.id);
    for (const token of others) expect(getSessionUser(get("/", cookieFor(token)))).toBeNull();
    const rows = getDb().select({ idHash: sessions.idHash }).from(sessions).where(eq(sessions.userId, person.id)).all();
    expect(rows).toEqual([{ idHash: hashToken(current) }]);
    expect(getSessionUser(get("/", cookieFor(bystander)))?.id, "another person's session").toBe(org.people.admin.id);
    console.log(`sessions: changed a password with ${others.length + 1} sessions open; ${others.length} others ended, 1 kept`);
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/, has no Domain, is Secure over https, and holds only a random id stored as a hash", async () => {
    const email = org.people.admin.email;
    const plain = await signInOk(email, { base: "http://localhost" });
    const secure = await signInOk(email, { base: "https://localhost" });
    for (const { setCookie, token } of [plain, secure]) {
      const attributes = attributesOf(setCookie);
      expect(setCookie.split(";")[0]).toBe(cookieFor(token));
      expect(token).toMatch(TOKEN);
      expect(attributes.has("httponly")).toBe(true);
      expect(attributes.get("samesite")).toBe("Lax");
      expect(attributes.get("path")).toBe("/");
      expect(attributes.has("domain")).toBe(false);
      expect(attributes.has("expires") || attributes.has("max-age")).toBe(true);
    }
    expect(attributesOf(plain.setCookie).has("secure")).toBe(false);
    expect(attributesOf(secure.setCookie).has("secure")).toBe(true);

    for (const { token } of [plain, secure]) {
      expect(sessionRow(token)?.idHash).toBe(hashToken(token));
      expect(hashToken(token)).not.toContain(token);
      const { rows, raw } = everythingStored(process.env.DATABASE_URL!);
      expect(rows.includes(token), "a raw token in a table").toBe(false);
      expect(raw.includes(token), "a raw token in the database file").toBe(false);
    }
    console.log("sessions: signed in over http and https; flags checked, 2 raw tokens searched for in every table and the file");
  });
});

describe("sign-in rate limits, in process", () => {
  it("blocks an account after repeated failures from many clients, however the e-mail is written", async () => {
    const person = spare.guessed;
    const limit = config().SIGNIN_MAX_FAILURES_PER_ACCOUNT;
    const spellings = [person.email, person.email.toUpperCase(), ` ${person.email} `, person.email.replace("guessed", "GUESSED")];
    for (let i = 0; i < limit; i += 1) {
      const { value } = await signIn({ email: spellings[i % spellings.length], password: `wrong guess ${i}` });
      expect(dataOf(value).status).toBe(400);
    }
    const { value, thrown } = await signIn({ email: person.email, password: PASSWORD });
    expect(thrown, "signed in while blocked").toBeNull();
    const { status, data } = dataOf(value);
    expect(status).toBe(429);
    expect(data.errors).toEqual({ email: "errors.signInBlocked" });
    expect(data.values).toEqual({ email: person.email });
    expect(en.errors.signInBlocked).toMatch(/^Too many attempts to sign in/);
    console.log(
      `sessions: ${limit} failed sign-ins to 1 account from ${limit} clients in 4 spellings; the right password then refused with 429`,
    );
  });

  it("blocks one client spraying many different e-mails, and only that client", async () => {
    const limit = config().SIGNIN_MAX_FAILURES_PER_ADDRESS;
    const sprayer = "sessions-sprayer-key";
    for (let i = 0; i < limit; i += 1) {
      const { value } = await signIn({ email: `nobody${i}@example.org`, password: "password123456" }, { clientKey: sprayer });
      expect(dataOf(value).data.errors).toEqual({ email: "errors.signInFailed" });
    }
    const blocked = await signIn({ email: spare.sprayed.email, password: PASSWORD }, { clientKey: sprayer });
    expect(blocked.thrown).toBeNull();
    expect(dataOf(blocked.value).status).toBe(429);
    expect(dataOf(blocked.value).data.errors).toEqual({ email: "errors.signInBlocked" });

    const other = await signIn({ email: spare.sprayed.email, password: PASSWORD }, { clientKey: "sessions-someone-else" });
    expect(other.thrown?.status, "the same person from another client").toBe(302);
    console.log(`sessions: ${limit} failed sign-ins from 1 client to ${limit} accounts; that client blocked, another not`);
  });

  it("forgets failures once the window has passed", () => {
    const counter = new FailureCounter(
      () => 3,
      () => 60_000,
    );
    const t = 1_000_000;
    for (let i = 0; i < 3; i += 1) counter.recordFailure("k", t + i);
    expect(counter.isBlocked("k", t + 10)).toBe(true);
    expect(counter.isBlocked("other", t + 10)).toBe(false);
    expect(counter.isBlocked("k", t + 60_003)).toBe(false);
    console.log("sessions: 3 failures in a 1-minute window; blocked at once, free a minute later");
  });
});

/**
 * The production server behind a trusted proxy: the protocol and the address
 * come from X-Forwarded-Proto and X-Forwarded-For, as they would in service.
 */
describe("through the production server", () => {
  const AGENT = "Mozilla/5.0 (SessionProbe 9; Desk) UnmistakableAgent/7.3";
  const PREFIX = "203.0.113.";
  const addressesUsed = new Set<string>();
  const SERVER_HOURS = 3;
  let server: RunningServer;
  let file = "";
  let signInsBefore = 0;
  const signInsRecorded = () =>
    (getDb().$client.prepare("select count(*) as n from audit_events where action = 'user.signed_in'").get() as { n: number }).n;

  beforeAll(async () => {
    file = process.env.DATABASE_URL!;
    signInsBefore = signInsRecorded();
    closeDb();
    server = await startServer({
      DATABASE_URL: file,
      // As the README tells operators to set it: one proxy hop in front of the server.
      TRUST_PROXY: "1",
      SESSION_HOURS: String(SERVER_HOURS),
      SIGNIN_MAX_FAILURES_PER_ACCOUNT: "5",
      SIGNIN_MAX_FAILURES_PER_ADDRESS: "30",
    });
  }, 30_000);

  afterAll(() => {
    if (server?.child.exitCode === null) server.child.kill("SIGKILL");
  });

  function headers(address: number, extra: Record<string, string> = {}) {
    const ip = `${PREFIX}${address}`;
    addressesUsed.add(ip);
    return { "X-Forwarded-For": ip, "User-Agent": AGENT, "Accept-Language": "en-GB", ...extra };
  }

  function postSignIn(address: number, fields: { email: string; password: string }, extra: Record<string, string> = {}) {
    return fetch(`${server.base}/sign-in`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams(fields),
      headers: { ...headers(address, extra), "Content-Type": "application/x-www-form-urlencoded", Origin: server.base },
    });
  }

  it("sets a Secure cookie when the proxy says https, never adopts a planted id, and the new id works", async () => {
    const planted = "planted-by-someone-else-0123456789abcdefghijk";
    const email = org.people.engagement_lead.email;
    const overHttps = await postSignIn(
      10,
      { email, password: PASSWORD },
      { Cookie: cookieFor(planted), "X-Forwarded-Proto": "https" },
    );
    expect(overHttps.status).toBe(302);
    const [setCookie, ...more] = overHttps.headers.getSetCookie();
    expect(more).toEqual([]);
    const attributes = attributesOf(setCookie);
    const token = tokenOf(setCookie);
    expect(token).toMatch(TOKEN);
    expect(token).not.toBe(planted);
    expect(attributes.has("secure")).toBe(true);
    expect(attributes.has("httponly")).toBe(true);
    expect(attributes.get("samesite")).toBe("Lax");
    expect(attributes.get("path")).toBe("/");
    expect(attributes.has("domain")).toBe(false);
    expect(attributes.get("max-age")).toBe(String(SERVER_HOURS * 3600));

    const overHttp = await postSignIn(10, { email, password: PASSWORD });
    expect(overHttp.status).toBe(302);
    expect(attributesOf(overHttp.headers.getSetCookie()[0]).has("secure"), "Secure over plain http").toBe(false);

    const page = (cookie: string) =>
      fetch(`${server.base}/account`, {
        redirect: "manual",
        headers: { ...headers(10), Cookie: cookie, "X-Forwarded-Proto": "https" },
      });
    expect((await page(cookieFor(token))).status).toBe(200);
    const withPlanted = await page(cookieFor(planted));
    expect(withPlanted.status).toBe(302);
    expect(withPlanted.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
    console.log("sessions: signed in through the server over https with a planted id; fresh Secure cookie, planted id refused");
  });

  it("limits guessing per account across addresses and per address across accounts, kindly", async () => {
    const guessed = spare["server-guessed"];
    for (let i = 0; i < 5; i += 1) {
      expect((await postSignIn(20 + i, { email: guessed.email, password: `wrong guess ${i}` })).status).toBe(400);
    }
    const lockedOut = await postSignIn(26, { email: guessed.email, password: PASSWORD });
    expect(lockedOut.status, "right password after 5 failures from 5 addresses").toBe(429);
    expect(await lockedOut.text()).toContain(en.errors.signInBlocked);

    const sprayer = 40;
    for (let i = 0; i < 30; i += 1) {
      const response = await postSignIn(sprayer, { email: `sprayed${i}@example.org`, password: "password123456" });
      expect(response.status).toBe(400);
      await response.arrayBuffer();
    }
    const sprayed = spare["server-sprayed"];
    const fromSprayer = await postSignIn(sprayer, { email: sprayed.email, password: PASSWORD });
    expect(fromSprayer.status, "31st attempt from the spraying address").toBe(429);
    const page = await fromSprayer.text();
    expect(page).toContain(en.errors.signInBlocked);
    expect(page).toContain(`${sprayed.email}`);
    expect(page).not.toContain(`${PREFIX}${sprayer}`);
    expect((await postSignIn(41, { email: sprayed.email, password: PASSWORD })).status, "same person, another address").toBe(302);
    console.log(
      "sessions: 5 failures on 1 account from 5 addresses, then 30 e-mails sprayed from 1 address; both blocked with 429",
    );
  }, 60_000);

  it("stores and logs no address or user agent from any of those attempts", async () => {
    expect(addressesUsed.size).toBeGreaterThan(5);
    server.child.kill("SIGTERM");
    await server.exited;

    const { rows, raw } = everythingStored(file);
    expect(rows.length).toBeGreaterThan(1000);
    const secrets = [...addressesUsed, PREFIX, AGENT, "SessionProbe", "UnmistakableAgent"];
    for (const secret of secrets) {
      expect(rows.includes(secret), `a table holds ${secret}`).toBe(false);
      expect(raw.includes(secret), `the database file holds ${secret}`).toBe(false);
      expect(server.output().includes(secret), `the server output holds ${secret}`).toBe(false);
    }
    // The three sign-ins through the server were recorded, just not where they came from.
    expect(signInsRecorded() - signInsBefore).toBe(3);
    console.log(
      `sessions: ${addressesUsed.size} addresses and 1 user agent searched for in every table, the file and the log; 0 found`,
    );
  });
});
