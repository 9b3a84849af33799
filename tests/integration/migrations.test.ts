import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { makeOrganisation } from "../../db/factories";
import { freePort } from "../server-process";

const migrationsFolder = path.resolve("db/migrations");
type JournalEntry = { idx: number; when: number; tag: string };
const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
  entries: JournalEntry[];
};
const newest = Math.max(...journal.entries.map((entry) => entry.when));
/** The rows drizzle should leave in __drizzle_migrations: one per journal entry, in journal order. */
const expectedRows = readMigrationFiles({ migrationsFolder }).map((m) => ({ hash: m.hash, created_at: m.folderMillis }));
const newerMessage = "This database was written by a newer version of Victim Voice";

const tempFile = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), "vv-migrate-")), `${name}.sqlite`);

/** Everything a start could change: the schema, the applied migrations and the rows we seeded. */
function snapshot(file: string) {
  const db = new Database(file, { fileMustExist: true });
  const read = (sql: string) => db.prepare(sql).all();
  const state = {
    schema: read("select type, name, tbl_name, sql from sqlite_master order by type, name"),
    migrations: read("select hash, created_at from __drizzle_migrations order by created_at"),
    organisations: read("select * from organisations order by id"),
  };
  db.close();
  return state;
}

const schemaOf = (file: string) => snapshot(file).schema;

/** A migrations folder holding only the first `count` journal entries, as an older release shipped it. */
function migrationsUpTo(count: number) {
  const folder = mkdtempSync(path.join(tmpdir(), "vv-migrations-"));
  mkdirSync(path.join(folder, "meta"));
  const entries = journal.entries.slice(0, count);
  for (const entry of entries)
    copyFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  return folder;
}

/** The schema a first start on an empty file produces: what every upgrade path must arrive at. */
function freshSchema() {
  const file = tempFile("reference");
  openDatabase(file).$client.close();
  return schemaOf(file);
}

const stackLine = /^\s+at /m;

/** The production server as operators start it; resolves `up` once it says it is running, or false if it exits first. */
async function launch(file: string, port: number) {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: file },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const up = new Promise<boolean>((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("is running")) resolve(true);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    void exited.then(() => resolve(output.includes("is running")));
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited, up };
}

function within<T>(promise: Promise<T>, ms: number, what: string) {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)),
  ]);
}

describe("migrations on restart", () => {
  it("the journal is in order, so drizzle never skips a migration that is older than the newest applied", () => {
    console.log(`Checked the ${journal.entries.length} journal entries are numbered in order with rising timestamps`);
    expect(journal.entries.map((entry) => entry.idx)).toEqual(journal.entries.map((_, i) => i));
    const whens = journal.entries.map((entry) => entry.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    expect(new Set(whens).size).toBe(whens.length);
  });

  it("opening the same database again applies nothing twice: schema, migration rows and data stay identical", () => {
    console.log("Opened a fresh database, seeded an organisation, then opened the same file twice more");
    const file = tempFile("idempotent");
    const db = openDatabase(file);
    makeOrganisation(db, { slug: "gwent", name: "Gwent Police", nameCy: "Heddlu Gwent" });
    db.$client.close();

    const first = snapshot(file);
    expect(first.migrations).toEqual(expectedRows);
    expect(first.migrations).toHaveLength(journal.entries.length);
    expect(first.organisations).toMatchObject([{ slug: "gwent", name: "Gwent Police", name_cy: "Heddlu Gwent" }]);
    expect(first.schema.filter((row) => (row as { type: string }).type === "trigger").length).toBeGreaterThan(0);

    for (let start = 2; start <= 3; start += 1) {
      openDatabase(file).$client.close();
      expect(snapshot(file), `after start ${start}`).toEqual(first);
    }
  });

  it("every migration applies in order from empty, and a database left at any older migration is brought up to date keeping its rows", () => {
    console.log(
      `Applied the ${journal.entries.length} migrations one release at a time, seeding rows on the way, then opened a copy of every older level with the current code`,
    );
    const reference = freshSchema();
    const dir = mkdtempSync(path.join(tmpdir(), "vv-levels-"));
    const stepwiseFile = path.join(dir, "stepwise.sqlite");
    const stepwise = new Database(stepwiseFile);
    const levelFiles: { level: number; file: string }[] = [];
    for (let level = 1; level < journal.entries.length; level += 1) {
      migrate(drizzle(stepwise), { migrationsFolder: migrationsUpTo(level) });
      expect(stepwise.prepare("select hash, created_at from __drizzle_migrations order by created_at").all()).toEqual(
        expectedRows.slice(0, level),
      );
      const tag = journal.entries[level - 1].tag;
      if (tag === "0000_foundation") {
        stepwise.prepare("insert into organisations (slug, name, name_cy) values ('dyfed', 'Dyfed-Powys', 'Dyfed-Powys')").run();
        stepwise
          .prepare("insert into users (organisation_id, email, name) values (1, 'analyst@example.org', 'An Analyst')")
          .run();
      }
      if (tag === "0003_maintenance")
        stepwise.prepare("insert into maintenance_events (kind, detail) values ('purge', 'kept')").run();
      const copy = path.join(dir, `level-${level}.sqlite`);
      copyFileSync(stepwiseFile, copy);
      levelFiles.push({ level, file: copy });
    }
    stepwise.close();

    for (const { level, file } of levelFiles) {
      openDatabase(file).$client.close();
      const after = snapshot(file);
      expect(after.migrations, `upgrading from level ${level}`).toEqual(expectedRows);
      expect(after.schema, `upgrading from level ${level}`).toEqual(reference);
      expect(after.organisations, `upgrading from level ${level}`).toMatchObject([
        { id: 1, slug: "dyfed", name: "Dyfed-Powys", public_staff_names: 0 },
      ]);
      const db = new Database(file, { readonly: true });
      expect(db.prepare("select email from users").all()).toEqual([{ email: "analyst@example.org" }]);
      const maintenance = db.prepare("select kind, detail from maintenance_events").all();
      expect(maintenance).toEqual(level >= 4 ? [{ kind: "purge", detail: "kept" }] : []);
      db.close();
    }
  });

  it("a database written by a newer version is refused with a clear message, by openDatabase and by the production server, and left untouched", async () => {
    console.log(
      "Marked a database as migrated by a newer release, then opened it with openDatabase and started the production server on it",
    );
    const file = tempFile("newer");
    const db = openDatabase(file);
    makeOrganisation(db, { slug: "gwent", name: "Gwent Police", nameCy: "Heddlu Gwent" });
    db.$client
      .prepare(`insert into __drizzle_migrations (hash, created_at) values ('from-a-newer-release', ?)`)
      .run(newest + 60_000);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
    const bytes = readFileSync(file);
    const before = snapshot(file);
    expect(before.migrations).toHaveLength(journal.entries.length + 1);

    expect(() => openDatabase(file)).toThrow(`${newerMessage}. Refusing to start`);
    // The refused connection is closed (otherwise its write-ahead log would still be there) and nothing was written.
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(snapshot(file)).toEqual(before);

    const started = Date.now();
    const server = await launch(file, await freePort());
    const code = await within(server.exited, 30_000, "The refused server's exit").finally(() => server.child.kill("SIGKILL"));
    console.log(`The production server exited with ${code} after ${Date.now() - started} ms`);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(server.output()).toContain(newerMessage);
    expect(server.output()).not.toContain("is running");
    expect(server.output()).not.toMatch(stackLine);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(snapshot(file)).toEqual(before);
  }, 60_000);

  it("a start that reads the migration table while another start is mid-migration comes up instead of replaying migrations", async () => {
    console.log(
      "Held a first start's migration transaction open in another process, then opened the same fresh file with openDatabase",
    );
    const reference = freshSchema();
    const migrationTable = (reference as { name: string; sql: string }[]).find((row) => row.name === "__drizzle_migrations")!.sql;
    const file = tempFile("mid-migration");
    // Exactly what drizzle's migrator does, paused before COMMIT: the migration table exists
    // and is empty to everyone else, while this process holds the write lock with every migration applied.
    const holdMs = 800;
    const script = `
      const Database = require("better-sqlite3");
      const { readMigrationFiles } = require("drizzle-orm/migrator");
      const db = new Database(${JSON.stringify(file)});
      db.pragma("journal_mode = WAL");
      db.exec(${JSON.stringify(migrationTable)});
      db.exec("BEGIN IMMEDIATE");
      for (const m of readMigrationFiles({ migrationsFolder: ${JSON.stringify(migrationsFolder)} })) {
        for (const statement of m.sql) db.exec(statement);
        db.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)').run(m.hash, m.folderMillis);
      }
      process.stdout.write("holding\\n");
      setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("committed\\n"); }, ${holdMs});`;
    const first = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let firstOutput = "";
    const firstExited = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
    await within(
      new Promise<void>((resolve) =>
        first.stdout.on("data", (chunk: Buffer) => {
          firstOutput += chunk.toString();
          if (firstOutput.includes("holding")) resolve();
        }),
      ),
      15_000,
      "The first start's migration",
    );

    const started = Date.now();
    let failure: unknown;
    try {
      openDatabase(file).$client.close();
    } catch (error) {
      failure = error;
    }
    const waited = Date.now() - started;
    expect(await firstExited).toBe(0);
    expect(firstOutput).toContain("committed");
    // It really overlapped: the second start waited for the first's write lock.
    expect(waited).toBeGreaterThan(holdMs / 2);
    expect(failure && (failure as Error).message).toBeUndefined();
    const after = snapshot(file);
    expect(after.migrations).toEqual(expectedRows);
    expect(after.schema).toEqual(reference);
  }, 30_000);

  it("two production servers started at once on the same fresh file come up, or one stops cleanly, and no migration is applied twice", async () => {
    console.log("Started two production servers at the same moment on one fresh database file");
    const reference = freshSchema();
    const file = tempFile("twin-start");
    const [portA, portB] = await Promise.all([freePort(), freePort()]);
    const servers = [await launch(file, portA), await launch(file, portB)];
    try {
      const up = await within(Promise.all(servers.map((server) => server.up)), 45_000, "Two simultaneous starts");
      expect(up.some(Boolean), servers.map((server) => server.output()).join("\n---\n")).toBe(true);
      for (const [i, server] of servers.entries()) {
        if (up[i]) {
          expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
        } else {
          // Did not come up: it must have exited non-zero with a line, not a stack trace.
          expect(await server.exited).not.toBe(0);
          expect(server.output()).not.toMatch(stackLine);
        }
      }
      console.log(`Came up: ${up.map((u) => (u ? "yes" : "no")).join(", ")}`);
    } finally {
      for (const server of servers) server.child.kill("SIGTERM");
      await within(Promise.all(servers.map((server) => server.exited)), 20_000, "Stopping both servers");
    }

    const after = snapshot(file);
    expect(after.migrations).toEqual(expectedRows);
    expect(after.schema).toEqual(reference);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  }, 90_000);
});
