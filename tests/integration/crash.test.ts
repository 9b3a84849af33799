/**
 * Crash during load (issue #10): the production server on its own database takes respondents' submissions from
 * this (separate) process, and is killed with SIGKILL part-way — no clean shutdown, no WAL checkpoint. After a
 * restart every submission that got its "thank you" is there exactly once, the database is intact, and the
 * client's retries with the same idempotency key (the journey's submission key) store nothing twice.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "../../db/client";
import { makeOrganisationWithUsers } from "../helpers";
import { journeyIn, publishTestSurvey } from "../respondent-helpers";
import { startServer, type RunningServer } from "../server-process";

const SLUG = "crash-check";
const TOTAL = 2000;
const KILL_AFTER = 800;
const RETRIED_ACKNOWLEDGED = 300;
const env = (file: string) => ({
  DATABASE_URL: file,
  RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "1000000",
  RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR: "1000000",
  RESPONDENT_MAX_PER_SURVEY_PER_MINUTE: "1000000",
});

let file = "";
let servers: RunningServer[] = [];

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("crash");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG);
  file = process.env.DATABASE_URL!;
  closeDb();
}, 30_000);

afterAll(() => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill("SIGKILL");
});

const keyOf = (i: number) => `crash-${String(i).padStart(16, "0")}`;

/** One respondent sending a finished survey; true when the server said thank you. */
async function submit(base: string, journey: Record<string, unknown>, i: number): Promise<"stored" | "duplicate" | "failed"> {
  const body = new URLSearchParams({
    journey: JSON.stringify({ ...journey, k: keyOf(i), a: { reported: "yes", area: "north", better: `Submission ${i}` } }),
    intent: "submit-all",
  });
  try {
    const response = await fetch(`${base}/s/${SLUG}/answer`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    });
    const html = await response.text();
    if (response.status !== 200 || !html.includes("govuk-panel--confirmation")) return "failed";
    return html.includes("We had already received these answers") ? "duplicate" : "stored";
  } catch {
    return "failed"; // the connection died with the server
  }
}

function storedKeys(): Map<string, number> {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("select submission_key as key, count(*) as n from responses group by submission_key").all() as {
    key: string;
    n: number;
  }[];
  db.close();
  return new Map(rows.map((row) => [row.key, row.n]));
}

describe("a crash under load", () => {
  it("keeps every acknowledged submission exactly once through kill -9 and a restart, and retries store nothing twice", async () => {
    const first = await startServer(env(file));
    servers.push(first);
    const page = await (await fetch(`${first.base}/s/${SLUG}/answer`)).text();
    const journey = journeyIn(page);

    const acknowledged = new Set<number>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < TOTAL && !killed) {
        const i = next++;
        if ((await submit(first.base, journey, i)) === "stored") acknowledged.add(i);
        if (acknowledged.size >= KILL_AFTER && !killed) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(await first.exited).toBe(null); // killed by the signal, not exited
    const sentBeforeKill = next;

    // Nothing acknowledged is missing, nothing is there twice, and SQLite recovered its write-ahead log intact.
    const afterCrash = storedKeys();
    const missing = [...acknowledged].filter((i) => afterCrash.get(keyOf(i)) !== 1);
    expect(missing).toEqual([]);
    const check = new Database(file, { readonly: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();

    // The client retries everything it never heard back about, and some it did, with the same keys, then sends the rest.
    const second = await startServer(env(file));
    servers.push(second);
    const unanswered = Array.from({ length: sentBeforeKill }, (_, i) => i).filter((i) => !acknowledged.has(i));
    const retriedAcknowledged = [...acknowledged].slice(0, RETRIED_ACKNOWLEDGED);
    const rest = Array.from({ length: TOTAL - sentBeforeKill }, (_, i) => sentBeforeKill + i);
    const queue = [...unanswered, ...retriedAcknowledged, ...rest];
    const outcomes = { stored: 0, duplicate: 0, failed: 0 };
    let position = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (position < queue.length) outcomes[await submit(second.base, journey, queue[position++])] += 1;
      }),
    );
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const final = storedKeys();
    const ours = [...final].filter(([key]) => key.startsWith("crash-"));
    expect(outcomes.failed).toBe(0);
    expect(ours.length).toBe(TOTAL);
    expect(ours.filter(([, n]) => n !== 1)).toEqual([]);
    // Every acknowledged retry was recognised as already sent; an unanswered one may have landed before the kill.
    expect(outcomes.duplicate).toBeGreaterThanOrEqual(RETRIED_ACKNOWLEDGED);
    console.log(
      `crash: ${sentBeforeKill} submissions sent before kill -9 (${acknowledged.size} acknowledged, all stored once); ` +
        `after restart ${queue.length} sent (${unanswered.length} unanswered retried, ${retriedAcknowledged.length} acknowledged retried, ` +
        `${rest.length} new): ${outcomes.stored} stored, ${outcomes.duplicate} recognised as already sent; ${TOTAL} in the database, each once`,
    );
  }, 300_000);
});
