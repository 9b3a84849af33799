import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeEngagement, makeUser } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import {
  auditEvents,
  codings,
  panelEngagements,
  panelMembers,
  panels,
  panelSessions,
  panelSessionThemes,
  responses,
  surveys,
  surveyVersions,
  themes,
} from "../../db/schema";
import { seedDemo } from "../../db/demo-data";
import { createI18n, type Language } from "../../app/i18n/i18n";
import { countsIn, readPack, type Pack } from "../../app/panels/pack";
import { PackView } from "../../app/panels/pack-view";
import * as listRoute from "../../app/routes/panels._index";
import * as newRoute from "../../app/routes/panels.new";
import * as panelRoute from "../../app/routes/panels.$panelId._index";
import * as editRoute from "../../app/routes/panels.$panelId.edit";
import * as newSessionRoute from "../../app/routes/panels.$panelId.sessions.new";
import * as sessionRoute from "../../app/routes/panels.$panelId.sessions.$sessionId._index";
import * as home from "../../app/routes/_index";
import { publishTestSurvey } from "../respondent-helpers";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post, sessionCookieFor } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
type Route = { loader: (a: ReturnType<typeof args>) => unknown; action?: (a: ReturnType<typeof args>) => unknown };
type Person = { id: number; cookie: string };

let a: Org;
let b: Org;
/** A second panel member of organisation A (on panel B2 only), and an admin who is also a panel member. */
let otherMember: Person;
let engagementA: number;
let engagementA2: number;
let engagementB: number;
let surveyId: number;
/** Themes: mentioned by many; by a few; a survey's own codebook; an engagement the panel does not scrutinise; another organisation's. */
let bigTheme: number;
let smallTheme: number;
let surveyTheme: number;
let otherTheme: number;
let foreignTheme: number;
let written: number[];

const SENTINEL = "UNREDACTED-SENTINEL jane.doe@example.org 07700 900123";

async function load(route: Route, path: string, cookie: string, params: Record<string, string> = {}) {
  const result = await outcome(() => route.loader(args(get(path, cookie), params)));
  if (result.thrown) return { status: result.thrown.status, data: null as never };
  return { status: 200, data: result.value as never };
}

async function act(
  route: Route,
  path: string,
  fields: Record<string, string | string[]>,
  cookie: string,
  params: Record<string, string> = {},
) {
  const result = await outcome(() => route.action!(args(post(path, fields, cookie), params)));
  const response = result.thrown ?? (result.value instanceof Response ? result.value : null);
  if (response) return { status: response.status, location: response.headers.get("Location"), data: {} as never };
  const { status, data } = dataOf(result.value);
  return { status, location: null, data: data as never as { errors: Record<string, string>; values: Record<string, unknown> } };
}

function insertTheme(organisationId: number, values: { name: string; engagementId?: number | null; surveyId?: number | null }) {
  return getDb()
    .insert(themes)
    .values({
      organisationId,
      name: values.name,
      nameCy: `${values.name} (cy)`,
      engagementId: values.engagementId ?? null,
      surveyId: values.surveyId ?? null,
    })
    .returning({ id: themes.id })
    .get().id;
}

function code(organisationId: number, themeId: number, responseIds: number[]) {
  for (const responseId of responseIds) {
    const row = getDb().select({ answers: responses.answers }).from(responses).where(eq(responses.id, responseId)).get()!;
    const text = row.answers.better as string;
    getDb()
      .insert(codings)
      .values({ organisationId, responseId, answerKey: "better", start: 0, end: text.length, themeId })
      .run();
  }
}

const panelFields = (overrides: Record<string, string | string[]> = {}) => ({
  name: "Out-of-court disposals scrutiny panel",
  nameCy: "Panel craffu gwarediadau y tu allan i'r llys",
  termsOfReference: "Reviews themes every quarter.",
  termsOfReferenceCy: "",
  memberId: [String(a.people.panel_member.id)],
  chairUserId: String(a.people.panel_member.id),
  engagementId: [String(engagementA)],
  ...overrides,
});

async function setUpPanel(overrides: Record<string, string | string[]> = {}) {
  const result = await act(newRoute, "/panels/new", panelFields(overrides), a.people.admin.cookie);
  expect(result.status).toBe(302);
  return Number(/^\/panels\/(\d+)\?done=created$/.exec(result.location ?? "")![1]);
}

async function planSession(panelId: number, heldOn = "2027-03-14") {
  const path = `/panels/${panelId}/sessions/new`;
  const result = await act(newSessionRoute, path, { heldOn, agenda: "1. Themes", agendaCy: "" }, a.people.admin.cookie, {
    panelId: String(panelId),
  });
  expect(result.status).toBe(302);
  return Number(new RegExp(`^/panels/${panelId}/sessions/(\\d+)\\?done=created$`).exec(result.location ?? "")![1]);
}

const sessionParams = (panelId: number, sessionId: number) => ({ panelId: String(panelId), sessionId: String(sessionId) });
const sessionPath = (panelId: number, sessionId: number) => `/panels/${panelId}/sessions/${sessionId}`;
const openSession = (panelId: number, sessionId: number, cookie: string) =>
  load(sessionRoute, sessionPath(panelId, sessionId), cookie, sessionParams(panelId, sessionId));
const sendSession = (
  panelId: number,
  sessionId: number,
  fields: Record<string, string | string[]>,
  cookie = a.people.admin.cookie,
) => act(sessionRoute, sessionPath(panelId, sessionId), fields, cookie, sessionParams(panelId, sessionId));
const sessionRow = (id: number) => getDb().select().from(panelSessions).where(eq(panelSessions.id, id)).get()!;

beforeAll(async () => {
  a = await makeOrganisationWithUsers("pan-a");
  b = await makeOrganisationWithUsers("pan-b");
  const other = await makeUser(getDb(), {
    organisationId: a.organisation.id,
    email: "other.member@pan-a.example.org",
    name: "Other Member",
    roles: ["panel_member"],
  });
  otherMember = { id: other.id, cookie: sessionCookieFor(other.id) };
  const engagement = (organisationId: number, title: string) =>
    makeEngagement(getDb(), { organisationId, title, purpose: "Listen", audience: "Victims" }).id;
  engagementA = engagement(a.organisation.id, "Burglary: being kept informed");
  engagementA2 = engagement(a.organisation.id, "Domestic abuse: first contact");
  engagementB = engagement(b.organisation.id, "Other force");

  const lead = { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } };
  surveyId = publishTestSurvey(lead, "pan-a-survey");
  const version = getDb().select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get()!;
  makeResponses({
    organisationId: a.organisation.id,
    surveyId,
    versionId: version.id,
    definition: version.definition,
    count: 60,
    seed: 11,
    channelIds: [null],
    lastDay: "2027-02-20",
    days: 60,
    welshShare: 0,
  });
  getDb().update(surveys).set({ engagementId: engagementA }).where(eq(surveys.id, surveyId)).run();
  written = getDb()
    .select({ id: responses.id, answers: responses.answers })
    .from(responses)
    .where(eq(responses.surveyId, surveyId))
    .all()
    .filter((r) => typeof r.answers.better === "string" && (r.answers.better as string).trim().length > 0)
    .map((r) => r.id);
  expect(written.length).toBeGreaterThanOrEqual(14);
  // What the respondent typed before redaction: it must never reach a pack.
  getDb()
    .update(responses)
    .set({ unredactedText: { better: SENTINEL } })
    .where(inArray(responses.id, written))
    .run();
  bigTheme = insertTheme(a.organisation.id, { name: "Not kept informed", engagementId: engagementA });
  smallTheme = insertTheme(a.organisation.id, { name: "Lost property", engagementId: engagementA });
  surveyTheme = insertTheme(a.organisation.id, { name: "Waiting times", surveyId });
  otherTheme = insertTheme(a.organisation.id, { name: "First contact", engagementId: engagementA2 });
  foreignTheme = insertTheme(b.organisation.id, { name: "Elsewhere", engagementId: engagementB });
  code(a.organisation.id, bigTheme, written.slice(0, 8));
  code(a.organisation.id, smallTheme, written.slice(8, 10));
}, 60_000);

describe("who reaches the panel pages", () => {
  it("refuses analysts, engagement leads and action owners (403); lets admins and panel members in", async () => {
    for (const role of ["analyst", "engagement_lead", "action_owner"] as const) {
      expect((await load(listRoute, "/panels", a.people[role].cookie)).status).toBe(403);
      expect((await load(newRoute, "/panels/new", a.people[role].cookie)).status).toBe(403);
      expect((await act(newRoute, "/panels/new", panelFields(), a.people[role].cookie)).status).toBe(403);
    }
    expect((await load(listRoute, "/panels", a.people.admin.cookie)).status).toBe(200);
    const member = await load(listRoute, "/panels", a.people.panel_member.cookie);
    expect(member.status).toBe(200);
    // Only admins set panels up.
    expect((await load(newRoute, "/panels/new", a.people.panel_member.cookie)).status).toBe(403);
    expect((await act(newRoute, "/panels/new", panelFields(), a.people.panel_member.cookie)).status).toBe(403);
  });
});

describe("setting up a panel", () => {
  it("offers only active people with the panel member role, and the organisation's own engagements", async () => {
    const form = await load(newRoute, "/panels/new", a.people.admin.cookie);
    const data = form.data as { people: { id: number }[]; engagements: { id: number }[] };
    expect(data.people.map((p) => p.id).sort()).toEqual([a.people.panel_member.id, otherMember.id].sort());
    expect(data.engagements.map((e) => e.id).sort()).toEqual([engagementA, engagementA2].sort());
  });

  it("answers bad input with 400 and kind errors per field, keeping what was typed", async () => {
    const count = () =>
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(panels)
        .get()!.n;
    const before = count();
    const blank = await act(
      newRoute,
      "/panels/new",
      panelFields({ name: "", memberId: [], engagementId: [] }),
      a.people.admin.cookie,
    );
    expect(blank.status).toBe(400);
    expect(blank.data.errors).toMatchObject({
      name: "panels.errors.nameRequired",
      memberId: "panels.errors.membersRequired",
      engagementId: "panels.errors.engagementsRequired",
    });
    const notMember = await act(
      newRoute,
      "/panels/new",
      panelFields({ chairUserId: String(otherMember.id) }),
      a.people.admin.cookie,
    );
    expect(notMember.status).toBe(400);
    expect(notMember.data.errors).toEqual({ chairUserId: "panels.errors.chairNotMember" });
    expect(notMember.data.values).toMatchObject({
      name: "Out-of-court disposals scrutiny panel",
      chairUserId: String(otherMember.id),
    });
    // An analyst is not a panel member, and another organisation's panel member is not ours.
    for (const wrong of [a.people.analyst.id, b.people.panel_member.id]) {
      const result = await act(
        newRoute,
        "/panels/new",
        panelFields({ memberId: [String(a.people.panel_member.id), String(wrong)] }),
        a.people.admin.cookie,
      );
      expect(result.status).toBe(400);
      expect(result.data.errors).toEqual({ memberId: "panels.errors.memberUnknown" });
    }
    const foreign = await act(
      newRoute,
      "/panels/new",
      panelFields({ engagementId: [String(engagementA), String(engagementB)] }),
      a.people.admin.cookie,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.data.errors).toEqual({ engagementId: "panels.errors.engagementUnknown" });
    expect(count()).toBe(before);
  });

  it("stores the panel with its members, chair and engagements, audited", async () => {
    const id = await setUpPanel();
    expect(getDb().select().from(panels).where(eq(panels.id, id)).get()).toMatchObject({
      organisationId: a.organisation.id,
      name: "Out-of-court disposals scrutiny panel",
      chairUserId: a.people.panel_member.id,
    });
    expect(getDb().select().from(panelMembers).where(eq(panelMembers.panelId, id)).all()).toEqual([
      { panelId: id, userId: a.people.panel_member.id },
    ]);
    expect(getDb().select().from(panelEngagements).where(eq(panelEngagements.panelId, id)).all()).toEqual([
      { panelId: id, engagementId: engagementA },
    ]);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "panel.created"), eq(auditEvents.objectId, String(id))))
      .get();
    expect(audit?.actorUserId).toBe(a.people.admin.id);
  });

  it("changes a panel, and answers 404 to another organisation", async () => {
    const id = await setUpPanel();
    const params = { panelId: String(id) };
    const changed = await act(
      editRoute,
      `/panels/${id}/edit`,
      panelFields({
        name: "Renamed panel",
        memberId: [String(a.people.panel_member.id), String(otherMember.id)],
        chairUserId: String(otherMember.id),
        engagementId: [String(engagementA), String(engagementA2)],
      }),
      a.people.admin.cookie,
      params,
    );
    expect(changed.status).toBe(302);
    const panel = await load(panelRoute, `/panels/${id}`, a.people.admin.cookie, params);
    expect(panel.data).toMatchObject({
      panel: { name: "Renamed panel", chairUserId: otherMember.id, engagements: [{ id: engagementA }, { id: engagementA2 }] },
    });
    expect((await load(editRoute, `/panels/${id}/edit`, b.people.admin.cookie, params)).status).toBe(404);
    expect((await act(editRoute, `/panels/${id}/edit`, panelFields(), b.people.admin.cookie, params)).status).toBe(404);
    expect((await load(panelRoute, `/panels/${id}`, b.people.admin.cookie, params)).status).toBe(404);
    expect((await load(editRoute, `/panels/${id}/edit`, a.people.panel_member.cookie, params)).status).toBe(403);
  });
});

describe("a session and its pack", () => {
  let panelId: number;
  let sessionId: number;
  let otherPanel: number;
  let stored: Pack;

  beforeAll(async () => {
    panelId = await setUpPanel({ name: "Panel A" });
    otherPanel = await setUpPanel({
      name: "Panel B",
      memberId: [String(otherMember.id)],
      chairUserId: String(otherMember.id),
    });
    sessionId = await planSession(panelId);
  });

  it("offers themes of the scrutinised engagements only, grouped by engagement", async () => {
    const page = await openSession(panelId, sessionId, a.people.admin.cookie);
    const planning = (page.data as { planning: { groups: { id: number; themes: { id: number }[] }[] } }).planning;
    expect(planning.groups.map((group) => group.id)).toEqual([engagementA]);
    expect(planning.groups[0].themes.map((theme) => theme.id).sort()).toEqual([bigTheme, smallTheme, surveyTheme].sort());
  });

  it("refuses themes from elsewhere, and issuing with no theme", async () => {
    for (const wrong of [otherTheme, foreignTheme, 999999]) {
      const result = await sendSession(panelId, sessionId, { intent: "themes", themeId: [String(bigTheme), String(wrong)] });
      expect(result.status).toBe(400);
      expect(result.data.errors).toEqual({ themeId: "panels.errors.themeUnknown" });
    }
    const none = await sendSession(panelId, sessionId, { intent: "issue" });
    expect(none.status).toBe(400);
    expect(none.data.errors).toEqual({ themeId: "panels.errors.themesRequired" });
    expect(sessionRow(sessionId)).toMatchObject({ status: "planning", pack: null });
    expect((await sendSession(panelId, sessionId, { intent: "whatever" })).status).toBe(400);
  });

  it("lets an admin change the date and agenda while planning, with errors kept", async () => {
    const bad = await sendSession(panelId, sessionId, { intent: "details", heldOn: "2027-02-30", agenda: "Typed" });
    expect(bad.status).toBe(400);
    expect(bad.data.errors).toEqual({ heldOn: "panels.errors.heldOnRequired" });
    expect(bad.data.values).toMatchObject({ agenda: "Typed" });
    const good = await sendSession(panelId, sessionId, {
      intent: "details",
      heldOn: "2027-03-21",
      agenda: "1. Welcome",
      agendaCy: "1. Croeso",
    });
    expect(good.status).toBe(302);
    expect(sessionRow(sessionId)).toMatchObject({ heldOn: "2027-03-21", agenda: "1. Welcome", agendaCy: "1. Croeso" });
  });

  it("hides a session in planning from members (404) and refuses their writes (403)", async () => {
    expect((await openSession(panelId, sessionId, a.people.admin.cookie)).status).toBe(200);
    expect((await openSession(panelId, sessionId, a.people.panel_member.cookie)).status).toBe(404);
    const panel = await load(panelRoute, `/panels/${panelId}`, a.people.panel_member.cookie, { panelId: String(panelId) });
    expect(panel.status).toBe(200);
    expect((panel.data as { sessions: unknown[] }).sessions).toEqual([]);
    const write = await sendSession(
      panelId,
      sessionId,
      { intent: "issue", themeId: [String(bigTheme)] },
      a.people.panel_member.cookie,
    );
    expect(write.status).toBe(403);
  });

  it("issues the pack once: frozen, audited, suppressed and redacted", async () => {
    const themeIds = [String(bigTheme), String(smallTheme), String(surveyTheme)];
    // The quotes must be read first (ADR 0017; tests/integration/quote-check.test.ts has the details).
    const unread = (await sendSession(panelId, sessionId, { intent: "issue", themeId: themeIds })) as unknown as {
      status: number;
      data: { quotes: { unread: number[]; preview: { quotes: { codingId: number; textHash: string }[] }[] } };
    };
    expect(unread.status).toBe(400);
    // Each decision goes with the fingerprint of the words the page showed, as the form sends it.
    const shown = new Map(unread.data.quotes.preview.flatMap((t) => t.quotes.map((q) => [q.codingId, q.textHash])));
    const read = Object.fromEntries(
      unread.data.quotes.unread.flatMap((id) => [
        [`quote-${id}`, "safe"],
        [`quote-${id}-hash`, shown.get(id)!],
      ]),
    );
    const issued = await sendSession(panelId, sessionId, { intent: "issue", themeId: themeIds, ...read });
    expect(issued.status).toBe(302);
    expect(issued.location).toBe(`${sessionPath(panelId, sessionId)}?done=issue`);
    const row = sessionRow(sessionId);
    expect(row).toMatchObject({ status: "issued", packIssuedBy: a.people.admin.id });
    expect(row.packIssuedAt).toBeTruthy();
    stored = readPack(row.pack)!;
    expect(stored.themes.map((theme) => theme.id)).toEqual([bigTheme, smallTheme, surveyTheme]);
    const big = stored.themes[0];
    expect(big.surveys[0].mentioning).toEqual({ kind: "count", value: 8 });
    expect(big.quotes.length).toBeGreaterThan(0);
    expect(big.quotes.length).toBeLessThanOrEqual(3);
    const small = stored.themes[1];
    expect(small.surveys[0].mentioning).toEqual({ kind: "fewerThan", threshold: 5 });
    expect(small.quotes).toEqual([]);
    expect(stored.engagements.map((e) => e.id)).toEqual([engagementA]);
    expect(stored.engagements[0].responses).toEqual({ kind: "count", value: 60 });
    // No count from 1 to below the threshold anywhere, and nothing the respondent typed before redaction.
    const counts = countsIn(stored);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((n) => n > 0 && n < stored.threshold)).toEqual([]);
    const json = JSON.stringify(row.pack);
    expect(json).not.toContain("UNREDACTED-SENTINEL");
    expect(json).not.toContain("unredacted");
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "panel_session.pack_issued"), eq(auditEvents.objectId, String(sessionId))))
      .get();
    expect(audit?.actorUserId).toBe(a.people.admin.id);
  });

  it("refuses any later change to the themes, date or pack, and keeps the pack when new codings come in", async () => {
    const later = await sendSession(panelId, sessionId, { intent: "themes", themeId: [String(bigTheme)] });
    expect(later.status).toBe(400);
    expect(later.data.errors).toEqual({ themeId: "panels.errors.alreadyIssued" });
    const again = await sendSession(panelId, sessionId, { intent: "issue", themeId: [String(bigTheme)] });
    expect(again.status).toBe(400);
    const details = await sendSession(panelId, sessionId, { intent: "details", heldOn: "2027-04-01", agenda: "" });
    expect(details.status).toBe(400);
    expect(details.data.errors).toEqual({ form: "panels.errors.alreadyIssued" });
    // The database refuses too, whatever the code forgets.
    expect(() => getDb().insert(panelSessionThemes).values({ sessionId, themeId: otherTheme, position: 9 }).run()).toThrow(
      /frozen/,
    );
    expect(() => getDb().delete(panelSessionThemes).where(eq(panelSessionThemes.sessionId, sessionId)).run()).toThrow(/frozen/);
    expect(() =>
      getDb()
        .update(panelSessions)
        .set({ pack: { version: 1 } })
        .where(eq(panelSessions.id, sessionId))
        .run(),
    ).toThrow(/frozen/);
    code(a.organisation.id, bigTheme, written.slice(10, 14));
    code(a.organisation.id, smallTheme, written.slice(0, 6));
    const page = await openSession(panelId, sessionId, a.people.panel_member.cookie);
    expect(page.status).toBe(200);
    expect((page.data as { session: { pack: Pack } }).session.pack).toEqual(stored);
    expect((page.data as { planning: unknown }).planning).toBeNull();
  });

  it("shows members their own panels' issued sessions only, and 404 for any other panel", async () => {
    const own = await load(panelRoute, `/panels/${panelId}`, a.people.panel_member.cookie, { panelId: String(panelId) });
    expect((own.data as { sessions: { id: number }[] }).sessions.map((s) => s.id)).toEqual([sessionId]);
    expect(
      (await load(panelRoute, `/panels/${otherPanel}`, a.people.panel_member.cookie, { panelId: String(otherPanel) })).status,
    ).toBe(404);
    // Panel B's member cannot read panel A's session, even issued, nor reach it through panel B's address.
    expect((await openSession(panelId, sessionId, otherMember.cookie)).status).toBe(404);
    expect((await openSession(otherPanel, sessionId, otherMember.cookie)).status).toBe(404);
    expect((await openSession(otherPanel, sessionId, a.people.admin.cookie)).status).toBe(404);
    const list = await load(listRoute, "/panels", a.people.panel_member.cookie);
    const ids = (list.data as { panels: { id: number }[] }).panels.map((p) => p.id);
    expect(ids).toContain(panelId);
    expect(ids).not.toContain(otherPanel);
    const mine = await load(listRoute, "/panels", otherMember.cookie);
    const theirs = (mine.data as { panels: { id: number }[] }).panels.map((p) => p.id);
    expect(theirs).toContain(otherPanel);
    expect(theirs).not.toContain(panelId);
  });

  it("answers 404 to another organisation, and 403 to staff without a panel role", async () => {
    expect((await openSession(panelId, sessionId, b.people.admin.cookie)).status).toBe(404);
    expect((await openSession(panelId, sessionId, b.people.panel_member.cookie)).status).toBe(404);
    expect((await sendSession(panelId, sessionId, { intent: "themes", themeId: [] }, b.people.admin.cookie)).status).toBe(404);
    expect(
      (await load(newSessionRoute, `/panels/${panelId}/sessions/new`, b.people.admin.cookie, { panelId: String(panelId) }))
        .status,
    ).toBe(404);
    for (const role of ["analyst", "engagement_lead", "action_owner"] as const) {
      expect((await openSession(panelId, sessionId, a.people[role].cookie)).status).toBe(403);
      expect((await load(panelRoute, `/panels/${panelId}`, a.people[role].cookie, { panelId: String(panelId) })).status).toBe(
        403,
      );
    }
  });

  it("prints the frozen pack in English and Welsh: headings, figures after suppression and the redacted quotes", () => {
    const html = (lang: Language) =>
      renderToStaticMarkup(createElement(I18nextProvider, { i18n: createI18n(lang) }, createElement(PackView, { pack: stored })));
    const en = html("en");
    expect(en).toContain("Themes under review");
    expect(en).toContain("1. Not kept informed");
    expect(en).toContain("fewer than 5");
    expect(en).toContain("Victims&#x27; Code compliance");
    expect(en).toContain(stored.themes[0].quotes[0].text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").slice(0, 20));
    expect(en).toContain("use your browser&#x27;s print command");
    expect(en).not.toContain("UNREDACTED-SENTINEL");
    const cy = html("cy");
    expect(cy).toContain("Themâu dan adolygiad");
    expect(cy).toContain("1. Not kept informed (cy)");
  });

  it("lands a panel member on their panels from the home page", async () => {
    const page = await load(home, "/", a.people.panel_member.cookie);
    const panelsShown = (page.data as { panels: { id: number }[] | null }).panels!;
    expect(panelsShown.map((p) => p.id)).toContain(panelId);
    expect(panelsShown.map((p) => p.id)).not.toContain(otherPanel);
    expect((await load(home, "/", a.people.analyst.cookie)).data).toMatchObject({ panels: null });
  });
});

describe("the demo", () => {
  it("seeds a panel chaired by the demo panel member with an issued pack", async () => {
    const { organisation, accounts } = await seedDemo(getDb());
    const member = accounts.find((account) => account.email === "panel@demo.example")!;
    const panel = getDb().select().from(panels).where(eq(panels.organisationId, organisation.id)).get()!;
    expect(panel.chairUserId).toBe(member.id);
    const session = getDb().select().from(panelSessions).where(eq(panelSessions.panelId, panel.id)).get()!;
    expect(session.status).toBe("issued");
    const pack = readPack(session.pack)!;
    expect(pack.themes.length).toBeGreaterThan(0);
    expect(countsIn(pack).filter((n) => n > 0 && n < pack.threshold)).toEqual([]);
  }, 60_000);
});
