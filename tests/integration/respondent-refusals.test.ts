/**
 * A send refused before the app reads it (too large, not a form, unreadable, from another site) still leaves the
 * respondent in the survey's care (issue #18): through the production server, the answer page's refusals come in the
 * respondent layout, in the person's language, with Exit this page, 999, support and a way back; nothing is stored.
 * Pages are never kept by the browser's cache.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../../db/client";
import { makeOrganisationWithUsers } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";
import { startServer, type RunningServer } from "../server-process";

const SLUG = "refusals";
let server: RunningServer;
let file = "";

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("refuse");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG);
  file = process.env.DATABASE_URL!;
  closeDb();
  server = await startServer({ DATABASE_URL: file });
}, 60_000);

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill("SIGKILL");
});

const responseCount = () => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare("select count(*) as n from responses").get() as { n: number }).n;
  db.close();
  return n;
};

async function postTo(path: string, body: BodyInit, headers: Record<string, string>) {
  const response = await fetch(`${server.base}${path}`, { method: "POST", body, headers, redirect: "manual" });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** The respondent layout's promises: a way out, 999, support, and the survey's own pages to go back to. */
function expectInCare(html: string, lang: "en" | "cy") {
  expect(html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
  expect(html).toContain("govuk-exit-this-page");
  expect(html).toContain("999");
  expect(html).toContain('id="support-heading"');
  expect(html).toContain(`href="/s/${SLUG}?lng=${lang}"`);
}

describe("refused sends to a survey", () => {
  it("too large: the survey's own page in Welsh, nothing stored", async () => {
    const before = responseCount();
    const big = new URLSearchParams({ intent: "submit-all", journey: "{}", filler: "x".repeat(1_200_000) }).toString();
    const refused = await postTo(`/s/${SLUG}/answer?lng=cy`, big, {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.base,
    });
    expect(refused.status).toBe(413);
    expect(refused.html).toContain("Roedd hynny&#x27;n ormod i&#x27;w anfon ar unwaith");
    expectInCare(refused.html, "cy");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(responseCount()).toBe(before);
  });

  it("not a form, or unreadable: said kindly in English", async () => {
    const json = await postTo(`/s/${SLUG}/answer?lng=en`, '{"a":1}', { "Content-Type": "application/json", Origin: server.base });
    expect(json.status).toBe(415);
    expect(json.html).toContain("What reached us was not a survey page, so nothing was saved.");
    expectInCare(json.html, "en");
    const broken = await postTo(`/s/${SLUG}/answer?lng=en`, "--x\r\nbroken", {
      "Content-Type": "multipart/form-data; boundary=x",
      Origin: server.base,
    });
    expect(broken.status).toBe(400);
    expect(broken.html).toContain("Part of the page did not reach us properly");
    expectInCare(broken.html, "en");
  });

  it("from another website: refused, explained, nothing stored", async () => {
    const before = responseCount();
    const forged = await postTo(`/s/${SLUG}/answer?lng=cy`, "intent=submit-all&journey=%7B%7D", {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: "https://elsewhere.example",
    });
    expect(forged.status).toBe(403);
    expect(forged.html).toContain("Daeth hynny o wefan arall");
    expectInCare(forged.html, "cy");
    expect(responseCount()).toBe(before);
  });

  it("elsewhere, the bare refusal opens in the person's language and names 999", async () => {
    const big = "x".repeat(1_200_000);
    const welsh = await postTo("/sign-in?lng=cy", big, {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.base,
    });
    expect(welsh.status).toBe(413);
    expect(welsh.html).toMatch(/^<!doctype html><html lang="cy">/);
    expect(welsh.html.indexOf('lang="cy">Roedd')).toBeLessThan(welsh.html.indexOf('lang="en">That'));
    expect(welsh.html).toContain("ffoniwch 999");
    const english = await postTo("/sign-in", big, { "Content-Type": "application/x-www-form-urlencoded", Origin: server.base });
    expect(english.html).toMatch(/^<!doctype html><html lang="en">/);
  });
});

describe("caching", () => {
  it("no page is kept by the browser; a stylesheet that may be cached says so itself", async () => {
    for (const path of [`/s/${SLUG}`, `/s/${SLUG}/answer?lng=cy`, `/s/${SLUG}/resume`, "/o/refuse", "/sign-in"]) {
      const response = await fetch(`${server.base}${path}`);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }
    const theme = await fetch(`${server.base}/theme/1d70b8.css`);
    expect(theme.headers.get("cache-control")).toContain("immutable");
  });
});
