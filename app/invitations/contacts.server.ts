/**
 * The invited people of a batch while it needs them, and the one-time links they were sent.
 *
 * A contact is kept sealed (AES-256-GCM under a key derived from NOTIFY_SECRET, bound to its batch) beside its keyed
 * hash (part A's contactKey) only until the reminder is queued; the hashes of the links (SHA-256 of 128 random bits;
 * the link itself is never stored here) stay until the batch closes, so an answer through either link is counted
 * once. Closing deletes every row. Rows holding contact data are removed with SQLite's secure_delete on and the WAL
 * truncated afterwards, so no copy of a number or hash lingers in free pages or old WAL frames.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { invitationBatches, invitationContacts } from "../../db/schema";
import { notifySecret } from "../config.server";
import { sealRecord, unsealRecord } from "../respondent/draft-seal.server";
import type { Medium } from "./rows";

export type SealedContact = { medium: Medium; recipient: string; language: "en" | "cy"; notBefore: string };

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

let derived: { secret: string; key: Buffer } | null = null;
function sealKey(): Buffer {
  const secret = notifySecret();
  if (derived?.secret !== secret)
    derived = { secret, key: createHash("sha256").update("victim-voice invitation contact\u0000").update(secret).digest() };
  return derived.key;
}

export function sealContact(batchId: number, contact: SealedContact): string {
  return sealRecord({ key: sealKey(), id: `invitation:${batchId}` }, { ...contact });
}

export function openContact(batchId: number, sealed: string): SealedContact | null {
  const record = unsealRecord({ key: sealKey(), id: `invitation:${batchId}` }, sealed);
  if (!record) return null;
  const { medium, recipient, language, notBefore } = record;
  if ((medium !== "sms" && medium !== "email") || typeof recipient !== "string" || typeof notBefore !== "string") return null;
  return { medium, recipient, language: language === "cy" ? "cy" : "en", notBefore };
}

/** A new one-time link token: 128 random bits, URL-safe. */
export const newLinkToken = () => randomBytes(16).toString("base64url");
export const isLinkToken = (value: unknown): value is string => typeof value === "string" && TOKEN.test(value);
export const linkHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/** The respondent's link: the survey through the batch's channel, in the person's language, with the token. */
export function invitationLink(origin: string, slug: string, channelCode: string, language: "en" | "cy", token: string) {
  const query = new URLSearchParams({ ch: channelCode, lng: language, inv: token });
  return `${origin.replace(/\/+$/, "")}/s/${encodeURIComponent(slug)}?${query.toString()}`;
}

/**
 * An answer stored through an invitation link: its row is marked answered and the batch counts one more, once.
 * Nothing about the response is kept. Unknown tokens (a closed batch, a made-up one) change nothing.
 */
export function markInvitationAnswered(token: string, db: Db = getDb()): boolean {
  if (!isLinkToken(token)) return false;
  const hash = linkHash(token);
  return db.transaction((tx) => {
    const row = tx
      .select({ id: invitationContacts.id, batchId: invitationContacts.batchId })
      .from(invitationContacts)
      .where(
        and(
          or(eq(invitationContacts.linkHash, hash), eq(invitationContacts.reminderLinkHash, hash)),
          eq(invitationContacts.answered, false),
        ),
      )
      .get();
    if (!row) return false;
    tx.update(invitationContacts).set({ answered: true }).where(eq(invitationContacts.id, row.id)).run();
    tx.update(invitationBatches)
      .set({ answered: sql`${invitationBatches.answered} + 1` })
      .where(eq(invitationBatches.id, row.batchId))
      .run();
    return true;
  });
}

/**
 * Runs `work` with freed bytes overwritten (secure_delete), then, when asked, rebuilds the file (VACUUM) and empties
 * the WAL. secure_delete alone is not enough: when inserts split a page, SQLite leaves stale copies of rows in page
 * space it later reuses without zeroing (seen in tests/integration/invitations.test.ts: numbers of deleted outbox
 * rows were still in the file), so closing a batch rebuilds the file. That costs time on a large database (it is
 * copied once); batches close rarely, and it is the only way SQLite guarantees the bytes are gone.
 */
export function withSecureDelete<T>(db: Db, work: () => T, rebuild = false): T {
  const before = db.$client.pragma("secure_delete", { simple: true }) as number;
  db.$client.pragma("secure_delete = ON");
  try {
    return work();
  } finally {
    db.$client.pragma(`secure_delete = ${before ? "ON" : "OFF"}`);
    if (rebuild && !db.$client.inTransaction) db.$client.exec("VACUUM");
    // Readers holding an old snapshot keep the WAL busy; the next close or restart truncates it then.
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
  }
}

/** Forgets the contacts and their keyed hashes (after the reminder is queued); link hashes stay to count answers. */
export function forgetContacts(tx: Pick<Db, "update">, batchId: number) {
  tx.update(invitationContacts).set({ sealed: null, contactKey: null }).where(eq(invitationContacts.batchId, batchId)).run();
}

export function deleteContacts(tx: Pick<Db, "delete">, batchId: number): number {
  return tx.delete(invitationContacts).where(eq(invitationContacts.batchId, batchId)).run().changes;
}

/** The contacts still held for a batch, for queuing: unanswered only when `unansweredOnly`. */
export function heldContacts(tx: Pick<Db, "select">, batchId: number, unansweredOnly: boolean) {
  return tx
    .select({ id: invitationContacts.id, sealed: invitationContacts.sealed, answered: invitationContacts.answered })
    .from(invitationContacts)
    .where(
      and(
        eq(invitationContacts.batchId, batchId),
        unansweredOnly ? eq(invitationContacts.answered, false) : undefined,
        unansweredOnly ? isNull(invitationContacts.reminderLinkHash) : undefined,
      ),
    )
    .all();
}
