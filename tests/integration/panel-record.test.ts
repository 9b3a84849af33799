import { and, asc, eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeEngagement, makeUser } from "../../db/factories";
import {
  actions,
  actionThemes,
  actionUpdates,
  auditEvents,
  findings,
  panelAttendance,
  panelComments,
  panelMembers,
  panels,
  panelSessions,
  panelSessionThemes,
  recommendations,
  surveys,
  themes,
} from "../../db/schema";
import { YouSaidWeDidReport } from "../../app/actions/public-page";
import { addUpdate, changeStatus } from "../../app/actions/progress.server";
import { addDays, ukToday } from "../../app/engagements/stages";
import { formatDate } from "../../app/components/dates";
import { createI18n, fixedT, type Language } from "../../app/i18n/i18n";
import { actionTitleFrom } from "../../app/panels/record-schemas";
import * as recordRoute from "../../app/routes/panels.$panelId.sessions.$sessionId.record";
import * as summaryRoute from "../../app/routes/panels.$panelId.sessions.$sessionId.summary";
import * as publicRoute from "../../app/routes/o.$orgSlug.you-said-we-did";
import * as jsonRoute from "../../app/routes/o.$orgSlug.you-said-we-did[.json]";
import { publishTestSurvey } from "../respondent-helpers";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post, sessionCookieFor } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
type Person = { id: number; cookie: string };
type Route = { loader: (a: ReturnType<typeof args>) => unknown; action: (a: ReturnType<typeof args>) => unknown };

let a: Org;
let b: Org;
let chair: Person;
let member: Person;
let engagementId: number;
let panelId: number;
/** A theme of the engagement itself, and one of a survey's own codebook (its engagement is the survey's). */
let engagementTheme: number;
let surveyTheme: number;
const today = ukToday();
const firstHeldOn = addDays(today, -90);
let first: number;
let second: number;

const path = (sessionId: number, page = "record") => `/panels/${panelId}/sessions/${sessionId}/${page}`;
const params = (sessionId: number) => ({ panelId: String(panelId), sessionId: String(sessionId) });

async function load(route: Route, sessionId: number, cookie: string, page = "record") {
  const result = await outcome(() => route.loader(args(get(path(sessionId, page), cookie), params(sessionId))));
  if (result.thrown) return { status: result.thrown.status, data: null as never };
  return { status: 200, data: result.value as never as Record<string, unknown> & RecordData };
}

type RecordData = {
  canRecord: boolean;
  canComment: boolean;
  session: { status: string; signedOffAt: string | null; signedOffByName: string | null };
  themes: { id: number; finding: { outcome: string } | null; recommendations: { id: number }[] }[];
  earlier: {
    id: number;
    what: string;
    status: string | null;
    targetDate: string | null;
    latestUpdate: { body: string } | null;
  }[];
  outcomesMissing: number;
};

async function send(sessionId: number, fields: Record<string, string | string[]>, cookie: string, route: Route = recordRoute) {
  const page = route === recordRoute ? "record" : "summary";
  const result = await outcome(() => route.action(args(post(path(sessionId, page), fields, cookie), params(sessionId))));
  const response = result.thrown ?? (result.value instanceof Response ? result.value : null);
  if (response) return { status: response.status, location: response.headers.get("Location"), data: {} as never };
  const { status, data } = dataOf(result.value);
  return {
    status,
    location: null,
    data: data as never as { errors: Record<string, string>; values: Record<string, unknown>; intent: string },
  };
}

const sessionRow = (id: number) => getDb().select().from(panelSessions).where(eq(panelSessions.id, id)).get()!;

function makeSession(heldOn: string, themeIds: number[]) {
  const db = getDb();
  const id = db
    .insert(panelSessions)
    .values({ organisationId: a.organisation.id, panelId, heldOn, agenda: "Review" })
    .returning({ id: panelSessions.id })
    .get().id;
  themeIds.forEach((themeId, position) => db.insert(panelSessionThemes).values({ sessionId: id, themeId, position }).run());
  db.update(panelSessions)
    .set({ status: "issued", pack: { version: 1 }, packIssuedAt: new Date().toISOString(), packIssuedBy: a.people.admin.id })
    .where(eq(panelSessions.id, id))
    .run();
  return id;
}

const finding = (themeId: number, outcome: string, observations = "") => ({
  intent: "finding",
  themeId: String(themeId),
  [`finding-${themeId}-outcome`]: outcome,
  [`finding-${themeId}-observations`]: observations,
  [`finding-${themeId}-observationsCy`]: "",
});

const recommendation = (themeId: number, what: string, toWhom: string, priority = "high", whatCy = "") => ({
  intent: "recommendation",
  themeId: String(themeId),
  [`rec-${themeId}-what`]: what,
  [`rec-${themeId}-whatCy`]: whatCy,
  [`rec-${themeId}-toWhom`]: toWhom,
  [`rec-${themeId}-priority`]: priority,
});

beforeAll(async () => {
  a = await makeOrganisationWithUsers("rec-a");
  b = await makeOrganisationWithUsers("rec-b");
  const db = getDb();
  const person = async (name: string) => {
    const user = await makeUser(db, {
      organisationId: a.organisation.id,
      email: `${name.toLowerCase().replace(/ /g, ".")}@rec-a.example.org`,
      name,
      roles: ["panel_member"],
      password: "correct horse battery staple",
    });
    return { id: user.id, cookie: sessionCookieFor(user.id) };
  };
  chair = await person("Chair Person");
  member = await person("Member Person");
  engagementId = makeEngagement(db, {
    organisationId: a.organisation.id,
    title: "Being kept informed",
    purpose: "Listen",
    audience: "Victims",
  }).id;
  const lead = { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } };
  const surveyId = publishTestSurvey(lead, "rec-a-survey");
  db.update(surveys).set({ engagementId }).where(eq(surveys.id, surveyId)).run();
  const theme = (name: string, values: { engagementId?: number; surveyId?: number }) =>
    db
      .insert(themes)
      .values({ organisationId: a.organisation.id, name, nameCy: `${name} (cy)`, ...values })
      .returning({ id: themes.id })
      .get().id;
  engagementTheme = theme("Not kept informed", { engagementId });
  surveyTheme = theme("Waiting times", { surveyId });
  panelId = db
    .insert(panels)
    .values({
      organisationId: a.organisation.id,
      name: "Victims' scrutiny panel",
      nameCy: "Panel craffu dioddefwyr",
      chairUserId: chair.id,
    })
    .returning({ id: panels.id })
    .get().id;
  db.insert(panelMembers)
    .values([
      { panelId, userId: chair.id },
      { panelId, userId: member.id },
    ])
    .run();
  first = makeSession(firstHeldOn, [engagementTheme, surveyTheme]);
  second = makeSession(addDays(today, -10), [engagementTheme]);
}, 60_000);

describe("who may see and change a session's record", () => {
  it("shows the record to the chair, members and admins, and answers 404 to anyone else", async () => {
    const asChair = await load(recordRoute, first, chair.cookie);
    expect(asChair.status).toBe(200);
    expect(asChair.data).toMatchObject({ as: "chair", canRecord: true, canComment: true, outcomesMissing: 2 });
    expect(asChair.data.themes.map((t) => t.id)).toEqual([engagementTheme, surveyTheme]);
    expect((await load(recordRoute, first, member.cookie)).data).toMatchObject({
      as: "member",
      canRecord: false,
      canComment: true,
    });
    expect((await load(recordRoute, first, a.people.admin.cookie)).data).toMatchObject({ as: "admin", canRecord: true });
    // Someone with the panel member role who is not on this panel, and another organisation's admin: not found.
    for (const cookie of [a.people.panel_member.cookie, b.people.admin.cookie]) {
      expect((await load(recordRoute, first, cookie)).status).toBe(404);
      expect((await send(first, finding(engagementTheme, "concern"), cookie)).status).toBe(404);
    }
    // Staff without a panel role never reach panel pages.
    expect((await load(recordRoute, first, a.people.analyst.cookie)).status).toBe(403);
    expect((await send(first, finding(engagementTheme, "concern"), a.people.action_owner.cookie)).status).toBe(403);
    expect((await load(summaryRoute, first, b.people.admin.cookie, "summary")).status).toBe(404);
  });

  it("lets a member comment but not record (403), and refuses an unknown intent", async () => {
    const forbiddenToMembers: Record<string, string | string[]>[] = [
      finding(engagementTheme, "concern"),
      recommendation(engagementTheme, "Do more", "Team"),
      { intent: "minutes", minutes: "x", minutesCy: "" },
      { intent: "attendance", attended: [String(member.id)] },
      { intent: "sign-off" },
    ];
    for (const fields of forbiddenToMembers) {
      expect((await send(first, fields, member.cookie)).status).toBe(403);
    }
    expect(getDb().select().from(findings).where(eq(findings.sessionId, first)).all()).toEqual([]);
    expect((await send(first, { intent: "shout" }, chair.cookie)).status).toBe(400);

    const empty = await send(first, { intent: "comment", commentThemeId: "", body: "  " }, member.cookie);
    expect(empty.status).toBe(400);
    expect(empty.data.errors).toEqual({ body: "panelRecord.errors.commentRequired" });
    const foreign = await send(first, { intent: "comment", commentThemeId: "999999", body: "Hello" }, member.cookie);
    expect(foreign.status).toBe(400);
    expect(foreign.data.values).toMatchObject({ body: "Hello" });

    const comment = "<script>alert(1)</script> The letters felt cold.";
    const sent = await send(first, { intent: "comment", commentThemeId: String(surveyTheme), body: comment }, member.cookie);
    expect(sent).toMatchObject({ status: 302, location: `${path(first)}?done=comment#comments` });
    const page = await load(recordRoute, first, chair.cookie);
    expect(page.data.comments).toEqual([
      expect.objectContaining({ themeId: surveyTheme, authorName: "Member Person", body: comment }),
    ]);
  });
});

describe("recording findings, recommendations, attendance and minutes", () => {
  it("records the chair's outcome and observations, keeping what was typed after an error", async () => {
    const missing = await send(first, finding(engagementTheme, "", "People waited weeks."), chair.cookie);
    expect(missing.status).toBe(400);
    expect(missing.data.errors).toEqual({ [`finding-${engagementTheme}-outcome`]: "panelRecord.errors.outcomeRequired" });
    expect(missing.data.values).toMatchObject({ [`finding-${engagementTheme}-observations`]: "People waited weeks." });
    expect(missing.data).toMatchObject({ intent: "finding", themeId: engagementTheme });

    const saved = await send(first, finding(engagementTheme, "concern", "People waited weeks."), chair.cookie);
    expect(saved).toMatchObject({ status: 302, location: `${path(first)}?done=finding#theme-${engagementTheme}` });
    // Saving again changes the one finding of the theme.
    await send(first, finding(engagementTheme, "area_for_improvement", "People waited weeks for news."), chair.cookie);
    const rows = getDb().select().from(findings).where(eq(findings.sessionId, first)).all();
    expect(rows).toEqual([
      expect.objectContaining({
        themeId: engagementTheme,
        outcome: "area_for_improvement",
        observations: "People waited weeks for news.",
        organisationId: a.organisation.id,
      }),
    ]);
    const notOnAgenda = await send(first, finding(999999, "concern"), chair.cookie);
    expect(notOnAgenda.status).toBe(404);
  });

  it("adds recommendations to a theme with an outcome, and refuses one before the outcome", async () => {
    const early = await send(first, recommendation(surveyTheme, "Answer calls faster", "Contact centre"), chair.cookie);
    expect(early.status).toBe(400);
    expect(early.data.errors).toEqual({ form: "panelRecord.errors.outcomeFirst" });

    const incomplete = await send(first, recommendation(engagementTheme, "Call back within two days", "", ""), chair.cookie);
    expect(incomplete.status).toBe(400);
    expect(incomplete.data.errors).toEqual({
      [`rec-${engagementTheme}-toWhom`]: "panelRecord.errors.toWhomRequired",
      [`rec-${engagementTheme}-priority`]: "panelRecord.errors.priorityRequired",
    });
    expect(incomplete.data.values).toMatchObject({ [`rec-${engagementTheme}-what`]: "Call back within two days" });

    const long = `Every victim of burglary is told, within two working days, who is dealing with their case ${"and how to reach them ".repeat(8)}`;
    const added = await send(
      first,
      recommendation(
        engagementTheme,
        long,
        "Investigation standards",
        "high",
        "Dylai pob dioddefwr gael gwybod pwy sy'n delio â'i achos.",
      ),
      chair.cookie,
    );
    expect(added.status).toBe(302);
    const extra = await send(first, recommendation(engagementTheme, "Remove me", "Nobody", "low"), a.people.admin.cookie);
    expect(extra.status).toBe(302);
    const recs = getDb()
      .select()
      .from(recommendations)
      .where(eq(recommendations.sessionId, first))
      .orderBy(asc(recommendations.id))
      .all();
    expect(recs.map((r) => [r.toWhom, r.priority])).toEqual([
      ["Investigation standards", "high"],
      ["Nobody", "low"],
    ]);
    const removed = await send(first, { intent: "remove-recommendation", recommendationId: String(recs[1].id) }, chair.cookie);
    expect(removed.status).toBe(302);
    expect(getDb().select().from(recommendations).where(eq(recommendations.sessionId, first)).all()).toHaveLength(1);
    expect((await send(first, { intent: "remove-recommendation", recommendationId: "999999" }, chair.cookie)).status).toBe(404);
  });

  it("records attendance with declarations of interest, and the minutes", async () => {
    const stranger = await send(first, { intent: "attendance", attended: [String(a.people.admin.id)] }, chair.cookie);
    expect(stranger.status).toBe(400);
    expect(stranger.data.errors).toEqual({ attended: "panelRecord.errors.unknownMember" });

    const saved = await send(
      first,
      {
        intent: "attendance",
        attended: [String(chair.id)],
        [`declaration-${chair.id}`]: "",
        [`declaration-${member.id}`]: "I volunteer with the local victim hub.",
      },
      chair.cookie,
    );
    expect(saved.status).toBe(302);
    const rows = getDb().select().from(panelAttendance).where(eq(panelAttendance.sessionId, first)).all();
    expect(rows.map((r) => [r.userId, r.attended, r.declaration]).sort()).toEqual(
      [
        [chair.id, true, ""],
        [member.id, false, "I volunteer with the local victim hub."],
      ].sort(),
    );
    const minutes = await send(first, { intent: "minutes", minutes: "We met and agreed.", minutesCy: "" }, chair.cookie);
    expect(minutes.status).toBe(302);
    expect(sessionRow(first).minutes).toBe("We met and agreed.");
    const page = await load(recordRoute, first, member.cookie);
    expect(page.data.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: chair.id, isChair: true, attended: true }),
        expect.objectContaining({ userId: member.id, attended: false, declaration: "I volunteer with the local victim hub." }),
      ]),
    );
  });
});

describe("signing off", () => {
  it("is refused kindly while a theme has no outcome", async () => {
    const refused = await send(first, { intent: "sign-off" }, chair.cookie);
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ form: "panelRecord.errors.outcomesMissing" });
    expect(sessionRow(first).status).toBe("issued");
  });

  it("writes nothing at all if an action cannot be created", async () => {
    await send(first, finding(surveyTheme, "good_practice", "Calls were answered quickly."), chair.cookie);
    await send(
      first,
      recommendation(surveyTheme, "Share how the contact centre does it", "Failing team", "medium"),
      chair.cookie,
    );
    const db = getDb();
    db.run(
      sql.raw(
        "CREATE TRIGGER test_refuse_action BEFORE INSERT ON actions WHEN NEW.owning_team = 'Failing team' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END",
      ),
    );
    try {
      await expect(send(first, { intent: "sign-off" }, chair.cookie)).rejects.toThrow(/refused for the test/);
    } finally {
      db.run(sql.raw("DROP TRIGGER test_refuse_action"));
    }
    expect(sessionRow(first)).toMatchObject({ status: "issued", signedOffAt: null, signedOffBy: null });
    expect(db.select().from(actions).where(eq(actions.organisationId, a.organisation.id)).all()).toEqual([]);
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, "panel_session.signed_off")).all();
    expect(audit).toEqual([]);
  });

  it("freezes the record and proposes one action per recommendation, for the named team, linked to its theme", async () => {
    const db = getDb();
    db.update(recommendations)
      .set({ toWhom: "Contact centre" })
      .where(and(eq(recommendations.sessionId, first), eq(recommendations.toWhom, "Failing team")))
      .run();
    const signed = await send(first, { intent: "sign-off" }, chair.cookie);
    expect(signed).toMatchObject({ status: 302, location: `${path(first)}?done=sign-off` });
    expect(sessionRow(first)).toMatchObject({ status: "signed_off", signedOffBy: chair.id });

    const recs = db
      .select()
      .from(recommendations)
      .where(eq(recommendations.sessionId, first))
      .orderBy(asc(recommendations.id))
      .all();
    const made = db.select().from(actions).where(eq(actions.organisationId, a.organisation.id)).orderBy(asc(actions.id)).all();
    expect(made).toHaveLength(recs.length);
    expect(made.map((row) => row.recommendationId)).toEqual(recs.map((rec) => rec.id));
    for (const action of made) {
      const rec = recs.find((r) => r.id === action.recommendationId)!;
      expect(action).toMatchObject({
        status: "proposed",
        owningTeam: rec.toWhom,
        description: rec.what,
        descriptionCy: rec.whatCy,
        title: actionTitleFrom(rec.what),
        engagementId,
        raisedOn: firstHeldOn,
        published: false,
      });
      expect(action.title.length).toBeLessThanOrEqual(120);
      const linked = db.select().from(actionThemes).where(eq(actionThemes.actionId, action.id)).all();
      const themeOf = db.select({ themeId: findings.themeId }).from(findings).where(eq(findings.id, rec.findingId)).get()!;
      expect(linked.map((l) => l.themeId)).toEqual([themeOf.themeId]);
      const history = db.select().from(actionUpdates).where(eq(actionUpdates.actionId, action.id)).all();
      expect(history).toEqual([
        expect.objectContaining({
          body: "Proposed from the panel's recommendation",
          bodyCy: "Wedi'i gynnig o argymhelliad y panel",
          statusTo: "proposed",
          isPublic: false,
          updateOn: firstHeldOn,
        }),
      ]);
    }
    // The long recommendation's title is cut at a word, with an ellipsis; the whole text is the description.
    expect(made[0].title.endsWith("…")).toBe(true);
    expect(made[0].titleCy).toBe("Dylai pob dioddefwr gael gwybod pwy sy'n delio â'i achos.");

    const page = await load(recordRoute, first, member.cookie);
    expect(page.data).toMatchObject({
      canRecord: false,
      canComment: false,
      session: { status: "signed_off", signedOffByName: "Chair Person" },
    });
    expect(page.data.session.signedOffAt).toEqual(expect.any(String));
    const audit = db.select().from(auditEvents).where(eq(auditEvents.action, "panel_session.signed_off")).all();
    expect(audit).toHaveLength(1);
  });

  it("refuses every change after sign-off with a kind message, and the database refuses it too", async () => {
    const attempts: [Record<string, string | string[]>, string][] = [
      [finding(engagementTheme, "concern"), chair.cookie],
      [recommendation(engagementTheme, "More", "Team"), a.people.admin.cookie],
      [{ intent: "minutes", minutes: "Rewritten", minutesCy: "" }, chair.cookie],
      [{ intent: "attendance", attended: [] }, chair.cookie],
      [{ intent: "comment", commentThemeId: "", body: "Too late" }, member.cookie],
      [{ intent: "sign-off" }, chair.cookie],
    ];
    for (const [fields, cookie] of attempts) {
      const refused = await send(first, fields, cookie);
      expect(refused.status).toBe(400);
      expect(refused.data.errors).toEqual({ form: "panelRecord.errors.signedOff" });
    }
    const rec = getDb().select().from(recommendations).where(eq(recommendations.sessionId, first)).get()!;
    expect((await send(first, { intent: "remove-recommendation", recommendationId: String(rec.id) }, chair.cookie)).status).toBe(
      400,
    );
    expect(sessionRow(first).minutes).toBe("We met and agreed.");

    const db = getDb();
    expect(() => db.update(panelSessions).set({ minutes: "Sneaky" }).where(eq(panelSessions.id, first)).run()).toThrow(/frozen/);
    expect(() => db.update(findings).set({ outcome: "concern" }).where(eq(findings.sessionId, first)).run()).toThrow(/frozen/);
    expect(() => db.delete(recommendations).where(eq(recommendations.sessionId, first)).run()).toThrow(/frozen/);
    expect(() => db.insert(panelComments).values({ sessionId: first, authorUserId: member.id, body: "Sneaky" }).run()).toThrow(
      /frozen/,
    );
  });
});

describe("the panel's earlier recommendations at its next session", () => {
  it("shows each with its action's status, target date and latest update (public updates only for members)", async () => {
    const db = getDb();
    const made = db.select().from(actions).where(eq(actions.organisationId, a.organisation.id)).orderBy(asc(actions.id)).all();
    const lead = { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } };
    db.update(actions).set({ targetDate: "2027-12-31" }).where(eq(actions.id, made[0].id)).run();
    const moved = changeStatus(lead, made[0].id, {
      status: "agreed",
      changedOn: today,
      reason: "",
      reasonCy: "",
      note: "We will name an officer for every case.",
      noteCy: "",
      notePublic: true,
    });
    expect(moved.ok).toBe(true);
    addUpdate(lead, made[0].id, { updateOn: today, body: "PRIVATE: budget not yet found.", bodyCy: "", isPublic: false });

    const asMember = await load(recordRoute, second, member.cookie);
    expect(asMember.status).toBe(200);
    const earlier = asMember.data.earlier;
    expect(earlier.map((rec) => rec.id).sort()).toEqual(
      db
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(eq(recommendations.sessionId, first))
        .all()
        .map((r) => r.id)
        .sort(),
    );
    const answered = earlier.find((rec) => rec.what.startsWith("Every victim"))!;
    expect(answered).toMatchObject({
      status: "agreed",
      targetDate: "2027-12-31",
      latestUpdate: { body: "We will name an officer for every case." },
    });
    const waiting = earlier.find((rec) => rec.what.startsWith("Share"))!;
    expect(waiting).toMatchObject({ status: "proposed", latestUpdate: null });

    const asAdmin = await load(recordRoute, second, a.people.admin.cookie);
    expect(asAdmin.data.earlier.find((rec) => rec.id === answered.id)!.latestUpdate).toMatchObject({
      body: "PRIVATE: budget not yet found.",
    });
    // The session signed off earlier does not list its own recommendations as earlier ones.
    expect((await load(recordRoute, first, member.cookie)).data.earlier).toEqual([]);
  });
});

describe("the public summary", () => {
  async function publicPage(slug: string, lang: Language = "en") {
    const request = get(`/o/${slug}/you-said-we-did${lang === "cy" ? "?lng=cy" : ""}`);
    const body = dataOf(await publicRoute.loader(args(request, { orgSlug: slug }) as never)).data as never as {
      report: Parameters<typeof YouSaidWeDidReport>[0]["report"];
      feeds: { atom: string; json: string };
    };
    const markup = renderToStaticMarkup(
      createElement(I18nextProvider, { i18n: createI18n(lang) }, createElement(YouSaidWeDidReport, body)),
    );
    return { body, markup };
  }

  async function json(slug: string, lang: Language = "en") {
    const request = get(`/o/${slug}/you-said-we-did.json${lang === "cy" ? "?lng=cy" : ""}`);
    return JSON.parse(await (await jsonRoute.loader(args(request, { orgSlug: slug }) as never)).text());
  }

  it("is written by the chair or an admin only, and only for a signed-off session", async () => {
    expect((await load(summaryRoute, first, member.cookie, "summary")).status).toBe(403);
    expect((await send(first, { intent: "publish", publicSummary: "x" }, member.cookie, summaryRoute)).status).toBe(403);
    const early = await send(
      second,
      { intent: "publish", publicSummary: "Too soon", publicSummaryCy: "" },
      chair.cookie,
      summaryRoute,
    );
    expect(early.status).toBe(400);
    expect(early.data.errors).toEqual({ form: "panelRecord.errors.summaryBeforeSignOff" });
    const empty = await send(first, { intent: "publish", publicSummary: " ", publicSummaryCy: "" }, chair.cookie, summaryRoute);
    expect(empty.status).toBe(400);
    expect(empty.data.errors).toEqual({ publicSummary: "panelRecord.errors.summaryRequired" });
    expect((await send(first, { intent: "shout" }, chair.cookie, summaryRoute)).status).toBe(400);
  });

  it("appears on the public page and in the JSON only once published, in Welsh where written", async () => {
    const text = "The panel found people were not kept informed and asked for a named officer.";
    const draft = await send(first, { intent: "save", publicSummary: text, publicSummaryCy: "" }, chair.cookie, summaryRoute);
    expect(draft).toMatchObject({ status: 302, location: `${path(first, "summary")}?done=save` });
    expect((await publicPage("rec-a")).markup).not.toContain(text);
    expect((await json("rec-a")).panelSummaries).toEqual([]);

    expect(
      (await send(first, { intent: "publish", publicSummary: text, publicSummaryCy: "" }, chair.cookie, summaryRoute)).status,
    ).toBe(302);
    expect(sessionRow(first).summaryPublished).toBe(true);
    const { markup } = await publicPage("rec-a");
    expect(markup).toContain("What our scrutiny panel said");
    expect(markup).toContain("Victims&#x27; scrutiny panel");
    expect(markup).toContain(formatDate(firstHeldOn, "en"));
    expect(markup).toContain(text);
    expect(markup).not.toContain("Nothing has been published yet.");
    expect((await json("rec-a")).panelSummaries).toEqual([
      {
        id: first,
        url: expect.stringMatching(/\/o\/rec-a\/you-said-we-did#panel-session-\d+$/),
        panel: { text: "Victims' scrutiny panel", lang: "en" },
        heldOn: firstHeldOn,
        summary: { text, lang: "en" },
      },
    ]);
    // Welsh: the panel's Welsh name, and the English summary marked as English where no Welsh was written.
    const welsh = await publicPage("rec-a", "cy");
    expect(welsh.markup).toContain("Beth ddywedodd ein panel craffu");
    expect(welsh.markup).toContain("Panel craffu dioddefwyr");
    expect(welsh.markup).toContain(formatDate(firstHeldOn, "cy"));
    expect(welsh.markup).toContain(`lang="en">${text}</p>`);
    const cyText = "Canfu'r panel nad oedd pobl yn cael gwybod beth oedd yn digwydd.";
    await send(first, { intent: "save", publicSummary: text, publicSummaryCy: cyText }, chair.cookie, summaryRoute);
    expect((await json("rec-a", "cy")).panelSummaries[0].summary).toEqual({ text: cyText, lang: "cy" });
    // Another organisation's page never shows it.
    expect((await json("rec-b")).panelSummaries).toEqual([]);

    expect(
      (
        await send(
          first,
          { intent: "unpublish", publicSummary: text, publicSummaryCy: cyText },
          a.people.admin.cookie,
          summaryRoute,
        )
      ).status,
    ).toBe(302);
    expect((await publicPage("rec-a")).markup).not.toContain(text);
    const audit = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, "panel_session"), eq(auditEvents.objectId, String(first))))
      .all()
      .map((row) => row.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        "panel_session.summary_published",
        "panel_session.summary_unpublished",
        "panel_session.summary_saved",
      ]),
    );
  });

  it("never shows a published summary of a session that is not signed off", async () => {
    // Only possible by writing to the database directly: the page refuses it.
    getDb()
      .update(panelSessions)
      .set({ publicSummary: "NOT SIGNED OFF", summaryPublished: true })
      .where(eq(panelSessions.id, second))
      .run();
    expect((await publicPage("rec-a")).markup).not.toContain("NOT SIGNED OFF");
    expect((await json("rec-a")).panelSummaries).toEqual([]);
    getDb().update(panelSessions).set({ publicSummary: "", summaryPublished: false }).where(eq(panelSessions.id, second)).run();
  });
});

describe("Welsh", () => {
  it("has the record's words in Welsh", () => {
    const cy = fixedT("cy");
    expect(cy("panelRecord.signOff.button")).toBe("Cymeradwyo");
    expect(cy("panelRecord.outcomes.area_for_improvement")).toBe("Maes i'w wella");
    expect(cy("panelRecord.earlier.heading")).toBe("Ymatebion i argymhellion blaenorol y panel");
    expect(cy("audit.actions.panel_session.signed_off")).not.toBe(fixedT("en")("audit.actions.panel_session.signed_off"));
  });
});

describe("an action's title from a recommendation", () => {
  it("keeps a short one whole and cuts a long one at a word", () => {
    expect(actionTitleFrom("  Call   back  ")).toBe("Call back");
    const cut = actionTitleFrom("word ".repeat(60));
    expect(cut.length).toBeLessThanOrEqual(120);
    expect(cut).toMatch(/word…$/);
  });
});
