import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeUser } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import { auditEvents, codings, suggestionDismissals, surveyVersions, themes } from "../../db/schema";
import { fixedT } from "../../app/i18n/i18n";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import { cohensKappa } from "../../app/themes/kappa";
import { answersTo } from "../../app/themes/questions.server";
import { suggestThemes } from "../../app/themes/suggest";
import * as codebookRoute from "../../app/routes/surveys.$surveyId.themes._index";
import * as themeRoute from "../../app/routes/surveys.$surveyId.themes.$themeId._index";
import * as editRoute from "../../app/routes/surveys.$surveyId.themes.$themeId.edit";
import * as deleteRoute from "../../app/routes/surveys.$surveyId.themes.$themeId.delete";
import * as codeListRoute from "../../app/routes/surveys.$surveyId.themes.code._index";
import * as codeRoute from "../../app/routes/surveys.$surveyId.themes.code.$responseId";
import * as suggestionsRoute from "../../app/routes/surveys.$surveyId.themes.suggestions";
import * as samplesRoute from "../../app/routes/surveys.$surveyId.themes.samples._index";
import * as sampleRoute from "../../app/routes/surveys.$surveyId.themes.samples.$sampleId._index";
import * as blindRoute from "../../app/routes/surveys.$surveyId.themes.samples.$sampleId.$responseId";
import { publishTestSurvey } from "../respondent-helpers";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post, sessionCookieFor } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
type Route = { loader: (a: ReturnType<typeof args>) => unknown; action?: (a: ReturnType<typeof args>) => unknown };

const KEY = "open-worked-well";
/** The "kept informed" sentences db/answer-text.ts writes (English). */
const INFORMED = [
  "Nobody kept me up to date about my case",
  "I had to chase the officer for every update",
  "I was never told that the case had been closed",
  "The updates were regular and clear, which really helped",
  "I found out about the court date from a letter that came too late",
];
const isInformed = (text: string) => INFORMED.some((s) => text.startsWith(s));

let a: Org;
let b: Org;
let second: { id: number; cookie: string };
let surveyId: string;
let foreignSurveyId: string;

function seedSurvey(org: Org, slug: string, count: number, seed: number) {
  const actor = { id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } };
  const definition = templateSurvey(TEMPLATES.find((t) => t.id === "experience-of-reporting")!);
  const id = publishTestSurvey(actor, slug, definition);
  const version = getDb().select().from(surveyVersions).where(eq(surveyVersions.surveyId, id)).get()!;
  makeResponses({
    organisationId: org.organisation.id,
    surveyId: id,
    versionId: version.id,
    definition: version.definition,
    count,
    seed,
    channelIds: [null],
    lastDay: "2026-03-28",
    days: 85,
    welshShare: 0.15,
  });
  return String(id);
}

const url = (path: string, id = surveyId) => `/surveys/${id}/themes${path}`;

async function load(route: Route, path: string, cookie: string, params: Record<string, string> = {}, id = surveyId) {
  const result = await outcome(() => route.loader(args(get(url(path, id), cookie), { surveyId: id, ...params })));
  if (result.thrown) return { status: result.thrown.status, data: null as never };
  return { status: 200, data: result.value as never };
}

async function act(
  route: Route,
  path: string,
  fields: Record<string, string | string[]>,
  cookie: string,
  params: Record<string, string> = {},
  id = surveyId,
) {
  const result = await outcome(() => route.action!(args(post(url(path, id), fields, cookie), { surveyId: id, ...params })));
  if (result.thrown) return { status: result.thrown.status, location: result.thrown.headers.get("Location"), data: {} as never };
  const { status, data } = dataOf(result.value);
  return { status, location: null, data: data as never };
}

const analyst = () => a.people.analyst.cookie;
const themeNamed = (name: string) => getDb().select().from(themes).where(eq(themes.name, name)).get()!;
const sharedCodings = (themeId: number) =>
  getDb()
    .select()
    .from(codings)
    .where(and(eq(codings.themeId, themeId), isNull(codings.sampleId)))
    .all();

async function createTheme(name: string, parentId = "", cookie = analyst()) {
  return act(
    codebookRoute,
    "",
    { intent: "create", name, nameCy: `${name} (cy)`, description: "", descriptionCy: "", parentId },
    cookie,
  );
}

async function answers(cookie = analyst(), query = "") {
  const page = await load(codeListRoute, `/code?question=${KEY}${query}`, cookie);
  return page.data as {
    list: { total: number; answers: { responseId: number; text: string; codings: unknown[]; blind: boolean }[] };
  };
}

beforeAll(async () => {
  a = await makeOrganisationWithUsers("themes-a");
  b = await makeOrganisationWithUsers("themes-b");
  const user = await makeUser(getDb(), {
    organisationId: a.organisation.id,
    email: "second.coder@themes-a.example.org",
    name: "Second Coder",
    roles: ["analyst"],
  });
  second = { id: user.id, cookie: sessionCookieFor(user.id) };
  surveyId = seedSurvey(a, "themes-a-survey", 320, 20260101);
  foreignSurveyId = seedSurvey(b, "themes-b-survey", 20, 7);
});

describe("who may theme", () => {
  const pages: [Route, string][] = [
    [codebookRoute, ""],
    [codeListRoute, "/code"],
    [suggestionsRoute, "/suggestions"],
    [samplesRoute, "/samples"],
  ];

  it("lets analysts, engagement leads and admins in, and refuses panel members and action owners", async () => {
    for (const [route, path] of pages) {
      for (const role of ["analyst", "engagement_lead", "admin"] as const)
        expect((await load(route, path, a.people[role].cookie)).status).toBe(200);
      for (const role of ["panel_member", "action_owner"] as const)
        expect((await load(route, path, a.people[role].cookie)).status).toBe(403);
    }
    expect((await act(codebookRoute, "", { intent: "create", name: "Nope" }, a.people.panel_member.cookie)).status).toBe(403);
  });

  it("answers 404 for another organisation's survey, theme and response", async () => {
    expect((await load(codebookRoute, "", b.people.analyst.cookie)).status).toBe(404);
    await createTheme("Isolation check");
    const theme = themeNamed("Isolation check");
    expect(
      (await load(themeRoute, `/${theme.id}`, b.people.analyst.cookie, { themeId: String(theme.id) }, foreignSurveyId)).status,
    ).toBe(404);
    expect((await load(codeListRoute, `/code?question=${KEY}`, b.people.analyst.cookie)).status).toBe(404);
    const own = (await answers()).list.answers[0];
    const tagged = await act(
      codeRoute,
      `/code/${own.responseId}?question=${KEY}`,
      { intent: "tag", themeId: String(theme.id) },
      b.people.analyst.cookie,
      { responseId: String(own.responseId) },
      foreignSurveyId,
    );
    expect(tagged.status).toBe(404);
  });
});

describe("the codebook", () => {
  it("adds themes in two levels and refuses a third with a kind message in both languages", async () => {
    expect((await createTheme("")).data).toMatchObject({ ok: false, errors: { name: "themes.errors.nameRequired" } });
    expect((await createTheme("Kept informed")).data).toMatchObject({ ok: true });
    const parent = themeNamed("Kept informed");
    expect(parent).toMatchObject({
      nameCy: "Kept informed (cy)",
      parentId: null,
      surveyId: Number(surveyId),
      engagementId: null,
    });
    await createTheme("Chasing for updates", String(parent.id));
    const child = themeNamed("Chasing for updates");
    expect(child.parentId).toBe(parent.id);
    const third = await createTheme("Too deep", String(child.id));
    expect(third.status).toBe(400);
    expect(third.data).toMatchObject({ errors: { parentId: "themes.errors.tooDeep" } });
    expect(fixedT("cy")("themes.errors.tooDeep")).not.toBe(fixedT("en")("themes.errors.tooDeep"));
    expect((await createTheme("Kept informed")).data).toMatchObject({ errors: { name: "themes.errors.duplicate" } });

    const listed = (await load(codebookRoute, "", analyst())).data as { themes: { name: string; level: number }[] };
    const names = listed.themes.map((th) => `${th.level}:${th.name}`);
    expect(names.indexOf("2:Chasing for updates")).toBe(names.indexOf("1:Kept informed") + 1);
  });

  it("edits and moves a theme, refusing moves that would make a third level, all audited", async () => {
    const parent = themeNamed("Kept informed");
    const child = themeNamed("Chasing for updates");
    await createTheme("Treatment");
    const treatment = themeNamed("Treatment");
    const edit = (id: number, fields: Record<string, string>) =>
      act(
        editRoute,
        `/${id}/edit`,
        { intent: "save", nameCy: "", description: "", descriptionCy: "", parentId: "", ...fields },
        analyst(),
        {
          themeId: String(id),
        },
      );
    expect((await edit(parent.id, { name: "Kept informed", parentId: String(treatment.id) })).data).toMatchObject({
      errors: { parentId: "themes.errors.hasChildren" },
    });
    expect((await edit(treatment.id, { name: "Treatment", parentId: String(treatment.id) })).data).toMatchObject({
      errors: { parentId: "themes.errors.ownParent" },
    });
    const moved = await edit(child.id, { name: "Chasing updates", nameCy: "Mynd ar ôl newyddion" });
    expect(moved.location).toBe(`/surveys/${surveyId}/themes?done=changed`);
    expect(themeNamed("Chasing updates")).toMatchObject({ parentId: null, nameCy: "Mynd ar ôl newyddion" });
    const actions = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, "theme"), eq(auditEvents.objectId, String(child.id))))
      .all()
      .map((e) => e.action);
    expect(actions).toEqual(["theme.created", "theme.moved"]);
    expect((await act(codebookRoute, "", { intent: "rename" }, analyst())).status).toBe(400);
  });

  it("deletes a theme with its codings after a confirmation page; its sub-themes move to the top", async () => {
    await createTheme("Doomed");
    const doomed = themeNamed("Doomed");
    await createTheme("Doomed child", String(doomed.id));
    const answer = (await answers()).list.answers[1];
    await act(codeRoute, `/code/${answer.responseId}?question=${KEY}`, { intent: "tag", themeId: String(doomed.id) }, analyst(), {
      responseId: String(answer.responseId),
    });
    const confirm = await load(deleteRoute, `/${doomed.id}/delete`, analyst(), { themeId: String(doomed.id) });
    expect(confirm.data).toMatchObject({ passages: 1, answers: 1, children: [{ name: "Doomed child" }] });
    expect(sharedCodings(doomed.id)).toHaveLength(1);
    const deleted = await act(deleteRoute, `/${doomed.id}/delete`, { intent: "delete" }, analyst(), {
      themeId: String(doomed.id),
    });
    expect(deleted.location).toBe(`/surveys/${surveyId}/themes?done=deleted`);
    expect(getDb().select().from(themes).where(eq(themes.id, doomed.id)).get()).toBeUndefined();
    expect(sharedCodings(doomed.id)).toHaveLength(0);
    expect(themeNamed("Doomed child").parentId).toBeNull();
  });
});

describe("coding passages", () => {
  it("tags the whole answer, sentences or typed offsets within the answer, and untags", async () => {
    const theme = themeNamed("Treatment");
    const answer = (await answers()).list.answers.find((x) => x.text.includes(". "))!;
    const path = `/code/${answer.responseId}?question=${KEY}`;
    const params = { responseId: String(answer.responseId) };
    const tag = (fields: Record<string, string | string[]>) =>
      act(codeRoute, path, { intent: "tag", themeId: String(theme.id), ...fields }, analyst(), params);

    expect((await tag({ sentence: "whole" })).data).toMatchObject({ ok: true });
    expect((await tag({ sentence: ["whole", "0"] })).data).toMatchObject({ ok: true });
    expect((await tag({ start: "0", end: "5" })).data).toMatchObject({ ok: true });
    const tooLong = await tag({ start: "0", end: String(answer.text.length + 1) });
    expect(tooLong).toMatchObject({ status: 400, data: { errors: { start: "themes.errors.offsets" } } });
    const noTheme = await act(codeRoute, path, { intent: "tag" }, analyst(), params);
    expect(noTheme).toMatchObject({ status: 400, data: { errors: { themeId: "themes.errors.chooseTheme" } } });
    expect((await act(codeRoute, path, { intent: "nonsense" }, analyst(), params)).status).toBe(400);

    const page = (await load(codeRoute, path, analyst(), params)).data as {
      codings: { id: number; start: number; end: number }[];
      sentences: { end: number }[];
    };
    expect(page.codings.map((c) => [c.start, c.end])).toEqual([
      [0, 5],
      [0, page.sentences[0].end],
      [0, answer.text.length],
    ]);
    const untagged = await act(codeRoute, path, { intent: "untag", codingId: String(page.codings[0].id) }, analyst(), params);
    expect(untagged.data).toMatchObject({ ok: true });
    const passages = (await load(themeRoute, `/${theme.id}`, analyst(), { themeId: String(theme.id) })).data as {
      passages: { text: string }[];
    };
    expect(passages.passages.map((p) => p.text).sort()).toEqual(
      [answer.text, answer.text.slice(0, page.sentences[0].end)].sort(),
    );
  });

  it("lists answers with search", async () => {
    const all = (await answers()).list;
    const found = (await answers(analyst(), "&q=kind")).list;
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.total);
    expect(found.answers.every((x) => x.text.toLowerCase().includes("kind"))).toBe(true);
  });
});

type Suggestion = { signature: string; size: number; terms: string[]; examples: { responseId: number; text: string }[] };
type Suggestions = { found: { uncoded: number; suggestions: Suggestion[] } };

describe("theme suggestions", () => {
  const suggestions = async () =>
    ((await load(suggestionsRoute, `/suggestions?question=${KEY}`, analyst())).data as Suggestions).found;
  const membersOf = async (signature: string) =>
    (
      (await load(suggestionsRoute, `/suggestions?question=${KEY}&group=${encodeURIComponent(signature)}`, analyst())).data as {
        group: Suggestion & { more: { text: string }[] };
      }
    ).group;
  const texts = new Map<number, string>();

  it("groups the seeded themes: most 'kept informed' answers land in groups that are mostly about being kept informed", async () => {
    const all = answersTo(a.organisation.id, Number(surveyId), KEY);
    for (const x of all) texts.set(x.responseId, x.text);
    const uncoded = all.filter((x) => sharedCodingsOn(x.responseId) === 0);
    // The page shows three examples per group; the whole groups come from the same pure function on the same answers.
    const full = suggestThemes(uncoded.map((x) => ({ id: x.responseId, text: x.text, language: x.language })));
    const found = await suggestions();
    expect(found.uncoded).toBe(uncoded.length);
    expect(found.suggestions.map((s) => s.signature)).toEqual(full.suggestions.map((s) => s.signature));
    const informedIn = (ids: number[]) => ids.filter((id) => isInformed(texts.get(id)!)).length;
    const landed = full.suggestions
      .filter((s) => informedIn(s.memberIds) * 2 > s.memberIds.length)
      .reduce((sum, s) => sum + informedIn(s.memberIds), 0);
    expect(landed / uncoded.filter((x) => isInformed(x.text)).length).toBeGreaterThan(0.6);
  });

  it("accepts a suggestion as a new theme, tagging the whole group in one step", async () => {
    const found = await suggestions();
    const informed = found.suggestions.find((s) => s.examples.every((x) => isInformed(x.text)))!;
    expect(informed).toBeDefined();
    const accepted = await act(
      suggestionsRoute,
      `/suggestions?question=${KEY}`,
      {
        intent: "accept",
        signature: informed.signature,
        name: "Not kept up to date",
        nameCy: "Dim newyddion",
        description: "",
        descriptionCy: "",
        parentId: "",
      },
      analyst(),
    );
    expect(accepted.data).toMatchObject({ ok: true, count: informed.size });
    const theme = themeNamed("Not kept up to date");
    const tagged = sharedCodings(theme.id);
    expect(tagged).toHaveLength(informed.size);
    for (const coding of tagged) expect(coding.end - coding.start).toBe(texts.get(coding.responseId)!.length);
    expect((await suggestions()).suggestions.some((s) => s.signature === informed.signature)).toBe(false);
    expect(await membersOf(informed.signature)).toBeNull();
  });

  it("merges a suggestion into an existing theme and dismisses another for good", async () => {
    const [first, next] = (await suggestions()).suggestions;
    const theme = themeNamed("Treatment");
    const before = sharedCodings(theme.id).length;
    const merged = await act(
      suggestionsRoute,
      `/suggestions?question=${KEY}`,
      { intent: "merge", signature: first.signature, themeId: String(theme.id) },
      analyst(),
    );
    expect(merged.data).toMatchObject({ ok: true, count: first.size });
    expect(sharedCodings(theme.id).length).toBe(before + first.size);

    const dismissed = await act(
      suggestionsRoute,
      `/suggestions?question=${KEY}`,
      { intent: "dismiss", signature: next.signature },
      analyst(),
    );
    expect(dismissed.data).toMatchObject({ ok: true });
    expect(
      getDb().select().from(suggestionDismissals).where(eq(suggestionDismissals.signature, next.signature)).all(),
    ).toHaveLength(1);
    const after = await suggestions();
    expect(after.suggestions.some((s) => s.signature === next.signature)).toBe(false);
    const again = await act(
      suggestionsRoute,
      `/suggestions?question=${KEY}`,
      { intent: "accept", signature: next.signature, name: "Late" },
      analyst(),
    );
    expect(again).toMatchObject({ status: 400, data: { errors: { form: "themes.errors.suggestionGone" } } });
    expect(
      (await act(suggestionsRoute, `/suggestions?question=${KEY}`, { intent: "explode", signature: "x" }, analyst())).status,
    ).toBe(400);
  });
});

function sharedCodingsOn(responseId: number) {
  return getDb()
    .select()
    .from(codings)
    .where(and(eq(codings.responseId, responseId), eq(codings.answerKey, KEY), isNull(codings.sampleId)))
    .all().length;
}

describe("double coding", () => {
  let sampleId: string;
  let items: { responseId: number; text: string }[];

  it("sends a random sample of the first coder's answers to a second coder, who codes it blind", async () => {
    const tooBig = await act(
      samplesRoute,
      "/samples",
      { intent: "create", answerKey: KEY, size: "200", coderUserId: String(second.id) },
      analyst(),
    );
    expect(tooBig).toMatchObject({ status: 400, data: { errors: { size: "themes.errors.sampleTooBig" } } });
    const sent = await act(
      samplesRoute,
      "/samples",
      { intent: "create", answerKey: KEY, size: "8", coderUserId: String(second.id) },
      analyst(),
    );
    expect(sent.data).toMatchObject({ ok: true });
    sampleId = String((sent.data as { sampleId: number }).sampleId);

    const blind = (await load(sampleRoute, `/samples/${sampleId}`, second.cookie, { sampleId })).data as {
      role: string;
      items: { responseId: number; text: string; codings: unknown[] }[];
      agreement: unknown;
    };
    expect(blind.role).toBe("second");
    expect(blind.items).toHaveLength(8);
    expect(blind.items.every((item) => item.codings.length === 0)).toBe(true);
    expect(blind.agreement).toBeNull();
    items = blind.items;
    for (const item of items) expect(sharedCodingsOn(item.responseId)).toBeGreaterThan(0);

    // Elsewhere, the sampled answers show no codings to the second coder, who cannot code them in the shared coding.
    const path = `/code/${items[0].responseId}?question=${KEY}`;
    const shared = (await load(codeRoute, path, second.cookie, { responseId: String(items[0].responseId) })).data as {
      blind: boolean;
      codings: unknown[];
    };
    expect(shared).toMatchObject({ blind: true, codings: [] });
    const refused = await act(codeRoute, path, { intent: "tag", themeId: String(themeNamed("Treatment").id) }, second.cookie, {
      responseId: String(items[0].responseId),
    });
    expect(refused.status).toBe(403);
    expect((await load(sampleRoute, `/samples/${sampleId}`, a.people.engagement_lead.cookie, { sampleId })).status).toBe(403);
    const waiting = (await load(sampleRoute, `/samples/${sampleId}`, analyst(), { sampleId })).data as { agreement: unknown };
    expect(waiting.agreement).toBeNull();
  });

  it("shows kappa per theme and the disagreements once finished, and lets the first coder resolve them", async () => {
    const informed = themeNamed("Not kept up to date");
    const firstApplied = (id: number) =>
      getDb()
        .select()
        .from(codings)
        .where(and(eq(codings.responseId, id), eq(codings.themeId, informed.id), isNull(codings.sampleId)))
        .all().length > 0;
    // The second coder applies "Not kept up to date" to the first five answers, whole.
    for (const item of items.slice(0, 5)) {
      const tagged = await act(
        blindRoute,
        `/samples/${sampleId}/${item.responseId}`,
        { intent: "tag", themeId: String(informed.id) },
        second.cookie,
        {
          sampleId,
          responseId: String(item.responseId),
        },
      );
      expect(tagged.data).toMatchObject({ ok: true });
    }
    expect(sharedCodings(informed.id).some((c) => c.coderUserId === second.id)).toBe(false);
    await act(sampleRoute, `/samples/${sampleId}`, { intent: "complete" }, second.cookie, { sampleId });

    const expected = cohensKappa(items.map((item, i) => [firstApplied(item.responseId), i < 5] as const));
    const page = (await load(sampleRoute, `/samples/${sampleId}`, analyst(), { sampleId })).data as {
      agreement: {
        themes: { themeId: number; agreement: { kappa: number | null; n: number } }[];
        disagreements: { responseId: number; themeId: number; resolved: boolean; appliedNow: boolean }[];
      };
    };
    const row = page.agreement.themes.find((t) => t.themeId === informed.id)!;
    expect(row.agreement.n).toBe(8);
    expect(row.agreement.kappa).toEqual(expected.kappa);
    const open = page.agreement.disagreements.filter((d) => d.themeId === informed.id);
    expect(open).toHaveLength(expected.firstOnly + expected.secondOnly);
    expect(open.length).toBeGreaterThan(0);

    const target = open[0];
    const decision = target.appliedNow ? "remove" : "apply";
    const resolved = await act(
      sampleRoute,
      `/samples/${sampleId}`,
      { intent: "resolve", responseId: String(target.responseId), themeId: String(informed.id), decision },
      analyst(),
      { sampleId },
    );
    expect(resolved.data).toMatchObject({ ok: true });
    expect(firstApplied(target.responseId)).toBe(decision === "apply");
    const after = (await load(sampleRoute, `/samples/${sampleId}`, analyst(), { sampleId })).data as typeof page;
    expect(
      after.agreement.disagreements.find((d) => d.responseId === target.responseId && d.themeId === informed.id)!.resolved,
    ).toBe(true);
    // The figures describe the two independent codings, so resolving does not change them.
    expect(after.agreement.themes.find((t) => t.themeId === informed.id)!.agreement.kappa).toEqual(expected.kappa);
    const refused = await act(
      sampleRoute,
      `/samples/${sampleId}`,
      { intent: "resolve", responseId: String(target.responseId), themeId: String(informed.id), decision },
      second.cookie,
      { sampleId },
    );
    expect(refused.status).toBe(403);
  });
});

describe("theme summary", () => {
  type Summary = {
    summary: {
      mentioning: { kind: string; value?: number };
      share: number | null;
      trend: { shown: { kind: string } }[];
      sentiment: { label: string; shown: { kind: string } }[];
      quotes: { text: string }[];
    };
  };

  it("shows respondents, share, trend, sentiment and up to three redacted quotes when the numbers are big enough", async () => {
    const theme = themeNamed("Not kept up to date");
    const { summary } = (await load(themeRoute, `/${theme.id}`, analyst(), { themeId: String(theme.id) })).data as Summary;
    expect(summary.mentioning.kind).toBe("count");
    expect(summary.mentioning.value).toBeGreaterThanOrEqual(5);
    expect(summary.share).toBeGreaterThan(0);
    expect(summary.trend.length).toBeGreaterThanOrEqual(3);
    expect(summary.sentiment.map((s) => s.label)).toEqual(["positive", "neutral", "negative", "notScored"]);
    expect(summary.quotes.length).toBeGreaterThan(0);
    expect(summary.quotes.length).toBeLessThanOrEqual(3);
    const redacted = answersTo(a.organisation.id, Number(surveyId), KEY).map((x) => x.text);
    for (const quote of summary.quotes) {
      expect(redacted.some((text) => text.includes(quote.text))).toBe(true);
      expect(quote.text).not.toMatch(/07700|@example\.org/);
    }
  });

  it("hides small numbers: fewer than the threshold, no share, no trend, no sentiment mix, no quotes", async () => {
    const theme = themeNamed("Chasing updates");
    const list = (await answers()).list.answers.slice(5, 7);
    for (const answer of list)
      await act(
        codeRoute,
        `/code/${answer.responseId}?question=${KEY}`,
        { intent: "tag", themeId: String(theme.id) },
        analyst(),
        {
          responseId: String(answer.responseId),
        },
      );
    const { summary } = (await load(themeRoute, `/${theme.id}`, analyst(), { themeId: String(theme.id) })).data as Summary;
    expect(summary.mentioning).toEqual({ kind: "fewerThan", threshold: 5 });
    expect(summary.share).toBeNull();
    expect(summary.trend.every((m) => m.shown.kind === "hidden")).toBe(true);
    expect(summary.sentiment.every((s) => s.shown.kind === "hidden")).toBe(true);
    expect(summary.quotes).toEqual([]);
  });
});
