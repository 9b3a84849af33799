import { statfsSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { databasePath, getDb, migrationCounts } from "../../db/client";
import { maintenanceEvents, responses, surveyVersions } from "../../db/schema";
import { config } from "../config.server";
import { lastBackupAgeSeconds } from "./backup.server";

type Check = { ok: boolean; detail?: string };

function migrationsCurrent(): Check {
  const { applied, known } = migrationCounts(getDb().$client);
  return applied === known ? { ok: true } : { ok: false, detail: `${applied} of ${known} applied` };
}

function writable(): Check {
  if (config().DATABASE_READ_ONLY) return { ok: false, detail: "read-only (DATABASE_READ_ONLY)" };
  try {
    getDb().$client.exec("BEGIN IMMEDIATE; ROLLBACK");
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : "not writable" };
  }
}

function diskSpace(): Check {
  const file = databasePath(config().DATABASE_URL);
  if (file === ":memory:") return { ok: true };
  const stats = statfsSync(path.dirname(path.resolve(file)));
  const freeMb = Math.floor((stats.bavail * stats.bsize) / 1_048_576);
  return freeMb >= config().READY_MIN_FREE_MB
    ? { ok: true, detail: `${freeMb} MB free` }
    : { ok: false, detail: `${freeMb} MB free` };
}

/** Ready to take traffic: the database is writable, its schema is current, and its disk has room. */
export function readiness() {
  const checks = { database: writable(), migrations: migrationsCurrent(), disk: diskSpace() };
  return { ok: Object.values(checks).every((c) => c.ok), checks };
}

/** Figures for /metrics that live in the database. */
export function storedFigures() {
  const db = getDb();
  const purges = db.select({ n: count() }).from(maintenanceEvents).where(eq(maintenanceEvents.kind, "purge")).get()?.n ?? 0;
  const versions = db.select({ n: count() }).from(surveyVersions).get()?.n ?? 0;
  const stored = db.select({ n: count() }).from(responses).get()?.n ?? 0;
  return { purgeRuns: purges, publishedVersions: versions, responsesStored: stored, backupAgeSeconds: lastBackupAgeSeconds() };
}
