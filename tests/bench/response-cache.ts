/**
 * Seeded survey databases for the dashboard and export benchmarks, kept
 * between runs: one SQLite file per size and seed under $BENCH_CACHE_DIR
 * (default: vv-bench-cache in the system's temporary folder), named by a hash
 * of what shapes the data (migrations, the seeding code, the factories, the
 * survey template, the roll-ups' maintenance), so a change to any of them seeds afresh. Delete the folder
 * to force it. A million responses take about 1.5 minutes to seed and 2.5 GB.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SeededResponses } from "./seed-responses";

export const BENCH_SEED = 20261125;

const SHAPED_BY = [
  "db/migrations/meta/_journal.json",
  "tests/bench/seed-responses.ts",
  // The seeding counts the copies into the roll-ups with this code.
  "app/insights/rollups.server.ts",
  "db/response-factory.ts",
  "db/answer-text.ts",
  "surveys/templates/experience-of-reporting.json",
];

export function cacheDir(): string {
  return process.env.BENCH_CACHE_DIR ?? path.join(tmpdir(), "vv-bench-cache");
}

export type CachedResponses = SeededResponses & { file: string; reused: boolean };

export async function seededResponses(
  size: number,
  runChild: (args: string[], env?: Record<string, string>) => Promise<string>,
  seed = BENCH_SEED,
  surveys = 1,
): Promise<CachedResponses> {
  const hash = createHash("sha256");
  for (const file of SHAPED_BY) hash.update(readFileSync(file));
  const stem = `responses-${size}${surveys > 1 ? `x${surveys}surveys` : ""}-seed${seed}-`;
  const name = `${stem}${hash.digest("hex").slice(0, 12)}.sqlite`;
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  if (existsSync(file) && existsSync(`${file}.json`)) {
    return { ...(JSON.parse(readFileSync(`${file}.json`, "utf8")) as SeededResponses), file, reused: true };
  }
  // Files of the same size and seed made by older code are of no more use and can be large.
  for (const old of readdirSync(dir)) if (old.startsWith(stem)) rmSync(path.join(dir, old), { force: true });
  const out = await runChild(["tests/bench/seed-responses.ts", String(size), String(seed), file, String(surveys)]);
  return { ...(JSON.parse(out.trim().split("\n").at(-1)!) as SeededResponses), file, reused: false };
}
