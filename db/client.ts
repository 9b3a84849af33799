import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { config } from "../app/config.server";
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
export function openDatabase(url: string): Db {
  const file = databasePath(url);
  if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema }) as Db;
  refuseNewerDatabase(sqlite);
  migrate(db, { migrationsFolder });
  return db;
}

function refuseNewerDatabase(sqlite: Database.Database) {
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!hasTable) return;
  const journal = JSON.parse(readFileSync(resolve(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  const known = Math.max(0, ...journal.entries.map((e) => e.when));
  const row = sqlite.prepare("select max(created_at) as latest from __drizzle_migrations").get() as {
    latest: number | null;
  };
  if (row.latest !== null && row.latest > known) {
    sqlite.close();
    throw new Error(
      "This database was written by a newer version of Victim Voice. Refusing to start: upgrade the app, or restore a backup made by this version.",
    );
  }
}

let current: Db | undefined;

/** The app's one connection, opened on first use from DATABASE_URL. */
export function getDb(): Db {
  current ??= openDatabase(config().DATABASE_URL);
  return current;
}

/** Folds the write-ahead log into the database file, then closes: a clean file for backups and upgrades. */
export function closeDb() {
  if (!current) return;
  current.$client.pragma("wal_checkpoint(TRUNCATE)");
  current.$client.close();
  current = undefined;
}
