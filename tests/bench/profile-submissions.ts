/**
 * Where a submission's time goes, for the submissions benchmark's route: not a
 * figure of the benchmark, a tool to find what to make faster.
 *
 * `tsx tests/bench/profile-submissions.ts [seconds] [concurrency]` (needs a build):
 * 1. in-process, the SQL statements one submission runs through `continueAnswering` (the route action's one
 *    implementation), counted by kind and table, and the roll-up rows it writes;
 * 2. the production server under the benchmark's load with `--cpu-prof`, then the profile summarised: the share of
 *    busy time inside chosen functions (inclusive) and the functions with the most time of their own.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";

const seconds = Number(process.argv[2] ?? 8);
const concurrency = Number(process.argv[3] ?? 8);
const dir = mkdtempSync(path.join(tmpdir(), "vv-profile-"));
process.env.DATABASE_URL = path.join(dir, "profile.sqlite");
process.env.NODE_ENV = "production";
process.env.SESSION_SECRET ??= "bench-secret-that-is-long-enough-for-the-check";
// As the benchmark's server: the abuse limits out of the way of one client sending hundreds.
const limits = {
  RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "1000000000",
  RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR: "1000000000",
  RESPONDENT_MAX_PER_SURVEY_PER_MINUTE: "1000000000",
};
Object.assign(process.env, limits);

const { benchSurvey } = await import("./seed");
const { closeDb, getDb } = await import("../../db/client");
const { continueAnswering, startAnswering } = await import("../../app/respondent/answer-flow.server");
const { startServer } = await import("../server-process");

const survey = await benchSurvey();

// 1. Statements per submission: every statement run on the app's connection, counted while the action runs.
type Counted = { run: number };
const counts = new Map<string, Counted>();
let counting = false;
const statementProto = Object.getPrototypeOf(getDb().$client.prepare("select 1")) as Record<string, unknown>;
for (const method of ["run", "get", "all", "iterate"] as const) {
  const original = statementProto[method] as (this: Database.Statement, ...args: unknown[]) => unknown;
  statementProto[method] = function (this: Database.Statement, ...args: unknown[]) {
    if (counting) {
      const sql = this.source.replace(/\s+/g, " ").trim();
      const kind = /^(\w+)(?:\s+or\s+\w+)?\s+(?:into\s+|from\s+)?"?(\w+)"?/i.exec(sql);
      const label = kind ? `${kind[1].toLowerCase()} ${kind[2]}` : sql.slice(0, 40);
      const entry = counts.get(label) ?? { run: 0 };
      entry.run += 1;
      counts.set(label, entry);
    }
    return original.apply(this, args);
  };
}
function runChild(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

// The journey as the answer page hands it out, so the submission is the benchmark's.
const started = startAnswering(new Request(`http://localhost/s/${survey.slug}/answer`), survey.slug, "en");
if (started.body.view !== "page") throw new Error("The bench survey did not start.");
const startPage = JSON.parse(started.body.journey) as Record<string, unknown>;

async function submitOnce() {
  const form = new FormData();
  form.set("journey", JSON.stringify({ ...startPage, k: randomBytes(18).toString("base64url"), a: survey.answers }));
  form.set("intent", "submit-all");
  const request = new Request(`http://localhost/s/${survey.slug}/answer`, { method: "POST" });
  const outcome = await continueAnswering(request, survey.slug, "en", form, "profile-client");
  if (!("location" in outcome)) throw new Error(`A profile submission was not stored (${outcome.status} ${outcome.body.view}).`);
}
for (let i = 0; i < 20; i += 1) await submitOnce();
const measured = 50;
counting = true;
for (let i = 0; i < measured; i += 1) await submitOnce();
counting = false;
let total = 0;
console.log(`SQL statements per submission (mean of ${measured}, through continueAnswering):`);
for (const [label, entry] of [...counts].sort((a, b) => b[1].run - a[1].run)) {
  total += entry.run;
  console.log(`  ${(entry.run / measured).toFixed(1).padStart(7)}  ${label}`);
}
console.log(`  ${(total / measured).toFixed(1).padStart(7)}  in all`);
closeDb();

// 2. The server under load, profiled.
const profiles = path.join(dir, "cpu");
const server = await startServer(
  {
    DATABASE_URL: process.env.DATABASE_URL,
    ...limits,
    LOG_LEVEL: "warn",
  },
  ["--cpu-prof", `--cpu-prof-dir=${profiles}`],
);
const env = {
  BENCH_JOURNEY: JSON.stringify(startPage),
  BENCH_ANSWERS: JSON.stringify(survey.answers),
};
const url = `${server.base}/s/${survey.slug}/answer`;
await runChild(["tests/bench/load.ts", url, String(concurrency), "2", "survey"], env);
const load = JSON.parse(await runChild(["tests/bench/load.ts", url, String(concurrency), String(seconds), "survey"], env)) as {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
};
server.child.kill("SIGTERM");
await server.exited;
console.log(
  `\nUnder load (concurrency ${concurrency}, ${seconds} s): ${load.perSecond.toFixed(1)} /s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, errors ${load.errors}`,
);

// The profile: the server's (the largest file: the tsx loader's own process profile is tiny).
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const file = readdirSync(profiles)
  .map((name) => path.join(profiles, name))
  .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
let busy = 0;
// Busy: every sample but idle and the profiler's own; garbage collection counts.
const notBusy = (node: Node) => node.callFrame.functionName === "(idle)" || node.callFrame.functionName === "(program)";
for (const [id, us] of self) if (!notBusy(byId.get(id)!)) busy += us;
const nameOf = (node: Node) =>
  `${node.callFrame.functionName || "(anonymous)"} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

// Inclusive time of chosen functions (each sample counted once per function even under recursion).
const chosen = (
  process.env.PROFILE_FUNCTIONS ??
  "action,continueAnswering,recordResponse,addToRollups,queueForRollups,settleRollups,applyTally,redactAnswers,suggestsDanger,checkSubmission,answerFactsOf,thanksToken,findPublicSurvey,versionOfSurvey,formData,handleDocumentRequest,requestHandler,matchRoutes,callRouteAction,handle,writeLatin1String,(garbage collector)"
).split(",");
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at)!.callFrame.functionName;
    if (chosen.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
}
console.log(`\nBusy time ${(busy / 1000).toFixed(0)} ms; inclusive share of busy time:`);
for (const name of chosen)
  if (inclusive.has(name)) console.log(`  ${((100 * inclusive.get(name)!) / busy).toFixed(1).padStart(5)} %  ${name}`);
const selfByName = new Map<string, number>();
for (const [id, us] of self) {
  if (notBusy(byId.get(id)!)) continue;
  const name = nameOf(byId.get(id)!);
  selfByName.set(name, (selfByName.get(name) ?? 0) + us);
}
console.log("\nMost time of their own:");
for (const [name, us] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${name}`);
console.log(`\nProfile: ${file}`);
process.exit(0);
