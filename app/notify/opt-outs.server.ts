/**
 * The organisation's opt-out list: keyed hashes of normalised contacts (see secrets.server.ts), never the contact.
 * Part B skips anyone on it when a batch is built, and the sending worker checks again just before each message,
 * so an opt-out made after a batch was queued still holds.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifyOptOuts } from "../../db/schema";
import { contactKey } from "./secrets.server";
import type { Contact } from "./contact";

type Reader = Pick<Db, "select">;
type Writer = Pick<Db, "insert">;

export function isOptedOut(db: Reader, organisationId: number, key: string): boolean {
  const row = db
    .select({ key: notifyOptOuts.contactKey })
    .from(notifyOptOuts)
    .where(and(eq(notifyOptOuts.organisationId, organisationId), eq(notifyOptOuts.contactKey, key)))
    .get();
  return Boolean(row);
}

/** Adds a contact to the list (once; asking again changes nothing). Stores the day only. */
export function addOptOut(db: Writer, organisationId: number, contact: Contact, source: "page" | "reply", now = new Date()) {
  db.insert(notifyOptOuts)
    .values({
      organisationId,
      contactKey: contactKey(organisationId, contact.value),
      source,
      day: now.toISOString().slice(0, 10),
    })
    .onConflictDoNothing()
    .run();
}
