/**
 * Times one survey's insights dashboard in a process of its own:
 * `node --import tsx dashboard-child.ts <db file> <organisation id> <survey id> <plan JSON>`.
 * Prints one JSON event a line (see DashboardEvent), so the parent can stop a
 * call that runs past its cap and still keep what was measured.
 *
 * Ours is surveyInsights, the model function the dashboard's loader calls
 * (every figure, the disclosure check and the Victims' Code tables). The
 * baseline is the least a dashboard could do on the same data: one prepared
 * GROUP BY over answer_facts counting each answer of the survey (with the
 * filter: only for the responses that gave the filter's answer).
 *
 * Cold is a call on a freshly opened connection (SQLite's page cache empty;
 * the app keeps no figures between calls). The baseline runs first, which also
 * brings the file into the operating system's cache: cold measures the
 * connection, not the disk. With `prime`, the process's very first call comes
 * before, timed as "first": it also pays what a process does once (compiling
 * our code, survey-core reading each version's definition).
 */
import Database from "better-sqlite3";
import { closeDb, getDb } from "../../db/client";
import { surveyInsights } from "../../app/insights/figures.server";
import { timed } from "./stats";

export type DashboardPhase = "first" | "cold" | "warm" | "filtered";
export type DashboardPlan = {
  /** A call of ours first (timed as "first"), so the cold figure is the connection's, not the process's first call. */
  prime: boolean;
  runs: Record<Exclude<DashboardPhase, "first">, number>;
  /** A phase repeats (up to its runs) only while it has spent less than this. */
  phaseBudgetMs: number;
};
export type DashboardEvent =
  | { event: "filter"; filter: string; share: number }
  | { event: "start"; who: "ours" | "baseline"; phase: DashboardPhase }
  | { event: "time"; who: "ours" | "baseline"; phase: DashboardPhase; ms: number };

const [file, organisationText, surveyText, planText] = process.argv.slice(2);
process.env.DATABASE_URL = file;
const organisationId = Number(organisationText);
const surveyId = Number(surveyText);
const plan = JSON.parse(planText) as DashboardPlan;
const emit = (event: DashboardEvent) => console.log(JSON.stringify(event));

type FactCount = { question_key: string; value: string; n: number };

function baselineConnection() {
  const sqlite = new Database(file, { readonly: true });
  return {
    sqlite,
    all: sqlite.prepare(
      `select question_key, value, count(*) as n from answer_facts
       where survey_id = ? group by question_key, value`,
    ),
    filtered: sqlite.prepare(
      `select question_key, value, count(*) as n from answer_facts
       where survey_id = ? and response_id in (
         select response_id from answer_facts where survey_id = ? and question_key = ? and value = ?)
       group by question_key, value`,
    ),
  };
}

/** Runs a phase up to its runs, a second and later run only if it would end within the phase's budget. */
function phase(who: "ours" | "baseline", name: DashboardPhase, work: () => unknown) {
  const started = performance.now();
  let last = 0;
  const runs = name === "first" ? 1 : plan.runs[name];
  for (let run = 0; run < runs; run += 1) {
    if (run > 0 && performance.now() - started + last > plan.phaseBudgetMs) break;
    emit({ event: "start", who, phase: name });
    last = timed(work).ms;
    emit({ event: "time", who, phase: name, ms: last });
  }
}

// The baseline, and the filter: the most common answer, the heaviest filter a person could pick.
const primer = new Database(file, { readonly: true });
primer.prepare("select count(*) from answer_facts where survey_id = ?").get(surveyId);
primer.close();
let base = baselineConnection();
phase("baseline", "cold", () => {
  base.sqlite.close();
  base = baselineConnection();
  return base.all.all(surveyId);
});
const counts = base.all.all(surveyId) as FactCount[];
phase("baseline", "warm", () => base.all.all(surveyId));
const pick = counts.sort((a, b) => b.n - a.n || (a.question_key < b.question_key ? -1 : 1))[0];
const total = (base.sqlite.prepare("select count(*) as n from responses where survey_id = ?").get(surveyId) as { n: number }).n;
const picked = (
  base.sqlite
    .prepare("select count(distinct response_id) as n from answer_facts where survey_id = ? and question_key = ? and value = ?")
    .get(surveyId, pick.question_key, pick.value) as { n: number }
).n;
emit({ event: "filter", filter: `${pick.question_key} = ${pick.value}`, share: picked / total });
phase("baseline", "filtered", () => base.filtered.all(surveyId, surveyId, pick.question_key, pick.value));
base.sqlite.close();

/** The dashboard as its loader builds it; anything but figures (refused, empty, invalid) would time the wrong thing. */
function ours(params: Record<string, string>, expected: number) {
  const page = surveyInsights(organisationId, surveyId, new URLSearchParams(params), "en").insights;
  if (page.result.kind !== "figures") throw new Error(`the dashboard gave "${page.result.kind}", not figures`);
  const shown = page.result.figures.responses;
  // The same people counted both ways, or the comparison means nothing.
  if (shown.kind !== "count" || shown.value !== expected)
    throw new Error(`the dashboard counts ${JSON.stringify(shown)} responses, the baseline ${expected}`);
  return page;
}
// On one survey's dashboard an answer's form value is "<question key>::<value>" (a matrix row's key is "question.row").
const filter = { answer: `${pick.question_key}::${pick.value}` };

if (plan.prime) phase("ours", "first", () => ours({}, total));
phase("ours", "cold", () => {
  closeDb();
  getDb(); // opening (and the migration check) is not part of the call
  return ours({}, total);
});
phase("ours", "warm", () => ours({}, total));
phase("ours", "filtered", () => ours(filter, picked));
closeDb();
process.exit(0);
