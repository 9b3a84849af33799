import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { startServer } from "../server-process";

const setup = {
  organisationName: "Heddlu Prawf",
  organisationNameCy: "Heddlu Prawf",
  slug: "prawf",
  name: "Admin Person",
  email: "admin@example.org",
  password: "a long enough password",
  confirmPassword: "a long enough password",
};

describe("graceful shutdown under load", () => {
  it("SIGTERM mid-load loses no acknowledged write, half-applies nothing, and a restart on the same database is safe", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "vv-stop-")), "stop.sqlite");
    const server = await startServer({ DATABASE_URL: file });
    const form = (fields: Record<string, string>) => ({
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.base },
      redirect: "manual" as const,
    });
    const signedIn = await fetch(`${server.base}/setup`, form(setup));
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0];

    const acknowledged: string[] = [];
    let sent = 0;
    // Each worker writes until the stopped server refuses its connection (or a safety cap).
    const worker = async () => {
      while (sent < 3000) {
        const title = `Load ${(sent += 1)}`;
        try {
          const response = await fetch(`${server.base}/engagements/new`, {
            ...form({ title, purpose: "Test", audience: "Test", status: "planning" }),
            headers: { ...form({}).headers, Cookie: cookie },
          });
          if (response.status === 302) acknowledged.push(title);
        } catch {
          return; // the server has stopped accepting
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    server.child.kill("SIGTERM");
    await Promise.all(workers);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("stopped cleanly");

    const db = new Database(file, { readonly: true });
    const titles = new Set((db.prepare("select title from engagements").all() as { title: string }[]).map((r) => r.title));
    expect(acknowledged.filter((title) => !titles.has(title))).toEqual([]);
    const halfDone = db
      .prepare(
        "select e.id from engagements e left join engagement_stages s on s.engagement_id = e.id group by e.id having count(s.id) <> 7",
      )
      .all();
    expect(halfDone).toEqual([]);
    const audited = (
      db.prepare("select count(*) as n from audit_events where action = 'engagement.created'").get() as { n: number }
    ).n;
    expect(audited).toBe(titles.size);
    db.close();

    for (let i = 0; i < 2; i += 1) {
      const again = await startServer({ DATABASE_URL: file });
      expect((await fetch(`${again.base}/readyz`)).status).toBe(200);
      again.child.kill("SIGTERM");
      expect(await again.exited).toBe(0);
    }
  }, 90_000);
});
