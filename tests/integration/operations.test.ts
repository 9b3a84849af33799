import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase, backupFileName, rotateBackups } from "../../app/operations/backup.server";
import { readiness } from "../../app/operations/health.server";
import * as readyz from "../../app/routes/readyz";
import { getDb } from "../../db/client";

const dir = mkdtempSync(path.join(tmpdir(), "vv-ops-"));

/** Another process writing rows as fast as it can, printing each committed row's number. */
function startWriter(file: string) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
    const insert = db.prepare("insert into maintenance_events (kind, detail) values ('purge', ?)");
    let n = 0;
    const tick = () => { for (let i = 0; i < 20; i++) { n += 1; insert.run(JSON.stringify({ n })); process.stdout.write(n + "\\n"); } setImmediate(tick); };
    tick();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let acknowledged = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    const lines = chunk.toString().trim().split("\n");
    acknowledged = Number(lines.at(-1));
  });
  return { child, acknowledged: () => acknowledged };
}

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", ...args], { env: { ...process.env, ...env }, encoding: "utf8" });

describe("backups", () => {
  it("a backup taken under write load from another process restores everything acknowledged before it began", async () => {
    const file = process.env.DATABASE_URL!;
    getDb();
    const writer = startWriter(file);
    while (writer.acknowledged() < 500) await new Promise((r) => setTimeout(r, 10));
    const before = writer.acknowledged();
    const target = path.join(dir, "under-load.sqlite");
    await backupDatabase(target);
    writer.child.kill();

    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const numbers = new Set(
      (copy.prepare("select detail from maintenance_events where kind = 'purge'").all() as { detail: string }[]).map(
        (r) => JSON.parse(r.detail).n as number,
      ),
    );
    copy.close();
    const missing = Array.from({ length: before }, (_, i) => i + 1).filter((n) => !numbers.has(n));
    expect(missing).toEqual([]);

    const restoredFile = path.join(dir, "restored.sqlite");
    const restored = run(["db/restore.ts", target], { DATABASE_URL: restoredFile });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .* schema at migration \d+ of \d+/);

    // A restore onto a database that holds data needs --force.
    const seeded = new Database(restoredFile);
    seeded.prepare("insert into organisations (slug, name, name_cy) values ('x', 'X', 'X')").run();
    seeded.prepare("insert into users (organisation_id, email, name) values (1, 'a@example.org', 'A')").run();
    seeded.close();
    const refused = run(["db/restore.ts", target], { DATABASE_URL: restoredFile });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("holds data");
    expect(run(["db/restore.ts", target, "--force"], { DATABASE_URL: restoredFile }).status).toBe(0);
  }, 60_000);

  it("refuses a file that is not a healthy Victim Voice database, restoring nothing", () => {
    const garbage = path.join(dir, "garbage.sqlite");
    writeFileSync(garbage, "not a database at all");
    const result = run(["db/restore.ts", garbage], { DATABASE_URL: path.join(dir, "never.sqlite") });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is not a readable SQLite database");
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("keeps only the newest scheduled backups", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "vv-rotate-"));
    const names = [0, 1, 2, 3, 4].map((day) => backupFileName(new Date(Date.UTC(2027, 0, 1 + day, 3))));
    for (const name of names) writeFileSync(path.join(folder, name), "x");
    writeFileSync(path.join(folder, "notes.txt"), "kept");
    expect(rotateBackups(folder, 2)).toEqual([names[4], names[3]]);
    expect(spawnSync("ls", [folder], { encoding: "utf8" }).stdout.trim().split("\n").sort()).toEqual(
      [names[3], names[4], "notes.txt"].sort(),
    );
  });
});

describe("readiness", () => {
  it("is ready with a writable, current database and room on disk", async () => {
    expect(readiness()).toMatchObject({
      ok: true,
      checks: { database: { ok: true }, migrations: { ok: true }, disk: { ok: true } },
    });
    const response = await readyz.loader();
    expect(response.status).toBe(200);
  });
});
