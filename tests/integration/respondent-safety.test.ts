/**
 * Respondent safety under real conditions (issue #18), at the route: shared connections are not locked out while a
 * script is still held, the wait is told truly, nothing is stored for a survey sent with no answer, a tampered form
 * keeps what it can, the save page gives a full address, and a long answer's message names its question.
 */
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { responses } from "../../db/schema";
import { resetConfigForTests } from "../../app/config.server";
import type { EmptyView, SavedView } from "../../app/respondent/answer-flow.server";
import { allowRespondentWrite, minutesToWait } from "../../app/respondent/limits.server";
import { issueSubmissionKey } from "../../app/respondent/journey-key.server";
import { makeOrganisationWithUsers } from "../helpers";
import { answerClient, publishTestSurvey } from "../respondent-helpers";
import { ALL_OPTIONAL_SURVEY } from "../fixtures/respondent-survey";

const SLUG = "safety";
const OPTIONAL = "all-optional";
const { send, start, asPage, answersOf } = answerClient(SLUG);
let surveyId: number;
let optionalId: number;

const stored = (id: number) =>
  getDb().select({ id: responses.id }).from(responses).where(eq(responses.surveyId, id)).all().length;

function setEnv(values: Record<string, string>) {
  Object.assign(process.env, values);
  resetConfigForTests();
}
const LIMIT_KEYS = [
  "RESPONDENT_MAX_PER_ADDRESS_PER_HOUR",
  "RESPONDENT_MAX_PER_JOURNEY_PER_HOUR",
  "RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR",
  "RESPONDENT_MAX_PER_SURVEY_PER_MINUTE",
  "PUBLIC_URL",
];
afterEach(() => {
  for (const key of LIMIT_KEYS) delete process.env[key];
  resetConfigForTests();
});

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("safety");
  const lead = { id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } };
  surveyId = publishTestSurvey(lead, SLUG);
  optionalId = publishTestSurvey(lead, OPTIONAL, ALL_OPTIONAL_SURVEY);
}, 30_000);

describe("a shared connection", () => {
  it("lets 200 different respondents behind one address all finish", async () => {
    const before = stored(surveyId);
    const outcomes: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const page = await start();
      const journey = JSON.stringify({ ...JSON.parse(page.journey), a: { reported: "no", area: "north" } });
      const sent = await send({ journey, intent: "submit-all" }, { clientKey: "refuge-wifi" });
      outcomes.push(sent.view.view);
    }
    expect(outcomes.filter((view) => view === "thanks").length).toBe(200);
    expect(stored(surveyId) - before).toBe(200);
    console.log("200 respondents behind one address: 200 stored, 0 refused");
  }, 120_000);

  it("still holds one script flooding a survey: per journey, per address, and for forms it never issued", async () => {
    // One journey sending again and again.
    const page = await start();
    const journey = JSON.stringify({ ...JSON.parse(page.journey), a: { reported: "no" } });
    const saves: number[] = [];
    for (let i = 0; i < 25; i += 1) saves.push((await send({ journey, intent: "save-all" }, { clientKey: "script-a" })).status);
    expect(saves.filter((status) => status === 200).length).toBe(20);
    expect(saves.slice(20).every((status) => status === 429)).toBe(true);

    // Hand-made forms (a journey key the server never issued), each new.
    const forged: number[] = [];
    for (let i = 0; i < 35; i += 1) {
      const made = JSON.stringify({
        ...JSON.parse(page.journey),
        k: `forged-${String(i).padStart(12, "0")}`,
        a: { area: "north" },
      });
      forged.push((await send({ journey: made, intent: "submit-all" }, { clientKey: "script-b" })).status);
    }
    // Each accepted send is a 303 to the thank-you page.
    expect(forged.filter((status) => status === 303).length).toBe(30);
    expect(forged.slice(30).every((status) => status === 429)).toBe(true);

    // A script that fetches a fresh page for every send: held by the address's ceiling.
    setEnv({ RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "40" });
    const fresh: number[] = [];
    for (let i = 0; i < 45; i += 1) {
      const next = await start();
      const made = JSON.stringify({ ...JSON.parse(next.journey), a: { area: "north" } });
      fresh.push((await send({ journey: made, intent: "submit-all" }, { clientKey: "script-c" })).status);
    }
    expect(fresh.filter((status) => status === 303).length).toBe(40);
    expect(fresh.slice(40).every((status) => status === 429)).toBe(true);
    // Nobody else behind another address notices.
    const other = await start();
    const theirs = JSON.stringify({ ...JSON.parse(other.journey), a: { area: "north" } });
    expect((await send({ journey: theirs, intent: "submit-all" }, { clientKey: "someone-else" })).view.view).toBe("thanks");
    console.log("flooding: one journey held after 20, hand-made forms after 30, fresh journeys after the address ceiling");
  }, 120_000);

  it("tells the real wait, in the person's language, with the answers kept and Retry-After set", async () => {
    setEnv({ RESPONDENT_MAX_PER_JOURNEY_PER_HOUR: "1" });
    const page = await start("cy");
    const fields = { journey: page.journey, intent: "save", shown: page.shown, website: "", "q.reported": "no" };
    expect((await send(fields, { lng: "cy", clientKey: "wait" })).view.view).toBe("saved");
    const refused = await send(fields, { lng: "cy", clientKey: "wait" });
    expect(refused.status).toBe(429);
    const view = asPage(refused.view);
    expect(view.problem).toBe("limited");
    expect(view.waitMinutes).toBe(60);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(3590);
    expect(answersOf(view).reported).toBe("no");
  });

  it("works out the wait from the oldest send still counted", () => {
    setEnv({ RESPONDENT_MAX_PER_JOURNEY_PER_HOUR: "2" });
    const key = issueSubmissionKey();
    const t0 = 1_000_000_000;
    expect(allowRespondentWrite("clock", 999, key, t0).ok).toBe(true);
    expect(allowRespondentWrite("clock", 999, key, t0 + 10 * 60_000).ok).toBe(true);
    const third = allowRespondentWrite("clock", 999, key, t0 + 20 * 60_000);
    expect(third).toEqual({ ok: false, waitMs: 40 * 60_000 });
    expect(minutesToWait(40 * 60_000)).toBe(40);
    expect(minutesToWait(1)).toBe(1);
    // Once the first send leaves the hour, one more goes through.
    expect(allowRespondentWrite("clock", 999, key, t0 + 60 * 60_000 + 1).ok).toBe(true);
  });
});

describe("nothing answered", () => {
  it("stores nothing and asks whether they meant to send nothing, from either path, in English and Welsh", async () => {
    const before = stored(optionalId);
    const page = await start(undefined, OPTIONAL);
    const plain = await send(
      { journey: page.journey, intent: "submit", shown: page.shown, website: "", "q.thoughts": "   " },
      { slug: OPTIONAL },
    );
    expect(plain.view.view).toBe("empty");
    const empty = plain.view as EmptyView;
    expect(empty.title).toBe("Anything to add");
    const welsh = await send({ journey: page.journey, intent: "submit-all" }, { slug: OPTIONAL, lng: "cy" });
    expect(welsh.view).toMatchObject({ view: "empty", lang: "cy", title: "Unrhyw beth i'w ychwanegu" });
    expect(stored(optionalId)).toBe(before);
    // Going back keeps the journey; answering then sends as usual.
    const back = asPage((await send({ journey: empty.journey, intent: "show" }, { slug: OPTIONAL })).view);
    const sent = await send(
      { journey: back.journey, intent: "submit", shown: back.shown, website: "", "q.safe": "yes" },
      { slug: OPTIONAL },
    );
    expect(sent.view.view).toBe("thanks");
    expect(stored(optionalId)).toBe(before + 1);
  });
});

describe("a form the server cannot follow", () => {
  it("keeps the answers of the posted page it can still read, on that page, and says it started again", async () => {
    const sent = await send({ journey: "{not json", intent: "next", "q.reported": "yes", "q.treated": "4", website: "" });
    expect(sent.status).toBe(400);
    const page = asPage(sent.view);
    expect(page.notice).toBe("expiredForm");
    expect(page.pageName).toBe("start");
    expect(answersOf(page)).toMatchObject({ reported: "yes", treated: 4 });
    // Nothing readable: a plain fresh start.
    const bare = asPage((await send({ journey: "", intent: "next", "q.nothing": "x" })).view);
    expect(answersOf(bare)).toEqual({});
  });
});

describe("save and come back later", () => {
  it("gives the full address to come back to, from PUBLIC_URL when set", async () => {
    const page = await start();
    const fields = { journey: page.journey, intent: "save", shown: page.shown, website: "", "q.reported": "no" };
    const saved = (await send(fields)).view as SavedView;
    expect(saved.view).toBe("saved");
    expect(saved.resumeUrl).toBe(`http://localhost/s/${SLUG}/resume?lng=en`);
    setEnv({ PUBLIC_URL: "https://voice.example.police.uk/" });
    const welsh = (await send(fields, { lng: "cy" })).view as SavedView;
    expect(welsh.resumeUrl).toBe(`https://voice.example.police.uk/s/${SLUG}/resume?lng=cy`);
  });
});

describe("limits on the plain form", () => {
  it("refuses a long answer over its limit, naming the question, and keeps every character on the page", async () => {
    const before = stored(optionalId);
    const page = await start(undefined, OPTIONAL);
    const long = "y".repeat(5_010);
    const sent = await send(
      { journey: page.journey, intent: "submit", shown: page.shown, website: "", "q.thoughts": long },
      { slug: OPTIONAL },
    );
    expect(sent.status).toBe(400);
    const shown = asPage(sent.view);
    expect(shown.errors.thoughts).toEqual([
      "Your answer to “Anything else?” has 5,010 characters. It must be 5,000 characters or fewer.",
    ]);
    expect(answersOf(shown).thoughts).toBe(long);
    expect(stored(optionalId)).toBe(before);
  });
});
