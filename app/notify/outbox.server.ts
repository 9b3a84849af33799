/**
 * The durable outbox between a confirmed batch (part B, app/invitations) and GOV.UK Notify. Part B calls
 * `enqueueMessages` inside the transaction that confirms a batch, so the batch and its messages are stored together
 * or not at all; the worker (worker.server.ts) sends them. What part B can read back: `batchSendingProgress` (how
 * many wait, and delivery counted per batch and kind), and `cancelQueuedMessages` deletes what has
 * not gone yet (a batch withdrawn, or its window closed).
 */
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifyBatchCounts, notifyOutbox } from "../../db/schema";

export type MessageKind = "invitation" | "reminder";
export type Medium = "sms" | "email";

export type OutboxItem = {
  organisationId: number;
  batchId: number;
  kind: MessageKind;
  medium: Medium;
  /** Already normalised: E.164 for "sms", lower case for "email". */
  recipient: string;
  language: "en" | "cy";
  /** The one-time survey link the message carries. */
  link: string;
  /** Not sent before this moment (quiet hours are applied on top by the worker). */
  notBefore: Date;
  /** Whether Saturdays and Sundays are allowed (default false: weekdays only). */
  weekends?: boolean;
};

type Tx = Pick<Db, "insert" | "delete" | "select">;

const CHUNK = 200;

/** Queues the messages; returns how many were queued. Call inside the transaction that confirms the batch. */
export function enqueueMessages(tx: Pick<Db, "insert">, items: OutboxItem[]): number {
  for (let start = 0; start < items.length; start += CHUNK) {
    const rows = items.slice(start, start + CHUNK).map((item) => ({
      organisationId: item.organisationId,
      batchId: item.batchId,
      kind: item.kind,
      medium: item.medium,
      recipient: item.recipient,
      language: item.language,
      link: item.link,
      reference: randomBytes(16).toString("base64url"),
      weekends: item.weekends ?? false,
      notBefore: item.notBefore.toISOString(),
      nextAttemptAt: item.notBefore.toISOString(),
    }));
    if (rows.length) tx.insert(notifyOutbox).values(rows).run();
  }
  return items.length;
}

/** Deletes the batch's messages that have not reached Notify yet; returns how many. */
export function cancelQueuedMessages(tx: Pick<Db, "delete">, organisationId: number, batchId: number): number {
  return tx
    .delete(notifyOutbox)
    .where(
      and(eq(notifyOutbox.organisationId, organisationId), eq(notifyOutbox.batchId, batchId), eq(notifyOutbox.state, "queued")),
    )
    .run().changes;
}

export type DeliveryCounts = {
  accepted: number;
  delivered: number;
  permanentFailure: number;
  temporaryFailure: number;
  technicalFailure: number;
  notSent: number;
  optedOut: number;
};

/**
 * A batch's sending: what is still to send, and delivery counted per kind. What waits for a delivery report is read
 * from the counts per kind (`progressFigure` in app/invitations/batch-progress.tsx), the one figure the page shows.
 */
export type SendingProgress = {
  /** Still to send (including those waiting for quiet hours to end). */
  waiting: number;
  counts: Record<MessageKind, DeliveryCounts>;
};

const zero = (): DeliveryCounts => ({
  accepted: 0,
  delivered: 0,
  permanentFailure: 0,
  temporaryFailure: 0,
  technicalFailure: 0,
  notSent: 0,
  optedOut: 0,
});

export function batchSendingProgress(db: Pick<Tx, "select">, organisationId: number, batchId: number): SendingProgress {
  const queue = db
    .select({ state: notifyOutbox.state, n: sql<number>`count(*)` })
    .from(notifyOutbox)
    .where(and(eq(notifyOutbox.organisationId, organisationId), eq(notifyOutbox.batchId, batchId)))
    .groupBy(notifyOutbox.state)
    .all();
  const rows = db
    .select({
      kind: notifyBatchCounts.kind,
      accepted: notifyBatchCounts.accepted,
      delivered: notifyBatchCounts.delivered,
      permanentFailure: notifyBatchCounts.permanentFailure,
      temporaryFailure: notifyBatchCounts.temporaryFailure,
      technicalFailure: notifyBatchCounts.technicalFailure,
      notSent: notifyBatchCounts.notSent,
      optedOut: notifyBatchCounts.optedOut,
    })
    .from(notifyBatchCounts)
    .where(and(eq(notifyBatchCounts.organisationId, organisationId), eq(notifyBatchCounts.batchId, batchId)))
    .all();
  const counts: Record<MessageKind, DeliveryCounts> = { invitation: zero(), reminder: zero() };
  for (const { kind, ...figures } of rows) counts[kind] = figures;
  const inState = (state: string) => queue.find((row) => row.state === state)?.n ?? 0;
  return { waiting: inState("queued") + inState("sending"), counts };
}
