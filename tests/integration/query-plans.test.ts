/**
 * Guards the hot queries against silent slowdowns without timing anything: the
 * real model functions run on a freshly migrated database holding the demo
 * organisation, every statement they send to SQLite is recorded (its SQL and
 * its parameters, as the code built them), and `EXPLAIN QUERY PLAN` must show
 * each one served by an index: no full scan of a table, no temporary B-tree
 * to sort or group. A new query, a changed filter or a dropped index that
 * makes SQLite read a whole table or sort a survey's rows fails here, long
 * before a benchmark on a million responses would notice.
 *
 * Full scans allowed: none. Temporary B-trees allowed: listed in ALLOWED with why.
 */
import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actionQuotes, codings } from "../../db/schema";
import { DEMO_SLUG, seedDemo } from "../../db/demo-data";
import { makeResponses } from "../../db/response-factory";
import { publicReport } from "../../app/actions/public.server";
import { channelForCode, createChannel } from "../../app/distribution/channels.server";
import { surveyInsights } from "../../app/insights/figures.server";
import { settleRollups } from "../../app/insights/rollups.server";
import { findPublicOrganisation, findPublicSurvey, versionOfSurvey } from "../../app/respondent/public-survey.server";
import { findDraft, purgeExpired, recordResponse, saveDraft } from "../../app/respondent/responses.server";
import { validateSubmission } from "../../app/respondent/survey-engine";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import { exportResponses } from "../../app/responses/export.server";
import { makeOrganisationWithUsers } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";
import { RESPONDENT_SURVEY } from "../fixtures/respondent-survey";

type Recorded = { sql: string; params: unknown[] };

/** Statements run while `work` runs, in order, each once (by SQL text and parameters). */
async function statementsOf(work: () => unknown): Promise<Recorded[]> {
  const sqlite = getDb().$client;
  const proto = Object.getPrototypeOf(sqlite.prepare("select 1")) as Record<string, (...args: unknown[]) => unknown>;
  const seen = new Map<string, Recorded>();
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = proto[method];
    originals.set(method, original);
    proto[method] = function (this: Database.Statement, ...params: unknown[]) {
      const key = `${this.source}\u0000${JSON.stringify(params)}`;
      if (!seen.has(key)) seen.set(key, { sql: this.source, params });
      return original.apply(this, params);
    };
  }
  try {
    await work();
  } finally {
    for (const [method, original] of originals) proto[method] = original;
  }
  return [...seen.values()];
}

/**
 * Temporary B-trees that no index could save, by the query text they appear in. Each says why it is fine.
 */
const ALLOWED: { query: RegExp; step: RegExp; why: string }[] = [
  {
    query: /count\(distinct "response_id"\) from "answer_facts"/,
    step: /FOR count\(DISTINCT\)/,
    why: "people who answered each question, within one survey's facts: a multiple choice gives one fact per option ticked, so they are counted distinct, which no index can do; since the roll-ups (ADR 0013) only for an answer filter with dates off month edges",
  },
  {
    query: /substr\("responses"\."submitted_on", 1, 7\).* from "responses" inner join "answer_facts"/,
    step: /FOR GROUP BY/,
    why: "Victims' Code answers by month: a survey's rights answers grouped by the month of their response, which no index orders; since the roll-ups (ADR 0013) only for an answer filter with dates off month edges",
  },
  {
    query: /from "rollup_filter_answers"/,
    step: /FOR GROUP BY/,
    why: "an answer filter's cross-tab: one filter's rows (a few thousand a survey) are keyed by month, channel and language before the answer counted, so that a submission's few hundred rows lie together; summing them by answer needs a small sort",
  },
  {
    query: /count\(distinct "codings"\."response_id"\) from "codings"/,
    step: /FOR count\(DISTINCT\)/,
    why: "respondents who mention a theme: the codings of a few themes, found by codings_theme_idx",
  },
  {
    query: /from "(actions|panel_sessions|action_themes|action_quotes|action_updates|action_evidence)"/,
    step: /FOR (LAST TERM OF )?ORDER BY/,
    why: "the public page's published actions, panel summaries and their updates, themes, quotes and evidence: a few rows of one organisation, sorted for reading",
  },
];

type Finding = { sql: string; step: string };

const tables = () =>
  new Set(
    (getDb().$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );

/** Plan steps that read a whole table or sort with a temporary B-tree. */
function badSteps(statements: Recorded[]): Finding[] {
  const sqlite = getDb().$client;
  const real = tables();
  const found: Finding[] = [];
  for (const { sql, params } of statements) {
    if (/^\s*(begin|commit|rollback|savepoint|release|pragma|select 1$)/i.test(sql)) continue;
    const plan = sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
    for (const { detail } of plan) {
      const scanned = /^SCAN (\S+)/.exec(detail)?.[1];
      const fullScan = scanned !== undefined && real.has(scanned);
      const tempTree = /USE TEMP B-TREE/.test(detail);
      if (!fullScan && !tempTree) continue;
      if (tempTree && ALLOWED.some((allowed) => allowed.query.test(sql) && allowed.step.test(detail))) continue;
      found.push({ sql: sql.replace(/\s+/g, " "), step: detail });
    }
  }
  return found;
}

let organisationId = 0;
let surveyId = 0;
let slug = "";
let insightsSurveyId = 0;

beforeAll(async () => {
  await seedDemo(getDb());
  const org = await makeOrganisationWithUsers("plans");
  organisationId = org.organisation.id;
  const actor = { id: org.people.engagement_lead.id, organisation: { id: organisationId } };
  slug = "plans-survey";
  surveyId = publishTestSurvey(actor, slug, RESPONDENT_SURVEY);
  // The dashboard's survey asks about Victims' Code rights, so the compliance figures' queries run too.
  const template = templateSurvey(TEMPLATES.find((t) => t.id === "experience-of-reporting")!);
  insightsSurveyId = publishTestSurvey(actor, "plans-insights", template, { estimatedMinutes: 15 });
  const insightsVersion = findPublicSurvey("plans-insights")!.version;
  makeResponses({
    organisationId,
    surveyId: insightsSurveyId,
    versionId: insightsVersion.id,
    definition: insightsVersion.definition,
    count: 30,
    seed: 11,
    channelIds: [null],
    lastDay: "2026-11-30",
    days: 60,
  });
  const channel = createChannel(actor, surveyId, "Poster");
  const published = findPublicSurvey(slug)!;
  makeResponses({
    organisationId,
    surveyId,
    versionId: published.version.id,
    definition: published.version.definition,
    count: 40,
    seed: 7,
    channelIds: [null, channel.ok ? channel.id : null],
    lastDay: "2026-11-30",
    days: 60,
  });
}, 60_000);

describe("query plans of the hot queries", () => {
  it("the checks can fail: a query on an unindexed column is caught", async () => {
    const statements = await statementsOf(() =>
      getDb().$client.prepare("select count(*) from responses where danger_flag = ?").get(1),
    );
    expect(badSteps(statements)).toEqual([expect.objectContaining({ step: expect.stringMatching(/^SCAN responses/) })]);
  });

  it("a submission: finding the survey, its version and channel, saving a draft, storing the response", async () => {
    const statements = await statementsOf(async () => {
      findPublicOrganisation("plans");
      const survey = findPublicSurvey(slug)!;
      const organisationId = survey.organisation.id;
      versionOfSurvey(survey.id, survey.version.id);
      channelForCode(survey.id, "no-such-code");
      const checked = validateSubmission(survey.version.definition, { area: "north" }, "en");
      if (!checked.ok) throw new Error("the fixture answers should be valid");
      const base = {
        organisationId,
        surveyId: survey.id,
        versionId: survey.version.id,
        channelId: null,
        language: "en",
        answers: checked.answers,
        submissionKey: "plans-key-1",
      };
      const { code } = await saveDraft({ ...base, pageName: "contact" });
      await findDraft(survey.id, code);
      recordResponse({ ...base, definition: survey.version.definition });
    });
    expect(statements.some((s) => /insert into "responses"/i.test(s.sql))).toBe(true);
    expect(statements.some((s) => /insert into "answer_facts"/i.test(s.sql))).toBe(true);
    // Queued for the roll-ups (ADR 0016): one row, none of the roll-ups' own.
    expect(statements.some((s) => /insert into rollup_pending/i.test(s.sql))).toBe(true);
    expect(statements.some((s) => /insert into rollup_(responses|answers|filter)/i.test(s.sql))).toBe(false);
    expect(badSteps(statements)).toEqual([]);
  });

  it("the roll-ups' settle: pending submissions counted in, in batches and all at once", async () => {
    const sqlite = getDb().$client;
    expect(sqlite.prepare("select count(*) from rollup_pending").pluck().get()).toBeGreaterThan(2);
    const statements = await statementsOf(() => {
      expect(settleRollups(sqlite, 2)).toBe(2);
      expect(settleRollups(sqlite)).toBeGreaterThan(0);
      expect(settleRollups(sqlite)).toBe(0);
    });
    expect(statements.some((s) => /insert into rollup_filter_answers/i.test(s.sql))).toBe(true);
    expect(statements.some((s) => /delete from rollup_pending/i.test(s.sql))).toBe(true);
    expect(badSteps(statements)).toEqual([]);
  });

  it("the insights dashboard: unfiltered, and filtered by dates, channel, language and one answer", async () => {
    const options = surveyInsights(organisationId, insightsSurveyId, new URLSearchParams(), "en").insights.form.answers;
    // An answer enough people gave for the page to show figures (a refused page would not reach the answers' queries).
    const value = options
      .flatMap((group) => group.options.map((option) => option.value))
      .find(
        (option) =>
          surveyInsights(organisationId, insightsSurveyId, new URLSearchParams({ answer: option }), "en").insights.result.kind ===
          "figures",
      )!;
    const answer = `answer=${encodeURIComponent(value)}`;
    const pages = [
      "",
      "from=2026-10-01&to=2026-11-30",
      // Dates off month edges: the answers by day serve (on edges, or without dates, the answers by month).
      "from=2026-09-15&to=2026-12-10",
      "channel=none",
      "language=en",
      answer,
      `${answer}&from=2026-10-01&to=2026-11-30&language=en`,
      `${answer}&channel=none&by=month`,
      // Dates off month edges with an answer filter: the raw facts serve the answers (the cross-tab is by month).
      `${answer}&from=2026-09-15&to=2026-12-10`,
    ];
    const statements = await statementsOf(() => {
      for (const query of pages) {
        const page = surveyInsights(organisationId, insightsSurveyId, new URLSearchParams(query), "en").insights;
        expect(page.result.kind, query).not.toBe("invalid");
      }
    });
    for (const table of [
      "rollup_responses",
      "rollup_answers",
      "rollup_answer_months",
      "rollup_filter_responses",
      "rollup_filter_answers",
    ])
      expect(
        statements.some((s) => s.sql.includes(`from "${table}"`)),
        table,
      ).toBe(true);
    expect(statements.some((s) => /substr\("responses"\."submitted_on", 1, 7\)/.test(s.sql))).toBe(true);
    expect(badSteps(statements)).toEqual([]);
  });

  it("the roll-ups' upkeep: a purge takes its responses out of them (none are old enough here to go)", async () => {
    const statements = await statementsOf(() => purgeExpired("2026-12-01"));
    const upkeep = statements.filter((s) => /rollup_|left join answer_facts/.test(s.sql));
    expect(upkeep.some((s) => /from responses r left join answer_facts/.test(s.sql))).toBe(true);
    expect(badSteps(upkeep)).toEqual([]);
  });

  it("the export: every batch of the CSV and the JSON, in small batches", async () => {
    const statements = await statementsOf(async () => {
      for (const format of ["csv", "json"] as const) {
        const prepared = exportResponses(organisationId, surveyId, { format, language: "en", original: true, batchSize: 7 });
        const reader = prepared.stream.getReader();
        while (!(await reader.read()).done);
      }
    });
    expect(statements.filter((s) => /from responses/i.test(s.sql)).length).toBeGreaterThan(2);
    expect(badSteps(statements)).toEqual([]);
  });

  it('the public "you said, we did" page', async () => {
    const statements = await statementsOf(() => {
      const report = publicReport(DEMO_SLUG);
      expect(report).not.toBeNull();
    });
    expect(badSteps(statements)).toEqual([]);
  });

  it('the public "you said, we did" page with several chosen quotes: their passages read by id, in no order', async () => {
    // The demo chooses one quote, which SQLite reads without sorting whatever the query says; three show the plan.
    const db = getDb();
    const { actionId, codingId } = db.select().from(actionQuotes).limit(1).get()!;
    const { organisationId: demo } = db.select().from(codings).where(eq(codings.id, codingId)).get()!;
    const more = db
      .select({ id: codings.id })
      .from(codings)
      .where(and(eq(codings.organisationId, demo), isNull(codings.sampleId), ne(codings.id, codingId)))
      .limit(2)
      .all();
    expect(more).toHaveLength(2);
    db.insert(actionQuotes)
      .values(more.map((c) => ({ actionId, codingId: c.id })))
      .run();
    const statements = await statementsOf(() => publicReport(DEMO_SLUG));
    expect(statements.some((s) => /from "codings" .*"codings"\."id" in \(\?, \?, \?\)/.test(s.sql))).toBe(true);
    expect(badSteps(statements)).toEqual([]);
  });
});
