/**
 * Invitation batches, from an uploaded contact list to closing (issue 22 part B). The paths:
 *   upload (held in memory, upload-hold.server.ts) → createDraftBatch: rows checked, safety rules applied, the
 *   invited contacts sealed into invitation_contacts, the counts into the batch → confirmBatch by a lead → if the
 *   batch is bigger than the organisation's approval size, approveBatch by another lead or admin (never the uploader)
 *   → queueBatch: one-time links made, their hashes kept, messages put in part A's outbox, in one transaction →
 *   sendReminder (once, to the unanswered; then every contact and contact key is forgotten) → closeBatch (queued
 *   messages withdrawn, every row of the batch's contacts deleted, an audit entry with counts only).
 * Every query is scoped by organisation and survey; a batch of another organisation is a 404.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { channels, invitationBatches, invitationContacts, invitationSettings, type InvitationBatchStatus } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { cancelQueuedMessages, enqueueMessages, type OutboxItem } from "../notify/outbox.server";
import { isOptedOut } from "../notify/opt-outs.server";
import { contactKey } from "../notify/secrets.server";
import { notifyReadiness } from "../notify/settings.server";
import { getSurvey } from "../surveys/surveys.server";
import {
  deleteContacts,
  forgetContacts,
  heldContacts,
  invitationLink,
  linkHash,
  newLinkToken,
  openContact,
  sealContact,
  withSecureDelete,
} from "./contacts.server";
import type { CsvTable } from "./csv";
import type { ColumnMapping } from "./mapping";
import { buildReport, reportFrom } from "./report";
import { checkRows } from "./rows";
import { applyRules, ukDate, type RuleSettings } from "./rules";

/** How long after queuing a batch's links are counted and its reminder may go. */
export const WINDOW_DAYS = 28;
export const DEFAULT_APPROVAL_THRESHOLD = 500;

type Scope = { organisationId: number; surveyId: number };

export function invitationSettingsFor(organisationId: number) {
  const row = getDb()
    .select({ mapping: invitationSettings.mapping, approvalThreshold: invitationSettings.approvalThreshold })
    .from(invitationSettings)
    .where(eq(invitationSettings.organisationId, organisationId))
    .get();
  return { mapping: row?.mapping ?? null, approvalThreshold: row?.approvalThreshold ?? DEFAULT_APPROVAL_THRESHOLD };
}

export function setApprovalThreshold(actor: Actor, approvalThreshold: number) {
  const organisationId = actor.organisation.id;
  getDb().transaction((tx) => {
    tx.insert(invitationSettings)
      .values({ organisationId, approvalThreshold })
      .onConflictDoUpdate({ target: invitationSettings.organisationId, set: { approvalThreshold } })
      .run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "invitations.approval_threshold_set",
      objectType: "organisation",
      objectId: organisationId,
      detail: { approvalThreshold },
    });
  });
}

/** The survey's open channels a batch can go through. */
export function channelsForBatches({ organisationId, surveyId }: Scope) {
  getSurvey(organisationId, surveyId);
  return getDb()
    .select({ id: channels.id, label: channels.label, code: channels.code, status: channels.status })
    .from(channels)
    .where(and(eq(channels.organisationId, organisationId), eq(channels.surveyId, surveyId)))
    .all();
}

/**
 * Checks the rows, applies the safety rules and stores a draft batch: the report (counts, row problems) and the
 * invited contacts sealed. Remembers the mapping for the organisation. Returns the batch id.
 */
export function createDraftBatch(
  actor: Actor,
  surveyId: number,
  channelId: number,
  table: CsvTable,
  mapping: ColumnMapping,
  rules: RuleSettings,
  now: Date,
): number {
  const organisationId = actor.organisation.id;
  const channel = channelsForBatches({ organisationId, surveyId }).find((c) => c.id === channelId);
  if (!channel) notFound();
  const db = getDb();
  const checked = checkRows(table.headers, table.rows, mapping, ukDate(now));
  // By recipient: the rules hand back copies of the contacts (with notBefore), not the same objects.
  const keys = new Map(checked.contacts.map((contact) => [contact.recipient, contactKey(organisationId, contact.recipient)]));
  const outcome = applyRules(
    checked.contacts,
    (contact) => isOptedOut(db, organisationId, keys.get(contact.recipient)!),
    rules,
    now,
  );
  const report = buildReport(checked, outcome);
  return db.transaction((tx) => {
    const batch = tx
      .insert(invitationBatches)
      .values({
        organisationId,
        surveyId,
        channelId,
        minDelayDays: rules.minDelayDays,
        maxDelayDays: rules.maxDelayDays,
        weekends: !rules.skipWeekends,
        report,
        invited: report.invited,
        createdBy: actor.id,
      })
      .returning({ id: invitationBatches.id })
      .get();
    const rows = outcome.invite.map((contact) => ({
      batchId: batch.id,
      contactKey: keys.get(contact.recipient)!,
      sealed: sealContact(batch.id, {
        medium: contact.medium,
        recipient: contact.recipient,
        language: contact.language,
        notBefore: contact.notBefore,
      }),
    }));
    for (let start = 0; start < rows.length; start += 200)
      tx.insert(invitationContacts)
        .values(rows.slice(start, start + 200))
        .run();
    tx.insert(invitationSettings)
      .values({ organisationId, mapping })
      .onConflictDoUpdate({ target: invitationSettings.organisationId, set: { mapping } })
      .run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "invitation_batch.uploaded",
      objectType: "invitation_batch",
      objectId: batch.id,
      detail: { surveyId, rows: report.rows, invited: report.invited, skipped: report.skipped, refusedRows: report.refusedRows },
    });
    return batch.id;
  });
}

const batchColumns = {
  id: invitationBatches.id,
  surveyId: invitationBatches.surveyId,
  channelId: invitationBatches.channelId,
  channelLabel: channels.label,
  channelCode: channels.code,
  status: invitationBatches.status,
  weekends: invitationBatches.weekends,
  minDelayDays: invitationBatches.minDelayDays,
  maxDelayDays: invitationBatches.maxDelayDays,
  report: invitationBatches.report,
  invited: invitationBatches.invited,
  answered: invitationBatches.answered,
  reminded: invitationBatches.reminded,
  createdBy: invitationBatches.createdBy,
  confirmedBy: invitationBatches.confirmedBy,
  approvedBy: invitationBatches.approvedBy,
  queuedAt: invitationBatches.queuedAt,
  reminderQueuedAt: invitationBatches.reminderQueuedAt,
  closesAt: invitationBatches.closesAt,
  closedAt: invitationBatches.closedAt,
  createdAt: invitationBatches.createdAt,
};

export function listBatches({ organisationId, surveyId }: Scope) {
  getSurvey(organisationId, surveyId);
  return getDb()
    .select(batchColumns)
    .from(invitationBatches)
    .innerJoin(channels, eq(channels.id, invitationBatches.channelId))
    .where(and(eq(invitationBatches.organisationId, organisationId), eq(invitationBatches.surveyId, surveyId)))
    .orderBy(desc(invitationBatches.id))
    .all()
    .map((batch) => ({ ...batch, report: reportFrom(batch.report) }));
}

export function getBatch({ organisationId, surveyId }: Scope, batchId: number, db: Pick<Db, "select"> = getDb()) {
  const survey = getSurvey(organisationId, surveyId);
  const batch = db
    .select(batchColumns)
    .from(invitationBatches)
    .innerJoin(channels, eq(channels.id, invitationBatches.channelId))
    .where(
      and(
        eq(invitationBatches.id, batchId),
        eq(invitationBatches.organisationId, organisationId),
        eq(invitationBatches.surveyId, surveyId),
      ),
    )
    .get();
  if (!batch) notFound();
  return {
    ...batch,
    report: reportFrom(batch.report),
    survey: { id: survey.id, slug: survey.slug, title: survey.title, status: survey.status },
  };
}
export type Batch = ReturnType<typeof getBatch>;

export type StepResult = { ok: true; status: InvitationBatchStatus } | { ok: false; error: string };

const mediaOf = (batch: Batch) => [
  ...(batch.report.bySms ? ["sms" as const] : []),
  ...(batch.report.byEmail ? ["email" as const] : []),
];

/** The lead confirms the counts: queued at once, or waiting for a second person when the batch is large. */
export function confirmBatch(actor: Actor, surveyId: number, batchId: number, origin: string, now: Date): StepResult {
  const organisationId = actor.organisation.id;
  const db = getDb();
  return db.transaction((tx) => {
    const batch = getBatch({ organisationId, surveyId }, batchId, tx);
    if (batch.status !== "draft") return { ok: false, error: "invitations.errors.notDraft" };
    if (batch.survey.status !== "published") return { ok: false, error: "invitations.errors.notPublished" };
    if (batch.invited === 0) return { ok: false, error: "invitations.errors.nobody" };
    const ready = notifyReadiness(tx, organisationId);
    if (mediaOf(batch).some((medium) => !ready[medium])) return { ok: false, error: "invitations.errors.notifyNotReady" };
    const { approvalThreshold } = invitationSettingsFor(organisationId);
    const needsApproval = batch.invited > approvalThreshold;
    tx.update(invitationBatches)
      .set({ confirmedBy: actor.id, confirmedAt: now.toISOString(), status: needsApproval ? "awaiting_approval" : batch.status })
      .where(eq(invitationBatches.id, batchId))
      .run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "invitation_batch.confirmed",
      objectType: "invitation_batch",
      objectId: batchId,
      detail: { invited: batch.invited, needsApproval },
    });
    if (needsApproval) return { ok: true, status: "awaiting_approval" };
    queueBatch(tx, actor, batch, origin, now);
    return { ok: true, status: "sending" };
  });
}

/** A second person (a lead or admin who did not upload the batch) approves a large batch; it is queued. */
export function approveBatch(actor: Actor, surveyId: number, batchId: number, origin: string, now: Date): StepResult {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const batch = getBatch({ organisationId, surveyId }, batchId, tx);
    if (batch.status !== "awaiting_approval") return { ok: false, error: "invitations.errors.notAwaiting" };
    if (batch.createdBy === actor.id || batch.confirmedBy === actor.id)
      return { ok: false, error: "invitations.errors.sameperson" };
    if (batch.survey.status !== "published") return { ok: false, error: "invitations.errors.notPublished" };
    tx.update(invitationBatches)
      .set({ approvedBy: actor.id, approvedAt: now.toISOString() })
      .where(eq(invitationBatches.id, batchId))
      .run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "invitation_batch.approved",
      objectType: "invitation_batch",
      objectId: batchId,
      detail: { invited: batch.invited },
    });
    queueBatch(tx, actor, batch, origin, now);
    return { ok: true, status: "sending" };
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Makes each contact's one-time link, keeps its hash, and queues the messages, all in the caller's transaction. */
function queueBatch(tx: Tx, actor: Actor, batch: Batch, origin: string, now: Date) {
  const organisationId = actor.organisation.id;
  const items: OutboxItem[] = [];
  for (const row of heldContacts(tx, batch.id, false)) {
    const contact = row.sealed ? openContact(batch.id, row.sealed) : null;
    if (!contact) continue;
    const token = newLinkToken();
    tx.update(invitationContacts)
      .set({ linkHash: linkHash(token) })
      .where(eq(invitationContacts.id, row.id))
      .run();
    items.push({
      organisationId,
      batchId: batch.id,
      kind: "invitation",
      medium: contact.medium,
      recipient: contact.recipient,
      language: contact.language,
      link: invitationLink(origin, batch.survey.slug, batch.channelCode, contact.language, token),
      notBefore: new Date(contact.notBefore),
      weekends: batch.weekends,
    });
  }
  enqueueMessages(tx, items);
  const closesAt = new Date(now.getTime() + WINDOW_DAYS * 86_400_000).toISOString();
  tx.update(invitationBatches)
    .set({ status: "sending", queuedAt: now.toISOString(), closesAt, invited: items.length })
    .where(eq(invitationBatches.id, batch.id))
    .run();
  recordAudit(tx, {
    organisationId,
    actorUserId: actor.id,
    action: "invitation_batch.queued",
    objectType: "invitation_batch",
    objectId: batch.id,
    detail: { queued: items.length },
  });
}

/** The one reminder, to those who have not answered; then every contact and contact key of the batch is forgotten. */
export function sendReminder(actor: Actor, surveyId: number, batchId: number, origin: string, now: Date): StepResult {
  const organisationId = actor.organisation.id;
  const db = getDb();
  return withSecureDelete(db, () =>
    db.transaction((tx) => {
      const batch = getBatch({ organisationId, surveyId }, batchId, tx);
      if (batch.status !== "sending" || batch.reminderQueuedAt) return { ok: false, error: "invitations.errors.noReminder" };
      const items: OutboxItem[] = [];
      for (const row of heldContacts(tx, batch.id, true)) {
        const contact = row.sealed ? openContact(batch.id, row.sealed) : null;
        if (!contact) continue;
        const token = newLinkToken();
        tx.update(invitationContacts)
          .set({ reminderLinkHash: linkHash(token) })
          .where(eq(invitationContacts.id, row.id))
          .run();
        items.push({
          organisationId,
          batchId,
          kind: "reminder",
          medium: contact.medium,
          recipient: contact.recipient,
          language: contact.language,
          link: invitationLink(origin, batch.survey.slug, batch.channelCode, contact.language, token),
          notBefore: now,
          weekends: batch.weekends,
        });
      }
      enqueueMessages(tx, items);
      forgetContacts(tx, batchId);
      tx.update(invitationBatches)
        .set({ reminderQueuedAt: now.toISOString(), reminded: items.length })
        .where(eq(invitationBatches.id, batchId))
        .run();
      recordAudit(tx, {
        organisationId,
        actorUserId: actor.id,
        action: "invitation_batch.reminded",
        objectType: "invitation_batch",
        objectId: batchId,
        detail: { reminded: items.length, answered: batch.answered },
      });
      return { ok: true, status: batch.status };
    }),
  );
}

/** Withdraws a batch not yet sent (draft or awaiting approval), or closes a sending one; either way its contacts go. */
export function closeBatch(actor: Actor | null, scope: Scope, batchId: number, now: Date): StepResult {
  const db = getDb();
  return withSecureDelete(
    db,
    () =>
      db.transaction((tx) => {
        const batch = getBatch(scope, batchId, tx);
        if (batch.status === "closed" || batch.status === "cancelled") return { ok: false, error: "invitations.errors.closed" };
        const withdrawn = cancelQueuedMessages(tx, scope.organisationId, batchId);
        const deleted = deleteContacts(tx, batchId);
        const status = batch.status === "sending" ? "closed" : "cancelled";
        tx.update(invitationBatches).set({ status, closedAt: now.toISOString() }).where(eq(invitationBatches.id, batchId)).run();
        recordAudit(tx, {
          organisationId: scope.organisationId,
          actorUserId: actor?.id ?? null,
          action: status === "closed" ? "invitation_batch.closed" : "invitation_batch.cancelled",
          objectType: "invitation_batch",
          objectId: batchId,
          detail: {
            contactsDeleted: deleted,
            messagesWithdrawn: withdrawn,
            invited: batch.invited,
            answered: batch.answered,
            reminded: batch.reminded,
          },
        });
        return { ok: true, status };
      }),
    true,
  );
}

/** Closes every sending batch whose window has passed, and withdraws drafts left for a day and approvals left for a week (maintenance). */
export function closeDueBatches(now: Date): number {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const due = getDb()
    .select({ id: invitationBatches.id, organisationId: invitationBatches.organisationId, surveyId: invitationBatches.surveyId })
    .from(invitationBatches)
    .where(
      sql`(${invitationBatches.status} = 'sending' and ${invitationBatches.closesAt} <= ${now.toISOString()})
        or (${invitationBatches.status} = 'draft' and ${invitationBatches.createdAt} <= ${dayAgo})
        or (${invitationBatches.status} = 'awaiting_approval' and ${invitationBatches.createdAt} <= ${weekAgo})`,
    )
    .all();
  for (const batch of due) closeBatch(null, batch, batch.id, now);
  return due.length;
}
