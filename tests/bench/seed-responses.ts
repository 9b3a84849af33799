/**
 * Builds `size` responses to one survey (or spread over several surveys of
 * the same organisation) in their own SQLite file, for the dashboard and
 * export benchmarks. Run as a child process (the app's one connection comes
 * from DATABASE_URL):
 * `node --import tsx seed-responses.ts <size> <seed> <file> [<surveys>]`; prints
 * one JSON line (the ids the benchmarks need) and writes it beside the file too.
 *
 * A pool of responses is made the way respondents' are (makeResponses: random
 * valid answers with English and Welsh free text, redacted and stored by
 * recordResponse with their answer facts). The rest are copies of pool members
 * chosen by a fixed hash of their number, spread evenly over a year in arrival
 * order (ids grow with the day, as in real use), inserted by SQL in one
 * statement per table with the indexes dropped, then the same indexes built
 * again, and then counted into the dashboards' roll-ups. With several surveys,
 * they are copies of the same template, each with its own channels; the pool
 * is the first survey's, and copy i goes to survey i mod surveys (the surveys'
 * responses interleave in time, as they would). Deterministic for a size,
 * seed and number of surveys.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { closeDb, getDb } from "../../db/client";
import { makeOrganisation, makeUser } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import { createChannel } from "../../app/distribution/channels.server";
import { addStoredToRollups, settleRollups } from "../../app/insights/rollups.server";
import { findPublicSurvey } from "../../app/respondent/public-survey.server";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import { publishTestSurvey } from "../respondent-helpers";

const SEED_LAST_DAY = "2026-06-30";
const SEED_DAYS = 365;
/** Responses made one by one through the app's code; the rest copy them. */
const POOL_MAX = 600;
const SLUG = "bench-dashboard";

export type SeededResponses = {
  size: number;
  seed: number;
  pool: number;
  organisationId: number;
  /** The first survey's (the one the pool belongs to). */
  surveyId: number;
  /** Every survey's, in order. */
  surveyIds: number[];
  slug: string;
  facts: number;
  seconds: number;
};

async function seedResponses(size: number, seed: number, file: string, surveyCount: number): Promise<SeededResponses> {
  const started = performance.now();
  const partial = `${file}.partial`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  process.env.DATABASE_URL = partial;
  const db = getDb();
  const organisation = makeOrganisation(db, { slug: "bench", name: "Bench Police", nameCy: "Heddlu Mainc" });
  const lead = await makeUser(db, {
    organisationId: organisation.id,
    email: "lead@bench.example",
    name: "Bench Lead",
    roles: ["engagement_lead"],
    password: "a long bench password",
  });
  const actor = { id: lead.id, organisation: { id: organisation.id } };
  const definition = templateSurvey(TEMPLATES.find((t) => t.id === "experience-of-reporting")!);
  const made: { surveyId: number; versionId: number; channels: number[] }[] = [];
  for (let k = 0; k < surveyCount; k += 1) {
    const slug = k === 0 ? SLUG : `${SLUG}-${k + 1}`;
    const id = publishTestSurvey(actor, slug, definition, { estimatedMinutes: 15 });
    const ids: number[] = [];
    for (const label of ["Victim hub text message", "Poster in custody suite", "Letter after reporting"]) {
      const channel = createChannel(actor, id, label);
      if (channel.ok) ids.push(channel.id);
    }
    const published = findPublicSurvey(slug)?.version;
    if (!published) throw new Error("bench survey is not published");
    made.push({ surveyId: id, versionId: published.id, channels: ids });
  }
  const surveyId = made[0].surveyId;
  const version = { id: made[0].versionId, definition: findPublicSurvey(SLUG)!.version.definition };
  const channelIds: (number | null)[] = [null, ...made[0].channels.flatMap((id) => [id, id])];
  const pool = makeResponses({
    organisationId: organisation.id,
    surveyId,
    versionId: version.id,
    definition: version.definition,
    count: Math.min(size, POOL_MAX),
    seed,
    channelIds,
    lastDay: SEED_LAST_DAY,
    days: SEED_DAYS,
    welshShare: 0.15,
  });

  const sqlite = db.$client;
  // The pool was queued for the roll-ups as it was recorded (ADR 0016): counted now, so the file holds nothing pending
  // and no dashboard figure timed on it includes counting them.
  settleRollups(sqlite);
  const copies = size - pool;
  if (copies > 0) {
    // A bulk load into a file nobody else has open yet (it is renamed into place at the end).
    const indexes = sqlite
      .prepare(
        "select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('responses', 'answer_facts')",
      )
      .all() as { name: string; sql: string }[];
    sqlite.pragma("journal_mode = OFF");
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -262144");
    for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
    sqlite.exec(`
      create temp table pool as
        select row_number() over (order by id) - 1 as n, id, channel_id, language, answers, unredacted_text, danger_flag
        from responses where survey_id = ${surveyId};
      create index temp.pool_n on pool (n);
      create temp table pool_facts as
        select p.n, f.question_key, f.value from answer_facts f join pool p on p.id = f.response_id order by p.n, f.rowid;
      create index temp.pool_facts_n on pool_facts (n);
      create temp table targets (s integer primary key, survey_id integer, version_id integer);
      create temp table channel_map (s integer, pool_channel integer, channel_id integer, primary key (s, pool_channel));
    `);
    const target = sqlite.prepare("insert into temp.targets values (?, ?, ?)");
    const channelMap = sqlite.prepare("insert into temp.channel_map values (?, ?, ?)");
    made.forEach((survey, s) => {
      target.run(s, survey.surveyId, survey.versionId);
      survey.channels.forEach((id, c) => channelMap.run(s, made[0].channels[c], id));
    });
    const first = (sqlite.prepare("select coalesce(max(id), 0) + 1 as id from responses").get() as { id: number }).id;
    // Copy i takes pool member hash(i) mod pool (Knuth's multiplicative hash) and day ⌊i · days / copies⌋ of the year.
    const member = (i: string) => `((${i}) * 2654435761 % 4294967296) % ${pool}`;
    sqlite.transaction(() => {
      sqlite
        .prepare(
          // Whole numbers are written into the SQL so that its arithmetic stays integer arithmetic.
          `with recursive copy(i) as (select 0 union all select i + 1 from copy where i < ${copies - 1})
           insert into responses (id, organisation_id, survey_id, survey_version_id, channel_id, language, submitted_on,
                                  answers, unredacted_text, danger_flag, submission_key)
           select ${first} + i, ?, t.survey_id, t.version_id, m.channel_id, p.language,
                  date(?, '-' || (${SEED_DAYS - 1} - i * ${SEED_DAYS} / ${copies}) || ' days'),
                  p.answers, p.unredacted_text, p.danger_flag, 'bench-${seed}-' || i
           from copy join pool p on p.n = ${member("i")}
           join temp.targets t on t.s = i % ${surveyCount}
           left join temp.channel_map m on m.s = t.s and m.pool_channel = p.channel_id`,
        )
        .run(organisation.id, SEED_LAST_DAY);
      sqlite
        .prepare(
          `insert into answer_facts (response_id, survey_id, question_key, value)
           select r.id, r.survey_id, f.question_key, f.value
           from responses r join pool_facts f on f.n = ${member(`r.id - ${first}`)}
           where r.id >= ${first} order by r.id`,
        )
        .run();
    })();
    for (const index of indexes) sqlite.exec(index.sql);
    // The copies were loaded by SQL, so the dashboards' roll-ups count them now (the pool's were counted above).
    sqlite.transaction(() => addStoredToRollups(sqlite, first))();
    sqlite.exec("drop table temp.pool; drop table temp.pool_facts; drop table temp.targets; drop table temp.channel_map");
    sqlite.pragma("journal_mode = WAL");
  }
  const facts = (sqlite.prepare("select count(*) as n from answer_facts").get() as { n: number }).n;
  const stored = (sqlite.prepare("select count(*) as n from responses").get() as { n: number }).n;
  closeDb();
  if (stored !== size) throw new Error(`seeded ${stored} responses, wanted ${size}`);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, file);
  return {
    size,
    seed,
    pool,
    organisationId: organisation.id,
    surveyId,
    surveyIds: made.map((survey) => survey.surveyId),
    slug: SLUG,
    facts,
    seconds: (performance.now() - started) / 1000,
  };
}

const [sizeText, seedText, file, surveysText] = process.argv.slice(2);
const seeded = await seedResponses(Number(sizeText), Number(seedText), file, Number(surveysText ?? 1));
writeFileSync(`${file}.json`, JSON.stringify(seeded));
console.log(JSON.stringify(seeded));
process.exit(0);
