import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { config } from "../app/config.server";
import { backfillRollups, settleRollups } from "../app/insights/rollups.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Migrations live beside this file in the source tree; the app always runs from the project root. */
const migrationsFolder = resolve(process.cwd(), "db/migrations");

export function databasePath(url: string): string {
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/**
 * Opens the database with the settings every connection needs and brings its
 * schema up to date. Refuses a database written by newer code, since running
 * old code on it could lose data.
 */
export function openDatabase(url: string, options: { migrate?: boolean } = {}): Db {
  const file = databasePath(url);
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema }) as Db;
  refuseNewerDatabase(sqlite);
  if (options.migrate === false) refusePendingMigrations(sqlite);
  else {
    applyMigrations(db);
    backfillRollups(sqlite);
  }
  return db;
}

/** The migrations this code ships (db/migrations/meta/_journal.json). */
function journalEntries(): { when: number }[] {
  return (JSON.parse(readFileSync(resolve(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] })
    .entries;
}

/** How many migrations the database has had, and how many this code ships. */
export function migrationCounts(sqlite: Database.Database): { applied: number; known: number } {
  const applied =
    latestApplied(sqlite) === null
      ? 0
      : (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
  return { applied, known: journalEntries().length };
}

/** Read-only use must not change the schema: a database that needs migrating is refused instead. */
function refusePendingMigrations(sqlite: Database.Database) {
  const { applied, known } = migrationCounts(sqlite);
  if (applied < known) {
    sqlite.close();
    throw new Error(
      "DATABASE_READ_ONLY is set, but this database needs its schema brought up to date. Start once without DATABASE_READ_ONLY, then turn it on.",
    );
  }
}

/**
 * drizzle reads which migrations are applied before it takes the write lock, so a start racing
 * another on the same file can replay migrations the other has just committed and fail on
 * "table already exists". Its attempt was rolled back; when the other start's migrations explain
 * the failure, a second pass sees them and has nothing left to do.
 */
function applyMigrations(db: Db) {
  const before = latestApplied(db.$client);
  try {
    migrate(db, { migrationsFolder });
  } catch (error) {
    if (latestApplied(db.$client) === before) throw error;
    refuseNewerDatabase(db.$client);
    migrate(db, { migrationsFolder });
  }
}

function latestApplied(sqlite: Database.Database): number | null {
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!hasTable) return null;
  const row = sqlite.prepare("select max(created_at) as latest from __drizzle_migrations").get() as { latest: number | null };
  return row.latest;
}

function refuseNewerDatabase(sqlite: Database.Database) {
  const latest = latestApplied(sqlite);
  if (latest === null) return;
  const known = Math.max(0, ...journalEntries().map((e) => e.when));
  if (latest > known) {
    sqlite.close();
    throw new Error(
      "This database was written by a newer version of Victim Voice. Refusing to start: upgrade the app, or restore a backup made by this version.",
    );
  }
}

let current: Db | undefined;

/** The app's one connection, opened on first use from DATABASE_URL, with the operator's storage limits. */
export function getDb(): Db {
  if (current) return current;
  const settings = config();
  // Read-only (maintenance) changes nothing at all, not even the schema.
  const db = openDatabase(settings.DATABASE_URL, { migrate: !settings.DATABASE_READ_ONLY });
  if (settings.DATABASE_MAX_MB) {
    // SQLite never lowers the cap below the pages already in use.
    const pageSize = db.$client.pragma("page_size", { simple: true }) as number;
    db.$client.pragma(`max_page_count = ${Math.max(1, Math.floor((settings.DATABASE_MAX_MB * 1024 * 1024) / pageSize))}`);
  }
  if (settings.DATABASE_READ_ONLY) db.$client.pragma("query_only = ON");
  current = db;
  return current;
}

/**
 * Counts any submissions still pending into the roll-ups (ADR 0016), folds the write-ahead log into the database file,
 * then closes: a clean file for backups, upgrades and read-only starts.
 */
export function closeDb() {
  if (!current) return;
  settleRollups(current.$client);
  current.$client.pragma("wal_checkpoint(TRUNCATE)");
  current.$client.close();
  current = undefined;
}
