/**
 * Issue 19's human safeguard (ADR 0017): no redacted passage reaches a panel pack or the public page until a person has
 * read it and confirmed it identifies no one. Against a real database, through the routes where people act.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeEngagement } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import {
  actionQuotes,
  auditEvents,
  codings,
  panelSessions,
  panelSessionThemes,
  quoteChecks,
  responses,
  surveys,
  surveyVersions,
  themes,
} from "../../db/schema";
import { createAction } from "../../app/actions/actions.server";
import { setPublished } from "../../app/actions/progress.server";
import { publicReport } from "../../app/actions/public.server";
import { quoteChoices, saidThemes } from "../../app/actions/said.server";
import { readPack } from "../../app/panels/pack";
import type { QuotePreview } from "../../app/panels/pack.server";
import { readPassages } from "../../app/themes/passages.server";
import { onCurrentText, recordQuoteChecks, textHash } from "../../app/themes/quote-check.server";
import * as newRoute from "../../app/routes/panels.new";
import * as newSessionRoute from "../../app/routes/panels.$panelId.sessions.new";
import * as sessionRoute from "../../app/routes/panels.$panelId.sessions.$sessionId._index";
import * as actionRoute from "../../app/routes/actions.$actionId._index";
import * as themeRoute from "../../app/routes/surveys.$surveyId.themes.$themeId._index";
import { publishTestSurvey } from "../respondent-helpers";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
type Route = { loader: (a: ReturnType<typeof args>) => unknown; action?: (a: ReturnType<typeof args>) => unknown };
type Failure = {
  errors: Record<string, string>;
  values: Record<string, unknown>;
  quotes?: { preview: QuotePreview; unread: number[]; changed: number[] };
};

let a: Org;
let b: Org;
let engagementId: number;
let surveyId: number;
let theme: number;
let coded: { codingId: number; responseId: number; text: string }[];

async function act(route: Route, path: string, fields: Record<string, string | string[]>, cookie: string, params = {}) {
  const result = await outcome(() => route.action!(args(post(path, fields, cookie), params)));
  const response = result.thrown ?? (result.value instanceof Response ? result.value : null);
  if (response) return { status: response.status, location: response.headers.get("Location"), data: {} as Failure };
  const { status, data } = dataOf(result.value);
  return { status, location: null, data: data as Failure };
}

async function load(route: Route, path: string, cookie: string, params = {}) {
  const result = await outcome(() => route.loader(args(get(path, cookie), params)));
  if (result.thrown) return { status: result.thrown.status, data: null as never };
  return { status: 200, data: result.value as never };
}

const admin = () => a.people.admin;
const actor = (person: { id: number }) => ({ id: person.id, organisation: { id: a.organisation.id } });

async function planSession(): Promise<{ panelId: number; sessionId: number; path: string; params: Record<string, string> }> {
  const panel = await act(
    newRoute,
    "/panels/new",
    {
      name: `Panel ${Math.random()}`,
      nameCy: "",
      termsOfReference: "",
      termsOfReferenceCy: "",
      memberId: [String(a.people.panel_member.id)],
      chairUserId: String(a.people.panel_member.id),
      engagementId: [String(engagementId)],
    },
    admin().cookie,
  );
  const panelId = Number(/^\/panels\/(\d+)/.exec(panel.location ?? "")![1]);
  const session = await act(
    newSessionRoute,
    `/panels/${panelId}/sessions/new`,
    { heldOn: "2027-03-14", agenda: "", agendaCy: "" },
    admin().cookie,
    { panelId: String(panelId) },
  );
  const sessionId = Number(/sessions\/(\d+)/.exec(session.location ?? "")![1]);
  return {
    panelId,
    sessionId,
    path: `/panels/${panelId}/sessions/${sessionId}`,
    params: { panelId: String(panelId), sessionId: String(sessionId) },
  };
}

const textOf = (codingId: number) => coded.find((c) => c.codingId === codingId)!.text;
/** The fingerprint a page showing the passage now would send. */
const hashNow = (codingId: number, org = () => a) =>
  textHash(readPassages(org().organisation.id, { codingIds: [codingId] })[0]?.text ?? "");
/** A decision as the issue step's form sends it: the choice and the fingerprint of the words shown. */
const decide = (codingId: number, decision: string, readHash = hashNow(codingId)) => ({
  [`quote-${codingId}`]: decision,
  [`quote-${codingId}-hash`]: readHash,
});
/** Gives a response this one answer and codes all of it to the theme (shared coding); the coding's id. */
function codeWhole(responseId: number, text: string, coderUserId: number | null = null): number {
  getDb()
    .update(responses)
    .set({ answers: { better: text } })
    .where(eq(responses.id, responseId))
    .run();
  return getDb()
    .insert(codings)
    .values({
      organisationId: a.organisation.id,
      responseId,
      answerKey: "better",
      start: 0,
      end: text.length,
      themeId: theme,
      coderUserId,
    })
    .returning({ id: codings.id })
    .get().id;
}
const checksOf = (ids: number[]) =>
  ids.length ? getDb().select().from(quoteChecks).where(inArray(quoteChecks.codingId, ids)).all() : [];
const auditCount = () =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .get()!.n;

beforeAll(async () => {
  a = await makeOrganisationWithUsers("qc-a");
  b = await makeOrganisationWithUsers("qc-b");
  engagementId = makeEngagement(getDb(), {
    organisationId: a.organisation.id,
    title: "Being kept informed",
    purpose: "Listen",
    audience: "Victims",
  }).id;
  surveyId = publishTestSurvey(actor(a.people.engagement_lead), "qc-a-survey");
  const version = getDb().select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get()!;
  makeResponses({
    organisationId: a.organisation.id,
    surveyId,
    versionId: version.id,
    definition: version.definition,
    count: 12,
    seed: 7,
    channelIds: [null],
    lastDay: "2027-02-20",
    days: 30,
    welshShare: 0,
  });
  getDb().update(surveys).set({ engagementId }).where(eq(surveys.id, surveyId)).run();
  const ids = getDb()
    .select({ id: responses.id })
    .from(responses)
    .where(eq(responses.surveyId, surveyId))
    .all()
    .map((r) => r.id)
    .slice(0, 10);
  theme = getDb()
    .insert(themes)
    .values({ organisationId: a.organisation.id, name: "Hearing nothing back", nameCy: "Clywed dim byd", engagementId })
    .returning({ id: themes.id })
    .get().id;
  // Ten respondents, each with a different answer about waiting (distinct texts, so a quote is known by its words).
  coded = ids.map((responseId, i) => {
    const text = `Nobody rang me back about my case for weeks, answer ${i + 1}, and I kept waiting for news.`;
    return { codingId: codeWhole(responseId, text), responseId, text };
  });
}, 60_000);

describe("the issue step of a panel pack", () => {
  it("shows the quotes the pack would carry, none read yet, and refuses to issue them unread, writing nothing", async () => {
    const s = await planSession();
    const saved = await act(sessionRoute, s.path, { intent: "themes", themeId: [String(theme)] }, admin().cookie, s.params);
    expect(saved.status).toBe(302);
    const page = await load(sessionRoute, s.path, admin().cookie, s.params);
    const preview = (page.data as { planning: { quotes: QuotePreview } }).planning.quotes;
    expect(preview.map((t) => t.themeId)).toEqual([theme]);
    const candidates = preview[0].quotes;
    expect(candidates).toHaveLength(3);
    expect(candidates.every((q) => q.state === "unread")).toBe(true);

    // One read, two not: refused, and not even the one decision is kept (nor a theme change sent with it).
    const before = auditCount();
    const refused = await act(
      sessionRoute,
      s.path,
      { intent: "issue", themeId: [], ...decide(candidates[0].codingId, "safe") },
      admin().cookie,
      s.params,
    );
    expect(refused.status).toBe(400);
    // No theme ticked would be "tick a theme": here the saved theme was unticked, so that is the refusal.
    expect(refused.data.errors).toEqual({ themeId: "panels.errors.themesRequired" });
    const unread = await act(
      sessionRoute,
      s.path,
      { intent: "issue", themeId: [String(theme)], ...decide(candidates[0].codingId, "safe") },
      admin().cookie,
      s.params,
    );
    expect(unread.status).toBe(400);
    expect(unread.data.errors).toEqual({ [`quote-${candidates[1].codingId}`]: "quoteCheck.errors.unread" });
    expect(unread.data.quotes!.unread).toEqual([candidates[1].codingId, candidates[2].codingId]);
    // The page after the refusal shows the first as read (in the rolled-back transaction), with what was chosen kept.
    expect(unread.data.quotes!.preview[0].quotes.map((q) => q.state)).toEqual(["safe", "unread", "unread"]);
    expect(unread.data.values).toMatchObject({ [`quote-${candidates[0].codingId}`]: "safe" });
    const row = getDb().select().from(panelSessions).where(eq(panelSessions.id, s.sessionId)).get()!;
    expect(row).toMatchObject({ status: "planning", pack: null, packIssuedAt: null });
    expect(checksOf(candidates.map((q) => q.codingId))).toEqual([]);
    expect(auditCount()).toBe(before);
    expect(getDb().select().from(panelSessionThemes).where(eq(panelSessionThemes.sessionId, s.sessionId)).all()).toHaveLength(1);
  });

  it("takes the next candidate in place of a withheld one, freezes only confirmed quotes, and audits every decision", async () => {
    const s = await planSession();
    const first = await act(sessionRoute, s.path, { intent: "issue", themeId: [String(theme)] }, admin().cookie, s.params);
    expect(first.status).toBe(400);
    const [left, ...kept] = first.data.quotes!.preview[0].quotes.map((q) => q.codingId);
    const decisions = { ...decide(left, "withheld"), ...Object.assign({}, ...kept.map((id) => decide(id, "safe"))) };
    // Leaving one out brings in the next, unread: still refused, and the page now shows the newcomer.
    const second = await act(
      sessionRoute,
      s.path,
      { intent: "issue", themeId: [String(theme)], ...decisions },
      admin().cookie,
      s.params,
    );
    expect(second.status).toBe(400);
    const now = second.data.quotes!.preview[0].quotes;
    expect(now.map((q) => q.codingId)).not.toContain(left);
    const newcomer = now.find((q) => q.state === "unread")!;
    expect(second.data.quotes!.unread).toEqual([newcomer.codingId]);
    expect(checksOf([left, ...kept])).toEqual([]);

    const before = getDb()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .orderBy(sql`id desc`)
      .get()!.id;
    const issued = await act(
      sessionRoute,
      s.path,
      { intent: "issue", themeId: [String(theme)], ...decisions, ...decide(newcomer.codingId, "safe") },
      admin().cookie,
      s.params,
    );
    expect(issued.status).toBe(302);
    const pack = readPack(getDb().select().from(panelSessions).where(eq(panelSessions.id, s.sessionId)).get()!.pack)!;
    const texts = pack.themes[0].quotes.map((q) => q.text);
    expect(texts.sort()).toEqual([...kept, newcomer.codingId].map(textOf).sort());
    expect(texts).not.toContain(textOf(left));
    // The withheld passage is still coded and counted.
    expect(pack.themes[0].surveys[0].mentioning).toEqual({ kind: "count", value: 10 });
    const checks = checksOf([left, ...kept, newcomer.codingId]);
    expect(checks.map((c) => [c.codingId, c.decision, c.decidedBy]).sort()).toEqual(
      [[left, "withheld", admin().id], ...[...kept, newcomer.codingId].map((id) => [id, "safe", admin().id])].sort(),
    );
    const audited = getDb()
      .select()
      .from(auditEvents)
      .where(and(sql`${auditEvents.id} > ${before}`, eq(auditEvents.objectType, "coding")))
      .all();
    expect(audited.map((e) => [e.action, Number(e.objectId), e.actorUserId]).sort()).toEqual(
      [
        ["quote.withheld", left, admin().id],
        ...[...kept, newcomer.codingId].map((id) => ["quote.confirmed", id, admin().id]),
      ].sort(),
    );
    // The audit names the passage, never its words.
    expect(JSON.stringify(audited)).not.toContain("Nobody rang me back");
  });

  it("a later pack skips the withheld passage and needs nothing read again while the text is unchanged", async () => {
    const s = await planSession();
    const issued = await act(sessionRoute, s.path, { intent: "issue", themeId: [String(theme)] }, admin().cookie, s.params);
    expect(issued.status).toBe(302);
  });

  it("a confirmation lapses when the passage's text changes (re-redaction): the quote is unread again", async () => {
    const s = await planSession();
    const saved = await act(sessionRoute, s.path, { intent: "themes", themeId: [String(theme)] }, admin().cookie, s.params);
    expect(saved.status).toBe(302);
    const page = await load(sessionRoute, s.path, admin().cookie, s.params);
    const target = (page.data as { planning: { quotes: QuotePreview } }).planning.quotes[0].quotes[0];
    expect(target.state).toBe("safe");
    const passage = coded.find((c) => c.codingId === target.codingId)!;
    // Same length and the same words to the summary's ranking, but not the text that was read.
    const changed = passage.text.replace("weeks", "WEEKS");
    getDb()
      .update(responses)
      .set({ answers: { better: changed } })
      .where(eq(responses.id, passage.responseId))
      .run();
    try {
      const again = await load(sessionRoute, s.path, admin().cookie, s.params);
      const states = (again.data as { planning: { quotes: QuotePreview } }).planning.quotes[0].quotes;
      expect(states.find((q) => q.codingId === target.codingId)?.state).toBe("unread");
      const refused = await act(sessionRoute, s.path, { intent: "issue", themeId: [String(theme)] }, admin().cookie, s.params);
      expect(refused.status).toBe(400);
      expect(refused.data.quotes!.unread).toEqual([target.codingId]);
    } finally {
      getDb()
        .update(responses)
        .set({ answers: { better: passage.text } })
        .where(eq(responses.id, passage.responseId))
        .run();
    }
  });

  it("refuses a decision on another organisation's passage, and nothing is written", async () => {
    const s = await planSession();
    const foreignTheme = getDb()
      .insert(themes)
      .values({ organisationId: b.organisation.id, name: "Elsewhere", nameCy: "" })
      .returning({ id: themes.id })
      .get().id;
    const foreignResponse = getDb().select({ id: responses.id }).from(responses).limit(1).get()!.id;
    const foreign = getDb()
      .insert(codings)
      .values({
        organisationId: b.organisation.id,
        responseId: foreignResponse,
        answerKey: "better",
        start: 0,
        end: 5,
        themeId: foreignTheme,
      })
      .returning({ id: codings.id })
      .get().id;
    const result = await act(
      sessionRoute,
      s.path,
      { intent: "themes", themeId: [String(theme)], ...decide(foreign, "withheld", textHash("Nobod")) },
      admin().cookie,
      s.params,
    );
    expect(result.status).toBe(400);
    expect(result.data.errors).toEqual({ [`quote-${foreign}`]: "quoteCheck.errors.unknown" });
    expect(checksOf([foreign])).toEqual([]);
    expect(getDb().select().from(panelSessionThemes).where(eq(panelSessionThemes.sessionId, s.sessionId)).all()).toEqual([]);
    const nonsense = await act(
      sessionRoute,
      s.path,
      { intent: "themes", themeId: [String(theme)], [`quote-${coded[0].codingId}`]: "maybe" },
      admin().cookie,
      s.params,
    );
    expect(nonsense.status).toBe(400);
    expect(nonsense.data.errors).toEqual({ [`quote-${coded[0].codingId}`]: "quoteCheck.errors.choose" });
  });

  it("lets no one but an admin confirm quotes at the issue step", async () => {
    const s = await planSession();
    for (const role of ["analyst", "engagement_lead", "action_owner", "panel_member"] as const) {
      const result = await act(
        sessionRoute,
        s.path,
        { intent: "themes", themeId: [String(theme)], ...decide(coded[9].codingId, "safe") },
        a.people[role].cookie,
        s.params,
      );
      expect(result.status, role).toBe(403);
    }
    const other = await act(
      sessionRoute,
      s.path,
      { intent: "themes", themeId: [String(theme)], ...decide(coded[9].codingId, "safe") },
      b.people.admin.cookie,
      s.params,
    );
    expect(other.status).toBe(404);
    expect(checksOf([coded[9].codingId]).filter((c) => c.decidedBy !== admin().id)).toEqual([]);
  });
});

describe("the public page's quotes", () => {
  let actionId: number;
  let chosenHere: number;
  const publicQuotes = () =>
    publicReport("qc-a")!.engagements.flatMap((e) => e.actions.flatMap((x) => x.quotes.map((q) => q.text)));

  beforeAll(() => {
    const created = createAction(actor(a.people.engagement_lead), {
      engagementId,
      title: "Call every victim back within a week",
      titleCy: "",
      description: "We call back.",
      descriptionCy: "",
      rationale: "People heard nothing back.",
      rationaleCy: "",
      owningTeam: "Contact management",
      ownerUserId: null,
      raisedOn: "2027-03-01",
      targetDate: null,
      themeId: [theme],
    });
    if (!created.ok) throw new Error(created.error);
    actionId = created.id;
    const published = setPublished(actor(a.people.engagement_lead), actionId, true);
    if (!published.ok) throw new Error(published.error);
  });

  it("never shows a chosen quote nobody confirmed (chosen before the quote check)", () => {
    const fresh = coded[5].codingId;
    getDb().delete(quoteChecks).where(eq(quoteChecks.codingId, fresh)).run();
    getDb().insert(actionQuotes).values({ actionId, codingId: fresh }).run();
    expect(publicQuotes()).not.toContain(textOf(fresh).trim());
    getDb().delete(actionQuotes).where(eq(actionQuotes.actionId, actionId)).run();
  });

  it("counts choosing a quote as confirming it, audited; a withheld passage is not offered and cannot be chosen", async () => {
    // Two passages nobody has decided on yet (the packs above confirmed some).
    const undecided = coded.map((c) => c.codingId).filter((id) => checksOf([id]).length === 0);
    const [chosen, withheld] = undecided;
    chosenHere = chosen;
    getDb().transaction((tx) =>
      recordQuoteChecks(
        tx,
        actor(a.people.analyst),
        onCurrentText(a.organisation.id, [{ codingId: withheld, decision: "withheld" }], tx),
        {
          via: "theme",
          themeId: theme,
        },
      ),
    );
    const said = saidThemes(a.organisation.id, [theme]);
    const offered = quoteChoices(a.organisation.id, said, []).flatMap((c) => c.passages.map((p) => p.codingId));
    expect(offered).toContain(chosen);
    expect(offered).not.toContain(withheld);

    const refused = await act(
      actionRoute,
      `/actions/${actionId}`,
      { intent: "quotes", codingId: [String(chosen), String(withheld)] },
      a.people.engagement_lead.cookie,
      { actionId: String(actionId) },
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ codingId: "quoteCheck.errors.withheld" });
    expect(getDb().select().from(actionQuotes).where(eq(actionQuotes.actionId, actionId)).all()).toEqual([]);

    for (const role of ["analyst", "action_owner"] as const) {
      const denied = await act(
        actionRoute,
        `/actions/${actionId}`,
        { intent: "quotes", codingId: [String(chosen)] },
        a.people[role].cookie,
        { actionId: String(actionId) },
      );
      expect([403, 404], role).toContain(denied.status);
    }
    expect(checksOf([chosen]).filter((c) => c.decision === "safe" && c.decidedBy !== admin().id)).toEqual([]);

    const ok = await act(
      actionRoute,
      `/actions/${actionId}`,
      { intent: "quotes", codingId: [String(chosen)], [`quote-${chosen}-hash`]: hashNow(chosen) },
      a.people.engagement_lead.cookie,
      { actionId: String(actionId) },
    );
    expect(ok.status).toBe(302);
    expect(publicQuotes()).toEqual([textOf(chosen).trim()]);
    const check = checksOf([chosen])[0];
    expect(check).toMatchObject({ decision: "safe", decidedBy: a.people.engagement_lead.id });
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "quote.confirmed"), eq(auditEvents.objectId, String(chosen))))
      .all();
    expect(audit.at(-1)).toMatchObject({ actorUserId: a.people.engagement_lead.id, detail: { via: "action", actionId } });
  });

  it("takes a chosen quote off the public page once someone withholds it", () => {
    const chosen = chosenHere;
    expect(publicQuotes()).toEqual([textOf(chosen).trim()]);
    getDb().transaction((tx) =>
      recordQuoteChecks(
        tx,
        actor(a.people.analyst),
        onCurrentText(a.organisation.id, [{ codingId: chosen, decision: "withheld" }], tx),
        {
          via: "theme",
          themeId: theme,
        },
      ),
    );
    expect(publicQuotes()).toEqual([]);
  });

  it("withholds every passage overlapping a withheld one in the same answer, whatever its theme", () => {
    const other = getDb()
      .insert(themes)
      .values({ organisationId: a.organisation.id, name: "Other", nameCy: "", engagementId })
      .returning({ id: themes.id })
      .get().id;
    const passage = coded.find((c) => c.codingId === chosenHere)!;
    const overlapping = getDb()
      .insert(codings)
      .values({
        organisationId: a.organisation.id,
        responseId: passage.responseId,
        answerKey: "better",
        start: 10,
        end: 30,
        themeId: other,
      })
      .returning({ id: codings.id })
      .get().id;
    const offered = quoteChoices(a.organisation.id, saidThemes(a.organisation.id, [other]), []);
    expect(offered.flatMap((c) => c.passages.map((p) => p.codingId))).not.toContain(overlapping);
  });
});

describe("leaving a quote out from the theme's page", () => {
  it("lets an analyst withhold a quote of the summary, audited; it leaves the summary; other roles cannot", async () => {
    const path = `/surveys/${surveyId}/themes/${theme}`;
    const params = { surveyId: String(surveyId), themeId: String(theme) };
    const page = await load(themeRoute, path, a.people.analyst.cookie, params);
    const quotes = (page.data as { summary: { quotes: { id: number; state: string }[] } }).summary.quotes;
    expect(quotes.length).toBeGreaterThan(0);
    const target = quotes[0].id;
    for (const role of ["action_owner", "panel_member"] as const) {
      const denied = await act(themeRoute, path, { intent: "withhold", codingId: String(target) }, a.people[role].cookie, params);
      expect(denied.status, role).toBe(403);
    }
    expect(checksOf([target]).filter((c) => c.decision === "withheld")).toEqual([]);
    const left = await act(
      themeRoute,
      path,
      { intent: "withhold", codingId: String(target), [`quote-${target}-hash`]: hashNow(target) },
      a.people.analyst.cookie,
      params,
    );
    expect(left.status).toBe(200);
    expect(checksOf([target])[0]).toMatchObject({ decision: "withheld", decidedBy: a.people.analyst.id });
    const audit = getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "quote.withheld"), eq(auditEvents.objectId, String(target))))
      .all();
    expect(audit.at(-1)).toMatchObject({ actorUserId: a.people.analyst.id, detail: { via: "theme", themeId: theme } });
    const after = await load(themeRoute, path, a.people.analyst.cookie, params);
    const ids = (after.data as { summary: { quotes: { id: number }[] } }).summary.quotes.map((q) => q.id);
    expect(ids).not.toContain(target);
    // Another organisation's admin cannot reach it at all.
    const foreign = await act(themeRoute, path, { intent: "withhold", codingId: String(target) }, b.people.admin.cookie, params);
    expect([403, 404]).toContain(foreign.status);
  });
});

describe("a decision counts only for the words the person read (the fingerprint travels with the form)", () => {
  // Same length, so the coding's offsets still fit; the first keeps the words the summary ranks by, so the quote
  // stays among the pack's candidates; the second is what a new redaction rule does.
  const TO_CAPITALS = (text: string) => text.replace("weeks", "WEEKS");
  const TO_DAY = (text: string) => text.replace("for weeks", "for [day]");
  /** Re-redaction between loading the page and pressing the button: the passage's words change under the reader. */
  function reRedacted<T>(codingId: number, during: () => Promise<T>, change = TO_DAY): Promise<T> {
    const passage = coded.find((c) => c.codingId === codingId)!;
    const set = (text: string) =>
      getDb()
        .update(responses)
        .set({ answers: { better: text } })
        .where(eq(responses.id, passage.responseId))
        .run();
    set(change(passage.text));
    return during().finally(() => set(passage.text));
  }
  const changedText = (codingId: number, change = TO_DAY) => change(textOf(codingId));
  const auditOf = (codingId: number) =>
    getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, "coding"), eq(auditEvents.objectId, String(codingId))))
      .all();

  it("at the issue step: refuses, writes nothing, and shows the quote as it reads now, unchosen", async () => {
    const s = await planSession();
    await act(sessionRoute, s.path, { intent: "themes", themeId: [String(theme)] }, admin().cookie, s.params);
    const page = await load(sessionRoute, s.path, admin().cookie, s.params);
    const [shown] = (page.data as { planning: { quotes: QuotePreview } }).planning.quotes[0].quotes;
    expect(shown.textHash).toBe(textHash(shown.text));
    const checksBefore = checksOf([shown.codingId]);
    const auditBefore = auditCount();
    const refused = await reRedacted(
      shown.codingId,
      async () => {
        const sent = await act(
          sessionRoute,
          s.path,
          { intent: "themes", themeId: [String(theme)], ...decide(shown.codingId, "withheld", shown.textHash) },
          admin().cookie,
          s.params,
        );
        // The refusal shows the new words with their own fingerprint, for the next decision.
        const again = sent.data.quotes!.preview[0].quotes.find((q) => q.codingId === shown.codingId)!;
        expect(again.text).toBe(changedText(shown.codingId, TO_CAPITALS));
        expect(again.textHash).toBe(textHash(again.text));
        expect(again.state).toBe("unread");
        return sent;
      },
      TO_CAPITALS,
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ [`quote-${shown.codingId}`]: "quoteCheck.errors.changed" });
    expect(refused.data.quotes!.changed).toEqual([shown.codingId]);
    // What was chosen on the old words is not kept as chosen.
    expect(refused.data.values).not.toHaveProperty(`quote-${shown.codingId}`);
    expect(checksOf([shown.codingId])).toEqual(checksBefore);
    expect(auditCount()).toBe(auditBefore);

    // Words that now rank the passage out of the pack's quotes: the message says it is no longer among them.
    const gone = await reRedacted(shown.codingId, () =>
      act(
        sessionRoute,
        s.path,
        { intent: "themes", themeId: [String(theme)], ...decide(shown.codingId, "safe", shown.textHash) },
        admin().cookie,
        s.params,
      ),
    );
    expect(gone.status).toBe(400);
    expect(gone.data.quotes!.preview[0].quotes.map((q) => q.codingId)).not.toContain(shown.codingId);
    expect(gone.data.errors).toEqual({ form: "quoteCheck.errors.changedGone" });
    expect(checksOf([shown.codingId])).toEqual(checksBefore);

    // A decision sent without any fingerprint (a page from before they travelled) is refused the same way.
    const bare = await act(
      sessionRoute,
      s.path,
      { intent: "themes", themeId: [String(theme)], [`quote-${shown.codingId}`]: "withheld" },
      admin().cookie,
      s.params,
    );
    expect(bare.status).toBe(400);
    expect(bare.data.errors).toEqual({ [`quote-${shown.codingId}`]: "quoteCheck.errors.changed" });
    expect(checksOf([shown.codingId])).toEqual(checksBefore);
  });

  it("on the theme's page: leaving out refuses, writes nothing, and gives the passage's words now", async () => {
    const path = `/surveys/${surveyId}/themes/${theme}`;
    const params = { surveyId: String(surveyId), themeId: String(theme) };
    const page = await load(themeRoute, path, a.people.analyst.cookie, params);
    const [shown] = (page.data as { summary: { quotes: { id: number; text: string; textHash: string }[] } }).summary.quotes;
    expect(shown.textHash).toBe(textHash(shown.text));
    const before = checksOf([shown.id]);
    const audited = auditOf(shown.id).length;
    const refused = await reRedacted(shown.id, () =>
      act(
        themeRoute,
        path,
        { intent: "withhold", codingId: String(shown.id), [`quote-${shown.id}-hash`]: shown.textHash },
        a.people.analyst.cookie,
        params,
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ [`quote-${shown.id}`]: "quoteCheck.errors.changed" });
    const current = (refused.data as unknown as { current: { id: number; text: string; textHash: string } }).current;
    expect(current).toMatchObject({ id: shown.id, text: changedText(shown.id), textHash: textHash(changedText(shown.id)) });
    expect(checksOf([shown.id])).toEqual(before);
    expect(auditOf(shown.id)).toHaveLength(audited);
  });

  it("in the public quote chooser: choosing refuses, chooses nothing, and unticks the changed quote", async () => {
    const created = createAction(actor(a.people.engagement_lead), {
      engagementId,
      title: "Tell people what is happening",
      titleCy: "",
      description: "We write.",
      descriptionCy: "",
      rationale: "People heard nothing.",
      rationaleCy: "",
      owningTeam: "Contact management",
      ownerUserId: null,
      raisedOn: "2027-03-01",
      targetDate: null,
      themeId: [theme],
    });
    if (!created.ok) throw new Error(created.error);
    const offered = quoteChoices(a.organisation.id, saidThemes(a.organisation.id, [theme]), []).flatMap((c) => c.passages);
    const [target, other] = offered.filter((p) => p.state !== "withheld");
    expect(target.textHash).toBe(textHash(target.text));
    const before = checksOf([target.codingId, other.codingId]);
    const refused = await reRedacted(target.codingId, () =>
      act(
        actionRoute,
        `/actions/${created.id}`,
        {
          intent: "quotes",
          codingId: [String(target.codingId), String(other.codingId)],
          [`quote-${target.codingId}-hash`]: target.textHash,
          [`quote-${other.codingId}-hash`]: other.textHash,
        },
        a.people.engagement_lead.cookie,
        { actionId: String(created.id) },
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({ codingId: "quoteCheck.errors.changed" });
    expect(refused.data.values.codingId).toEqual([String(other.codingId)]);
    expect(getDb().select().from(actionQuotes).where(eq(actionQuotes.actionId, created.id)).all()).toEqual([]);
    expect(checksOf([target.codingId, other.codingId])).toEqual(before);
  });
});

describe("putting a left-out quote back for checking (undoing “leave out”)", () => {
  const path = () => `/surveys/${surveyId}/themes/${theme}`;
  const params = () => ({ surveyId: String(surveyId), themeId: String(theme) });
  const putBack = (codingId: number, readHash: string) => ({
    intent: "put-back",
    codingId: String(codingId),
    [`quote-${codingId}-hash`]: readHash,
  });
  const auditOf = (action: string, codingId: number) =>
    getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.objectId, String(codingId))))
      .all();
  type ThemePage = {
    summary: { quotes: { id: number; state: string }[] };
    leftOut: { id: number; text: string; textHash: string; decidedBy: string | null }[];
  };

  it("on the theme's page: whoever may leave out may put back; it returns unread (never confirmed), audited", async () => {
    const analyst = a.people.analyst;
    const before = (await load(themeRoute, path(), analyst.cookie, params())).data as ThemePage;
    const target = before.summary.quotes[0].id;
    // Confirmed safe first: putting back must not bring that confirmation back.
    getDb().transaction((tx) =>
      recordQuoteChecks(
        tx,
        actor(a.people.admin),
        onCurrentText(a.organisation.id, [{ codingId: target, decision: "safe" }], tx),
        {
          via: "theme",
          themeId: theme,
        },
      ),
    );
    const left = await act(
      themeRoute,
      path(),
      { intent: "withhold", codingId: String(target), [`quote-${target}-hash`]: hashNow(target) },
      analyst.cookie,
      params(),
    );
    expect(left.status).toBe(200);
    const page = (await load(themeRoute, path(), analyst.cookie, params())).data as ThemePage;
    const listed = page.leftOut.find((q) => q.id === target)!;
    expect(listed).toMatchObject({ text: textOf(target), textHash: hashNow(target) });
    expect(listed.decidedBy).toBeTruthy();
    expect(page.summary.quotes.map((q) => q.id)).not.toContain(target);

    // Roles that may not leave a quote out may not put one back, nor may another organisation.
    for (const role of ["action_owner", "panel_member"] as const) {
      const denied = await act(themeRoute, path(), putBack(target, listed.textHash), a.people[role].cookie, params());
      expect(denied.status, role).toBe(403);
    }
    const foreign = await act(themeRoute, path(), putBack(target, listed.textHash), b.people.admin.cookie, params());
    expect([403, 404]).toContain(foreign.status);
    // A fingerprint of other words (the passage was re-redacted after the page loaded): refused, nothing written.
    const wrong = await act(themeRoute, path(), putBack(target, textHash("other words")), analyst.cookie, params());
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors).toEqual({ [`quote-${target}`]: "quoteCheck.errors.changed" });
    expect(checksOf([target])[0]).toMatchObject({ decision: "withheld", decidedBy: analyst.id });
    expect(auditOf("quote.put_back", target)).toEqual([]);

    const back = await act(themeRoute, path(), putBack(target, listed.textHash), a.people.engagement_lead.cookie, params());
    expect(back.status).toBe(200);
    expect((back.data as unknown as { done: string }).done).toBe("put-back");
    // Unread: no decision at all, so it is quoted nowhere until someone reads it again.
    expect(checksOf([target])).toEqual([]);
    const audit = auditOf("quote.put_back", target);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: a.people.engagement_lead.id,
      objectType: "coding",
      detail: { via: "theme", themeId: theme, before: "withheld" },
    });
    expect(JSON.stringify(audit)).not.toContain("Nobody rang me back");
    const after = (await load(themeRoute, path(), analyst.cookie, params())).data as ThemePage;
    expect(after.leftOut.map((q) => q.id)).not.toContain(target);
    expect(after.summary.quotes.find((q) => q.id === target)?.state).toBe("unread");

    // A colleague got there first: putting back again changes nothing and is not audited twice.
    const again = await act(themeRoute, path(), putBack(target, listed.textHash), analyst.cookie, params());
    expect(again.status).toBe(200);
    expect(auditOf("quote.put_back", target)).toHaveLength(1);
  });

  it("at a pack's issue step: admins only; the quote comes back as a candidate to read; audited", async () => {
    const s = await planSession();
    await act(sessionRoute, s.path, { intent: "themes", themeId: [String(theme)] }, admin().cookie, s.params);
    const first = (await load(sessionRoute, s.path, admin().cookie, s.params)).data as {
      planning: { quotes: QuotePreview; leftOut: { id: number; textHash: string }[] };
    };
    const candidate = first.planning.quotes[0].quotes[0];
    const left = await act(
      sessionRoute,
      s.path,
      { intent: "themes", themeId: [String(theme)], ...decide(candidate.codingId, "withheld", candidate.textHash) },
      admin().cookie,
      s.params,
    );
    expect(left.status).toBe(302);
    const page = (await load(sessionRoute, s.path, admin().cookie, s.params)).data as typeof first;
    expect(page.planning.quotes[0].quotes.map((q) => q.codingId)).not.toContain(candidate.codingId);
    const listed = page.planning.leftOut.find((q) => q.id === candidate.codingId)!;
    expect(listed.textHash).toBe(candidate.textHash);

    for (const role of ["analyst", "engagement_lead", "panel_member"] as const) {
      const denied = await act(
        sessionRoute,
        s.path,
        putBack(candidate.codingId, listed.textHash),
        a.people[role].cookie,
        s.params,
      );
      expect(denied.status, role).toBe(403);
    }
    const wrong = await act(sessionRoute, s.path, putBack(candidate.codingId, textHash("other")), admin().cookie, s.params);
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors).toEqual({ [`quote-${candidate.codingId}`]: "quoteCheck.errors.changed" });
    expect(checksOf([candidate.codingId])[0]?.decision).toBe("withheld");

    const back = await act(sessionRoute, s.path, putBack(candidate.codingId, listed.textHash), admin().cookie, s.params);
    expect(back).toMatchObject({ status: 302, location: `${s.path}?done=put-back` });
    expect(checksOf([candidate.codingId])).toEqual([]);
    expect(auditOf("quote.put_back", candidate.codingId).at(-1)).toMatchObject({
      actorUserId: admin().id,
      detail: { via: "panel_session", sessionId: s.sessionId, before: "withheld" },
    });
    const after = (await load(sessionRoute, s.path, admin().cookie, s.params)).data as typeof first;
    expect(after.planning.leftOut.map((q) => q.id)).not.toContain(candidate.codingId);
    const again = after.planning.quotes[0].quotes.find((q) => q.codingId === candidate.codingId);
    expect(again?.state).toBe("unread");
  });
});

describe("one reader of passages (passages.server.ts): a theme's page reads only its own survey's", () => {
  // An engagement's theme codes the answers of each of its surveys; the page, its summary and so a pack's candidates
  // are per survey. Last in the file: the passage it adds to the theme would otherwise be a candidate elsewhere.
  it("leaves out a passage of the same theme coded in another survey of the engagement", async () => {
    type ThemePage = {
      summary: { mentioning: unknown; quotes: { id: number }[] };
      passages: { codingId: number; text: string; whole: boolean; coderName: string | null }[];
    };
    const pageOf = async (survey: number) =>
      (
        await load(themeRoute, `/surveys/${survey}/themes/${theme}`, a.people.analyst.cookie, {
          surveyId: String(survey),
          themeId: String(theme),
        })
      ).data as ThemePage;
    const before = await pageOf(surveyId);
    expect(before.passages.length).toBeGreaterThan(0);

    const other = publishTestSurvey(actor(a.people.engagement_lead), "qc-a-other-survey");
    getDb().update(surveys).set({ engagementId }).where(eq(surveys.id, other)).run();
    const version = getDb().select().from(surveyVersions).where(eq(surveyVersions.surveyId, other)).get()!;
    makeResponses({
      organisationId: a.organisation.id,
      surveyId: other,
      versionId: version.id,
      definition: version.definition,
      count: 1,
      seed: 8,
      channelIds: [null],
      lastDay: "2027-02-21",
      days: 1,
      welshShare: 0,
    });
    const responseId = getDb().select({ id: responses.id }).from(responses).where(eq(responses.surveyId, other)).get()!.id;
    const text = "Nobody rang me back about my case for weeks, answered in the other survey.";
    const codingId = codeWhole(responseId, text, a.people.analyst.id);

    const after = await pageOf(surveyId);
    expect(after.passages.map((p) => p.codingId)).toEqual(before.passages.map((p) => p.codingId));
    expect(after.summary.mentioning).toEqual(before.summary.mentioning);
    expect(after.summary.quotes.map((q) => q.id)).not.toContain(codingId);
    const own = await pageOf(other);
    expect(own.passages).toMatchObject([{ codingId, text, whole: true, coderName: "analyst qc-a" }]);
  });
});
