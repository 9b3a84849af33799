import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeEngagement, makeUser } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import {
  actionEvidence,
  actionQuotes,
  actions,
  actionThemes,
  actionUpdates,
  auditEvents,
  codings,
  responses,
  surveys,
  surveyVersions,
  themes,
} from "../../db/schema";
import { addDays, ukToday } from "../../app/engagements/stages";
import { createAction } from "../../app/actions/actions.server";
import { changeStatus } from "../../app/actions/progress.server";
import { publicReport } from "../../app/actions/public.server";
import * as listRoute from "../../app/routes/actions._index";
import * as newRoute from "../../app/routes/actions.new";
import * as pageRoute from "../../app/routes/actions.$actionId._index";
import * as editRoute from "../../app/routes/actions.$actionId.edit";
import * as mineRoute from "../../app/routes/actions.mine";
import * as reportRoute from "../../app/routes/actions.report";
import * as csvRoute from "../../app/routes/actions.report[.csv]";
import * as home from "../../app/routes/_index";
import * as themeRoute from "../../app/routes/surveys.$surveyId.themes.$themeId._index";
import { publishTestSurvey } from "../respondent-helpers";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post, sessionCookieFor } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
type Route = { loader: (a: ReturnType<typeof args>) => unknown; action?: (a: ReturnType<typeof args>) => unknown };
type Person = { id: number; cookie: string };

const today = ukToday();
const daysAgo = (n: number) => addDays(today, -n);

let a: Org;
let b: Org;
let c: Org;
let secondOwner: Person;
let engagementA: number;
let engagementA2: number;
let engagementB: number;
/** An engagement theme mentioned by many respondents, a small one, a survey theme, and another organisation's. */
let bigTheme: number;
let smallTheme: number;
let surveyTheme: number;
let foreignTheme: number;
let surveyId: number;

async function load(route: Route, path: string, cookie: string, params: Record<string, string> = {}) {
  const result = await outcome(() => route.loader(args(get(path, cookie), params)));
  if (result.thrown) return { status: result.thrown.status, data: null as never };
  if (result.value instanceof Response) return { status: result.value.status, data: null as never, response: result.value };
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

const newAction = (overrides: Record<string, string | string[]> = {}) => ({
  engagementId: String(engagementA),
  title: "A named officer for every burglary victim",
  titleCy: "",
  description: "Every burglary victim is told the name of the officer dealing with their case.",
  descriptionCy: "",
  rationale: "",
  rationaleCy: "",
  owningTeam: "Investigation standards",
  ownerUserId: "",
  raisedOn: daysAgo(60),
  targetDate: "",
  themeId: [String(bigTheme)],
  ...overrides,
});

async function create(fields: Record<string, string | string[]> = {}, cookie = a.people.engagement_lead.cookie) {
  const result = await act(newRoute, "/actions/new", newAction(fields), cookie);
  expect(result.status).toBe(302);
  return Number(/^\/actions\/(\d+)\?done=created$/.exec(result.location ?? "")![1]);
}

const page = (id: number, cookie: string) => load(pageRoute, `/actions/${id}`, cookie, { actionId: String(id) });
const send = (id: number, fields: Record<string, string | string[]>, cookie: string) =>
  act(pageRoute, `/actions/${id}`, fields, cookie, { actionId: String(id) });
const actionRow = (id: number) => getDb().select().from(actions).where(eq(actions.id, id)).get()!;
const history = (id: number) =>
  getDb().select().from(actionUpdates).where(eq(actionUpdates.actionId, id)).orderBy(asc(actionUpdates.id)).all();

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

/** Codes the whole "better" answer of each response with the theme. */
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

beforeAll(async () => {
  a = await makeOrganisationWithUsers("act-a");
  b = await makeOrganisationWithUsers("act-b");
  c = await makeOrganisationWithUsers("act-c");
  const owner = await makeUser(getDb(), {
    organisationId: a.organisation.id,
    email: "second.owner@act-a.example.org",
    name: "Second Owner",
    roles: ["action_owner"],
  });
  secondOwner = { id: owner.id, cookie: sessionCookieFor(owner.id) };
  const engagement = (organisationId: number, title: string) =>
    makeEngagement(getDb(), { organisationId, title, purpose: "Listen", audience: "Victims" }).id;
  engagementA = engagement(a.organisation.id, "Burglary: being kept informed");
  engagementA2 = engagement(a.organisation.id, "Domestic abuse: first contact");
  engagementB = engagement(b.organisation.id, "Other force");

  const lead = { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } };
  surveyId = publishTestSurvey(lead, "act-a-survey");
  const version = getDb().select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get()!;
  makeResponses({
    organisationId: a.organisation.id,
    surveyId,
    versionId: version.id,
    definition: version.definition,
    count: 60,
    seed: 8,
    channelIds: [null],
    lastDay: daysAgo(10),
    days: 60,
    welshShare: 0,
  });
  // The survey joined the engagement after its own codebook was started.
  getDb().update(surveys).set({ engagementId: engagementA }).where(eq(surveys.id, surveyId)).run();
  const written = getDb()
    .select({ id: responses.id, answers: responses.answers })
    .from(responses)
    .where(eq(responses.surveyId, surveyId))
    .all()
    .filter((r) => typeof r.answers.better === "string" && (r.answers.better as string).trim().length > 0)
    .map((r) => r.id);
  expect(written.length).toBeGreaterThanOrEqual(12);
  bigTheme = insertTheme(a.organisation.id, { name: "Not kept informed", engagementId: engagementA });
  smallTheme = insertTheme(a.organisation.id, { name: "Lost property", engagementId: engagementA });
  surveyTheme = insertTheme(a.organisation.id, { name: "Waiting times", surveyId });
  foreignTheme = insertTheme(b.organisation.id, { name: "Elsewhere", engagementId: engagementB });
  code(a.organisation.id, bigTheme, written.slice(0, 8));
  code(a.organisation.id, smallTheme, written.slice(8, 10));
}, 60_000);

describe("who may use the action log", () => {
  it("lets staff read it, refuses panel members, and lets only admins and leads create", async () => {
    for (const role of ["admin", "engagement_lead", "analyst", "action_owner"] as const) {
      expect((await load(listRoute, "/actions", a.people[role].cookie)).status).toBe(200);
      expect((await load(reportRoute, "/actions/report", a.people[role].cookie)).status).toBe(200);
    }
    expect((await load(listRoute, "/actions", a.people.panel_member.cookie)).status).toBe(403);
    expect((await load(mineRoute, "/actions/mine", a.people.panel_member.cookie)).status).toBe(403);
    expect((await load(reportRoute, "/actions/report", a.people.panel_member.cookie)).status).toBe(403);
    for (const role of ["analyst", "action_owner", "panel_member"] as const) {
      expect((await load(newRoute, "/actions/new", a.people[role].cookie)).status).toBe(403);
      expect((await act(newRoute, "/actions/new", newAction(), a.people[role].cookie)).status).toBe(403);
    }
  });

  it("answers 404 for another organisation's action, to read or to write", async () => {
    const id = await create();
    expect((await page(id, b.people.admin.cookie)).status).toBe(404);
    expect((await load(editRoute, `/actions/${id}/edit`, b.people.admin.cookie, { actionId: String(id) })).status).toBe(404);
    const update = { intent: "update", updateOn: today, body: "Not ours", isPublic: "yes" };
    expect((await send(id, update, b.people.admin.cookie)).status).toBe(404);
    expect((await send(id, { intent: "publish" }, b.people.engagement_lead.cookie)).status).toBe(404);
    expect(history(id)).toHaveLength(1);
  });
});

describe("creating an action from a theme", () => {
  it("offers a link from the theme's page to a form with the theme ticked and its engagement chosen", async () => {
    const themePage = await load(themeRoute, `/surveys/${surveyId}/themes/${bigTheme}`, a.people.engagement_lead.cookie, {
      surveyId: String(surveyId),
      themeId: String(bigTheme),
    });
    expect(themePage.data).toMatchObject({ canPropose: true });
    const analystView = await load(themeRoute, `/surveys/${surveyId}/themes/${bigTheme}`, a.people.analyst.cookie, {
      surveyId: String(surveyId),
      themeId: String(bigTheme),
    });
    expect(analystView.data).toMatchObject({ canPropose: false });

    const form = await load(newRoute, `/actions/new?theme=${bigTheme}`, a.people.engagement_lead.cookie);
    expect(form.data).toMatchObject({ start: { themeId: bigTheme, engagementId: engagementA }, today });
    // A theme of a survey's own codebook takes the engagement the survey now belongs to.
    const fromSurvey = await load(newRoute, `/actions/new?theme=${surveyTheme}`, a.people.engagement_lead.cookie);
    expect(fromSurvey.data).toMatchObject({ start: { themeId: surveyTheme, engagementId: engagementA } });
    expect((await load(newRoute, `/actions/new?theme=${foreignTheme}`, a.people.engagement_lead.cookie)).status).toBe(404);
    expect((await load(newRoute, `/actions/new?theme=abc`, a.people.engagement_lead.cookie)).status).toBe(404);
  });

  it("stores the action as proposed, linked to the theme, with its history started and audited", async () => {
    const id = await create({ ownerUserId: String(a.people.action_owner.id), targetDate: daysAgo(-30) });
    expect(actionRow(id)).toMatchObject({
      organisationId: a.organisation.id,
      engagementId: engagementA,
      status: "proposed",
      ownerUserId: a.people.action_owner.id,
      raisedOn: daysAgo(60),
      agreedOn: null,
      published: false,
    });
    expect(getDb().select().from(actionThemes).where(eq(actionThemes.actionId, id)).all()).toEqual([
      { actionId: id, themeId: bigTheme },
    ]);
    expect(history(id)).toMatchObject([{ statusFrom: null, statusTo: "proposed", updateOn: daysAgo(60), isPublic: false }]);
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "action.created"), eq(auditEvents.objectId, String(id))))
      .get();
    expect(audit?.actorUserId).toBe(a.people.engagement_lead.id);
  });

  it("answers bad input with 400, kind errors per field, and keeps what was typed", async () => {
    const result = await act(
      newRoute,
      "/actions/new",
      newAction({
        engagementId: "",
        description: "",
        raisedOn: daysAgo(-1),
        targetDate: "2027-02-30",
        themeId: [String(bigTheme)],
      }),
      a.people.engagement_lead.cookie,
    );
    expect(result.status).toBe(400);
    expect(result.data.errors).toEqual({
      engagementId: "actions.errors.engagementRequired",
      description: "actions.errors.descriptionRequired",
      raisedOn: "actions.errors.dateInFuture",
      targetDate: "errors.dateInvalid",
    });
    expect(result.data.values).toMatchObject({ title: newAction().title, themeId: [String(bigTheme)], targetDate: "2027-02-30" });
  });

  it("refuses another organisation's theme or engagement, and an owner who cannot record progress", async () => {
    const lead = a.people.engagement_lead.cookie;
    const before = getDb().select().from(actions).all().length;
    const foreign = await act(newRoute, "/actions/new", newAction({ themeId: [String(bigTheme), String(foreignTheme)] }), lead);
    expect(foreign).toMatchObject({ status: 400, data: { errors: { themeId: "actions.errors.themeUnknown" } } });
    const elsewhere = await act(newRoute, "/actions/new", newAction({ engagementId: String(engagementB) }), lead);
    expect(elsewhere).toMatchObject({ status: 400, data: { errors: { engagementId: "actions.errors.engagementRequired" } } });
    const analystOwner = await act(newRoute, "/actions/new", newAction({ ownerUserId: String(a.people.analyst.id) }), lead);
    expect(analystOwner).toMatchObject({ status: 400, data: { errors: { ownerUserId: "errors.staffUnknown" } } });
    const otherOwner = await act(newRoute, "/actions/new", newAction({ ownerUserId: String(b.people.action_owner.id) }), lead);
    expect(otherOwner.status).toBe(400);
    expect(getDb().select().from(actions).all().length).toBe(before);
  });
});

describe("the status of an action", () => {
  const lead = () => a.people.engagement_lead.cookie;
  const status = (status: string, changedOn: string, more: Record<string, string> = {}) => ({
    intent: "status",
    status,
    changedOn,
    reason: "",
    reasonCy: "",
    note: "",
    noteCy: "",
    ...more,
  });

  it("moves through agreed, in progress and done, recording each change as a dated update", async () => {
    const id = await create();
    expect(await send(id, status("agreed", daysAgo(50), { note: "Agreed at the board" }), lead())).toMatchObject({
      status: 302,
      location: `/actions/${id}?done=status`,
    });
    expect(actionRow(id)).toMatchObject({ status: "agreed", agreedOn: daysAgo(50), doneOn: null });
    await send(id, status("in_progress", daysAgo(40)), lead());
    await send(id, status("done", daysAgo(20)), lead());
    expect(actionRow(id)).toMatchObject({ status: "done", agreedOn: daysAgo(50), doneOn: daysAgo(20) });
    expect(history(id).map((u) => [u.statusFrom, u.statusTo, u.updateOn])).toEqual([
      [null, "proposed", daysAgo(60)],
      ["proposed", "agreed", daysAgo(50)],
      ["agreed", "in_progress", daysAgo(40)],
      ["in_progress", "done", daysAgo(20)],
    ]);
    expect(history(id)[1].body).toBe("Agreed at the board");
    const shown = await page(id, lead());
    expect(shown.data).toMatchObject({ next: ["in_progress"], action: { status: "done" } });
  });

  it("needs a reason before an action is not taken forward, and keeps it", async () => {
    const id = await create();
    const missing = await send(id, status("not_taken_forward", daysAgo(5), { note: "Discussed" }), lead());
    expect(missing).toMatchObject({
      status: 400,
      data: { intent: "status", errors: { reason: "actions.errors.reasonRequired" } },
    });
    expect(missing.data.values).toMatchObject({ note: "Discussed", status: "not_taken_forward" });
    expect(actionRow(id).status).toBe("proposed");
    const reason = "A national scheme already does this from April.";
    expect((await send(id, status("not_taken_forward", daysAgo(5), { reason }), lead())).status).toBe(302);
    expect(actionRow(id)).toMatchObject({ status: "not_taken_forward", statusReason: reason, agreedOn: null });
    expect(history(id).at(-1)).toMatchObject({ statusTo: "not_taken_forward", body: reason });
  });

  it("keeps a status change and its note off the public page unless the public box is ticked", async () => {
    const id = await create({ rationale: "Victims asked for one named contact." });
    expect((await send(id, { intent: "publish" }, lead())).status).toBe(302);
    const internal = "Agreed after DCI Example pushed back on cost";
    await send(id, status("agreed", daysAgo(50), { note: internal }), lead());
    await send(id, status("in_progress", daysAgo(40), { note: "Training has started", notePublic: "yes" }), lead());
    expect(
      history(id)
        .slice(1)
        .map((u) => [u.statusTo, u.isPublic]),
    ).toEqual([
      ["agreed", false],
      ["in_progress", true],
    ]);
    const report = publicReport(a.organisation.slug)!;
    const shown = report.engagements.flatMap((e) => e.actions).find((row) => row.id === id)!;
    expect(shown.updates.map((u) => u.body.en)).toEqual(["Training has started"]);
    expect(JSON.stringify(report)).not.toContain(internal);
  });

  it("refuses a move the rules do not allow, and a date before the last change or in the future", async () => {
    const id = await create();
    await send(id, status("agreed", daysAgo(30)), lead());
    expect(await send(id, status("agreed", daysAgo(20)), lead())).toMatchObject({
      status: 400,
      data: { errors: { status: "actions.errors.statusNotAllowed" } },
    });
    expect(await send(id, status("in_progress", daysAgo(31)), lead())).toMatchObject({
      status: 400,
      data: { errors: { changedOn: "actions.errors.changedOnTooEarly" } },
    });
    expect(await send(id, status("in_progress", daysAgo(-2)), lead())).toMatchObject({
      status: 400,
      data: { errors: { changedOn: "actions.errors.dateInFuture" } },
    });
    expect(await send(id, { intent: "sideways" }, lead())).toMatchObject({ status: 400 });
    expect(history(id)).toHaveLength(2);
  });
});

describe("progress updates", () => {
  it("are added with their date and shown in the history, and the database refuses to change or delete one", async () => {
    const id = await create();
    const update = {
      intent: "update",
      updateOn: daysAgo(3),
      body: "Training for all investigators is booked.",
      bodyCy: "",
      isPublic: "yes",
    };
    expect(await send(id, update, a.people.admin.cookie)).toMatchObject({ status: 302, location: `/actions/${id}?done=update` });
    const { isPublic: _public, ...internal } = update;
    expect(await send(id, { ...internal, body: "Internal only" }, a.people.admin.cookie)).toMatchObject({ status: 302 });
    const rows = history(id);
    expect(rows.slice(1)).toMatchObject([
      { body: update.body, updateOn: daysAgo(3), isPublic: true, statusTo: null, authorUserId: a.people.admin.id },
      { body: "Internal only", isPublic: false },
    ]);
    const shown = await page(id, a.people.analyst.cookie);
    // Newest first; on the same day, the later entry first.
    expect((shown.data as { history: { body: string }[] }).history.slice(0, 2).map((h) => h.body)).toEqual([
      "Internal only",
      update.body,
    ]);

    const sqlite = getDb().$client;
    expect(() => sqlite.prepare("update action_updates set body = 'rewritten' where id = ?").run(rows[1].id)).toThrow(
      /append-only/,
    );
    expect(() => sqlite.prepare("delete from action_updates where id = ?").run(rows[1].id)).toThrow(/append-only/);
    expect(() => getDb().delete(actionUpdates).where(eq(actionUpdates.actionId, id)).run()).toThrow(/append-only/);
    expect(history(id)[1].body).toBe(update.body);
  });

  it("answers an empty update with 400 and keeps the date typed", async () => {
    const id = await create();
    const result = await send(id, { intent: "update", updateOn: daysAgo(1), body: " ", isPublic: "yes" }, a.people.admin.cookie);
    expect(result).toMatchObject({ status: 400, data: { intent: "update", errors: { body: "actions.errors.updateRequired" } } });
    expect(result.data.values).toMatchObject({ updateOn: daysAgo(1) });
  });
});

describe("action owners", () => {
  let mine: number;
  let theirs: number;
  beforeAll(async () => {
    mine = await create({ ownerUserId: String(a.people.action_owner.id), title: "Owned by the first owner" });
    theirs = await create({ ownerUserId: String(secondOwner.id), title: "Owned by the second owner" });
  });
  const update = { intent: "update", updateOn: today, body: "Progress", bodyCy: "", isPublic: "yes" };

  it("record progress, status and evidence on their own actions only", async () => {
    const owner = a.people.action_owner.cookie;
    expect((await send(mine, update, owner)).status).toBe(302);
    expect((await send(mine, { intent: "status", status: "agreed", changedOn: today, reason: "" }, owner)).status).toBe(302);
    expect(
      (await send(mine, { intent: "evidence", evidenceLabel: "Policy", evidenceUrl: "https://example.org/policy" }, owner))
        .status,
    ).toBe(302);
    expect((await send(theirs, update, owner)).status).toBe(403);
    expect((await send(theirs, { intent: "status", status: "agreed", changedOn: today }, owner)).status).toBe(403);
    expect(
      (await send(theirs, { intent: "evidence", evidenceLabel: "x", evidenceUrl: "https://example.org" }, owner)).status,
    ).toBe(403);
    expect((await send(theirs, update, secondOwner.cookie)).status).toBe(302);
    expect(actionRow(theirs).status).toBe("proposed");
  });

  it("cannot publish, choose quotes or change the action itself", async () => {
    const owner = a.people.action_owner.cookie;
    expect((await send(mine, { intent: "publish" }, owner)).status).toBe(403);
    expect((await send(mine, { intent: "quotes", codingId: [] }, owner)).status).toBe(403);
    expect((await load(editRoute, `/actions/${mine}/edit`, owner, { actionId: String(mine) })).status).toBe(403);
    expect((await act(editRoute, `/actions/${mine}/edit`, newAction(), owner, { actionId: String(mine) })).status).toBe(403);
    const shown = await page(mine, owner);
    expect(shown.data).toMatchObject({ canProgress: true, canEdit: false, choices: [] });
    expect((await page(theirs, owner)).data).toMatchObject({ canProgress: false });
  });

  it("see their own actions under My actions", async () => {
    const list = await load(mineRoute, "/actions/mine", a.people.action_owner.cookie);
    const titles = (list.data as { actions: { title: string }[] }).actions.map((row) => row.title);
    expect(titles).toContain("Owned by the first owner");
    expect(titles).not.toContain("Owned by the second owner");
  });

  it("leave analysts reading only", async () => {
    const analyst = a.people.analyst.cookie;
    expect((await page(mine, analyst)).data).toMatchObject({ canProgress: false, canEdit: false });
    expect((await send(mine, update, analyst)).status).toBe(403);
    expect((await send(mine, { intent: "status", status: "done", changedOn: today }, analyst)).status).toBe(403);
    expect((await send(mine, { intent: "publish" }, analyst)).status).toBe(403);
    expect((await send(mine, { intent: "update", body: "" }, b.people.action_owner.cookie)).status).toBe(404);
  });
});

describe("evidence", () => {
  it("accepts only web addresses, and can be removed", async () => {
    const id = await create();
    const lead = a.people.engagement_lead.cookie;
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/file", "example.org"]) {
      const refused = await send(id, { intent: "evidence", evidenceLabel: "Bad", evidenceUrl: url }, lead);
      expect(refused).toMatchObject({
        status: 400,
        data: { intent: "evidence", errors: { evidenceUrl: "actions.errors.evidenceUrlInvalid" } },
      });
    }
    await send(
      id,
      { intent: "evidence", evidenceLabel: "Revised contact policy", evidenceUrl: "https://example.org/policy.pdf" },
      lead,
    );
    const stored = getDb().select().from(actionEvidence).where(eq(actionEvidence.actionId, id)).all();
    expect(stored).toMatchObject([{ label: "Revised contact policy", url: "https://example.org/policy.pdf" }]);
    const other = await create();
    expect((await send(other, { intent: "remove-evidence", evidenceId: String(stored[0].id) }, lead)).status).toBe(404);
    expect((await send(id, { intent: "remove-evidence", evidenceId: String(stored[0].id) }, lead)).status).toBe(302);
    expect(getDb().select().from(actionEvidence).where(eq(actionEvidence.actionId, id)).all()).toEqual([]);
  });
});

describe("what people said, quotes and publishing", () => {
  it("shows linked themes with respondent counts through disclosure control", async () => {
    const id = await create({ themeId: [String(bigTheme), String(smallTheme)] });
    const shown = (await page(id, a.people.analyst.cookie)).data as {
      said: { id: number; respondents: unknown }[];
      threshold: number;
    };
    expect(shown.threshold).toBe(5);
    expect(shown.said.find((t) => t.id === bigTheme)?.respondents).toEqual({ kind: "count", value: 8 });
    expect(shown.said.find((t) => t.id === smallTheme)?.respondents).toEqual({ kind: "fewerThan", threshold: 5 });
  });

  it("offers quotes only from themes whose count may be shown, and drops them when the theme is unlinked", async () => {
    const lead = a.people.engagement_lead.cookie;
    const id = await create({ themeId: [String(bigTheme), String(smallTheme)] });
    const shown = (await page(id, lead)).data as {
      choices: { themeId: number; passages: { codingId: number; textHash: string }[] }[];
    };
    expect(shown.choices.map((choice) => choice.themeId)).toEqual([bigTheme]);
    const offered = shown.choices[0].passages.map((p) => p.codingId);
    const smallCoding = getDb().select().from(codings).where(eq(codings.themeId, smallTheme)).get()!.id;
    expect(await send(id, { intent: "quotes", codingId: [String(smallCoding)] }, lead)).toMatchObject({
      status: 400,
      data: { errors: { codingId: "actions.errors.quoteUnknown" } },
    });
    expect(await send(id, { intent: "quotes", codingId: offered.slice(0, 7).map(String) }, lead)).toMatchObject({
      status: 400,
      data: { errors: { codingId: "actions.errors.tooManyQuotes" } },
    });
    // Choosing confirms the words shown: each box goes with their fingerprint, as the chooser sends it.
    const hashes = Object.fromEntries(shown.choices[0].passages.map((p) => [`quote-${p.codingId}-hash`, p.textHash]));
    expect((await send(id, { intent: "quotes", codingId: offered.slice(0, 2).map(String), ...hashes }, lead)).status).toBe(302);
    expect(getDb().select().from(actionQuotes).where(eq(actionQuotes.actionId, id)).all()).toHaveLength(2);
    expect(((await page(id, lead)).data as { quotes: unknown[] }).quotes).toHaveLength(2);

    const saved = await act(editRoute, `/actions/${id}/edit`, newAction({ themeId: [String(smallTheme)] }), lead, {
      actionId: String(id),
    });
    expect(saved).toMatchObject({ status: 302, location: `/actions/${id}?done=saved` });
    expect(getDb().select().from(actionThemes).where(eq(actionThemes.actionId, id)).all()).toEqual([
      { actionId: id, themeId: smallTheme },
    ]);
    expect(getDb().select().from(actionQuotes).where(eq(actionQuotes.actionId, id)).all()).toEqual([]);
  });

  it("publishes only an action that says what people said and why it follows, and audits it", async () => {
    const lead = a.people.engagement_lead.cookie;
    const bare = await create({ themeId: [] });
    expect(await send(bare, { intent: "publish" }, lead)).toMatchObject({
      status: 400,
      data: { errors: { form: "actions.errors.publishNeedsTheme" } },
    });
    const id = await create();
    expect(await send(id, { intent: "publish" }, lead)).toMatchObject({
      status: 400,
      data: { errors: { form: "actions.errors.publishNeedsRationale" } },
    });
    await act(editRoute, `/actions/${id}/edit`, newAction({ rationale: "Victims told us they never knew who to call." }), lead, {
      actionId: String(id),
    });
    expect(await send(id, { intent: "publish" }, a.people.admin.cookie)).toMatchObject({ status: 302 });
    expect(actionRow(id)).toMatchObject({ published: true });
    expect(actionRow(id).publishedAt).not.toBeNull();
    const rationale = "Victims told us they never knew who to call.";
    const unlinked = await act(editRoute, `/actions/${id}/edit`, newAction({ rationale, themeId: [] }), lead, {
      actionId: String(id),
    });
    expect(unlinked).toMatchObject({ status: 400, data: { errors: { themeId: "actions.errors.publishedNeedsTheme" } } });
    const unexplained = await act(editRoute, `/actions/${id}/edit`, newAction(), lead, { actionId: String(id) });
    expect(unexplained).toMatchObject({ status: 400, data: { errors: { rationale: "actions.errors.publishedNeedsRationale" } } });
    expect(getDb().select().from(actionThemes).where(eq(actionThemes.actionId, id)).all()).toHaveLength(1);
    await send(id, { intent: "unpublish" }, lead);
    expect(actionRow(id)).toMatchObject({ published: false, publishedAt: null });
    const audited = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, "action"), eq(auditEvents.objectId, String(id))))
      .all()
      .map((row) => row.action);
    expect(audited).toEqual(["action.created", "action.updated", "action.published", "action.unpublished"]);
  });
});

describe("lists", () => {
  let late: number;
  let onTime: number;
  let elsewhere: number;
  beforeAll(async () => {
    late = await create({
      title: "Late one",
      targetDate: daysAgo(2),
      ownerUserId: String(secondOwner.id),
      raisedOn: daysAgo(30),
    });
    onTime = await create({ title: "Due later", targetDate: daysAgo(-10), raisedOn: daysAgo(30) });
    elsewhere = await create({ title: "Other engagement", engagementId: String(engagementA2), targetDate: daysAgo(1) });
    await send(elsewhere, { intent: "status", status: "done", changedOn: today }, a.people.engagement_lead.cookie);
  });
  const ids = async (query: string, cookie = a.people.analyst.cookie) =>
    ((await load(listRoute, `/actions${query}`, cookie)).data as { actions: { id: number }[] }).actions.map((row) => row.id);

  it("filter by status, owner, engagement and overdue", async () => {
    expect(await ids("?overdue=1")).toContain(late);
    expect(await ids("?overdue=1")).not.toContain(onTime);
    expect(await ids("?overdue=1")).not.toContain(elsewhere);
    expect(await ids(`?owner=${secondOwner.id}`)).toContain(late);
    expect(await ids(`?owner=${secondOwner.id}`)).not.toContain(onTime);
    expect(await ids(`?engagement=${engagementA2}`)).toEqual([elsewhere]);
    expect(await ids("?status=done")).toContain(elsewhere);
    expect(await ids("?status=done")).not.toContain(late);
    expect((await ids("?status=sideways&owner=x")).length).toBeGreaterThan(3);
    const list = await load(listRoute, "/actions?overdue=1", a.people.analyst.cookie);
    expect(list.data).toMatchObject({ filtered: true, canEdit: false, values: { overdue: true } });
    expect((list.data as { actions: { overdue: boolean }[] }).actions.every((row) => row.overdue)).toBe(true);
  });

  it("highlight overdue actions on the home page: all of them for leads, their own for owners", async () => {
    const forLead = (await load(home, "/", a.people.engagement_lead.cookie)).data as {
      actions: { overdue: { mine: boolean; rows: { id: number }[] } };
    };
    expect(forLead.actions.overdue.mine).toBe(false);
    expect(forLead.actions.overdue.rows.map((row) => row.id)).toContain(late);
    const forOwner = (await load(home, "/", secondOwner.cookie)).data as typeof forLead;
    expect(forOwner.actions.overdue).toMatchObject({ mine: true, rows: [{ id: late }] });
    const forFirstOwner = (await load(home, "/", a.people.action_owner.cookie)).data as typeof forLead;
    expect(forFirstOwner.actions.overdue.rows).toEqual([]);
    const forAnalyst = (await load(home, "/", a.people.analyst.cookie)).data as { actions: { overdue: unknown; reads: boolean } };
    expect(forAnalyst.actions).toMatchObject({ overdue: null, reads: true });
  });
});

describe("the accountability report", () => {
  const actor = () => ({ id: c.people.engagement_lead.id, organisation: { id: c.organisation.id } });
  let engagementC: number;
  let formula: number;
  beforeAll(() => {
    engagementC = makeEngagement(getDb(), {
      organisationId: c.organisation.id,
      title: "Hate crime",
      purpose: "p",
      audience: "a",
    }).id;
    const make = (title: string, raisedOn: string, targetDate: string | null) => {
      const made = createAction(actor(), {
        engagementId: engagementC,
        title,
        titleCy: "",
        description: "d",
        descriptionCy: "",
        rationale: "",
        rationaleCy: "",
        owningTeam: "=SUM(A1:A9)",
        ownerUserId: null,
        raisedOn,
        targetDate,
        themeId: [],
      });
      if (!made.ok) throw new Error("not created");
      return made.id;
    };
    const move = (id: number, status: "agreed" | "in_progress" | "done" | "not_taken_forward", on: string) => {
      const moved = changeStatus(actor(), id, {
        status,
        changedOn: on,
        reason: "Covered elsewhere",
        reasonCy: "",
        note: "",
        noteCy: "",
        notePublic: true,
      });
      if (!moved.ok) throw new Error(`not moved: ${moved.error}`);
    };
    // Done on time: 10 days to agree, 40 to done.
    const first = make("Done on time", daysAgo(100), daysAgo(50));
    move(first, "agreed", daysAgo(90));
    move(first, "done", daysAgo(60));
    // Done late: 20 days to agree, 80 to done.
    const second = make("Done late", daysAgo(100), daysAgo(50));
    move(second, "in_progress", daysAgo(80));
    move(second, "done", daysAgo(20));
    // Overdue: agreed after 30 days, target passed.
    const third = make("Overdue", daysAgo(100), daysAgo(5));
    move(third, "agreed", daysAgo(70));
    // Not taken forward, with a target that passed: not judged.
    const fourth = make("Dropped", daysAgo(90), daysAgo(10));
    move(fourth, "not_taken_forward", daysAgo(80));
    formula = make('=HYPERLINK("https://evil.example","Click")', daysAgo(90), null);
    // Outside the period.
    make("Too old", daysAgo(400), null);
  });

  const period = `from=${daysAgo(120)}&to=${today}`;

  it("counts actions by status, the share done by the target date and the median days to agreement and to done", async () => {
    const result = await load(reportRoute, `/actions/report?${period}`, c.people.analyst.cookie);
    const report = (result.data as { report: { summary: unknown; rows: { id: number }[] } }).report;
    expect(report.rows).toHaveLength(5);
    expect(report.summary).toEqual({
      total: 5,
      byStatus: { proposed: 1, agreed: 1, in_progress: 0, done: 2, not_taken_forward: 1 },
      overdue: 1,
      onTarget: { judged: 3, onTime: 1, share: 1 / 3 },
      agreement: { count: 3, medianDays: 20 },
      done: { count: 2, medianDays: 60 },
    });
  });

  it("shows the period's errors and no figures for a period that ends before it starts", async () => {
    const result = await load(reportRoute, `/actions/report?from=${today}&to=${daysAgo(1)}`, c.people.analyst.cookie);
    expect(result.data).toMatchObject({ report: null, form: { errors: { to: "actions.errors.toBeforeFrom" } } });
  });

  it("downloads as CSV in the reader's language with formulas neutralised", async () => {
    const result = await load(csvRoute, `/actions/report.csv?${period}&lng=en`, c.people.engagement_lead.cookie);
    const response = (result as { response: Response }).response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain(`actions-${daysAgo(120)}-to-${today}.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.startsWith('"Action number","Title","Engagement"')).toBe(true);
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(7);
    const line = lines.find((l) => l.startsWith(`"${formula}",`))!;
    expect(line).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    expect(line).toContain(`"'=SUM(A1:A9)"`);
    expect(text).not.toMatch(/(^|,)"=/m);
    const welsh = await load(csvRoute, `/actions/report.csv?${period}&lng=cy`, c.people.engagement_lead.cookie);
    expect(await (welsh as { response: Response }).response.text()).toContain('"Rhif y cam gweithredu"');
    expect((await load(csvRoute, `/actions/report.csv?from=nonsense`, c.people.analyst.cookie)).status).toBe(400);
    expect((await load(csvRoute, `/actions/report.csv?${period}`, c.people.panel_member.cookie)).status).toBe(403);
  });
});
