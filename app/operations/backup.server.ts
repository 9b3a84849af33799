import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { maintenanceEvents } from "../../db/schema";
import { config } from "../config.server";

/**
 * A consistent copy of the live database through SQLite's online backup API
 * (not a file copy, which could catch a write half-done). Safe while serving.
 */
export async function backupDatabase(target: string) {
  const started = Date.now();
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = getDb();
  await db.$client.backup(target);
  const bytes = statSync(target).size;
  db.insert(maintenanceEvents)
    .values({ kind: "backup", detail: { file: path.basename(target), bytes, ms: Date.now() - started } })
    .run();
  return { target, bytes };
}

const BACKUP_NAME = /^victim-voice-\d{8}-\d{6}\.sqlite$/;

export function backupFileName(now = new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `victim-voice-${stamp}.sqlite`;
}

/** Keeps the newest `keep` scheduled backups in the folder and deletes older ones. */
export function rotateBackups(dir: string, keep: number) {
  const files = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse();
  for (const old of files.slice(keep)) rmSync(path.join(dir, old));
  return files.slice(0, keep);
}

/** When BACKUP_DIR is set: a backup now and every BACKUP_INTERVAL_HOURS, keeping BACKUP_KEEP. */
export function scheduleBackups(log: (message: string) => void) {
  const { BACKUP_DIR, BACKUP_INTERVAL_HOURS, BACKUP_KEEP } = config();
  if (!BACKUP_DIR) return () => undefined;
  const run = async () => {
    try {
      const { target } = await backupDatabase(path.join(BACKUP_DIR, backupFileName()));
      rotateBackups(BACKUP_DIR, BACKUP_KEEP);
      log(`Backup written to ${target}`);
    } catch (error) {
      log(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void run();
  const timer = setInterval(run, BACKUP_INTERVAL_HOURS * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Seconds since the last successful backup, or null if there has been none. */
export function lastBackupAgeSeconds(now = Date.now()) {
  const last = getDb()
    .select({ at: maintenanceEvents.createdAt })
    .from(maintenanceEvents)
    .where(eq(maintenanceEvents.kind, "backup"))
    .orderBy(desc(maintenanceEvents.id))
    .limit(1)
    .get();
  return last ? Math.max(0, Math.round((now - Date.parse(last.at)) / 1000)) : null;
}
