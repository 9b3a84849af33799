import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "../../db/client";
import { makeOrganisationWithUsers } from "../helpers";
import { journeyIn, publishTestSurvey } from "../respondent-helpers";
import { startServer, type RunningServer } from "../server-process";

/**
 * The production server, answering real respondents' requests that carry an
 * address, a user agent and a referrer. Afterwards neither the database file
 * nor the server's output holds any of them, nor a time of day for a response,
 * and no respondent page set a cookie.
 */
const ADDRESS = "198.51.100.23";
const AGENT = "Mozilla/5.0 (HiddenPhone 7; Survivor) VeryDistinctiveBrowser/4.2";
const REFERRER = "https://refuge-directory.example/hidden-page";
const SLUG = "anonymity-check";

let server: RunningServer;
let file = "";

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("anon");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG);
  file = process.env.DATABASE_URL!;
  closeDb();
  server = await startServer({ DATABASE_URL: file, TRUST_PROXY: "1", RESPONDENT_LOG_SUMMARY_SECONDS: "1" });
}, 30_000);

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill("SIGKILL");
});

const headers = (n: number) => ({
  "X-Forwarded-For": ADDRESS.replace(/\d+$/, String(n)),
  "User-Agent": AGENT,
  Referer: REFERRER,
});

describe("respondent anonymity, end to end", () => {
  it("stores and logs no address, user agent, referrer or time of day, and sets no cookie", async () => {
    const base = server.base;
    const cookies: string[] = [];
    const pages = ["/o/anon", `/s/${SLUG}`, `/s/${SLUG}/resume?lng=cy`, `/s/${SLUG}/answer?ch=unknown`];
    for (const [i, path] of pages.entries()) {
      const response = await fetch(`${base}${path}`, { headers: headers(i) });
      expect(response.status, path).toBe(200);
      cookies.push(...response.headers.getSetCookie());
    }
    let stored = 0;
    for (let i = 0; i < 12; i += 1) {
      const page = await fetch(`${base}/s/${SLUG}/answer${i % 2 ? "?lng=cy" : ""}`, { headers: headers(i) });
      cookies.push(...page.headers.getSetCookie());
      const journey = journeyIn(await page.text());
      const answers = { reported: "yes", area: "north", better: `Answer ${i}: they were kind. Call 07700 900${100 + i}.` };
      const body = new URLSearchParams({
        journey: JSON.stringify({ ...journey, a: answers }),
        intent: i === 11 ? "save-all" : "submit-all",
      });
      const sent = await fetch(`${base}/s/${SLUG}/answer`, {
        method: "POST",
        body,
        headers: { ...headers(i), "Content-Type": "application/x-www-form-urlencoded", Origin: base },
      });
      cookies.push(...sent.headers.getSetCookie());
      expect(sent.status).toBe(200);
      // A sent survey lands on its thank-you page by a 303 (followed here as a browser would); a save is answered in place.
      expect(sent.redirected).toBe(i !== 11);
      if (i !== 11) expect(new URL(sent.url).pathname).toBe(`/s/${SLUG}/thanks`);
      if (i < 11) stored += 1;
    }
    expect(cookies, "cookies set by respondent pages").toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));

    server.child.kill("SIGTERM");
    await server.exited;

    const db = readFileSync(file).toString("latin1");
    for (const secret of [ADDRESS, "198.51.100", "HiddenPhone", "VeryDistinctiveBrowser", "Mozilla", "refuge-directory"])
      expect(db.includes(secret), `database file contains ${secret}`).toBe(false);

    const reopened = getDb();
    const rows = reopened.$client.prepare("select * from responses").all() as Record<string, unknown>[];
    const drafts = reopened.$client.prepare("select * from resume_drafts").all() as Record<string, unknown>[];
    expect(rows.length).toBe(stored);
    expect(drafts.length).toBe(1);
    for (const row of [...rows, ...drafts]) {
      const text = JSON.stringify(row);
      expect(text, "a time of day in a response or draft").not.toMatch(/\b\d{1,2}:\d{2}\b|\d{4}-\d{2}-\d{2}T\d{2}/);
    }
    const columns = (reopened.$client.prepare("select name from pragma_table_info('responses')").all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.filter((c) => /time|created|updated|address|agent|ip|referr/i.test(c))).toEqual([]);

    const output = server.output();
    for (const secret of [ADDRESS, "198.51.100", "HiddenPhone", "VeryDistinctiveBrowser", "refuge-directory", SLUG, "07700"])
      expect(output.includes(secret), `server output contains ${secret}`).toBe(false);
    const lines = output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; route?: string; counts?: Record<string, number> });
    expect(lines.filter((line) => line.msg === "request" && /^\/(s|o)\//.test(line.route ?? ""))).toEqual([]);
    const counted = (key: string) =>
      lines.filter((line) => line.msg === "respondent requests").reduce((sum, line) => sum + (line.counts?.[key] ?? 0), 0);
    expect(counted("POST /s/:survey/answer 303"), "sent surveys counted in the summaries").toBe(11);
    expect(counted("POST /s/:survey/answer 200"), "the save counted in the summaries").toBe(1);
    expect(counted("GET /s/:survey/thanks 200"), "thank-you pages counted in the summaries").toBe(11);
    console.log(
      `anonymity: ${stored} responses and 1 draft stored from 12 addresses; database file and server output scanned clean`,
    );
  }, 60_000);
});
