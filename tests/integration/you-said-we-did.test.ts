import { and, desc, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { seedDemo } from "../../db/demo-data";
import { makeEngagement } from "../../db/factories";
import {
  actionEvidence,
  actionQuotes,
  actions,
  actionThemes,
  actionUpdates,
  auditEvents,
  codings,
  engagements,
  organisations,
  responses,
  surveys,
  surveyVersions,
  themes,
  users,
} from "../../db/schema";
import { onCurrentText, recordQuoteChecks } from "../../app/themes/quote-check.server";
import { YouSaidWeDidReport } from "../../app/actions/public-page";
import { publicReport } from "../../app/actions/public.server";
import type { YouSaidView } from "../../app/actions/public-view";
import { resetConfigForTests } from "../../app/config.server";
import { createI18n, type Language } from "../../app/i18n/i18n";
import { isRespondentPath } from "../../app/respondent/chrome.server";
import * as organisationSettings from "../../app/routes/admin.organisation";
import * as editEngagement from "../../app/routes/engagements.$engagementId.edit";
import * as newEngagement from "../../app/routes/engagements.new";
import * as pageRoute from "../../app/routes/o.$orgSlug.you-said-we-did";
import * as atomRoute from "../../app/routes/o.$orgSlug.you-said-we-did[.atom]";
import * as jsonRoute from "../../app/routes/o.$orgSlug.you-said-we-did[.json]";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";
import { childrenNamed, childText, parseXml, type XmlElement } from "../xml";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
type PageBody = {
  view: string;
  lang: Language;
  report: YouSaidView | null;
  feeds: { atom: string; json: string } | null;
  urls: { atom: string; json: string; page: string } | null;
};

let a: Org;
let other: Org;

const ids = { published: 0, unpublished: 0, notTaken: 0, foreign: 0, engagement: 0, emptyEngagement: 0 };
const SECRET = "UNREDACTED-07700-900123";
const OWNER = "Olwen Owner-Name";

function insertResponses(organisationId: number, surveyId: number, texts: string[]) {
  const db = getDb();
  const version = db
    .select({ id: surveyVersions.id })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.version))
    .get()!;
  return texts.map(
    (text, i) =>
      db
        .insert(responses)
        .values({
          organisationId,
          surveyId,
          surveyVersionId: version.id,
          language: i === 0 ? "cy" : "en",
          submittedOn: "2027-03-10",
          answers: { better: text },
          unredactedText: { better: text.replace("[phone number]", SECRET) },
          submissionKey: `ysd-${surveyId}-${i}`,
        })
        .returning({ id: responses.id })
        .get().id,
  );
}

function code(organisationId: number, responseId: number, themeId: number, text: string, start = 0) {
  return getDb()
    .insert(codings)
    .values({ organisationId, responseId, answerKey: "better", start, end: text.length, themeId })
    .returning({ id: codings.id })
    .get().id;
}

function theme(organisationId: number, engagementId: number, name: string, nameCy = "") {
  return getDb().insert(themes).values({ organisationId, engagementId, name, nameCy }).returning({ id: themes.id }).get().id;
}

function action(values: Partial<typeof actions.$inferInsert> & { organisationId: number; engagementId: number; title: string }) {
  return getDb()
    .insert(actions)
    .values({ description: `${values.title}: what changed`, owningTeam: "Contact Centre", raisedOn: "2027-04-01", ...values })
    .returning({ id: actions.id })
    .get().id;
}

beforeAll(async () => {
  a = await makeOrganisationWithUsers("ysd");
  other = await makeOrganisationWithUsers("ysd-other");
  await makeOrganisationWithUsers("ysd-quiet");
  const db = getDb();
  const organisationId = a.organisation.id;
  db.update(organisations).set({ name: "Ysd Police" }).where(eq(organisations.id, organisationId)).run();
  db.update(users).set({ name: OWNER }).where(eq(users.id, a.people.action_owner.id)).run();

  ids.engagement = makeEngagement(db, {
    organisationId,
    title: "Reporting domestic abuse",
    titleCy: "Rhoi gwybod am gam-drin domestig",
    purpose: "Decide how we answer the first call.",
    audience: "Survivors",
    startDate: "2027-01-10",
    endDate: "2027-03-31",
  }).id;
  const surveyId = publishTestSurvey({ id: a.people.engagement_lead.id, organisation: { id: organisationId } }, "ysd-survey");
  db.update(surveys).set({ engagementId: ids.engagement }).where(eq(surveys.id, surveyId)).run();

  // Twenty took part: twelve mention being kept informed, two mention waiting.
  const texts = Array.from({ length: 20 }, (_, i) =>
    i < 12 ? `Nobody kept me up to date, number ${i}. Call me on [phone number].` : `I waited hours for anyone, number ${i}.`,
  );
  const responseIds = insertResponses(organisationId, surveyId, texts);
  const informed = theme(organisationId, ids.engagement, "Being kept informed", "Cael gwybod beth sy'n digwydd");
  const waiting = theme(organisationId, ids.engagement, "Waiting for a response");
  const informedCodings = responseIds.slice(0, 12).map((id, i) => code(organisationId, id, informed, texts[i]));
  const waitingCodings = responseIds.slice(18, 20).map((id, i) => code(organisationId, id, waiting, texts[18 + i]));

  ids.published = action({
    organisationId,
    engagementId: ids.engagement,
    title: "Named contact for every report",
    titleCy: "Cyswllt wedi'i enwi ar gyfer pob adroddiad",
    description: "Everyone now gets a named officer.",
    descriptionCy: "",
    rationale: "Being kept informed was raised most.",
    rationaleCy: "Cael gwybod oedd y peth a godwyd amlaf.",
    ownerUserId: a.people.action_owner.id,
    status: "done",
    doneOn: "2027-05-02",
    targetDate: "2027-06-01",
    published: true,
    publishedAt: "2027-04-20T09:00:00.000Z",
    updatedAt: "2027-05-02T12:00:00.000Z",
  });
  db.insert(actionThemes)
    .values([
      { actionId: ids.published, themeId: informed },
      { actionId: ids.published, themeId: waiting },
    ])
    .run();
  db.insert(actionQuotes)
    .values([
      { actionId: ids.published, codingId: informedCodings[1] },
      { actionId: ids.published, codingId: waitingCodings[0] },
    ])
    .run();
  // Whoever chose them read them: confirmed safe to quote (ADR 0017), as the quote chooser records it.
  db.transaction((tx) =>
    recordQuoteChecks(
      tx,
      { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } },
      onCurrentText(
        a.organisation.id,
        [informedCodings[1], waitingCodings[0]].map((codingId) => ({ codingId, decision: "safe" as const })),
        tx,
      ),
      { via: "action", actionId: ids.published },
    ),
  );
  db.insert(actionUpdates)
    .values([
      {
        actionId: ids.published,
        updateOn: "2027-04-25",
        body: "Training done.",
        bodyCy: "Hyfforddiant wedi'i wneud.",
        statusTo: "in_progress",
      },
      { actionId: ids.published, updateOn: "2027-04-26", body: "PRIVATE-UPDATE rota gaps", isPublic: false },
    ])
    .run();
  db.insert(actionEvidence)
    .values([
      { actionId: ids.published, label: "Contact policy", url: "https://example.org/policy.pdf" },
      { actionId: ids.published, label: "Sneaky", url: "javascript:alert(1)" },
    ])
    .run();

  ids.unpublished = action({
    organisationId,
    engagementId: ids.engagement,
    title: "UNPUBLISHED-ACTION call-backs",
    published: false,
  });
  db.insert(actionThemes).values({ actionId: ids.unpublished, themeId: informed }).run();
  db.insert(actionUpdates).values({ actionId: ids.unpublished, updateOn: "2027-04-25", body: "UNPUBLISHED-UPDATE" }).run();

  ids.emptyEngagement = makeEngagement(db, {
    organisationId,
    title: "Young victims",
    purpose: "Decide what young victims are told.",
    audience: "Young people",
  }).id;
  ids.notTaken = action({
    organisationId,
    engagementId: ids.emptyEngagement,
    title: "Text message updates",
    status: "not_taken_forward",
    statusReason: "People told us texts about their case felt unsafe.",
    published: true,
    publishedAt: "2027-04-01T09:00:00.000Z",
  });

  const foreignEngagement = makeEngagement(db, {
    organisationId: other.organisation.id,
    title: "Another force",
    purpose: "Theirs.",
    audience: "Theirs",
  }).id;
  ids.foreign = action({
    organisationId: other.organisation.id,
    engagementId: foreignEngagement,
    title: "FOREIGN-ACTION",
    published: true,
    publishedAt: "2027-04-01T09:00:00.000Z",
  });
});

afterEach(() => {
  delete process.env.PUBLIC_URL;
  resetConfigForTests();
  getDb().update(organisations).set({ publicStaffNames: false }).where(eq(organisations.id, a.organisation.id)).run();
});

async function page(slug: string, lng?: string) {
  const result = dataOf(
    await pageRoute.loader(args(get(`/o/${slug}/you-said-we-did${lng ? `?lng=${lng}` : ""}`), { orgSlug: slug }) as never),
  );
  return { status: result.status, body: result.data as unknown as PageBody };
}

function html(body: PageBody): string {
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: createI18n(body.lang) },
      createElement(YouSaidWeDidReport, { report: body.report!, feeds: body.feeds! }),
    ),
  );
}

async function json(slug: string, lng?: string) {
  const response = await jsonRoute.loader(
    args(get(`/o/${slug}/you-said-we-did.json${lng ? `?lng=${lng}` : ""}`), { orgSlug: slug }) as never,
  );
  return { response, text: await response.clone().text() };
}

async function atom(slug: string, lng?: string) {
  const response = await atomRoute.loader(
    args(get(`/o/${slug}/you-said-we-did.atom${lng ? `?lng=${lng}` : ""}`), { orgSlug: slug }) as never,
  );
  return { response, text: await response.clone().text() };
}

const actionIdsOf = (body: PageBody) => body.report!.engagements.flatMap((e) => e.actions.map((x) => x.id));

describe("the public page", () => {
  it("shows published actions grouped by engagement, and never an unpublished one or another organisation's", async () => {
    const { status, body } = await page("ysd");
    expect(status).toBe(200);
    expect(body.view).toBe("you-said-we-did");
    expect(body.report!.engagements.map((e) => e.title.text)).toEqual(["Reporting domestic abuse", "Young victims"]);
    expect(actionIdsOf(body)).toEqual([ids.published, ids.notTaken]);
    const markup = html(body);
    for (const heading of ["You said, we did", "We asked", "You said", "We did", "Why this follows from what you said"]) {
      expect(markup).toContain(heading);
    }
    expect(markup).toContain("Named contact for every report");
    expect(markup).toContain("From 10 January 2027 to 31 March 2027.");
    expect(markup).toContain("20 people took part.");
    expect(markup).toContain("Training done.");
    expect(markup).toContain("Status changed to: In progress");
    expect(markup).toContain('href="https://example.org/policy.pdf"');
    expect(markup).toContain("Why we are not taking this forward");
    expect(markup).toContain("People told us texts about their case felt unsafe.");
    expect(markup).toContain("We no longer hold any answers to this");
    for (const hidden of ["UNPUBLISHED", "PRIVATE-UPDATE", "FOREIGN-ACTION", "javascript:", "Sneaky"]) {
      expect(markup).not.toContain(hidden);
    }
    expect(markup).toContain('href="/o/ysd/you-said-we-did.atom"');
    expect(markup).toContain('href="/o/ysd/you-said-we-did.json"');
  });

  it("suppresses small numbers: a theme two people mentioned is 'fewer than 5', and its quotes are not shown", async () => {
    const { body } = await page("ysd");
    const published = body.report!.engagements[0].actions[0];
    expect(published.themes.map((t) => [t.name.text, t.mentionedBy])).toEqual([
      ["Being kept informed", { kind: "count", value: 12 }],
      ["Waiting for a response", { kind: "fewerThan", threshold: 5 }],
    ]);
    const markup = html(body);
    expect(markup).toContain("12 people mentioned this");
    expect(markup).toContain("fewer than 5 people mentioned this");
    expect(markup).not.toMatch(/\b2 people/);
    expect(published.quotes.map((q) => q.text)).toEqual(["Nobody kept me up to date, number 1. Call me on [phone number]."]);
    expect(markup).not.toContain("I waited hours");
  });

  it("hides a theme's count when the rest (who did not mention it) would be a small number", async () => {
    const engagementId = ids.engagement;
    const published = (await page("ysd")).body.report!.engagements[0].actions[0];
    expect(published.themes[0].mentionedBy).toEqual({ kind: "count", value: 12 });
    // Five more people mention being kept informed: 17 of 20 would leave 3 who did not, a small number.
    const organisationId = a.organisation.id;
    const informed = published.themes[0].id;
    const rows = getDb()
      .select({ id: responses.id, answers: responses.answers })
      .from(responses)
      .innerJoin(surveys, eq(surveys.id, responses.surveyId))
      .where(eq(surveys.engagementId, engagementId))
      .all()
      .slice(12, 17);
    const added = rows.map((r) => code(organisationId, r.id, informed, String(r.answers.better)));
    try {
      const after = (await page("ysd")).body.report!.engagements[0].actions[0];
      expect(after.themes[0].mentionedBy).toEqual({ kind: "hidden" });
      expect(html((await page("ysd")).body)).toContain("we do not show how many people mentioned this");
      expect(JSON.parse((await json("ysd")).text).engagements[0].actions[0].youSaid.themes[0].mentionedBy).toEqual({
        notShown: true,
      });
    } finally {
      for (const id of added) getDb().delete(codings).where(eq(codings.id, id)).run();
    }
  });

  it("follows the organisation's own threshold", async () => {
    getDb().update(organisations).set({ disclosureThreshold: 15 }).where(eq(organisations.id, a.organisation.id)).run();
    try {
      const { body } = await page("ysd");
      expect(body.report!.engagements[0].tookPart).toEqual({ kind: "count", value: 20 });
      expect(body.report!.engagements[0].actions[0].themes.map((t) => t.mentionedBy)).toEqual([
        { kind: "fewerThan", threshold: 15 },
        { kind: "fewerThan", threshold: 15 },
      ]);
      // Twelve is below 15 now, so not even the quote from that theme is shown.
      expect(body.report!.engagements[0].actions[0].quotes).toEqual([]);
      expect(html(body)).toContain("fewer than 15 people mentioned this");
      expect(html(body)).not.toContain("12 people");
    } finally {
      getDb().update(organisations).set({ disclosureThreshold: 5 }).where(eq(organisations.id, a.organisation.id)).run();
    }
  });

  it("shows only redacted text, never the original", async () => {
    const { body } = await page("ysd");
    expect(html(body)).toContain("[phone number]");
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect(html(body)).not.toContain(SECRET);
    expect((await json("ysd")).text).not.toContain(SECRET);
    expect((await atom("ysd")).text).not.toContain(SECRET);
  });

  it("names staff only when the organisation chooses to", async () => {
    const before = await page("ysd");
    expect(before.body.report!.engagements[0].actions[0].ownerName).toBeNull();
    expect(html(before.body)).not.toContain(OWNER);
    expect((await json("ysd")).text).not.toContain(OWNER);
    expect((await atom("ysd")).text).not.toContain(OWNER);
    expect(html(before.body)).toContain("Contact Centre");

    getDb().update(organisations).set({ publicStaffNames: true }).where(eq(organisations.id, a.organisation.id)).run();
    const after = await page("ysd");
    expect(html(after.body)).toContain(OWNER);
    expect(html(after.body)).toContain("Person responsible");
    expect(JSON.parse((await json("ysd")).text).engagements[0].actions[0].weDid.owner).toBe(OWNER);
  });

  it('is in Welsh from the Welsh columns, marking English it falls back to with lang="en"', async () => {
    const { body } = await page("ysd", "cy");
    expect(body.lang).toBe("cy");
    const markup = html(body);
    expect(markup).toContain("Dywedoch chi, fe wnaethom ni");
    expect(markup).toContain("Gofynnon ni");
    expect(markup).toContain('<h2 id="engagement-');
    expect(markup).toContain("Rhoi gwybod am gam-drin domestig");
    expect(markup).toContain("Cyswllt wedi&#x27;i enwi ar gyfer pob adroddiad");
    expect(markup).toContain("Cael gwybod oedd y peth a godwyd amlaf.");
    // No Welsh description or purpose was written: the English is shown, marked as English.
    expect(markup).toContain('<p class="govuk-body vv-pre-line" lang="en">Everyone now gets a named officer.</p>');
    expect(markup).toContain('lang="en">Decide how we answer the first call.</p>');
    expect(markup).toContain('lang="en">Waiting for a response</span>');
    expect(markup).toContain("soniodd llai na 5 o bobl am hyn");
    expect(markup).toContain("Cymerodd 20 o bobl ran.");
    expect(markup).toContain("O 10 Ionawr 2027 i 31 Mawrth 2027.");
    expect(markup).toContain('href="/o/ysd/you-said-we-did.atom?lng=cy"');
  });

  it("says honestly that nothing is published yet", async () => {
    const { status, body } = await page("ysd-quiet");
    expect(status).toBe(200);
    expect(body.report!.engagements).toEqual([]);
    expect(html(body)).toContain("Nothing has been published yet.");
  });

  it("gives the kind not-found page for an unknown organisation", async () => {
    const { status, body } = await page("nobody-here");
    expect(status).toBe(404);
    expect(body.view).toBe("organisation-unknown");
    expect(body.report).toBeNull();
    expect((await json("nobody-here")).response.status).toBe(404);
    expect((await atom("nobody-here")).response.status).toBe(404);
  });

  it("links the feed and the JSON as alternates, at absolute addresses from PUBLIC_URL", async () => {
    process.env.PUBLIC_URL = "https://voice.example.police.uk/";
    resetConfigForTests();
    const { body } = await page("ysd", "cy");
    const meta = pageRoute.meta({ data: body, matches: [] } as never) as Record<string, string>[];
    expect(meta).toContainEqual(
      expect.objectContaining({
        tagName: "link",
        rel: "alternate",
        type: "application/atom+xml",
        href: "https://voice.example.police.uk/o/ysd/you-said-we-did.atom?lng=cy",
      }),
    );
    expect(meta).toContainEqual(
      expect.objectContaining({
        type: "application/json",
        href: "https://voice.example.police.uk/o/ysd/you-said-we-did.json?lng=cy",
      }),
    );
    expect(meta).toContainEqual({ name: "robots", content: "noindex" });
  });

  it("is a respondent address, as are the JSON and the feed (no cookies, never logged one by one)", () => {
    for (const path of ["/o/ysd/you-said-we-did", "/o/ysd/you-said-we-did.json", "/o/ysd/you-said-we-did.atom"]) {
      expect(isRespondentPath(path)).toBe(true);
    }
    expect(pageRoute.handle).toEqual({ respondent: true });
  });
});

describe("the JSON", () => {
  it("holds published actions only, with counts as the page shows them and never the raw small count", async () => {
    const { response, text } = await json("ysd");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Set-Cookie")).toBeNull();
    const document = JSON.parse(text);
    expect(document.language).toBe("en");
    expect(document.disclosure.threshold).toBe(5);
    expect(document.links.atom).toBe("http://localhost/o/ysd/you-said-we-did.atom");
    const all = document.engagements.flatMap((e: { actions: { id: number }[] }) => e.actions.map((x) => x.id));
    expect(all).toEqual([ids.published, ids.notTaken]);
    const first = document.engagements[0];
    expect(first.tookPart).toEqual({ count: 20 });
    expect(first.weAsked).toEqual({
      purpose: { text: "Decide how we answer the first call.", lang: "en" },
      startDate: "2027-01-10",
      endDate: "2027-03-31",
    });
    const published = first.actions[0];
    expect(published.url).toBe(`http://localhost/o/ysd/you-said-we-did#action-${ids.published}`);
    expect(published.youSaid.themes.map((t: { mentionedBy: unknown }) => t.mentionedBy)).toEqual([
      { count: 12 },
      { fewerThan: 5 },
    ]);
    expect(published.youSaid.quotes).toHaveLength(1);
    expect(published.weDid).toMatchObject({
      status: "done",
      statusLabel: "Done",
      doneOn: "2027-05-02",
      targetDate: null,
      updates: [{ on: "2027-04-25", text: { text: "Training done.", lang: "en" }, statusTo: "in_progress" }],
      evidence: [{ label: "Contact policy", url: "https://example.org/policy.pdf" }],
    });
    expect(published.weDid.owner).toBeUndefined();
    expect(text).not.toMatch(/"(count|value)": 2\b/);
    for (const hidden of ["UNPUBLISHED", "PRIVATE-UPDATE", "FOREIGN-ACTION", "javascript:", "I waited hours"]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("is in Welsh with ?lng=cy, saying which texts fell back to English", async () => {
    const document = JSON.parse((await json("ysd", "cy")).text);
    expect(document.language).toBe("cy");
    const published = document.engagements[0].actions[0];
    expect(published.title).toEqual({ text: "Cyswllt wedi'i enwi ar gyfer pob adroddiad", lang: "cy" });
    expect(published.weDid.description).toEqual({ text: "Everyone now gets a named officer.", lang: "en" });
    expect(published.weDid.statusLabel).toBe("Wedi'i wneud");
    expect(published.url).toBe(`http://localhost/o/ysd/you-said-we-did?lng=cy#action-${ids.published}`);
  });
});

describe("the Atom feed", () => {
  const entriesOf = (feed: XmlElement) => childrenNamed(feed, "entry");

  it("is well-formed Atom 1.0 with one entry per published action, stable ids and updated times", async () => {
    const { response, text } = await atom("ysd");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseXml(text);
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.attributes["xml:lang"]).toBe("en");
    expect(childText(feed, "id")).toBe("http://localhost/o/ysd/you-said-we-did.atom");
    expect(childText(feed, "title")).toBe("Ysd Police: you said, we did");
    expect(childText(childrenNamed(feed, "author")[0], "name")).toBe("Ysd Police");
    expect(childText(feed, "updated")).toBe("2027-05-02T12:00:00.000Z");
    const links = childrenNamed(feed, "link").map((l) => l.attributes);
    expect(links).toContainEqual(expect.objectContaining({ rel: "self", href: "http://localhost/o/ysd/you-said-we-did.atom" }));
    const entries = entriesOf(feed);
    expect(entries.map((e) => childText(e, "id"))).toEqual([
      `http://localhost/o/ysd/you-said-we-did#action-${ids.published}`,
      `http://localhost/o/ysd/you-said-we-did#action-${ids.notTaken}`,
    ]);
    const [first] = entries;
    expect(childText(first, "title")).toBe("Named contact for every report");
    expect(childText(first, "updated")).toBe("2027-05-02T12:00:00.000Z");
    expect(childText(first, "published")).toBe("2027-04-20T09:00:00.000Z");
    for (const entry of entries) {
      expect(childText(entry, "updated")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(childrenNamed(entry, "link")[0].attributes.rel).toBe("alternate");
    }
    const content = childrenNamed(first, "content")[0];
    expect(content.attributes.type).toBe("html");
    expect(content.text).toContain("fewer than 5 people mentioned this");
    expect(content.text).toContain("<h2>You said</h2>");
    expect(text).not.toMatch(/\b2 people/);
    for (const hidden of ["UNPUBLISHED", "PRIVATE-UPDATE", "FOREIGN-ACTION", "javascript:"]) expect(text).not.toContain(hidden);
    // The same again gives the same feed: ids and times do not move.
    expect((await atom("ysd")).text).toBe(text);
  });

  it("is in Welsh with ?lng=cy, marking English fall-backs with xml:lang", async () => {
    const feed = parseXml((await atom("ysd", "cy")).text);
    expect(feed.attributes["xml:lang"]).toBe("cy");
    const [first, second] = entriesOf(feed);
    expect(childText(first, "id")).toBe(`http://localhost/o/ysd/you-said-we-did?lng=cy#action-${ids.published}`);
    expect(childText(first, "title")).toBe("Cyswllt wedi'i enwi ar gyfer pob adroddiad");
    expect(childrenNamed(first, "summary")[0].attributes["xml:lang"]).toBe("en");
    expect(childrenNamed(second, "title")[0].attributes["xml:lang"]).toBe("en");
    expect(childrenNamed(first, "content")[0].text).toContain("<h2>Dywedoch chi</h2>");
  });

  it("is a valid empty feed when nothing is published", async () => {
    const feed = parseXml((await atom("ysd-quiet")).text);
    expect(entriesOf(feed)).toEqual([]);
    expect(childText(feed, "updated")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe("the staff settings behind the page", () => {
  it("lets an admin choose to name staff publicly, and audits the choice", async () => {
    const fields = {
      name: "Ysd Police",
      nameCy: "Heddlu Ysd",
      brandColour: "#1d4f91",
      quickExitUrl: "https://www.bbc.co.uk/weather",
      disclosureThreshold: "5",
    };
    const cookie = a.people.admin.cookie;
    const saved = await outcome(() =>
      organisationSettings.action(args(post("/admin/organisation", { ...fields, publicStaffNames: "yes" }, cookie)) as never),
    );
    expect(dataOf(saved.value).status).toBe(200);
    const loaded = await organisationSettings.loader(args(get("/admin/organisation", cookie)) as never);
    expect(loaded.settings.publicStaffNames).toBe(true);
    const audit = getDb()
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, a.organisation.id), eq(auditEvents.action, "organisation.settings_updated")))
      .orderBy(desc(auditEvents.id))
      .get();
    expect(audit?.detail).toMatchObject({ publicStaffNames: { from: false, to: true } });
    await outcome(() => organisationSettings.action(args(post("/admin/organisation", fields, cookie)) as never));
    expect((await organisationSettings.loader(args(get("/admin/organisation", cookie)) as never)).settings.publicStaffNames).toBe(
      false,
    );
  });

  it("keeps an engagement's Welsh title and purpose from the engagement form", async () => {
    const cookie = a.people.engagement_lead.cookie;
    const created = await outcome(() =>
      newEngagement.action(
        args(
          post(
            "/engagements/new",
            {
              title: "Hate crime",
              titleCy: "Troseddau casineb",
              purpose: "Decide how we respond.",
              purposeCy: "Penderfynu sut rydyn ni'n ymateb.",
              audience: "Victims of hate crime",
              status: "planning",
            },
            cookie,
          ),
        ) as never,
      ),
    );
    const location = created.thrown?.headers.get("Location") ?? "";
    const id = location.split("/").pop()!;
    expect(id).toMatch(/^\d+$/);
    const row = getDb()
      .select({ titleCy: engagements.titleCy, purposeCy: engagements.purposeCy })
      .from(engagements)
      .where(eq(engagements.id, Number(id)))
      .get();
    expect(row).toEqual({ titleCy: "Troseddau casineb", purposeCy: "Penderfynu sut rydyn ni'n ymateb." });
    const edit = await editEngagement.loader(args(get(`/engagements/${id}/edit`, cookie), { engagementId: id }) as never);
    expect(edit.engagement).toMatchObject({ titleCy: "Troseddau casineb" });
  });
});

describe("the demo", () => {
  it(
    "seeds a populated page: two published actions with themes, a quote and updates, and one unpublished",
    { timeout: 60_000 },
    async () => {
      await seedDemo(getDb());
      const report = publicReport("demo")!;
      const shown = report.engagements.flatMap((e) => e.actions);
      expect(shown.map((x) => x.title.en)).toEqual([
        "A named contact for every domestic abuse report",
        "Answer the 101 line faster in the evenings",
      ]);
      expect(shown[0].themes[0].mentionedBy.kind).toBe("count");
      expect(shown[0].quotes).toHaveLength(1);
      expect(shown[0].updates).toHaveLength(2);
      expect(report.engagements[0].tookPart.kind).toBe("count");
      const all = getDb().select({ title: actions.title, published: actions.published }).from(actions).all();
      expect(all.filter((x) => x.title.startsWith("Tell people about the victim hub"))).toEqual([
        { title: "Tell people about the victim hub on the first call", published: false },
      ]);
    },
  );
});
