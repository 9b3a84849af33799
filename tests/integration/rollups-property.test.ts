/**
 * The dashboards' roll-ups (ADR 0013) always equal counting the raw facts.
 *
 * Random sequences of what changes responses (submissions through
 * recordResponse, repeated submissions, retention purges with random
 * retention periods and days, SQL bulk loads counted by addStoredToRollups,
 * rebuilds, settles of some or all pending submissions) run on two surveys;
 * after every step each roll-up table must equal the same GROUP BY written
 * here straight over the responses that are not pending (ADR 0016) and their
 * answer_facts, independently of rollups.server.ts. Then, with submissions
 * still pending, the dashboards (one survey, and an engagement of both)
 * computed from the roll-ups must equal those computed from the raw facts
 * alone, for random filters: a reader settles before it reads.
 *
 * Seeded: a failure names its seed; `ROLLUP_SEED=<seed>` reruns that one case.
 */
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeResponses } from "../../db/response-factory";
import { surveys, surveyVersions } from "../../db/schema";
import { createChannel } from "../../app/distribution/channels.server";
import { createEngagement } from "../../app/engagements/engagements.server";
import { completionKeys } from "../../app/insights/figures-questions";
import { engagementInsights, surveyInsights } from "../../app/insights/figures.server";
import {
  addStoredToRollups,
  rebuildRollups,
  ROLLUP_TABLES,
  settleRollups,
  type RollupTable,
} from "../../app/insights/rollups.server";
import { seeded } from "../../app/respondent/fields/testing";
import { purgeExpired } from "../../app/respondent/responses.server";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import type { SurveyJson } from "../../app/surveys/survey-json";
import { makeOrganisationWithUsers } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";

type Random = ReturnType<typeof seeded>;

const LAST_DAY = "2026-12-06";
const definitions = {
  code: templateSurvey(TEMPLATES.find((t) => t.id === "victims-code-compliance")!) as SurveyJson,
  outcomes: templateSurvey(TEMPLATES.find((t) => t.id === "support-service-outcomes")!) as SurveyJson,
};

let organisationId: number;
let engagementId: number;
const made: { surveyId: number; versionId: number; definition: SurveyJson; channels: (number | null)[] }[] = [];

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("rollups-property");
  organisationId = org.organisation.id;
  const actor = { id: org.people.engagement_lead.id, organisation: { id: organisationId } };
  for (const [slug, definition] of [
    ["rollups-code", definitions.code],
    ["rollups-outcomes", definitions.outcomes],
  ] as const) {
    const surveyId = publishTestSurvey(actor, slug, definition as Record<string, unknown>, { languages: ["cy"] });
    const versionId = getDb()
      .select({ id: surveyVersions.id })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, surveyId))
      .get()!.id;
    const channels: (number | null)[] = [null];
    for (const label of ["Text message", "Letter"]) {
      const channel = createChannel(actor, surveyId, label);
      if (channel.ok) channels.push(channel.id);
    }
    made.push({ surveyId, versionId, definition, channels });
  }
  const created = createEngagement(actor, {
    title: "Roll-ups",
    purpose: "Proving counts",
    audience: "Victims of crime",
    sponsor: "",
    leadUserId: null,
    startDate: null,
    endDate: null,
    status: "listening",
  });
  if (!created.ok) throw new Error("engagement not created");
  engagementId = created.id;
  for (const survey of made) getDb().update(surveys).set({ engagementId }).where(eq(surveys.id, survey.surveyId)).run();
});

const KEYS: Record<RollupTable, string> = {
  rollup_responses: "survey_id, day, channel, language, version_id, completed",
  rollup_answers: "survey_id, question_key, answered, value, month, day, channel, language",
  rollup_answer_months: "survey_id, question_key, answered, value, month, channel, language",
  rollup_filter_responses: "survey_id, filter_key, filter_value, day, channel, language, version_id, completed",
  rollup_filter_answers: "survey_id, filter_key, filter_value, month, channel, language, question_key, answered, value",
};

/** Each roll-up as it should be, counted here from responses and answer_facts alone. */
function expectedRows(): Record<RollupTable, unknown[][]> {
  const sqlite = getDb().$client;
  sqlite.exec("drop table if exists temp.completion; create temp table completion (version_id integer, key text)");
  const add = sqlite.prepare("insert into temp.completion values (?, ?)");
  const versions = getDb()
    .select({
      surveyId: surveyVersions.surveyId,
      versionId: surveyVersions.id,
      version: surveyVersions.version,
      definition: surveyVersions.definition,
    })
    .from(surveyVersions)
    .all();
  for (const { versionId, keys } of completionKeys(versions)) for (const key of keys) add.run(versionId, key);
  const people = `with r as (
    select r.id, r.survey_id, r.submitted_on as day, substr(r.submitted_on, 1, 7) as month,
           coalesce(r.channel_id, 0) as channel, r.language, r.survey_version_id as version_id,
           exists (select 1 from answer_facts f join temp.completion c on c.version_id = r.survey_version_id and c.key = f.question_key
                   where f.response_id = r.id) as completed
    from responses r where r.id not in (select response_id from rollup_pending)),
  g as (select distinct response_id, question_key as filter_key, value as filter_value from answer_facts)`;
  const queries: Record<RollupTable, string> = {
    rollup_responses: `${people} select survey_id, day, channel, language, version_id, completed, count(*) from r group by 1, 2, 3, 4, 5, 6`,
    rollup_answers: `${people}
      select r.survey_id, f.question_key, 0, f.value, month, day, channel, language, count(*)
      from r join answer_facts f on f.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7, 8
      union all
      select r.survey_id, f.question_key, 1, '', month, day, channel, language, count(distinct r.id)
      from r join answer_facts f on f.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7, 8`,
    rollup_answer_months: `${people}
      select r.survey_id, f.question_key, 0, f.value, month, channel, language, count(*)
      from r join answer_facts f on f.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7
      union all
      select r.survey_id, f.question_key, 1, '', month, channel, language, count(distinct r.id)
      from r join answer_facts f on f.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7`,
    rollup_filter_responses: `${people}
      select r.survey_id, g.filter_key, g.filter_value, day, channel, language, version_id, completed, count(*)
      from r join g on g.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7, 8`,
    rollup_filter_answers: `${people}
      select r.survey_id, g.filter_key, g.filter_value, month, channel, language, f.question_key, 0, f.value, count(*)
      from r join g on g.response_id = r.id join answer_facts f on f.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7, 8, 9
      union all
      select r.survey_id, g.filter_key, g.filter_value, month, channel, language, f.question_key, 1, '', count(distinct r.id)
      from r join g on g.response_id = r.id join answer_facts f on f.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  };
  const expected = {} as Record<RollupTable, unknown[][]>;
  for (const table of ROLLUP_TABLES)
    expected[table] = (sqlite.prepare(queries[table]).raw(true).all() as unknown[][]).sort(byColumns);
  return expected;
}

function actualRows(): Record<RollupTable, unknown[][]> {
  const sqlite = getDb().$client;
  const actual = {} as Record<RollupTable, unknown[][]>;
  for (const table of ROLLUP_TABLES)
    actual[table] = (sqlite.prepare(`select ${KEYS[table]}, n from ${table}`).raw(true).all() as unknown[][]).sort(byColumns);
  return actual;
}

function byColumns(a: unknown[], b: unknown[]) {
  for (let i = 0; i < a.length; i += 1) {
    const [x, y] = [String(a[i]), String(b[i])];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function addDays(day: string, days: number) {
  const moment = new Date(`${day}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Submissions through recordResponse (makeResponses); the same seed again repeats every submission key. */
function insert(random: Random, seeds: number[]) {
  const survey = random.pick(made);
  const seed = seeds.length > 0 && random.next() < 0.2 ? random.pick(seeds) : random.int(1e9);
  seeds.push(seed);
  makeResponses({
    organisationId,
    surveyId: survey.surveyId,
    versionId: survey.versionId,
    definition: survey.definition,
    count: 2 + random.int(12),
    seed,
    channelIds: survey.channels,
    lastDay: LAST_DAY,
    days: 500,
    welshShare: 0.3,
  });
  return `insert (seed ${seed}) into survey ${survey.surveyId}`;
}

/** A retention purge, with a random retention period for each survey and a random "today". */
function purge(random: Random) {
  const periods: number[] = [];
  for (const survey of made) {
    const row = getDb().select({ settings: surveys.settings }).from(surveys).where(eq(surveys.id, survey.surveyId)).get()!;
    const retentionDays = 100 + random.int(500);
    periods.push(retentionDays);
    getDb()
      .update(surveys)
      .set({ settings: { ...row.settings, retentionDays } })
      .where(eq(surveys.id, survey.surveyId))
      .run();
  }
  const today = addDays(LAST_DAY, random.int(200) - 100);
  const result = purgeExpired(today);
  return `purge on ${today} keeping ${periods.join(" and ")} days: ${result.responses} deleted`;
}

/** A bulk load made by SQL (as the bench's seeding is): copies of stored responses on other days, then counted in. */
function bulk(random: Random) {
  const sqlite = getDb().$client;
  const count = 1 + random.int(20);
  const shift = random.int(300) - 150;
  const load = sqlite.transaction(() => {
    const first = (sqlite.prepare("select coalesce(max(id), 0) + 1 as id from responses").get() as { id: number }).id;
    const picked = sqlite.prepare("select id from responses order by random() limit ?").all(count) as { id: number }[];
    picked.forEach(({ id }, i) => {
      sqlite
        .prepare(
          `insert into responses (id, organisation_id, survey_id, survey_version_id, channel_id, language, submitted_on,
                                  answers, unredacted_text, danger_flag, submission_key)
           select ?, organisation_id, survey_id, survey_version_id, channel_id, language, date(submitted_on, ? || ' days'),
                  answers, unredacted_text, danger_flag, 'bulk-' || ? from responses where id = ?`,
        )
        .run(first + i, shift, first + i, id);
      sqlite
        .prepare(
          "insert into answer_facts (response_id, survey_id, question_key, value) select ?, survey_id, question_key, value from answer_facts where response_id = ?",
        )
        .run(first + i, id);
    });
    return addStoredToRollups(sqlite, first);
  });
  return `bulk load of ${load()} copies shifted ${shift} days`;
}

/** Counts some (or all) of the pending submissions into the roll-ups, as the server's background settle does. */
function settle(random: Random) {
  const limit = random.next() < 0.3 ? undefined : 1 + random.int(20);
  // Sometimes cut short by a budget of rows, as the server's background settle is.
  const rows = random.next() < 0.5 ? undefined : random.int(3000);
  const before = pendingCount();
  const counted = settleRollups(getDb().$client, limit, rows);
  expect(pendingCount()).toBe(before - counted);
  return `settle of ${counted} of ${before} pending (limit ${limit ?? "none"}, rows ${rows ?? "any"})`;
}

const pendingCount = () => getDb().$client.prepare("select count(*) from rollup_pending").pluck().get() as number;

function rebuild() {
  const report = rebuildRollups(getDb().$client);
  // Nothing was wrong, so nothing changed.
  expect(report.changes.map((change) => [change.table, change.wrong, change.missing])).toEqual(
    ROLLUP_TABLES.map((table) => [table, 0, 0]),
  );
  return `rebuild of ${report.responses} responses: nothing to change`;
}

/** Each case makes a few hundred responses through the real ingest and compares 45 dashboards both ways: slow on a busy machine. */
const SEEDS = process.env.ROLLUP_SEED ? [Number(process.env.ROLLUP_SEED)] : [20261206, 1234567];

/** Random filters for a dashboard, from what its form offers. */
function randomParams(random: Random, answers: string[], channels: string[], days: string[]) {
  const params = new URLSearchParams();
  const dayOf = () => {
    const day = random.pick(days);
    const edge = random.next();
    // Often on a month's edge, which the answer filter's month cross-tab serves; otherwise the raw facts do.
    if (edge < 0.3) return `${day.slice(0, 7)}-01`;
    if (edge < 0.6) return addDays(`${addDays(`${day.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
    return day;
  };
  if (random.next() < 0.5) params.set("from", dayOf());
  if (random.next() < 0.5) params.set("to", dayOf());
  if (params.get("from") && params.get("to") && params.get("from")! > params.get("to")!) {
    const [from, to] = [params.get("to")!, params.get("from")!];
    params.set("from", from);
    params.set("to", to);
  }
  if (random.next() < 0.3) params.set("channel", random.pick(channels));
  if (random.next() < 0.3) params.set("language", random.pick(["en", "cy"]));
  if (random.next() < 0.6 && answers.length) params.set("answer", random.pick(answers));
  if (random.next() < 0.5) params.set("by", "month");
  return params;
}

describe("the dashboards' roll-ups", () => {
  for (const seed of SEEDS) {
    it(`always equal counting the raw facts, and give the same figures (seed ${seed})`, () => {
      const random = seeded(seed);
      const seeds: number[] = [];
      const steps: string[] = [];
      try {
        let pendingSeen = 0;
        // Settles come from a stream of their own, so the steps (and the data the figures see) are as before them.
        const settles = seeded(seed + 1);
        for (let step = 0; step < 16; step += 1) {
          const roll = random.next();
          steps.push(roll < 0.55 ? insert(random, seeds) : roll < 0.75 ? purge(random) : roll < 0.9 ? bulk(random) : rebuild());
          pendingSeen = Math.max(pendingSeen, pendingCount());
          expect(actualRows()).toEqual(expectedRows());
          if (settles.next() < 0.4) {
            steps.push(settle(settles));
            expect(actualRows()).toEqual(expectedRows());
          }
        }
        // The pending path was exercised, and the dashboards below read with submissions still pending.
        if (pendingCount() === 0) steps.push(insert(random, seeds));
        expect(pendingSeen).toBeGreaterThan(0);
        expect(pendingCount()).toBeGreaterThan(0);
        expect(actualRows()).toEqual(expectedRows());
        // The figures both ways, for random filters, on one survey's dashboard and on the engagement's.
        const days = (
          getDb().$client.prepare("select distinct submitted_on from responses order by 1").pluck().all() as string[]
        ).concat(LAST_DAY);
        let compared = 0;
        let figures = 0;
        for (const survey of [...made, null]) {
          const page = (params: URLSearchParams, source: "rollups" | "raw") =>
            survey
              ? surveyInsights(organisationId, survey.surveyId, params, "en", source).insights
              : engagementInsights(organisationId, engagementId, params, "en", source).insights;
          const form = page(new URLSearchParams(), "raw").form;
          const answers = form.answers.flatMap((group) => group.options.map((option) => option.value));
          const channels = form.channels.map((channel) => channel.value);
          for (let i = 0; i < 15; i += 1) {
            const params = randomParams(random, answers, channels, days);
            steps.push(`figures for ${survey ? `survey ${survey.surveyId}` : "the engagement"}: ${params}`);
            const fromRollups = page(params, "rollups");
            expect(fromRollups).toEqual(page(params, "raw"));
            compared += 1;
            if (fromRollups.result.kind === "figures") figures += 1;
          }
        }
        // A comparison of refusals alone would prove little: many pages must have had figures (a quarter at least: small
        // random filters are often refused by disclosure control, which is itself compared).
        expect(figures).toBeGreaterThanOrEqual(compared / 4);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `rollups property failed with seed ${seed} (ROLLUP_SEED=${seed} reruns it) after:\n  ${steps.join("\n  ")}\n${message}`,
        );
      }
    }, 180_000);
  }

  it("are not settled by a read-only connection (DATABASE_READ_ONLY), which writes nothing", () => {
    const sqlite = getDb().$client;
    makeResponses({ ...made[1], organisationId, count: 3, seed: 77, lastDay: LAST_DAY, days: 30, channelIds: made[1].channels });
    const waiting = pendingCount();
    expect(waiting).toBeGreaterThan(0);
    const reader = new Database(sqlite.name);
    reader.pragma("query_only = ON");
    try {
      expect(settleRollups(reader)).toBe(0);
    } finally {
      reader.close();
    }
    expect(pendingCount()).toBe(waiting);
    expect(settleRollups(sqlite)).toBe(waiting);
    expect(actualRows()).toEqual(expectedRows());
  });

  it("are repaired by a rebuild that says what was wrong", () => {
    const sqlite = getDb().$client;
    makeResponses({ ...made[0], organisationId, count: 5, seed: 99, lastDay: LAST_DAY, days: 30, channelIds: made[0].channels });
    // Counted in first: the damage below is to settled counts (a settle adds to whatever rows it finds).
    settleRollups(sqlite);
    const row = sqlite.prepare("select survey_id, day from rollup_responses limit 1").get() as { survey_id: number; day: string };
    sqlite.prepare("update rollup_responses set n = n + 3 where survey_id = ? and day = ?").run(row.survey_id, row.day);
    sqlite.exec("delete from rollup_answers where answered = 1 and survey_id = " + row.survey_id);
    const report = rebuildRollups(sqlite);
    const byTable = Object.fromEntries(report.changes.map((change) => [change.table, change]));
    expect(byTable.rollup_responses.wrong).toBeGreaterThan(0);
    expect(byTable.rollup_responses.missing).toBe(byTable.rollup_responses.wrong);
    expect(byTable.rollup_answers.missing).toBeGreaterThan(0);
    expect(byTable.rollup_answers.wrong).toBe(0);
    expect(byTable.rollup_filter_answers.wrong + byTable.rollup_filter_answers.missing).toBe(0);
    expect(report.surveys).toEqual([row.survey_id]);
    expect(actualRows()).toEqual(expectedRows());
  });

  it("by month are built from the answers by day when their migration lands on a database with responses", () => {
    const sqlite = getDb().$client;
    makeResponses({ ...made[1], organisationId, count: 5, seed: 7, lastDay: LAST_DAY, days: 90, channelIds: made[1].channels });
    const backfill = readFileSync("db/migrations/0016_rollup_answer_months.sql", "utf8")
      .split("--> statement-breakpoint")
      .find((statement) => /insert into `rollup_answer_months`/i.test(statement))!;
    sqlite.exec("delete from rollup_answer_months");
    sqlite.exec(backfill);
    expect(sqlite.prepare("select count(*) from rollup_answer_months").pluck().get()).toBeGreaterThan(0);
    expect(actualRows()).toEqual(expectedRows());
  });
});
