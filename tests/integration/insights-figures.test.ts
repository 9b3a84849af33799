import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeResponses } from "../../db/response-factory";
import { channels, organisations, surveys, surveyVersions } from "../../db/schema";
import { createEngagement } from "../../app/engagements/engagements.server";
import type { Shown } from "../../app/insights/disclosure";
import type { FigureTable, QuestionFigure } from "../../app/insights/figures";
import type { InsightsPage, InsightsResult } from "../../app/insights/figures.server";
import { recordResponse } from "../../app/respondent/responses.server";
import * as engagementRoute from "../../app/routes/engagements.$engagementId.insights";
import * as surveyRoute from "../../app/routes/surveys.$surveyId.insights";
import { templateSurvey, TEMPLATES } from "../../app/surveys/bank";
import type { SurveyJson } from "../../app/surveys/survey-json";
import { args, get, makeOrganisationWithUsers, outcome } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let codeSurvey: number;
let outcomeSurvey: number;
let engagementId: number;
let channelX: number;
let outcomeResponses: number;
let compareSurvey: number;

const codeDefinition = templateSurvey(TEMPLATES.find((t) => t.id === "victims-code-compliance")!);
const outcomeDefinition = templateSurvey(TEMPLATES.find((t) => t.id === "support-service-outcomes")!);
const actor = () => ({ id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } });

function versionOf(surveyId: number) {
  return getDb().select({ id: surveyVersions.id }).from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get()!.id;
}

let keyCounter = 0;
/** Stores one response through the real ingest (validation aside), so answer facts are written as in production. */
function respond(
  day: string,
  answers: Record<string, unknown>,
  options: { channelId?: number | null; language?: string; surveyId?: number } = {},
) {
  const surveyId = options.surveyId ?? codeSurvey;
  recordResponse(
    {
      organisationId: a.organisation.id,
      surveyId,
      versionId: versionOf(surveyId),
      definition: codeDefinition,
      channelId: options.channelId ?? null,
      language: options.language ?? "en",
      answers,
      submissionKey: `insights-${(keyCounter += 1)}`,
    },
    day,
  );
}

/**
 * The hand-counted set (25 responses):
 * January: 2 on the 4th and 8 on the 18th, plain link, English. vc-01: yes 5, no 5; vc-02: yes 3, no 7;
 *   vc-03: yes 7, no 3; vc-12 answered by 5 of the 10 (the last page with choice questions).
 * April: 7 on the 5th and 8 on the 19th, 12 through channel X and 3 by the plain link, 5 in Welsh.
 *   vc-01: yes 5, partly 5, not applicable 5; vc-02: yes 15; vc-03: yes 15; vc-12 answered by all 15.
 */
function seedHandCountedSet() {
  const january = ["yes", "yes", "yes", "yes", "yes", "no", "no", "no", "no", "no"];
  january.forEach((vc01, i) => {
    respond(i < 2 ? "2027-01-04" : "2027-01-18", {
      "vc-01-understood": vc01,
      "vc-02-recorded": i < 3 ? "yes" : "no",
      "vc-03-info-reporting": i < 7 ? "yes" : "no",
      ...(i % 2 === 0 ? { "vc-12-complain": "yes" } : {}),
    });
  });
  const april = ["yes", "yes", "yes", "yes", "yes", "partly", "partly", "partly", "partly", "partly"];
  for (let i = 0; i < 15; i += 1) {
    respond(
      i < 7 ? "2027-04-05" : "2027-04-19",
      {
        "vc-01-understood": april[i] ?? "not_applicable",
        "vc-02-recorded": "yes",
        "vc-03-info-reporting": "yes",
        "vc-12-complain": "yes",
      },
      { channelId: i < 12 ? channelX : null, language: i >= 10 ? "cy" : "en" },
    );
  }
}

beforeAll(async () => {
  a = await makeOrganisationWithUsers("insights-a");
  b = await makeOrganisationWithUsers("insights-b");
  codeSurvey = publishTestSurvey(actor(), "insights-code", codeDefinition as Record<string, unknown>, { languages: ["cy"] });
  outcomeSurvey = publishTestSurvey(actor(), "insights-outcomes", outcomeDefinition as Record<string, unknown>);
  channelX = getDb()
    .insert(channels)
    .values({ organisationId: a.organisation.id, surveyId: codeSurvey, label: "Victim hub text message", code: "insightsxx2" })
    .returning({ id: channels.id })
    .get().id;
  seedHandCountedSet();
  // A survey outside the engagement for the refused comparison: 6 on 1 February, 3 on 1 March, 6 on 15 March.
  compareSurvey = publishTestSurvey(actor(), "insights-compare", codeDefinition as Record<string, unknown>);
  for (const [day, n] of [
    ["2027-02-01", 6],
    ["2027-03-01", 3],
    ["2027-03-15", 6],
  ] as const)
    for (let i = 0; i < n; i += 1) respond(day, { "vc-01-understood": "yes" }, { surveyId: compareSurvey });
  outcomeResponses = makeResponses({
    organisationId: a.organisation.id,
    surveyId: outcomeSurvey,
    versionId: versionOf(outcomeSurvey),
    definition: outcomeDefinition as SurveyJson,
    count: 60,
    seed: 4242,
    channelIds: [null],
    lastDay: "2027-04-30",
    days: 120,
  });
  const created = createEngagement(actor(), {
    title: "Hearing victims in 2027",
    purpose: "Which rights we fail to meet",
    audience: "Victims of crime",
    sponsor: "",
    leadUserId: null,
    startDate: null,
    endDate: null,
    status: "listening",
  });
  if (!created.ok) throw new Error("engagement not created");
  engagementId = created.id;
  getDb()
    .update(surveys)
    .set({ engagementId })
    .where(and(eq(surveys.organisationId, a.organisation.id), eq(surveys.id, codeSurvey)))
    .run();
  getDb().update(surveys).set({ engagementId }).where(eq(surveys.id, outcomeSurvey)).run();
});

async function surveyPage(query = "", cookie = a.people.analyst.cookie, id = codeSurvey) {
  const path = `/surveys/${id}/insights${query ? `?${query}` : ""}`;
  return outcome(() => surveyRoute.loader(args(get(path, cookie), { surveyId: String(id) })));
}

async function figuresOf(query = "") {
  const { value } = await surveyPage(query);
  const insights = (value as { insights: InsightsPage }).insights;
  return { insights, result: insights.result };
}

function asFigures(result: InsightsResult) {
  if (result.kind !== "figures") throw new Error(`expected figures, got ${JSON.stringify(result)}`);
  return result;
}

const count = (value: number): Shown => ({ kind: "count", value });
const fewer: Shown = { kind: "fewerThan", threshold: 5 };
const hidden: Shown = { kind: "hidden" };
const rowsOf = (table: FigureTable) => Object.fromEntries(table.rows.map((row) => [row.key, row.count]));
const question = (questions: QuestionFigure[], id: string) => questions.find((q) => q.id === id)!;

describe("who may read insights", () => {
  it("lets admins, engagement leads, analysts and action owners read a survey's and an engagement's figures", async () => {
    for (const role of ["admin", "engagement_lead", "analyst", "action_owner"] as const) {
      const survey = await surveyPage("", a.people[role].cookie);
      expect(survey.thrown, role).toBeNull();
      const engagement = await outcome(() =>
        engagementRoute.loader(
          args(get(`/engagements/${engagementId}/insights`, a.people[role].cookie), { engagementId: String(engagementId) }),
        ),
      );
      expect(engagement.thrown, role).toBeNull();
    }
  });

  it("refuses scrutiny panel members (403), and sends people who are not signed in to sign in", async () => {
    expect((await surveyPage("", a.people.panel_member.cookie)).thrown?.status).toBe(403);
    const engagement = await outcome(() =>
      engagementRoute.loader(
        args(get(`/engagements/${engagementId}/insights`, a.people.panel_member.cookie), { engagementId: String(engagementId) }),
      ),
    );
    expect(engagement.thrown?.status).toBe(403);
    expect((await surveyPage("", "")).thrown?.status).toBe(302);
  });

  it("answers 404 for another organisation's survey or engagement", async () => {
    expect((await surveyPage("", b.people.admin.cookie)).thrown?.status).toBe(404);
    const engagement = await outcome(() =>
      engagementRoute.loader(
        args(get(`/engagements/${engagementId}/insights`, b.people.admin.cookie), { engagementId: String(engagementId) }),
      ),
    );
    expect(engagement.thrown?.status).toBe(404);
  });
});

describe("a survey's figures", () => {
  it("match a hand count: responses, weeks, channels, languages and completion", async () => {
    const { figures, comparison } = asFigures((await figuresOf()).result);
    expect(figures.responses).toEqual(count(25));
    expect(comparison).toBeNull();
    expect(rowsOf(figures.channels)).toEqual({ none: count(13), [String(channelX)]: count(12) });
    expect(rowsOf(figures.languages)).toEqual({ en: count(20), cy: count(5) });
    expect(figures.languages.rows.find((row) => row.key === "cy")?.share).toBe(0.2);
    // Weeks from the one beginning Monday 4 January to the one beginning Monday 19 April; empty weeks are 0.
    expect(figures.weeks.rows[0].key).toBe("2027-01-04");
    expect(figures.weeks.rows.at(-1)?.key).toBe("2027-04-19");
    expect(figures.weeks.rows).toHaveLength(16);
    const weeks = rowsOf(figures.weeks);
    // 2 is small; the next smallest (7) is hidden with it; 8, 8 and the empty weeks are shown.
    expect([weeks["2027-01-04"], weeks["2027-01-18"], weeks["2027-04-05"], weeks["2027-04-19"]]).toEqual([
      fewer,
      count(8),
      hidden,
      count(8),
    ]);
    expect(weeks["2027-02-01"]).toEqual(count(0));
    expect(figures.weeks.total).toEqual(count(25));
    expect(rowsOf(figures.completion!)).toEqual({ completed: count(20), notCompleted: count(5) });
    expect(figures.completion!.rows[0].share).toBe(0.8);
  });

  it("match a hand count for each question, with small numbers suppressed", async () => {
    const { figures } = asFigures((await figuresOf()).result);
    const vc01 = question(figures.questions, "vc-01-understood").tables[0].table;
    expect(rowsOf(vc01)).toMatchObject({
      yes: count(10),
      partly: count(5),
      no: count(5),
      not_applicable: count(5),
      dont_know: count(0),
    });
    expect(vc01.total).toEqual(count(25));
    expect(vc01.rows.find((row) => row.key === "yes")?.share).toBe(0.4);
    // vc-03: yes 22, no 3. The 3 is "fewer than 5", so the 22 is hidden too (25 − 22 would give the 3 away).
    const vc03 = question(figures.questions, "vc-03-info-reporting").tables[0].table;
    expect(rowsOf(vc03)).toMatchObject({ yes: hidden, no: fewer, partly: count(0) });
    expect(vc03.rows.every((row) => row.share === null || row.count.kind === "count")).toBe(true);
    expect(vc03.rows.find((row) => row.key === "yes")?.share).toBeNull();
    // A question nobody answered.
    expect(question(figures.questions, "vc-05-compensation").tables[0].table.total).toEqual(count(0));
  });

  it("never lets a count from 1 to 4 reach the page", async () => {
    const { insights } = await figuresOf();
    const small: unknown[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        const shown = value as Shown;
        if (shown.kind === "count" && typeof shown.value === "number" && shown.value >= 1 && shown.value < 5) small.push(value);
        Object.values(value).forEach(walk);
      }
    };
    walk(insights);
    expect(small).toEqual([]);
  });

  it("shows the share who said they received each right, per quarter and per month", async () => {
    const { compliance } = asFigures((await figuresOf()).result);
    expect(compliance.periods).toEqual(["2027-Q1", "2027-Q2"]);
    const right1 = compliance.rows.find((row) => row.right === 1)!;
    // yes 10 + partly 5 of yes, partly and no (20): 75%; Q1: 5 of 10; Q2: 10 of 10.
    expect(right1.whole).toEqual({ share: 0.75, base: count(20) });
    expect(right1.periods).toEqual([
      { share: 0.5, base: count(10) },
      { share: 1, base: count(10) },
    ]);
    // Right 2: 18 of 25 over the whole period, but January's 3 who said yes is small, so no quarter is shown.
    const right2 = compliance.rows.find((row) => row.right === 2)!;
    expect(right2.whole).toEqual({ share: 0.72, base: count(25) });
    expect(right2.periods.every((cell) => cell.share === null && cell.base.kind === "hidden")).toBe(true);
    // Right 3: its table hides a count, so no share at all.
    expect(compliance.rows.find((row) => row.right === 3)!.whole.share).toBeNull();

    const monthly = asFigures((await figuresOf("by=month")).result).compliance;
    expect(monthly.periods).toEqual(["2027-01", "2027-02", "2027-03", "2027-04"]);
    expect(monthly.rows.find((row) => row.right === 1)!.periods.map((cell) => cell.share)).toEqual([0.5, null, null, 1]);
  });

  it("compares a period with the one of the same length before it", async () => {
    // 1 April to 30 June (91 days) against 31 December 2026 to 31 March 2027.
    const { figures, comparison } = asFigures((await figuresOf("from=2027-04-01&to=2027-06-30")).result);
    expect(comparison).toEqual({ from: "2026-12-31", to: "2027-03-31", refusal: null });
    expect(figures.responses).toEqual(count(15));
    expect(figures.previousResponses).toEqual(count(10));
    expect(figures.responsesChange).toBe(0.5);
    const vc01 = question(figures.questions, "vc-01-understood").tables[0].table;
    const yes = vc01.rows.find((row) => row.key === "yes")!;
    expect(yes.count).toEqual(count(5));
    expect(yes.share).toBeCloseTo(1 / 3);
    expect(yes.previous).toEqual({ count: count(5), share: 0.5, change: expect.closeTo(1 / 3 - 0.5, 6) });
    expect(vc01.previousTotal).toEqual(count(10));
    // April's 3 by the plain link are small, so April's 12 through the channel are hidden with them: no share, no change.
    expect(figures.channels.rows.map((row) => [row.count, row.previous])).toEqual([
      [fewer, { count: count(10), share: 1, change: null }],
      [hidden, { count: count(0), share: 0, change: null }],
    ]);
    const languages = figures.languages.rows.find((row) => row.key === "en")!;
    expect(languages).toMatchObject({
      count: count(10),
      previous: { count: count(10), share: 1, change: expect.closeTo(2 / 3 - 1, 6) },
    });
  });

  it("filters by channel, language and answer", async () => {
    const welsh = asFigures((await figuresOf("language=cy")).result).figures;
    expect(welsh.responses).toEqual(count(5));
    const channel = asFigures((await figuresOf(`channel=${channelX}`)).result).figures;
    expect(channel.responses).toEqual(count(12));
    expect(rowsOf(channel.channels)[String(channelX)]).toEqual(count(12));
    const no = asFigures((await figuresOf(`answer=${encodeURIComponent("vc-02-recorded::no")}`)).result).figures;
    expect(no.responses).toEqual(count(7));
    // All 7 came in January.
    expect(rowsOf(no.weeks)["2027-04-05"]).toBeUndefined();
    expect(question(no.questions, "vc-02-recorded").tables[0].table.total).toEqual(count(7));
  });

  it("refuses a filter that narrows below the threshold, keeping the form filled in", async () => {
    const narrow = await figuresOf("from=2027-01-01&to=2027-01-10");
    expect(narrow.result).toEqual({ kind: "refused", refusal: { reason: "tooFew" } });
    expect(narrow.insights.form.values).toMatchObject({ from: "2027-01-01", to: "2027-01-10" });
    // 22 said yes to vc-03, but that cell is hidden on the page without the filter (it would give the 3 away).
    const hiddenGroup = await figuresOf(`answer=${encodeURIComponent("vc-03-info-reporting::yes")}`);
    expect(hiddenGroup.result).toEqual({ kind: "refused", refusal: { reason: "groupNotShown", filter: "answer" } });
    expect(hiddenGroup.insights.form.values.answer).toBe("vc-03-info-reporting::yes");
    // Starting on 5 January leaves out the 2 responses of the 4th: comparing with the whole would show them.
    const edge = await figuresOf("from=2027-01-05");
    expect(edge.result).toEqual({ kind: "refused", refusal: { reason: "periodEdge" } });
    // No responses at all is not a small number.
    expect((await figuresOf(`channel=${channelX}&to=2027-01-31`)).result.kind).toBe("empty");
  });

  it("refuses a comparison whose previous period would be too small, and still shows this period", async () => {
    // 8 to 21 March (6 responses) against 22 February to 7 March (3 responses).
    const { value } = await surveyPage("from=2027-03-08&to=2027-03-21", a.people.analyst.cookie, compareSurvey);
    const { figures, comparison } = asFigures((value as { insights: InsightsPage }).insights.result);
    expect(figures.responses).toEqual(count(6));
    expect(comparison).toEqual({ from: "2027-02-22", to: "2027-03-07", refusal: { reason: "tooFew" } });
    expect(figures.previousResponses).toBeUndefined();
    expect(figures.channels.rows.every((row) => row.previous === undefined)).toBe(true);
  });

  it("shows no figures at all while a survey has fewer responses than the threshold", async () => {
    const tiny = publishTestSurvey(actor(), "insights-tiny", codeDefinition as Record<string, unknown>);
    for (let i = 0; i < 3; i += 1) respond("2027-03-01", { "vc-01-understood": "yes" }, { surveyId: tiny });
    const { value } = await surveyPage("", a.people.analyst.cookie, tiny);
    const { insights } = value as { insights: InsightsPage };
    expect(insights.filtered).toBe(false);
    expect(insights.result).toEqual({ kind: "refused", refusal: { reason: "tooFew" } });
    const empty = publishTestSurvey(actor(), "insights-empty", codeDefinition as Record<string, unknown>);
    const none = (await surveyPage("", a.people.analyst.cookie, empty)).value as { insights: InsightsPage };
    expect(none.insights.result).toEqual({ kind: "empty" });
  });

  it("answers filter mistakes with field errors and no figures", async () => {
    const { insights } = await figuresOf("from=2027-02-30&to=2027-01-01&channel=999&language=fr&answer=nope");
    expect(insights.result).toEqual({ kind: "invalid" });
    expect(insights.form.errors).toEqual({
      from: "insights.errors.fromInvalid",
      channel: "insights.errors.channelUnknown",
      language: "insights.errors.languageUnknown",
      answer: "insights.errors.answerUnknown",
    });
    expect((await figuresOf("from=2027-03-01&to=2027-01-01")).insights.form.errors).toEqual({
      to: "insights.errors.toBeforeFrom",
    });
  });

  it("gives question and answer texts in Welsh on the Welsh page", async () => {
    const { value } = await surveyPage("lng=cy");
    const { figures } = asFigures((value as { insights: InsightsPage }).insights.result);
    const vc01 = question(figures.questions, "vc-01-understood");
    expect(vc01.title).toBe("A wnaeth yr heddlu esbonio pethau mewn ffordd yr oeddech chi'n gallu ei deall?");
    expect(vc01.tables[0].table.rows.find((row) => row.key === "yes")?.label).toBe("Ie");
    expect(figures.channels.rows[0].label).toBe("Dolen gyhoeddus (dim sianel)");
  });

  it("uses the organisation's own threshold", async () => {
    getDb().update(organisations).set({ disclosureThreshold: 6 }).where(eq(organisations.id, a.organisation.id)).run();
    try {
      const { figures } = asFigures((await figuresOf()).result);
      const vc01 = question(figures.questions, "vc-01-understood").tables[0].table;
      expect(rowsOf(vc01).partly).toEqual({ kind: "fewerThan", threshold: 6 });
      // 5 Welsh responses are now a small number.
      expect((await figuresOf("language=cy")).result).toEqual({ kind: "refused", refusal: { reason: "tooFew" } });
    } finally {
      getDb().update(organisations).set({ disclosureThreshold: 5 }).where(eq(organisations.id, a.organisation.id)).run();
    }
  });
});

describe("an engagement's figures", () => {
  it("count every survey of the engagement, with outcomes shown as distributions", async () => {
    const { value } = await outcome(() =>
      engagementRoute.loader(
        args(get(`/engagements/${engagementId}/insights`, a.people.analyst.cookie), { engagementId: String(engagementId) }),
      ),
    );
    const page = value as Awaited<ReturnType<typeof engagementRoute.loader>>;
    expect(page.surveys.map((survey) => survey.id).sort()).toEqual([codeSurvey, outcomeSurvey].sort());
    const { figures, outcomes, compliance } = asFigures(page.insights.result);
    expect(figures.responses).toEqual(count(25 + outcomeResponses));
    expect(compliance.rows.map((row) => row.right)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0].bars.map((bar) => bar.id)).toEqual(["cr-coping", "cr-safer", "cr-wellbeing", "cr-informed", "cr-justice"]);
    expect(outcomes[0].columns.map((column) => column.value)).toEqual([
      "a_lot",
      "a_little",
      "not_at_all",
      "not_applicable",
      "dont_know",
      "prefer_not_to_say",
    ]);
    // Questions both surveys ask (open questions aside, none here) would be counted once; each appears once.
    const ids = figures.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Channels are named with their survey, since two surveys may each have a "Poster".
    const codeTitle = page.surveys.find((survey) => survey.id === codeSurvey)!.title;
    expect(figures.channels.rows.map((row) => row.label)).toContain(`${codeTitle}: Victim hub text message`);
  });

  it("show an engagement without surveys as having no responses", async () => {
    const created = createEngagement(actor(), {
      title: "Not started",
      purpose: "Later",
      audience: "Everyone",
      sponsor: "",
      leadUserId: null,
      startDate: null,
      endDate: null,
      status: "planning",
    });
    if (!created.ok) throw new Error("engagement not created");
    const { value } = await outcome(() =>
      engagementRoute.loader(
        args(get(`/engagements/${created.id}/insights`, a.people.admin.cookie), { engagementId: String(created.id) }),
      ),
    );
    const page = value as Awaited<ReturnType<typeof engagementRoute.loader>>;
    expect(page.surveys).toEqual([]);
    expect(page.insights.result).toEqual({ kind: "empty" });
  });
});
