/**
 * The sending worker with the real notifications-node-client against the local Notify stand-in, on a real SQLite
 * file, with a fake clock: quiet hours, backoff on 5xx and lost answers, 429, restart recovery without a double
 * send, receipts counted per batch with the rows deleted, opt-outs (page and STOP replies).
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeOrganisation } from "../../db/factories";
import { notifyBatchCounts, notifyOutbox, notifySettings } from "../../db/schema";
import { resetConfigForTests } from "../../app/config.server";
import { notifyCy } from "../../app/i18n/locales/notify.cy";
import { notifyEn } from "../../app/i18n/locales/notify.en";
import { notifyClient } from "../../app/notify/client.server";
import { addOptOut, isOptedOut } from "../../app/notify/opt-outs.server";
import { batchSendingProgress, enqueueMessages, type OutboxItem } from "../../app/notify/outbox.server";
import { progressFigure } from "../../app/invitations/batch-progress";
import { contactKey } from "../../app/notify/secrets.server";
import { saveNotifySettings } from "../../app/notify/settings.server";
import { runNotifyPass } from "../../app/notify/worker.server";
import { addOurTemplates, startNotifyStandIn, type NotifyStandIn } from "../stand-ins/notify";

const db = getDb();
let standIn: NotifyStandIn;
let organisationId: number;
let batch = 0;
let clock = new Date("2026-07-15T09:00:00Z"); // a Wednesday, 10:00 British Summer Time
const now = () => clock;
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const sleeps: number[] = [];
const pass = (extra: Partial<Parameters<typeof runNotifyPass>[0]> = {}) =>
  runNotifyPass({ db, now, sleep: async (ms) => void sleeps.push(ms), receiptSeconds: 60, ...extra });

function queue(count: number, overrides: Partial<OutboxItem> = {}) {
  batch += 1;
  const items = Array.from({ length: count }, (_, index) => ({
    organisationId,
    batchId: batch,
    kind: "invitation" as const,
    medium: "sms" as const,
    recipient: `+4477009${String(batch * 100 + index).padStart(5, "0")}`,
    language: "en" as const,
    link: `https://voice.example.org/s/visit-${batch}?i=${index}abcdefghijk`,
    notBefore: clock,
    ...overrides,
  }));
  db.transaction((tx) => enqueueMessages(tx, items));
  return { batchId: batch, items };
}

const rows = (batchId: number) => db.select().from(notifyOutbox).where(eq(notifyOutbox.batchId, batchId)).all();
const posts = () => standIn.received.filter((request) => request.method === "POST");

beforeAll(async () => {
  standIn = await startNotifyStandIn();
  process.env.NOTIFY_BASE_URL = standIn.url;
  resetConfigForTests();
  organisationId = makeOrganisation(db, { slug: "notify-sending", name: "Sending Police", nameCy: "Heddlu Anfon" }).id;
  const templates = addOurTemplates(standIn, { en: notifyEn.message, cy: notifyCy.message });
  db.transaction((tx) =>
    saveNotifySettings(
      tx,
      organisationId,
      null,
      { ...templates, smsSenderId: standIn.smsSenderId, emailReplyToId: standIn.emailReplyToId, inboundSms: true },
      { apiKey: standIn.apiKey, keyName: "victim-voice-live" },
    ),
  );
});

afterAll(async () => {
  await standIn.close();
});

beforeEach(() => {
  clock = new Date("2026-07-15T09:00:00Z");
  sleeps.length = 0;
});

describe("the real client against the stand-in: what Notify checks", () => {
  it("refuses a key it never issued, a revoked key and a clock more than 30 seconds out, in Notify's error shape", async () => {
    const refused = await notifyClient(standIn.unknownKey())
      .getNotificationById("6e1b3a36-1f53-4c59-a1a7-4c1b9f0c1e11")
      .catch((error: { response: { status: number; data: unknown } }) => error.response);
    expect(refused.status).toBe(403);
    expect(refused.data).toEqual({
      status_code: 403,
      errors: [{ error: "AuthError", message: "Invalid token: API key not found" }],
    });

    const second = standIn.addKey("old-key");
    standIn.revokeKey(second);
    const revoked = await notifyClient(second)
      .getNotifications()
      .catch((error: { response: { status: number } }) => error.response);
    expect(revoked.status).toBe(403);

    const skewed = await startNotifyStandIn({ now: () => Date.now() + 45_000 });
    const late = await new (await import("notifications-node-client")).NotifyClient(skewed.url, skewed.apiKey)
      .getNotifications()
      .then(
        () => null,
        (error: { response: { data: { errors: { message: string }[] } } }) => error.response.data.errors[0].message,
      );
    expect(late).toBe("Error: Your system clock must be accurate to within 30 seconds");
    await skewed.close();
  });

  it("checks the body: template, personalisation exactly the template's placeholders, sender id", async () => {
    const client = notifyClient(standIn.apiKey);
    const template = [...standIn.templates.values()].find((t) => t.type === "sms")!.id;
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: { response: { status: number; data: { errors: { error: string; message: string }[] } } }) => ({
          status: error.response.status,
          ...error.response.data.errors[0],
        }),
      );
    expect(
      await failure(client.sendSms(template, "+447700900001", { personalisation: { organisation: "A", link: "x" } })),
    ).toEqual({
      status: 400,
      error: "BadRequestError",
      message: "Missing personalisation: opt_out",
    });
    expect(
      await failure(
        client.sendSms(template, "+447700900001", {
          personalisation: { organisation: "A", link: "x", opt_out: "y", crime: "burglary" },
        }),
      ),
    ).toMatchObject({ status: 400, message: "Personalisation not used by the template: crime" });
    expect(await failure(client.sendSms("3c7b3fd0-7f5b-4d3b-8d62-000000000000", "+447700900001", {}))).toMatchObject({
      status: 400,
      message: "Template not found",
    });
    expect(await failure(client.sendSms("not-a-uuid", "+447700900001", {}))).toMatchObject({
      error: "ValidationError",
      message: "template_id is not a valid UUID",
    });
    expect(
      await failure(
        client.sendSms(template, "+447700900001", {
          personalisation: { organisation: "A", link: "x", opt_out: "y" },
          smsSenderId: "3c7b3fd0-7f5b-4d3b-8d62-000000000000",
        }),
      ),
    ).toMatchObject({ status: 400, error: "BadRequestError" });
  });
});

describe("the sending worker", () => {
  it("sends due messages with our personalisation, paced, and wipes the recipient and link at once", async () => {
    const before = posts().length;
    const { batchId, items } = queue(3);
    const welsh = queue(1, { medium: "email", recipient: "someone@example.org", language: "cy" });
    const report = await pass({ ratePerSecond: 5 });
    expect(report.sent).toBe(4);
    const sent = posts().slice(before);
    expect(sent.map((request) => request.status)).toEqual([201, 201, 201, 201]);
    expect(sent[0].body).toMatchObject({
      phone_number: items[0].recipient,
      personalisation: {
        organisation: "Sending Police",
        link: items[0].link,
        opt_out: "https://voice.example.org/o/notify-sending/stop-messages",
      },
      sms_sender_id: standIn.smsSenderId,
    });
    expect(sent[3].body).toMatchObject({
      email_address: "someone@example.org",
      personalisation: {
        organisation: "Heddlu Anfon",
        opt_out: "https://voice.example.org/o/notify-sending/stop-messages?lng=cy",
      },
      email_reply_to_id: standIn.emailReplyToId,
    });
    expect(new Set(sent.map((request) => (request.body as { reference: string }).reference)).size).toBe(4);
    expect(sleeps).toEqual([200, 200, 200, 200]);
    for (const row of [...rows(batchId), ...rows(welsh.batchId)]) {
      expect(row).toMatchObject({ state: "accepted", recipient: null, link: null });
      expect(row.notifyId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const progress = batchSendingProgress(db, organisationId, batchId);
    expect(progress).toMatchObject({ waiting: 0, counts: { invitation: { accepted: 3, delivered: 0 } } });
    // The batch page's "waiting for a delivery report": all three Notify accepted, none reported yet.
    expect(progressFigure(progress.counts.invitation, "awaitingReceipt")).toBe(3);
  });

  it("holds messages in quiet hours (UK time, summer and winter) and sends at 08:00", async () => {
    clock = new Date("2026-07-14T19:30:00Z"); // Tuesday 20:30 BST
    const { batchId } = queue(2);
    expect((await pass()).sent).toBe(0);
    expect(rows(batchId).map((row) => [row.state, row.nextAttemptAt])).toEqual([
      ["queued", "2026-07-15T07:00:00.000Z"],
      ["queued", "2026-07-15T07:00:00.000Z"],
    ]);
    clock = new Date("2026-07-15T06:59:00Z");
    expect((await pass()).sent).toBe(0);
    clock = new Date("2026-07-15T07:00:00Z");
    expect((await pass()).sent).toBe(2);

    clock = new Date("2026-12-04T20:00:00Z"); // Friday 20:00 GMT: weekdays only waits for Monday
    const weekday = queue(1);
    const weekend = queue(1, { weekends: true });
    await pass();
    expect(rows(weekday.batchId)[0].nextAttemptAt).toBe("2026-12-07T08:00:00.000Z");
    expect(rows(weekend.batchId)[0].nextAttemptAt).toBe("2026-12-05T08:00:00.000Z");
  });

  it("backs off exponentially on 5xx, then sends exactly once; gives up after the last attempt", async () => {
    const { batchId } = queue(1);
    const before = posts().length;
    standIn.force({ status: 500 });
    await pass();
    let [row] = rows(batchId);
    expect(row).toMatchObject({ state: "sending", attempts: 1, nextAttemptAt: new Date(clock.getTime() + 30_000).toISOString() });
    expect((await pass()).sent).toBe(0); // not due yet
    advance(30);
    standIn.force({ status: 503, method: "POST" });
    await pass(); // looks the reference up (not found), sends again, 503
    [row] = rows(batchId);
    expect(row).toMatchObject({ state: "sending", attempts: 2, nextAttemptAt: new Date(clock.getTime() + 60_000).toISOString() });
    advance(60);
    expect((await pass()).sent).toBe(1);
    expect(
      posts()
        .slice(before)
        .filter((request) => request.status === 201),
    ).toHaveLength(1);

    const doomed = queue(1);
    let attempts = 0;
    while (rows(doomed.batchId).length && attempts < 20) {
      if (rows(doomed.batchId)[0].attempts < 8) standIn.force({ status: 500, method: "POST" });
      await pass();
      advance(3600);
      attempts += 1;
    }
    expect(attempts).toBe(9); // eight attempts, then the last lookup gives up
    expect(rows(doomed.batchId)).toEqual([]);
    expect(batchSendingProgress(db, organisationId, doomed.batchId).counts.invitation.notSent).toBe(1);
  });

  it("a lost answer after Notify accepted is found by its reference: no second message", async () => {
    const { batchId, items } = queue(1);
    standIn.force({ status: 201, lose: true, method: "POST" });
    await pass();
    expect(rows(batchId)[0].state).toBe("sending");
    advance(60);
    await pass();
    expect(rows(batchId)[0]).toMatchObject({ state: "accepted", recipient: null });
    const to = [...standIn.notifications.values()].filter((stored) => stored.recipient === items[0].recipient);
    expect(to).toHaveLength(1);
  });

  it("after a restart, a message left 'sending' is recovered without a double send", async () => {
    const { batchId, items } = queue(2);
    // The process died mid-pass: both rows were marked sending; Notify received only the first.
    const [first, second] = rows(batchId);
    db.update(notifyOutbox)
      .set({ state: "sending", attempts: 1, nextAttemptAt: clock.toISOString() })
      .where(eq(notifyOutbox.batchId, batchId))
      .run();
    const template = [...standIn.templates.values()].find((t) => t.type === "sms" && t.name.includes("English"))!.id;
    await notifyClient(standIn.apiKey).sendSms(template, first.recipient!, {
      personalisation: {
        organisation: "Sending Police",
        link: first.link,
        opt_out: "https://voice.example.org/o/x/stop-messages",
      },
      reference: first.reference,
    });
    const report = await pass();
    expect(report.recovered).toBe(2);
    expect(report.sent).toBe(1);
    for (const item of items)
      expect([...standIn.notifications.values()].filter((stored) => stored.recipient === item.recipient)).toHaveLength(1);
    expect(rows(batchId).map((row) => row.state)).toEqual(["accepted", "accepted"]);
    expect(second.id).toBeGreaterThan(first.id);
  });

  it("honours 429: stops the pass, waits, then carries on", async () => {
    const { batchId } = queue(3);
    standIn.force({ status: 429 });
    const report = await pass();
    expect(report.sent).toBe(0);
    expect(rows(batchId).map((row) => [row.state, row.attempts])).toEqual([
      ["queued", 0],
      ["queued", 0],
      ["queued", 0],
    ]);
    expect(rows(batchId)[0].nextAttemptAt).toBe(new Date(clock.getTime() + 60_000).toISOString());
    advance(60);
    expect((await pass()).sent).toBe(3);
  });

  it("the stand-in's own per-second limit answers 429", async () => {
    const limited = await startNotifyStandIn({ ratePerSecond: 2 });
    expect(limited.url).not.toBe(standIn.url);
    const { NotifyClient } = await import("notifications-node-client");
    const client = new NotifyClient(limited.url, limited.apiKey);
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        client.getNotifications().then(
          () => 200,
          (error: { response: { status: number } }) => error.response.status,
        ),
      ),
    );
    expect(answers.sort()).toEqual([200, 200, 429]);
    await limited.close();
  });

  it("counts receipts per batch and kind, then deletes the rows", async () => {
    standIn.setOutcome((recipient) =>
      recipient.endsWith("01") ? "permanent-failure" : recipient.endsWith("02") ? "temporary-failure" : "delivered",
    );
    const { batchId } = queue(4);
    db.transaction((tx) =>
      enqueueMessages(tx, [
        {
          organisationId,
          batchId,
          kind: "reminder",
          medium: "email",
          recipient: "r@example.org",
          language: "en",
          link: "https://voice.example.org/s/r?i=1",
          notBefore: clock,
        },
      ]),
    );
    await pass();
    for (let round = 0; round < 4; round += 1) {
      advance(60);
      await pass();
    }
    expect(rows(batchId)).toEqual([]);
    const counts = db.select().from(notifyBatchCounts).where(eq(notifyBatchCounts.batchId, batchId)).all();
    expect(counts).toHaveLength(2);
    const progress = batchSendingProgress(db, organisationId, batchId);
    // Every receipt is counted: the batch page waits for no report of either kind.
    expect(progressFigure(progress.counts.invitation, "awaitingReceipt")).toBe(0);
    expect(progressFigure(progress.counts.reminder, "awaitingReceipt")).toBe(0);
    expect(progress).toEqual({
      waiting: 0,
      counts: {
        invitation: {
          accepted: 4,
          delivered: 2,
          permanentFailure: 1,
          temporaryFailure: 1,
          technicalFailure: 0,
          notSent: 0,
          optedOut: 0,
        },
        reminder: {
          accepted: 1,
          delivered: 1,
          permanentFailure: 0,
          temporaryFailure: 0,
          technicalFailure: 0,
          notSent: 0,
          optedOut: 0,
        },
      },
    });
    standIn.setOutcome(() => "delivered");
  });

  it("a message Notify refuses (400) is counted as not sent and its row deleted", async () => {
    const { batchId } = queue(1, { recipient: "+44abc" });
    await pass();
    expect(rows(batchId)).toEqual([]);
    expect(batchSendingProgress(db, organisationId, batchId).counts.invitation.notSent).toBe(1);
  });
});

describe("opt-outs", () => {
  it("someone who opted out after the batch was queued is not messaged", async () => {
    const { batchId, items } = queue(2);
    addOptOut(db, organisationId, { medium: "sms", value: items[1].recipient }, "page");
    const before = posts().length;
    expect((await pass()).sent).toBe(1);
    expect(
      posts()
        .slice(before)
        .map((request) => (request.body as { phone_number: string }).phone_number),
    ).toEqual([items[0].recipient]);
    expect(batchSendingProgress(db, organisationId, batchId).counts.invitation.optedOut).toBe(1);
  });

  it("STOP and DIM replies to the inbound number join the list once; other replies do not", async () => {
    standIn.receiveText("07700 900555", "STOP");
    standIn.receiveText("+447700900556", "Diolch");
    standIn.receiveText("447700900557", " dim ");
    expect((await pass()).optOuts).toBe(2);
    expect(isOptedOut(db, organisationId, contactKey(organisationId, "+447700900555"))).toBe(true);
    expect(isOptedOut(db, organisationId, contactKey(organisationId, "+447700900556"))).toBe(false);
    expect(isOptedOut(db, organisationId, contactKey(organisationId, "+447700900557"))).toBe(true);
    expect((await pass()).optOuts).toBe(0);
    expect(
      db.select().from(notifySettings).where(eq(notifySettings.organisationId, organisationId)).get()?.receivedTextsSeen,
    ).toBeTruthy();
  });

  it("contact keys are per organisation and hold no contact", () => {
    const key = contactKey(organisationId, "+447700900555");
    expect(key).toBe(contactKey(organisationId, "+447700900555"));
    expect(key).not.toBe(contactKey(organisationId + 1, "+447700900555"));
    expect(key).not.toContain("7700900555");
  });
});

describe("settings at rest", () => {
  it("the database holds no API key in clear, and no sent recipient", () => {
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const file = readFileSync(process.env.DATABASE_URL!);
    const secret = standIn.apiKey.slice(-36);
    expect(file.includes(Buffer.from(secret))).toBe(false);
    expect(file.includes(Buffer.from(standIn.apiKey))).toBe(false);
    const stored = db.select().from(notifySettings).where(eq(notifySettings.organisationId, organisationId)).get()!;
    expect(stored.apiKeySealed).toMatch(/^r1\./);
    expect(stored.apiKeyName).toBe("victim-voice-live");
    expect(
      db
        .select()
        .from(notifyOutbox)
        .where(eq(notifyOutbox.state, "accepted"))
        .all()
        .every((row) => row.recipient === null && row.link === null),
    ).toBe(true);
  });
});
