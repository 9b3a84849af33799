/**
 * `npm run restore -- <file> [--force]`: checks a backup (integrity, schema
 * version) and restores it over DATABASE_URL. Refuses to replace a database
 * that holds data unless told --force; stop the app first.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databasePath, openDatabase } from "./client";
import { maintenanceEvents } from "./schema";

const args = process.argv.slice(2);
const force = args.includes("--force");
const source = args.find((a) => !a.startsWith("--"));
const target = databasePath(process.env.DATABASE_URL ?? "data/victim-voice.sqlite");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!source) fail("Say which backup to restore: npm run restore -- backups/victim-voice.sqlite [--force]");
if (!existsSync(source)) fail(`There is no file at ${source}.`);

function openBackup(file: string) {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    return { db, integrity: db.pragma("integrity_check", { simple: true }) };
  } catch (error) {
    return fail(
      `${file} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)}). Nothing was restored.`,
    );
  }
}

const { db: backup, integrity } = openBackup(source);
if (integrity !== "ok") fail(`${source} failed SQLite's integrity check (${String(integrity)}). Nothing was restored.`);
const hasMigrations = backup.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
if (!hasMigrations) fail(`${source} is not a Victim Voice database. Nothing was restored.`);
const journal = JSON.parse(readFileSync(path.resolve("db/migrations/meta/_journal.json"), "utf8")) as {
  entries: { when: number }[];
};
const known = Math.max(...journal.entries.map((e) => e.when));
const { latest, applied } = backup
  .prepare("select max(created_at) as latest, count(*) as applied from __drizzle_migrations")
  .get() as {
  latest: number;
  applied: number;
};
if (latest > known) fail(`${source} was made by a newer version of Victim Voice. Upgrade the app first. Nothing was restored.`);

if (existsSync(target) && !force) {
  const live = new Database(target, { readonly: true });
  const hasData = live.prepare("select 1 from sqlite_master where type = 'table' and name = 'users'").get()
    ? (live.prepare("select count(*) as n from users").get() as { n: number }).n > 0
    : false;
  live.close();
  if (hasData) fail(`${target} holds data. Stop the app, then run again with --force to replace it with ${source}.`);
}

await backup.backup(target);
backup.close();

const db = openDatabase(target);
const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
const summary = {
  organisations: count("organisations"),
  users: count("users"),
  engagements: count("engagements"),
  surveys: count("surveys"),
  surveyVersions: count("survey_versions"),
};
db.insert(maintenanceEvents)
  .values({ kind: "restore", detail: { file: path.basename(source), migrations: applied, ...summary } })
  .run();
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();
console.log(
  `Restored ${source} to ${target}: schema at migration ${applied} of ${journal.entries.length} (brought up to date), ` +
    `${summary.organisations} organisations, ${summary.users} users, ${summary.engagements} engagements, ` +
    `${summary.surveys} surveys with ${summary.surveyVersions} published versions.`,
);
