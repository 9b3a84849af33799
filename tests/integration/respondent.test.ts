import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { answerFacts, auditEvents, responses, resumeDrafts, surveys } from "../../db/schema";
import * as answerRoute from "../../app/routes/s.$slug.answer";
import * as welcomeRoute from "../../app/routes/s.$slug._index";
import * as resumeRoute from "../../app/routes/s.$slug.resume";
import * as thanksRoute from "../../app/routes/s.$slug.thanks";
import * as organisationRoute from "../../app/routes/o.$orgSlug._index";
import { purgeExpired } from "../../app/respondent/responses.server";
import { readThanksToken, thanksToken } from "../../app/respondent/thanks-token.server";
import { resetConfigForTests } from "../../app/config.server";
import { createSurvey } from "../../app/surveys/surveys.server";
import { DEFAULT_SETTINGS } from "../../app/surveys/schemas";
import { makeOrganisationWithUsers } from "../helpers";
import { answerClient, publishTestSurvey } from "../respondent-helpers";
import { RESPONDENT_SURVEY } from "../fixtures/respondent-survey";

let org: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let surveyId: number;
const SLUG = "treated";
const { load, send, start, asPage, answersOf } = answerClient(SLUG);

const lead = () => ({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } });

/** Walks the plain-HTML path: start, reported yes, contact page, last page, send. */
async function completeByForm(words: string, lng?: string) {
  let page = await start(lng);
  page = asPage(
    (
      await send(
        { journey: page.journey, intent: "next", shown: page.shown, website: "", "q.reported": "yes", "q.treated": "4" },
        { lng },
      )
    ).view,
  );
  expect(page.pageName).toBe("contact");
  page = asPage(
    (
      await send(
        {
          journey: page.journey,
          intent: "next",
          shown: page.shown,
          website: "",
          "q.informed": "true",
          "q.aspects.listened": "agree",
        },
        { lng },
      )
    ).view,
  );
  expect(page.pageName).toBe("words");
  expect(page.isLast).toBe(true);
  const sent = await send(
    { journey: page.journey, intent: "submit", shown: page.shown, website: "", "q.better": words, "q.area": "north" },
    { lng },
  );
  return { page, sent };
}

beforeAll(async () => {
  org = await makeOrganisationWithUsers("resp");
  surveyId = publishTestSurvey(lead(), SLUG);
});

describe("before the survey", () => {
  it("welcomes in English and Welsh with what is kept, how to leave, and a way in", async () => {
    const english = await load(`/s/${SLUG}`, { slug: SLUG }, welcomeRoute as never);
    expect(english.status).toBe(200);
    expect(english.view).toMatchObject({ view: "welcome", title: "How we treated you" });
    const welsh = await load(`/s/${SLUG}?lng=cy`, { slug: SLUG }, welcomeRoute as never);
    expect(welsh.view).toMatchObject({ view: "welcome", title: "Sut y gwnaethon ni eich trin", lang: "cy" });
    expect((welsh.view as unknown as { sensitiveSections: string[] }).sensitiveSections).toEqual(["Yn eich geiriau eich hun"]);
    expect(english.view.chrome.support.length).toBeGreaterThan(0);
    expect(english.view.chrome.organisation?.quickExitUrl).toMatch(/^https:/);
  });

  it("gives kind pages, never bare errors, for unknown, unpublished, closed and not-yet-open surveys", async () => {
    expect((await load("/s/nope", { slug: "nope" }, welcomeRoute as never)).view.view).toBe("unknown");
    expect((await load("/s/nope", { slug: "nope" }, welcomeRoute as never)).status).toBe(404);
    const draft = createSurvey(
      lead(),
      { slug: "never-published", engagementId: null, settings: DEFAULT_SETTINGS },
      structuredClone(RESPONDENT_SURVEY),
    );
    expect(draft.ok).toBe(true);
    expect((await load("/s/never-published", { slug: "never-published" }, answerRoute as never)).view.view).toBe("unknown");
    publishTestSurvey(lead(), "later", RESPONDENT_SURVEY, { opensOn: "2999-01-01" });
    const later = await load("/s/later", { slug: "later" }, welcomeRoute as never);
    expect(later.view).toMatchObject({ view: "not-yet-open", opensOn: "2999-01-01" });
    publishTestSurvey(lead(), "over", RESPONDENT_SURVEY, { closesOn: "2000-01-01" });
    expect((await load("/s/over/answer", { slug: "over" }, answerRoute as never)).view.view).toBe("closed");
    const closedId = publishTestSurvey(lead(), "shut");
    getDb().update(surveys).set({ status: "closed" }).where(eq(surveys.id, closedId)).run();
    expect((await send({ intent: "submit-all", journey: "{}" }, { slug: "shut" })).view.view).toBe("closed");
  });

  it("lists open surveys on the organisation's page, and only those", async () => {
    const { view } = await load(`/o/resp`, { orgSlug: "resp" }, organisationRoute as never);
    const slugs = (view as unknown as { surveys: { slug: string }[] }).surveys.map((s) => s.slug);
    expect(slugs).toContain(SLUG);
    expect(slugs).not.toContain("later");
    expect(slugs).not.toContain("never-published");
    expect((await load(`/o/nobody`, { orgSlug: "nobody" }, organisationRoute as never)).status).toBe(404);
  });
});

describe("answering with plain forms", () => {
  it("shows one page at a time, with the pages that apply given the answers so far", async () => {
    const page = await start();
    expect(page).toMatchObject({ pageName: "start", pageNumber: 1, pageCount: 2 });
    const next = asPage(
      (await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.reported": "yes" })).view,
    );
    expect(next).toMatchObject({ pageName: "contact", pageNumber: 2, pageCount: 3 });
    const back = asPage((await send({ journey: next.journey, intent: "back", shown: next.shown, website: "" })).view);
    expect(back.pageName).toBe("start");
    expect(answersOf(back).reported).toBe("yes");
  });

  it("refuses an out-of-range answer with a message in the person's language, keeping every answer", async () => {
    const page = await start("cy");
    const { status, view } = await send(
      {
        journey: page.journey,
        intent: "next",
        shown: page.shown,
        website: "",
        "q.reported": "no",
        "q.treated": "9",
        "q.help": ["police"],
      },
      { lng: "cy" },
    );
    expect(status).toBe(400);
    const again = asPage(view);
    expect(again.pageName).toBe("start");
    expect(Object.keys(again.errors)).toEqual(["treated"]);
    expect(again.errors.treated.join(" ")).not.toMatch(/choose|answer/i);
    expect(answersOf(again)).toMatchObject({ reported: "no", help: ["police"] });
  });

  it("asks for a required answer with the author's reason, and stores a finished survey once, redacted", async () => {
    let page = await start();
    page = asPage(
      (await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.reported": "no" })).view,
    );
    expect(page.pageName).toBe("words");
    const missing = await send({
      journey: page.journey,
      intent: "submit",
      shown: page.shown,
      website: "",
      "q.better": "Call me on 07700 900123",
    });
    expect(missing.status).toBe(400);
    const withError = asPage(missing.view);
    expect(withError.errors.area.join(" ")).toContain("send your answer to the right local team");
    expect(answersOf(withError).better).toBe("Call me on 07700 900123");

    const before = getDb().select().from(responses).all().length;
    const sent = await send({
      journey: withError.journey,
      intent: "submit",
      shown: withError.shown,
      website: "",
      "q.better": "Call me on 07700 900123",
      "q.area": "south",
    });
    expect(sent.view).toMatchObject({ view: "thanks", danger: false, duplicate: false });
    const again = await send({
      journey: withError.journey,
      intent: "submit",
      shown: withError.shown,
      website: "",
      "q.better": "Call me on 07700 900123",
      "q.area": "south",
    });
    expect(again.view).toMatchObject({ view: "thanks", duplicate: true });
    const rows = getDb().select().from(responses).all();
    expect(rows.length).toBe(before + 1);
    const row = rows.at(-1)!;
    expect(row.answers).toEqual({ reported: "no", better: "Call me on [phone number]", area: "south" });
    expect(row.unredactedText).toEqual({ better: "Call me on 07700 900123" });
    expect(row.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.language).toBe("en");
    expect(row.surveyId).toBe(surveyId);
    const facts = getDb().select().from(answerFacts).where(eq(answerFacts.responseId, row.id)).all();
    expect(facts.map((f) => `${f.questionKey}=${f.value}`).sort()).toEqual(["area=south", "reported=no"]);
  });

  it("drops answers to questions that no longer apply", async () => {
    let page = await start();
    page = asPage(
      (await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.reported": "yes" })).view,
    );
    page = asPage(
      (await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.informed": "false" })).view,
    );
    page = asPage((await send({ journey: page.journey, intent: "back", shown: page.shown, website: "" })).view);
    page = asPage((await send({ journey: page.journey, intent: "back", shown: page.shown, website: "" })).view);
    expect(page.pageName).toBe("start");
    page = asPage(
      (await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.reported": "no" })).view,
    );
    expect(page.pageName).toBe("words");
    const sent = await send({ journey: page.journey, intent: "submit", shown: page.shown, website: "", "q.area": "north" });
    expect(sent.view.view).toBe("thanks");
    const row = getDb().select().from(responses).all().at(-1)!;
    expect(row.answers).toEqual({ reported: "no", area: "north" });
  });

  it("leads with emergency help when free text suggests danger now, and counts it without linking it to anyone", async () => {
    const { sent } = await completeByForm("He is outside my house now and I am scared for my life", "cy");
    expect(sent.view).toMatchObject({ view: "thanks", danger: true, lang: "cy" });
    const row = getDb().select().from(responses).all().at(-1)!;
    expect(row.dangerFlag).toBe(true);
    expect(row.language).toBe("cy");
  });

  it("quietly accepts and stores nothing when the robots' field is filled", async () => {
    const page = await start();
    const before = getDb().select().from(responses).all().length;
    const sent = await send({ journey: page.journey, intent: "submit-all", website: "http://spam.example" });
    expect(sent.view.view).toBe("thanks");
    expect(getDb().select().from(responses).all().length).toBe(before);
  });

  it("starts again kindly when the journey is missing or tampered with", async () => {
    const { status, view } = await send({ journey: '{"v":"x"}', intent: "next" });
    expect(status).toBe(400);
    expect(asPage(view).notice).toBe("expiredForm");
  });
});

describe("after sending (Post/Redirect/Get)", () => {
  const storedCount = () => getDb().select().from(responses).all().length;
  const tokenOf = (location: string) => new URL(location, "http://localhost").searchParams.get("t")!;

  it("answers a sent survey with 303 to a thank-you page whose address holds only the language and an opaque token", async () => {
    const calm = await completeByForm("They were kind. Call me on 07700 900123", "cy");
    const scared = await completeByForm("He is outside my house now and I am scared for my life", "cy");
    for (const { sent } of [calm, scared]) {
      expect(sent.status).toBe(303);
      const address = new URL(sent.location!, "http://localhost");
      expect(address.pathname).toBe(`/s/${SLUG}/thanks`);
      expect([...address.searchParams.keys()]).toEqual(["lng", "t"]);
      expect(address.searchParams.get("lng")).toBe("cy");
      for (const secret of ["07700", "danger", "true", "outside", JSON.parse(calm.page.journey).k as string])
        expect(sent.location).not.toContain(secret);
    }
    // Danger or not, the token looks the same from outside: same length, nothing readable.
    expect(tokenOf(scared.sent.location!).length).toBe(tokenOf(calm.sent.location!).length);
    expect(calm.sent.view).toMatchObject({ view: "thanks", danger: false, duplicate: false, lang: "cy" });
    expect(scared.sent.view).toMatchObject({ view: "thanks", danger: true, duplicate: false, lang: "cy" });
    expect(scared.sent.view.chrome.support.length).toBeGreaterThan(0);
  });

  it("reloading the thank-you page sends nothing again and says the same; a sent form sent again is one response", async () => {
    const { page, sent } = await completeByForm("Reloaded later");
    const before = storedCount();
    for (let i = 0; i < 3; i += 1) {
      const again = await load(sent.location!, { slug: SLUG }, thanksRoute as never);
      expect(again.status).toBe(200);
      expect(again.view).toMatchObject({ view: "thanks", danger: false, duplicate: false });
    }
    expect(storedCount()).toBe(before);
    const resent = await send({ journey: page.journey, intent: "submit", shown: page.shown, website: "", "q.area": "north" });
    expect(resent.status).toBe(303);
    expect(resent.view).toMatchObject({ view: "thanks", duplicate: true });
    expect(storedCount()).toBe(before);
  });

  it("refuses a made-up, altered or another survey's token (404), and after an hour shows the plain thank-you", async () => {
    const { sent } = await completeByForm("He is outside my house now and I am scared for my life");
    const token = tokenOf(sent.location!);
    const unknown = async (t: string, slug = SLUG) =>
      load(`/s/${slug}/thanks?lng=en&t=${encodeURIComponent(t)}`, { slug }, thanksRoute as never);
    const altered = token.slice(0, -2) + (token.endsWith("A") ? "BB" : "AA");
    for (const t of ["", "v1.x.y.z", altered]) {
      const shown = await unknown(t);
      expect(shown.status, t).toBe(404);
      expect(shown.view.view).toBe("unknown");
    }
    publishTestSurvey(lead(), "thanks-other");
    expect((await unknown(token, "thanks-other")).status).toBe(404);

    expect(readThanksToken(surveyId, token)).toEqual({ danger: true, duplicate: false });
    expect(readThanksToken(surveyId, token, Date.now() + 61 * 60_000)).toBe("lapsed");
    const lapsed = thanksToken(surveyId, { danger: true, duplicate: true }, Date.now() - 61 * 60_000);
    const shown = await unknown(lapsed);
    expect(shown.status).toBe(200);
    expect(shown.view).toMatchObject({ view: "thanks", danger: false, duplicate: false });
  });

  it("answers a robot's filled honeypot with the same redirect as a person, storing nothing", async () => {
    const page = await start();
    const before = storedCount();
    const journey = JSON.stringify({ ...JSON.parse(page.journey), a: { area: "north" } });
    const robot = await send({ journey, intent: "submit-all", website: "http://spam.example" });
    expect(robot.status).toBe(303);
    expect(robot.view).toMatchObject({ view: "thanks", danger: false, duplicate: false });
    expect(storedCount()).toBe(before);
  });
});

describe("answering through the survey renderer", () => {
  it("checks every answer on the server and refuses unknown questions, wrong types, outside values and oversize text", async () => {
    const page = await start();
    const journey = (answers: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(page.journey), a: answers });
    const before = getDb().select().from(responses).all().length;
    const cases: Record<string, unknown>[] = [
      { area: "north", sneaky: "x" },
      { area: "north", treated: "five" },
      { area: "north", reported: "maybe" },
      { area: "north", help: "police" },
      { area: "north", better: "x".repeat(5001) },
      { area: "east" },
    ];
    for (const answers of cases) {
      const { status, view } = await send({ journey: journey(answers), intent: "submit-all" });
      expect(status, JSON.stringify(answers)).toBe(400);
      const shown = asPage(view);
      expect(Object.keys(shown.errors).length + shown.general.length, JSON.stringify(answers)).toBeGreaterThan(0);
    }
    expect(getDb().select().from(responses).all().length).toBe(before);
    const ok = await send({
      journey: journey({ area: "north", reported: "no", treated: 5, help: ["hub", "other"], "help-Comment": "my sister" }),
      intent: "submit-all",
    });
    expect(ok.view.view).toBe("thanks");
  });

  it("saves what the renderer holds and brings it back on the page it was on", async () => {
    const page = await start();
    const journey = JSON.stringify({
      ...JSON.parse(page.journey),
      p: "contact",
      a: { reported: "yes", aspects: { listened: "agree" } },
    });
    const saved = await send({ journey, intent: "save-all" });
    expect(saved.view.view).toBe("saved");
    const resumed = asPage((await send({ intent: "resume", code: (saved.view as { code: string }).code })).view);
    expect(resumed.pageName).toBe("contact");
    expect(answersOf(resumed)).toEqual({ reported: "yes", aspects: { listened: "agree" } });
  });
});

describe("save and come back later", () => {
  it("gives a code and its last day, restores the answers by code, and deletes the draft on sending", async () => {
    const draftsBefore = getDb().select().from(resumeDrafts).all().length;
    let page = await start();
    page = asPage(
      (
        await send({
          journey: page.journey,
          intent: "next",
          shown: page.shown,
          website: "",
          "q.reported": "yes",
          "q.treated": "2",
        })
      ).view,
    );
    const saved = await send({ journey: page.journey, intent: "save", shown: page.shown, website: "", "q.informed": "true" });
    expect(saved.view.view).toBe("saved");
    const { code, expiresOn } = saved.view as { code: string; expiresOn: string };
    expect(code).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d{4}$/);
    expect(expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(getDb().select().from(resumeDrafts).all().length).toBe(draftsBefore + 1);

    const resumeForm = await load(`/s/${SLUG}/resume?lng=cy`, { slug: SLUG }, resumeRoute as never);
    expect(resumeForm.view).toMatchObject({ view: "resume", error: null, lang: "cy" });
    const wrong = await send({ intent: "resume", code: "maple-river-otter-0000" });
    expect(wrong.status).toBe(400);
    expect(wrong.view).toMatchObject({ view: "resume", error: "notFound" });
    const empty = await send({ intent: "resume", code: "  " });
    expect(empty.view).toMatchObject({ view: "resume", error: "empty" });

    const resumed = asPage((await send({ intent: "resume", code: `  ${code.toUpperCase().replaceAll("-", " ")} ` })).view);
    expect(resumed.pageName).toBe("contact");
    expect(resumed.notice).toBe("welcomeBack");
    expect(answersOf(resumed)).toMatchObject({ reported: "yes", treated: 2, informed: true });

    const next = asPage((await send({ journey: resumed.journey, intent: "next", shown: resumed.shown, website: "" })).view);
    const sent = await send({ journey: next.journey, intent: "submit", shown: next.shown, website: "", "q.area": "north" });
    expect(sent.view.view).toBe("thanks");
    expect(getDb().select().from(resumeDrafts).all().length).toBe(draftsBefore);
    const after = await send({ intent: "resume", code });
    expect(after.view).toMatchObject({ view: "resume", error: "notFound" });
  }, 30_000);
});

describe("limits and failures", () => {
  it("pauses a busy address with a kind message and the answers kept", async () => {
    process.env.RESPONDENT_MAX_PER_ADDRESS_PER_HOUR = "2";
    resetConfigForTests();
    try {
      const page = await start();
      const fields = { journey: page.journey, intent: "save", shown: page.shown, website: "", "q.reported": "no" };
      expect((await send(fields, { clientKey: "busy" })).view.view).toBe("saved");
      expect((await send(fields, { clientKey: "busy" })).view.view).toBe("saved");
      const third = await send(fields, { clientKey: "busy" });
      expect(third.status).toBe(429);
      expect(asPage(third.view).problem).toBe("limited");
      expect(answersOf(asPage(third.view)).reported).toBe("no");
      expect((await send(fields, { clientKey: "someone-else" })).view.view).toBe("saved");
    } finally {
      delete process.env.RESPONDENT_MAX_PER_ADDRESS_PER_HOUR;
      resetConfigForTests();
    }
  });

  it("says the answers were not saved, keeps them on the page, and writes nothing when the database refuses", async () => {
    let fresh = await start();
    fresh = asPage(
      (await send({ journey: fresh.journey, intent: "next", shown: fresh.shown, website: "", "q.reported": "no" })).view,
    );
    const before = getDb().select().from(responses).all().length;
    getDb().$client.pragma("query_only = ON");
    try {
      const failed = await send({
        journey: fresh.journey,
        intent: "submit",
        shown: fresh.shown,
        website: "",
        "q.better": "kept",
        "q.area": "north",
      });
      expect(failed.status).toBe(503);
      const shown = asPage(failed.view);
      expect(shown.problem).toBe("notSaved");
      expect(answersOf(shown)).toMatchObject({ better: "kept", area: "north", reported: "no" });
    } finally {
      getDb().$client.pragma("query_only = OFF");
    }
    expect(getDb().select().from(responses).all().length).toBe(before);
  });
});

describe("retention", () => {
  it("deletes responses past their survey's retention and expired drafts, with an audit entry", async () => {
    const db = getDb();
    const version = db.select().from(responses).get()!.surveyVersionId;
    const old = {
      organisationId: org.organisation.id,
      surveyId,
      surveyVersionId: version,
      language: "en",
      answers: {},
      unredactedText: {},
    };
    db.insert(responses)
      .values({ ...old, submittedOn: "2020-01-01", submissionKey: "old-one-aaaaaaaaaaaa" })
      .run();
    db.insert(responses)
      .values({ ...old, submittedOn: "2026-11-01", submissionKey: "recent-aaaaaaaaaaaaa" })
      .run();
    db.insert(resumeDrafts)
      .values({
        ...old,
        codeHash: "h1",
        surveyVersionId: version,
        pageName: "start",
        submissionKey: "k",
        expiresOn: "2026-11-20",
      })
      .run();
    const result = purgeExpired("2026-11-25");
    expect(result.responses).toBeGreaterThanOrEqual(1);
    expect(result.drafts).toBe(1);
    const keys = db
      .select({ key: responses.submissionKey })
      .from(responses)
      .all()
      .map((r) => r.key);
    expect(keys).not.toContain("old-one-aaaaaaaaaaaa");
    expect(keys).toContain("recent-aaaaaaaaaaaaa");
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, "responses.purged")).all();
    expect(audit.at(-1)?.detail).toMatchObject({ surveys: [surveyId] });
    expect(purgeExpired("2026-11-25")).toEqual({ responses: 0, drafts: 0 });
  });
});
