/**
 * The sending worker. Each pass, in order:
 * 1. Messages left "sending" whose lease ran out (the process died mid-send, or Notify gave no clear answer):
 *    Notify is asked for the message's `reference`; found means it was accepted (record it, send nothing), not
 *    found means it never arrived (queue it again). So an unknown outcome is never sent twice.
 * 2. Due messages are sent, paced to NOTIFY_MESSAGES_PER_SECOND: never in quiet hours (they wait for 08:00 UK time),
 *    never to someone who opted out since the batch was confirmed. Accepted: the recipient and link are wiped at
 *    once and only Notify's id is kept. 429: wait and stop the pass. 5xx or no answer: exponential backoff through
 *    step 1. 400 (Notify refuses the message itself): counted as not sent, row deleted. A refused key: wait.
 * 3. Delivery receipts: Notify's status for accepted messages; a final one is counted for the batch and the row
 *    deleted, so no status is ever kept per person.
 * 4. Replies (STOP, DIM) to organisations whose inbound number is set up are added to their opt-out list.
 * All state is in the database; the clock and the pause between messages are injectable for tests.
 */
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifyBatchCounts, notifyOutbox, notifySettings, organisations } from "../../db/schema";
import { config } from "../config.server";
import { classifyFailure, notifyClient } from "./client.server";
import { normalisePhone } from "./contact";
import { addOptOut, isOptedOut } from "./opt-outs.server";
import { FINAL_STATUSES, isFinalStatus, isStopReply, MAX_ATTEMPTS, nextSendingTime, retryDelaySeconds } from "./schedule";
import { contactKey } from "./secrets.server";
import { sendingSettings, templateFor, type SendingSettings } from "./settings.server";

export type WorkerDeps = {
  db: Db;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  ratePerSecond?: number;
  log?: (message: string) => void;
  /** How long a message may stay "sending" before its outcome is looked up. */
  leaseSeconds?: number;
  /** The wait between two looks at an accepted message's status. */
  receiptSeconds?: number;
};

type Row = typeof notifyOutbox.$inferSelect;
type Counter = "accepted" | "delivered" | "permanentFailure" | "temporaryFailure" | "technicalFailure" | "notSent" | "optedOut";

const PASS_LIMIT = 500;
const WAIT_FOR_KEY_SECONDS = 15 * 60;
const RATE_LIMIT_WAIT_SECONDS = 60;
/** A message whose status is still not final after this long is counted as a temporary failure. */
const RECEIPT_GIVE_UP_SECONDS = 7 * 24 * 60 * 60;

export type PassReport = { recovered: number; sent: number; counted: number; optOuts: number };

export async function runNotifyPass(deps: WorkerDeps): Promise<PassReport> {
  const env = {
    db: deps.db,
    now: deps.now ?? (() => new Date()),
    sleep: deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    rate: deps.ratePerSecond ?? config().NOTIFY_MESSAGES_PER_SECOND,
    log: deps.log ?? (() => undefined),
    lease: deps.leaseSeconds ?? 120,
    receipt: deps.receiptSeconds ?? config().NOTIFY_RECEIPT_SECONDS,
    settings: new Map<number, SendingSettings | null>(),
  };
  const report: PassReport = { recovered: 0, sent: 0, counted: 0, optOuts: 0 };
  await recoverUnknown(env, report);
  await sendDue(env, report);
  await collectReceipts(env, report);
  await readReplies(env, report);
  return report;
}

type Env = {
  db: Db;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  rate: number;
  log: (message: string) => void;
  lease: number;
  receipt: number;
  settings: Map<number, SendingSettings | null>;
};

const later = (env: Env, seconds: number) => new Date(env.now().getTime() + seconds * 1000).toISOString();

function settingsOf(env: Env, organisationId: number) {
  if (!env.settings.has(organisationId)) env.settings.set(organisationId, sendingSettings(env.db, organisationId));
  return env.settings.get(organisationId) ?? null;
}

function count(tx: Pick<Db, "insert">, row: Pick<Row, "organisationId" | "batchId" | "kind">, counter: Counter, by = 1) {
  tx.insert(notifyBatchCounts)
    .values({ organisationId: row.organisationId, batchId: row.batchId, kind: row.kind, [counter]: by })
    .onConflictDoUpdate({
      target: [notifyBatchCounts.organisationId, notifyBatchCounts.batchId, notifyBatchCounts.kind],
      set: { [counter]: sql`${notifyBatchCounts[counter]} + ${by}` },
    })
    .run();
}

function markAccepted(env: Env, row: Row, notifyId: string) {
  env.db.transaction((tx) => {
    tx.update(notifyOutbox)
      .set({ state: "accepted", notifyId, recipient: null, link: null, nextAttemptAt: later(env, env.receipt) })
      .where(eq(notifyOutbox.id, row.id))
      .run();
    count(tx, row, "accepted");
  });
}

function dropRow(env: Env, row: Row, counter: Counter) {
  env.db.transaction((tx) => {
    tx.delete(notifyOutbox).where(eq(notifyOutbox.id, row.id)).run();
    count(tx, row, counter);
  });
}

function setRow(env: Env, row: Row, values: Partial<Row>) {
  env.db.update(notifyOutbox).set(values).where(eq(notifyOutbox.id, row.id)).run();
}

function dueRows(env: Env, state: Row["state"]): Row[] {
  return env.db
    .select()
    .from(notifyOutbox)
    .where(and(eq(notifyOutbox.state, state), lte(notifyOutbox.nextAttemptAt, env.now().toISOString())))
    .orderBy(asc(notifyOutbox.nextAttemptAt), asc(notifyOutbox.id))
    .limit(PASS_LIMIT)
    .all();
}

async function recoverUnknown(env: Env, report: PassReport) {
  for (const row of dueRows(env, "sending")) {
    const settings = settingsOf(env, row.organisationId);
    if (!settings) continue;
    let found: { id: string } | undefined;
    try {
      const answer = await notifyClient(settings.apiKey).getNotifications(row.medium, undefined, row.reference);
      found = (answer.data.notifications as { id: string; reference?: string | null }[]).find(
        (notification) => notification.reference === row.reference,
      );
    } catch (error) {
      env.log(`notify: could not look up an unconfirmed message (${classifyFailure(error).kind}); will try again`);
      setRow(env, row, { nextAttemptAt: later(env, retryDelaySeconds(row.attempts)) });
      continue;
    }
    report.recovered += 1;
    if (found) markAccepted(env, row, found.id);
    else if (row.attempts >= MAX_ATTEMPTS) dropRow(env, row, "notSent");
    else setRow(env, row, { state: "queued", nextAttemptAt: env.now().toISOString() });
  }
}

async function sendDue(env: Env, report: PassReport) {
  const gap = 1000 / env.rate;
  const origins = new Map<number, { name: string; nameCy: string; slug: string }>();
  // One line per organisation and medium a pass, however many of its messages wait.
  const unready = new Set<string>();
  for (const row of dueRows(env, "queued")) {
    const allowed = nextSendingTime(env.now(), row.weekends);
    if (allowed.getTime() > env.now().getTime()) {
      setRow(env, row, { nextAttemptAt: allowed.toISOString() });
      continue;
    }
    if (!row.recipient || !row.link) {
      dropRow(env, row, "notSent");
      continue;
    }
    if (isOptedOut(env.db, row.organisationId, contactKey(row.organisationId, row.recipient))) {
      dropRow(env, row, "optedOut");
      continue;
    }
    const settings = settingsOf(env, row.organisationId);
    const template = settings ? templateFor(settings, row.medium, row.language) : "";
    if (!settings || !template) {
      const waiting = `${row.organisationId}:${row.medium}`;
      if (!unready.has(waiting))
        env.log(`notify: organisation ${row.organisationId} has no Notify key or template for ${row.medium}; waiting`);
      unready.add(waiting);
      setRow(env, row, { nextAttemptAt: later(env, WAIT_FOR_KEY_SECONDS) });
      continue;
    }
    if (!origins.has(row.organisationId)) {
      const organisation = env.db
        .select({ name: organisations.name, nameCy: organisations.nameCy, slug: organisations.slug })
        .from(organisations)
        .where(eq(organisations.id, row.organisationId))
        .get();
      if (!organisation) continue;
      origins.set(row.organisationId, organisation);
    }
    const organisation = origins.get(row.organisationId)!;
    const personalisation = {
      organisation: row.language === "cy" ? organisation.nameCy : organisation.name,
      link: row.link,
      opt_out: `${new URL(row.link).origin}/o/${organisation.slug}/stop-messages${row.language === "cy" ? "?lng=cy" : ""}`,
    };
    // The lease: if the process dies before the answer is recorded, step 1 looks the reference up later.
    setRow(env, row, { state: "sending", attempts: row.attempts + 1, nextAttemptAt: later(env, env.lease) });
    const client = notifyClient(settings.apiKey);
    try {
      const answer =
        row.medium === "sms"
          ? await client.sendSms(template, row.recipient, {
              personalisation,
              reference: row.reference,
              ...(settings.smsSenderId ? { smsSenderId: settings.smsSenderId } : {}),
            })
          : await client.sendEmail(template, row.recipient, {
              personalisation,
              reference: row.reference,
              ...(settings.emailReplyToId ? { emailReplyToId: settings.emailReplyToId } : {}),
            });
      markAccepted(env, row, (answer.data as { id: string }).id);
      report.sent += 1;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === "rate-limited") {
        env.log("notify: rate limited by Notify; pausing");
        setRow(env, row, {
          state: "queued",
          attempts: row.attempts,
          nextAttemptAt: later(env, failure.retryAfterSeconds ?? RATE_LIMIT_WAIT_SECONDS),
        });
        return;
      }
      if (failure.kind === "refused-key") {
        env.log(`notify: Notify refused organisation ${row.organisationId}'s key; waiting`);
        setRow(env, row, { state: "queued", attempts: row.attempts, nextAttemptAt: later(env, WAIT_FOR_KEY_SECONDS) });
        env.settings.set(row.organisationId, null);
        continue;
      }
      if (failure.kind === "rejected") {
        env.log(`notify: Notify refused a message (${failure.status} ${failure.error}); counted as not sent`);
        dropRow(env, row, "notSent");
        continue;
      }
      // A 5xx or no answer: Notify may hold it. Stay "sending"; step 1 looks it up after the backoff.
      env.log(`notify: no clear answer from Notify (${failure.kind}); will check and retry`);
      setRow(env, row, { nextAttemptAt: later(env, retryDelaySeconds(row.attempts + 1)) });
    }
    await env.sleep(gap);
  }
}

async function collectReceipts(env: Env, report: PassReport) {
  for (const row of dueRows(env, "accepted")) {
    const settings = settingsOf(env, row.organisationId);
    if (!settings || !row.notifyId) continue;
    let status: string;
    try {
      status = ((await notifyClient(settings.apiKey).getNotificationById(row.notifyId)).data as { status: string }).status;
    } catch (error) {
      env.log(`notify: could not read a delivery status (${classifyFailure(error).kind}); will try again`);
      setRow(env, row, { nextAttemptAt: later(env, env.receipt) });
      continue;
    }
    if (isFinalStatus(status)) {
      dropRow(env, row, FINAL_STATUSES[status]);
      report.counted += 1;
    } else if (env.now().getTime() - new Date(row.notBefore).getTime() > RECEIPT_GIVE_UP_SECONDS * 1000) {
      dropRow(env, row, "temporaryFailure");
      report.counted += 1;
    } else setRow(env, row, { nextAttemptAt: later(env, env.receipt) });
  }
}

async function readReplies(env: Env, report: PassReport) {
  const listening = env.db
    .select({ organisationId: notifySettings.organisationId, seen: notifySettings.receivedTextsSeen })
    .from(notifySettings)
    .where(eq(notifySettings.inboundSms, true))
    .all();
  for (const { organisationId, seen } of listening) {
    const settings = settingsOf(env, organisationId);
    if (!settings) continue;
    const fresh: { id: string; user_number: string; content: string }[] = [];
    try {
      let olderThan: string | undefined;
      pages: for (let page = 0; page < 20; page += 1) {
        const answer = await notifyClient(settings.apiKey).getReceivedTexts(olderThan);
        const texts = answer.data.received_text_messages as { id: string; user_number: string; content: string }[];
        for (const text of texts) {
          if (text.id === seen) break pages;
          fresh.push(text);
        }
        if (texts.length === 0 || !answer.data.links?.next) break;
        olderThan = texts[texts.length - 1].id;
      }
    } catch (error) {
      env.log(`notify: could not read replies (${classifyFailure(error).kind}); will try again`);
      continue;
    }
    if (fresh.length === 0) continue;
    env.db.transaction((tx) => {
      for (const text of fresh) {
        const number = normalisePhone(text.user_number);
        if (number && isStopReply(text.content)) {
          addOptOut(tx, organisationId, { medium: "sms", value: number }, "reply", env.now());
          report.optOuts += 1;
        }
      }
      tx.update(notifySettings)
        .set({ receivedTextsSeen: fresh[0].id })
        .where(eq(notifySettings.organisationId, organisationId))
        .run();
    });
  }
}

/**
 * The worker's clock: the real one, or in tests against the local stand-in (config refuses NOTIFY_FAKE_NOW otherwise)
 * one that starts at NOTIFY_FAKE_NOW when the process starts and runs on in real time.
 */
export function notifyWorkerClock(log?: (message: string) => void): () => Date {
  const fake = config().NOTIFY_FAKE_NOW;
  if (!fake) return () => new Date();
  const start = new Date(fake).getTime();
  const startedAt = Date.now();
  log?.(`notify: NOTIFY_FAKE_NOW is set: the sending worker's clock starts at ${new Date(start).toISOString()}`);
  return () => new Date(start + (Date.now() - startedAt));
}

/** Runs a pass now and then every NOTIFY_POLL_SECONDS until stopped; passes never overlap. */
export function startNotifyWorker(deps: WorkerDeps): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      const report = await runNotifyPass(deps);
      if (report.sent || report.counted || report.recovered || report.optOuts)
        deps.log?.(
          `notify: sent ${report.sent}, receipts ${report.counted}, rechecked ${report.recovered}, opt-outs ${report.optOuts}`,
        );
    } catch (error) {
      deps.log?.(`notify: pass failed: ${error instanceof Error ? error.name : "error"}`);
    }
    if (!stopped) timer = setTimeout(() => void tick(), config().NOTIFY_POLL_SECONDS * 1000);
  };
  timer = setTimeout(() => void tick(), 1000);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
