import { and, desc, eq } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { auditEvents, users } from "../../db/schema";

type Tx = Pick<Db, "insert">;

export type AuditEntry = {
  organisationId: number;
  actorUserId: number | null;
  action: string;
  objectType: string;
  objectId?: string | number | null;
  detail?: Record<string, unknown>;
};

/**
 * Records a staff action. Pass the transaction that makes the change, so the
 * change and its audit entry are written together or not at all.
 */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  tx.insert(auditEvents)
    .values({
      organisationId: entry.organisationId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId === undefined || entry.objectId === null ? null : String(entry.objectId),
      detail: entry.detail ?? null,
    })
    .run();
}

export function listAuditEvents(organisationId: number, limit = 200) {
  return getDb()
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, and(eq(users.id, auditEvents.actorUserId), eq(users.organisationId, organisationId)))
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .all();
}
