/**
 * `npm run bench [-- --quick]`: how fast and how light, side by side with a
 * baseline measured in the same run on the same machine. Prints a table and
 * writes bench-results.json. Figures vary between machines; only the ratios
 * within one run compare. Nothing here asserts a speed.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { scenarioList, type Row, type BenchContext } from "./scenarios";

const quick = process.argv.includes("--quick");
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const dir = mkdtempSync(path.join(tmpdir(), "vv-bench-"));
process.env.DATABASE_URL = path.join(dir, "bench.sqlite");
process.env.NODE_ENV = "production";
process.env.SESSION_SECRET ??= "bench-secret-that-is-long-enough-for-the-check";

export function runChild(args: string[], env: Record<string, string> = {}): Promise<string> {
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

const context: BenchContext = { quick, dir, runChild };
const rows: Row[] = [];
const started = Date.now();
console.log(
  `Victim Voice benchmarks (${quick ? "quick" : "full"}) on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
for (const scenario of scenarioList) {
  if (only && !scenario.name.includes(only)) continue;
  console.log(`\n== ${scenario.name}`);
  const found = await scenario.run(context);
  for (const row of found) {
    rows.push({ ...row, scenario: scenario.name });
    const ratio = row.baseline
      ? Number.isFinite(row.ours)
        ? ` (${ratioOf(row)}× baseline ${format(row.baseline, row.unit)})`
        : ` (baseline ${format(row.baseline, row.unit)})`
      : "";
    const verdict = row.met === false ? ` — TARGET MISSED (${row.target})` : row.met ? ` — target met (${row.target})` : "";
    console.log(`  ${row.label}: ${oursOf(row)}${ratio}${verdict}${row.note ? ` — ${row.note}` : ""}`);
  }
}

function format(value: number, unit: string) {
  const rounded = value >= 100 ? Math.round(value).toLocaleString("en-GB") : value.toFixed(value >= 10 ? 1 : 2);
  return `${rounded} ${unit}`;
}

function oursOf(row: Row) {
  if (!Number.isFinite(row.ours)) return "not measured";
  return `${row.atLeast ? "> " : ""}${format(row.ours, row.unit)}`;
}

function ratioOf(row: Row) {
  if (!row.baseline || !Number.isFinite(row.ours)) return "";
  return `${row.atLeast ? "> " : ""}${(row.ours / row.baseline).toFixed(2)}`;
}

console.log("\n| scenario | measure | ours | baseline | ratio | target | met |");
console.log("|---|---|---|---|---|---|---|");
for (const row of rows) {
  const met = row.met === undefined ? "" : row.met ? "yes" : "**target missed**";
  console.log(
    `| ${row.scenario} | ${row.label} | ${oursOf(row)} | ${row.baseline ? format(row.baseline, row.unit) : ""} | ${ratioOf(row)} | ${row.target ?? ""} | ${met} |`,
  );
}
const missed = rows.filter((row) => row.met === false);
if (missed.length)
  console.log(`\nTarget missed (${missed.length}): ${missed.map((row) => `${row.scenario}: ${row.label}`).join("; ")}.`);
const seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(
  "bench-results.json",
  JSON.stringify(
    {
      quick,
      when: new Date().toISOString().slice(0, 10),
      seconds,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      rows,
    },
    null,
    2,
  ),
);
console.log(`\nWrote bench-results.json; the scenarios took ${seconds} s (the build before them is not counted).`);
process.exit(0);
