/**
 * Storage failure (issue #10), through the production server: the database read-only (DATABASE_READ_ONLY, as in
 * maintenance) and the database full (DATABASE_MAX_MB capped at its current size, so SQLite answers SQLITE_FULL as it
 * would on a full disk). Respondents get the kind "we could not save your answers, they are still here" page with
 * every answer still in the form, in their language; staff get a clear page saying nothing was changed; and no
 * write is ever half-applied.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../../db/client";
import { makeOrganisationWithUsers } from "../helpers";
import { journeyIn, publishTestSurvey } from "../respondent-helpers";
import { startServer, type RunningServer } from "../server-process";

const SLUG = "storage-check";
let file = "";
let lead = "";
const servers: RunningServer[] = [];

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("storage");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG);
  lead = org.people.engagement_lead.cookie;
  file = process.env.DATABASE_URL!;
  closeDb();
}, 30_000);

afterAll(() => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill("SIGKILL");
});

async function start(env: Record<string, string>) {
  const server = await startServer({
    DATABASE_URL: file,
    RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "100000",
    RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR: "100000",
    ...env,
  });
  servers.push(server);
  return server;
}

async function stop(server: RunningServer) {
  server.child.kill("SIGTERM");
  expect(await server.exited).toBe(0);
}

function counts() {
  const db = new Database(file, { readonly: true });
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const result = {
    responses: one("select count(*) as n from responses"),
    drafts: one("select count(*) as n from resume_drafts"),
    facts: one("select count(*) as n from answer_facts"),
    engagements: one("select count(*) as n from engagements"),
    stages: one("select count(*) as n from engagement_stages"),
    audit: one("select count(*) as n from audit_events"),
    /** Engagements without all seven stages or without their audit line: a half-applied write. */
    halfWritten: one(
      `select count(*) as n from engagements e where (select count(*) from engagement_stages s where s.engagement_id = e.id) <> 7
         or not exists (select 1 from audit_events a where a.action = 'engagement.created' and a.object_id = cast(e.id as text))`,
    ),
  };
  db.close();
  return result;
}

const decode = (text: string) => text.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&amp;", "&");

async function freshJourney(base: string) {
  return journeyIn(await (await fetch(`${base}/s/${SLUG}/answer`)).text());
}

let sent = 0;
/** A finished survey sent by the survey renderer, or saved for later; the answers carry a mark to find them by. */
async function respond(base: string, intent: "submit-all" | "save-all", better: string, lng = "en") {
  const journey = await freshJourney(base);
  sent += 1;
  const answers = { reported: "yes", area: "north", better };
  const response = await fetch(`${base}/s/${SLUG}/answer?lng=${lng}`, {
    method: "POST",
    body: new URLSearchParams({
      journey: JSON.stringify({ ...journey, k: `storage-${String(sent).padStart(12, "0")}`, a: answers }),
      intent,
    }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
  });
  const html = await response.text();
  const keptAnswers = html.includes('name="journey"') ? journeyIn(html).a : null;
  return { status: response.status, html, keptAnswers, answers };
}

/** The plain form (no JavaScript): the last page's own fields, which must come back filled in. */
async function respondPlain(base: string, better: string) {
  const journey = { ...(await freshJourney(base)), a: { reported: "yes" }, p: "words" };
  sent += 1;
  const response = await fetch(`${base}/s/${SLUG}/answer`, {
    method: "POST",
    body: new URLSearchParams([
      ["journey", JSON.stringify({ ...journey, k: `storage-${String(sent).padStart(12, "0")}` })],
      ["intent", "submit"],
      ["q.better", better],
      ["q.area", "north"],
      ["website", ""],
      ["shown", "better"],
      ["shown", "area"],
    ]),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
  });
  return { status: response.status, html: await response.text() };
}

async function newEngagement(base: string, title: string, lng = "en") {
  const response = await fetch(`${base}/engagements/new?lng=${lng}`, {
    method: "POST",
    body: new URLSearchParams({
      title,
      purpose: "Listen to victims of burglary. ".repeat(60),
      audience: "Victims",
      status: "planning",
    }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, Cookie: `${lead}; lng=${lng}` },
    redirect: "manual",
  });
  return { status: response.status, html: await response.text() };
}

const NOT_SAVED_EN = "Sorry, we could not save your answers just now. They are still here on this page.";
const NOT_SAVED_CY = "doedden ni ddim yn gallu cadw eich atebion nawr. Maen nhw yma ar y dudalen hon o hyd";
const STAFF_EN = "Sorry, we could not save that";
const STAFF_CY = "doedden ni ddim yn gallu cadw hynny";

describe("when the database cannot be written", () => {
  it("read-only: respondents keep their answers and are asked kindly to try again; staff are told nothing changed", async () => {
    const before = counts();
    const server = await start({ DATABASE_READ_ONLY: "true" });
    expect((await fetch(`${server.base}/readyz`)).status).toBe(503);

    const submitted = await respond(server.base, "submit-all", "They kept me informed. READONLY-MARK-1");
    expect(submitted.status).toBe(503);
    expect(decode(submitted.html)).toContain(NOT_SAVED_EN);
    expect(submitted.keptAnswers).toEqual(submitted.answers);

    const welsh = await respond(server.base, "save-all", "Roedden nhw'n garedig. READONLY-MARK-2", "cy");
    expect(welsh.status).toBe(503);
    expect(decode(welsh.html)).toContain(NOT_SAVED_CY);
    expect(welsh.keptAnswers).toEqual(welsh.answers);

    const plain = await respondPlain(server.base, "The officer listened. READONLY-MARK-3");
    expect(plain.status).toBe(503);
    expect(decode(plain.html)).toContain(NOT_SAVED_EN);
    expect(plain.html, "the typed answer is back in its box").toMatch(
      /<textarea[^>]*name="q\.better"[^>]*>The officer listened\. READONLY-MARK-3<\/textarea>/,
    );

    const staff = await newEngagement(server.base, "Read-only engagement");
    expect(staff.status).toBe(503);
    expect(decode(staff.html)).toContain(STAFF_EN);
    expect(staff.html).not.toMatch(/SQLITE|\n\s+at /);
    const staffCy = await newEngagement(server.base, "Ymgysylltu darllen yn unig", "cy");
    expect(staffCy.status).toBe(503);
    expect(decode(staffCy.html)).toContain(STAFF_CY);

    // Signing out still ends the session in the browser, even though its row cannot be deleted now.
    const signOut = await fetch(`${server.base}/sign-out`, {
      method: "POST",
      headers: { Origin: server.base, Cookie: lead },
      redirect: "manual",
    });
    expect(signOut.status).toBe(302);
    expect(signOut.headers.get("set-cookie")).toMatch(/^vv_session=; .*Max-Age=0/);

    // Pages that only read still work.
    expect((await fetch(`${server.base}/s/${SLUG}`)).status).toBe(200);
    await stop(server);
    expect(server.output()).toContain("storage failure: nothing saved");
    expect(server.output()).not.toContain("READONLY-MARK");
    expect(counts()).toEqual(before);
    console.log(
      "storage: read-only database; 3 respondent writes (renderer, save, plain form) and 2 staff writes refused kindly, sign-out still cleared the cookie, 0 rows changed",
    );
  }, 120_000);

  it("full: every write either lands whole or is refused kindly with nothing half-written", async () => {
    const before = counts();
    const server = await start({ DATABASE_MAX_MB: "0.001" });
    const outcomes = { respondentsStored: 0, respondentsRefused: 0, staffStored: 0, staffRefused: 0 };
    // Keep writing until the file has no room left for either kind of write.
    for (let i = 0; i < 200 && (outcomes.respondentsRefused === 0 || outcomes.staffRefused === 0); i += 1) {
      const answer = await respond(
        server.base,
        "submit-all",
        `Answer ${i}: ${"the officer kept me informed and was kind. ".repeat(40)}`,
      );
      if (answer.status === 200) outcomes.respondentsStored += 1;
      else {
        expect(answer.status).toBe(503);
        expect(decode(answer.html)).toContain(NOT_SAVED_EN);
        expect(answer.keptAnswers).toEqual(answer.answers);
        outcomes.respondentsRefused += 1;
      }
      const staff = await newEngagement(server.base, `Engagement ${i}`);
      if (staff.status === 302) outcomes.staffStored += 1;
      else {
        expect(staff.status).toBe(503);
        expect(decode(staff.html)).toContain(STAFF_EN);
        outcomes.staffRefused += 1;
      }
    }
    await stop(server);
    expect(outcomes.respondentsRefused).toBeGreaterThan(0);
    expect(outcomes.staffRefused).toBeGreaterThan(0);
    const after = counts();
    expect(after.responses - before.responses).toBe(outcomes.respondentsStored);
    expect(after.engagements - before.engagements).toBe(outcomes.staffStored);
    expect(after.halfWritten).toBe(0);

    // Room again (the cap lifted): the same people can send what was refused.
    const again = await start({});
    expect((await respond(again.base, "submit-all", "Sent again once there was room.")).status).toBe(200);
    await stop(again);
    console.log(
      `storage: full database; respondents ${outcomes.respondentsStored} stored, ${outcomes.respondentsRefused} refused kindly; ` +
        `staff ${outcomes.staffStored} stored, ${outcomes.staffRefused} refused clearly; 0 half-written`,
    );
  }, 180_000);
});
