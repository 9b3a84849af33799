/**
 * Invitation batches against a real SQLite file: upload → rules → confirm → (approval) → queue through part A's
 * outbox → an answer through a link → the one reminder to those who did not answer → close; and afterwards the
 * database file and its WAL hold no phone number, e-mail address or contact key of the batch.
 */
import { readFileSync, existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { databasePath, getDb } from "../../db/client";
import { auditEvents, invitationBatches, invitationContacts, notifyOutbox } from "../../db/schema";
import { config } from "../../app/config.server";
import { createChannel } from "../../app/distribution/channels.server";
import {
  approveBatch,
  closeBatch,
  confirmBatch,
  createDraftBatch,
  getBatch,
  sendReminder,
  setApprovalThreshold,
} from "../../app/invitations/batches.server";
import { readCsv } from "../../app/invitations/csv";
import { suggestMapping } from "../../app/invitations/mapping";
import { DEFAULT_RULES, addDays, ukDate } from "../../app/invitations/rules";
import { addOptOut } from "../../app/notify/opt-outs.server";
import { contactKey } from "../../app/notify/secrets.server";
import { saveNotifySettings } from "../../app/notify/settings.server";
import * as answerRoute from "../../app/routes/s.$slug.answer";
import { makeOrganisationWithUsers } from "../helpers";
import { answerClient, publishTestSurvey } from "../respondent-helpers";

const SLUG = "invitations-survey";
const now = new Date();
const today = ukDate(now);
let org: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let lead: { id: number; organisation: { id: number } };
let admin: { id: number; organisation: { id: number } };
let surveyId: number;
let channelId: number;

const phone = (i: number) => `07911 ${String(200000 + i)}`;
const e164 = (i: number) => `+447911${String(200000 + i)}`;
const email = (i: number) => `person.${i}@example.net`;

/** 40 rows: 30 fine (some by e-mail), 2 duplicates, 3 bad, 4 flagged (one lifted by contact-safe), 1 opted out. */
function contactList() {
  const day = (n: number) => {
    const [y, m, d] = addDays(today, -n).split("-");
    return `${d}/${m}/${y}`;
  };
  const lines = [
    "Mobile,Email,Language,Date reported,Offence group,Domestic abuse,Sexual offence,Under 18,Deceased,Do not contact,Contact safe",
  ];
  for (let i = 0; i < 30; i += 1)
    lines.push(
      `${i % 5 === 0 ? "" : phone(i)},${i % 5 === 0 ? email(i) : ""},${i % 3 === 0 ? "Welsh" : "English"},${day(20)},Burglary,N,N,N,N,N,N`,
    );
  lines.push(`${phone(1)},,English,${day(21)},Burglary,N,N,N,N,N,N`); // duplicate of row 3
  lines.push(`${phone(2).replace(/ /g, "")},,English,${day(20)},Burglary,N,N,N,N,N,N`); // duplicate of row 4
  lines.push(`12345,,English,${day(20)},Burglary,N,N,N,N,N,N`); // bad phone
  lines.push(`${phone(40)},,English,31/02/2026,Burglary,N,N,N,N,N,N`); // impossible date
  lines.push(`,not-an-address,English,${day(20)},Burglary,N,N,N,N,N,N`); // bad e-mail
  lines.push(`${phone(41)},,English,${day(20)},Assault,Y,N,N,N,N,N`); // domestic abuse
  lines.push(`${phone(42)},,English,${day(20)},Assault,Y,N,N,N,N,Y`); // domestic abuse, contact safe: invited
  lines.push(`${phone(43)},,English,${day(20)},Assault,N,Y,N,N,N,N`); // sexual offence
  lines.push(`${phone(44)},,English,${day(20)},Theft,N,N,N,N,Y,Y`); // do not contact (never lifted)
  lines.push(`${phone(45)},,English,${day(20)},Theft,N,N,N,N,N,N`); // opted out
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

function outboxOf(batchId: number) {
  return getDb().select().from(notifyOutbox).where(eq(notifyOutbox.batchId, batchId)).all();
}

beforeAll(async () => {
  org = await makeOrganisationWithUsers("invitations-org");
  lead = { id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } };
  admin = { id: org.people.admin.id, organisation: { id: org.organisation.id } };
  surveyId = publishTestSurvey(lead, SLUG);
  const channel = createChannel(lead, surveyId, "Text message invitations");
  if (!channel.ok) throw new Error("no channel");
  channelId = channel.id;
  const db = getDb();
  const templates = {
    smsSenderId: "",
    emailReplyToId: "",
    smsTemplateEn: crypto.randomUUID(),
    smsTemplateCy: crypto.randomUUID(),
    emailTemplateEn: crypto.randomUUID(),
    emailTemplateCy: crypto.randomUUID(),
    inboundSms: false,
  };
  saveNotifySettings(db, org.organisation.id, admin.id, templates, {
    apiKey: `test-${crypto.randomUUID()}-${crypto.randomUUID()}`,
    keyName: "test",
  });
  addOptOut(db, org.organisation.id, { medium: "sms", value: e164(45) }, "page");
}, 60_000);

describe("invitation batches", () => {
  let batchId: number;

  it("checks the list, applies every rule and counts each person once", () => {
    const read = readCsv(contactList());
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    const mapping = suggestMapping(read.table.headers, null);
    batchId = createDraftBatch(lead, surveyId, channelId, read.table, mapping, DEFAULT_RULES, now);
    const batch = getBatch({ organisationId: org.organisation.id, surveyId }, batchId);
    expect(batch.status).toBe("draft");
    expect(batch.report).toMatchObject({
      rows: 40,
      refusedRows: 3,
      duplicatesMerged: 2,
      contacts: 35,
      skipped: { doNotContact: 1, deceased: 0, under18: 0, domesticAbuse: 1, sexualOffence: 1, optedOut: 1, tooLongAgo: 0 },
      invited: 31,
      byEmail: 6,
      bySms: 25,
    });
    expect(batch.report.problems.map((p) => p.row)).toEqual([34, 35, 36]);
    // Nothing is queued before a lead confirms, and the contacts are sealed: no number in the clear.
    expect(outboxOf(batchId)).toHaveLength(0);
    const stored = JSON.stringify(getDb().select().from(invitationContacts).where(eq(invitationContacts.batchId, batchId)).all());
    expect(stored).not.toContain("7911");
    expect(stored).not.toContain("example.net");
  });

  it("queues one message per invited person with a one-time link, keeping only the link's hash", () => {
    const result = confirmBatch(lead, surveyId, batchId, "https://victim-voice.example", now);
    expect(result).toEqual({ ok: true, status: "sending" });
    const queued = outboxOf(batchId);
    expect(queued).toHaveLength(31);
    expect(queued.filter((m) => m.medium === "email")).toHaveLength(6);
    expect(new Set(queued.map((m) => m.link)).size).toBe(31);
    const tokens = queued.map((m) => new URL(m.link!).searchParams.get("inv")!);
    const rows = getDb().select().from(invitationContacts).where(eq(invitationContacts.batchId, batchId)).all();
    expect(JSON.stringify(rows)).not.toContain(tokens[0]);
    expect(rows.every((row) => row.linkHash)).toBe(true);
    expect(queued.find((m) => m.recipient === e164(42))).toBeDefined();
    expect(queued.find((m) => m.recipient === e164(41) || m.recipient === e164(44) || m.recipient === e164(45))).toBeUndefined();
    expect(confirmBatch(lead, surveyId, batchId, "https://victim-voice.example", now)).toEqual({
      ok: false,
      error: "invitations.errors.notDraft",
    });
  });

  it("counts an answer through a link once, and stores nothing of the batch on the response", async () => {
    const link = outboxOf(batchId).find((m) => m.recipient === e164(1))!.link;
    const token = new URL(link!).searchParams.get("inv")!;
    const code = new URL(link!).searchParams.get("ch")!;
    const client = answerClient(SLUG);
    const { view } = await client.load(`/s/${SLUG}/answer?ch=${code}&inv=${token}`, { slug: SLUG }, answerRoute as never);
    const page = client.asPage(view);
    const journey = JSON.parse(page.journey) as Record<string, unknown>;
    expect(journey.i).toBe(token);
    const answer = (j: Record<string, unknown>) =>
      client.send({
        intent: "submit-all",
        journey: JSON.stringify({ ...j, m: undefined, a: { reported: "yes", area: "north" } }),
      });
    const first = await answer(journey);
    expect(first.status).toBe(303);
    // The same link used again starts afresh and stores an answer, but the batch counts the link once.
    const again = client.asPage(
      (await client.load(`/s/${SLUG}/answer?ch=${code}&inv=${token}`, { slug: SLUG }, answerRoute as never)).view,
    );
    expect((await answer(JSON.parse(again.journey) as Record<string, unknown>)).status).toBe(303);
    expect(getBatch({ organisationId: org.organisation.id, surveyId }, batchId).answered).toBe(1);
    const response = getDb()
      .$client.prepare("select * from responses where survey_id = ? order by id desc limit 1")
      .get(surveyId);
    expect(JSON.stringify(response)).not.toContain(token);
  });

  it("sends the one reminder only to those who have not answered, then forgets every contact", () => {
    expect(sendReminder(lead, surveyId, batchId, "https://victim-voice.example", now)).toEqual({ ok: true, status: "sending" });
    const reminders = outboxOf(batchId).filter((m) => m.kind === "reminder");
    expect(reminders).toHaveLength(30);
    expect(reminders.find((m) => m.recipient === e164(1))).toBeUndefined();
    const rows = getDb().select().from(invitationContacts).where(eq(invitationContacts.batchId, batchId)).all();
    expect(rows.every((row) => row.sealed === null && row.contactKey === null)).toBe(true);
    expect(sendReminder(lead, surveyId, batchId, "https://victim-voice.example", now).ok).toBe(false);
  });

  it("closes the batch: messages not sent are withdrawn, every row goes, and the file keeps no contact", () => {
    expect(closeBatch(lead, { organisationId: org.organisation.id, surveyId }, batchId, now)).toEqual({
      ok: true,
      status: "closed",
    });
    expect(getDb().select().from(invitationContacts).where(eq(invitationContacts.batchId, batchId)).all()).toHaveLength(0);
    const audit = getDb()
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "invitation_batch.closed"), eq(auditEvents.objectId, String(batchId))))
      .get();
    expect(audit?.detail).toMatchObject({ invited: 31, answered: 1, reminded: 30 });
    const file = databasePath(config().DATABASE_URL);
    const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    for (let i = 0; i < 46; i += 1) {
      expect(bytes.includes(e164(i)), `phone ${i}`).toBe(false);
      expect(bytes.includes(email(i)), `e-mail ${i}`).toBe(false);
      // The opted-out person's key stays on the opt-out list by design; every other key of the batch is gone.
      if (i !== 45) expect(bytes.includes(contactKey(org.organisation.id, e164(i))), `contact key ${i}`).toBe(false);
    }
  });

  it("needs a second person, never the uploader, for a batch over the organisation's size", () => {
    setApprovalThreshold(admin, 5);
    const read = readCsv(contactList());
    if (!read.ok) throw new Error("unreadable");
    const id = createDraftBatch(
      lead,
      surveyId,
      channelId,
      read.table,
      suggestMapping(read.table.headers, null),
      DEFAULT_RULES,
      now,
    );
    expect(confirmBatch(lead, surveyId, id, "https://victim-voice.example", now)).toEqual({
      ok: true,
      status: "awaiting_approval",
    });
    expect(outboxOf(id)).toHaveLength(0);
    expect(approveBatch(lead, surveyId, id, "https://victim-voice.example", now)).toEqual({
      ok: false,
      error: "invitations.errors.sameperson",
    });
    expect(approveBatch(admin, surveyId, id, "https://victim-voice.example", now)).toEqual({ ok: true, status: "sending" });
    expect(outboxOf(id)).toHaveLength(31);
    const row = getDb()
      .select({ approvedBy: invitationBatches.approvedBy })
      .from(invitationBatches)
      .where(eq(invitationBatches.id, id))
      .get();
    expect(row?.approvedBy).toBe(admin.id);
    closeBatch(admin, { organisationId: org.organisation.id, surveyId }, id, now);
  });
});
