/**
 * An action's progress: status changes (each recorded as a dated update with
 * where it moved from and to), progress updates (append-only: the database
 * refuses to change or delete one), evidence links, and publishing. Who may
 * do each is the route's check (access.ts); every function here is scoped by
 * the actor's organisation and writes its rows and audit entry together.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actionEvidence, actions, actionUpdates, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { linkedThemeIds, type Failure, type Tx } from "./actions.server";
import type { StatusInput, UpdateInput } from "./schemas";
import { applyStatus, canMoveTo, needsReason } from "./status";

/** The action's current status fields, read inside the transaction that changes them; 404 for another organisation's. */
function current(tx: Tx, organisationId: number, actionId: number) {
  const row = tx
    .select({
      id: actions.id,
      status: actions.status,
      raisedOn: actions.raisedOn,
      agreedOn: actions.agreedOn,
      doneOn: actions.doneOn,
      statusReason: actions.statusReason,
      statusReasonCy: actions.statusReasonCy,
      rationale: actions.rationale,
      published: actions.published,
    })
    .from(actions)
    .where(and(eq(actions.id, actionId), eq(actions.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return row;
}

const touch = (tx: Tx, actionId: number) =>
  tx.update(actions).set({ updatedAt: new Date().toISOString() }).where(eq(actions.id, actionId)).run();

/** The day of the latest status change: a new one cannot be dated before it, so the history reads in order. */
function lastStatusChangeOn(tx: Tx, actionId: number): string | null {
  const row = tx
    .select({ on: actionUpdates.updateOn })
    .from(actionUpdates)
    .where(and(eq(actionUpdates.actionId, actionId), isNotNull(actionUpdates.statusTo)))
    .orderBy(desc(actionUpdates.updateOn), desc(actionUpdates.id))
    .get();
  return row?.on ?? null;
}

export function changeStatus(actor: Actor, actionId: number, input: StatusInput): { ok: true } | Failure {
  return getDb().transaction((tx) => {
    const action = current(tx, actor.organisation.id, actionId);
    if (!canMoveTo(action.status, input.status))
      return { ok: false as const, field: "status", error: "actions.errors.statusNotAllowed" };
    const earliest = [action.raisedOn, lastStatusChangeOn(tx, actionId) ?? action.raisedOn].sort().at(-1)!;
    if (input.changedOn < earliest) return { ok: false as const, field: "changedOn", error: "actions.errors.changedOnTooEarly" };
    const next = applyStatus(action, input.status, input.changedOn, { en: input.reason, cy: input.reasonCy });
    tx.update(actions)
      .set({ ...next, updatedAt: new Date().toISOString() })
      .where(eq(actions.id, actionId))
      .run();
    const reasonFirst = needsReason(input.status);
    tx.insert(actionUpdates)
      .values({
        actionId,
        updateOn: input.changedOn,
        body: input.note || (reasonFirst ? input.reason : ""),
        bodyCy: input.noteCy || (reasonFirst ? input.reasonCy : ""),
        statusFrom: action.status,
        statusTo: input.status,
        isPublic: input.notePublic,
        authorUserId: actor.id,
      })
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "action.status_changed",
      objectType: "action",
      objectId: actionId,
      detail: { from: action.status, to: input.status, on: input.changedOn },
    });
    return { ok: true as const };
  });
}

export function addUpdate(actor: Actor, actionId: number, input: UpdateInput) {
  getDb().transaction((tx) => {
    current(tx, actor.organisation.id, actionId);
    const update = tx
      .insert(actionUpdates)
      .values({
        actionId,
        updateOn: input.updateOn,
        body: input.body,
        bodyCy: input.bodyCy,
        isPublic: input.isPublic,
        authorUserId: actor.id,
      })
      .returning({ id: actionUpdates.id })
      .get();
    touch(tx, actionId);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "action.update_added",
      objectType: "action",
      objectId: actionId,
      detail: { update: update.id, on: input.updateOn, public: input.isPublic },
    });
  });
}

export function addEvidence(actor: Actor, actionId: number, input: { evidenceLabel: string; evidenceUrl: string }) {
  getDb().transaction((tx) => {
    current(tx, actor.organisation.id, actionId);
    const row = tx
      .insert(actionEvidence)
      .values({ actionId, label: input.evidenceLabel, url: input.evidenceUrl, addedBy: actor.id })
      .returning({ id: actionEvidence.id })
      .get();
    touch(tx, actionId);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "action.evidence_added",
      objectType: "action",
      objectId: actionId,
      detail: { evidence: row.id, url: input.evidenceUrl },
    });
  });
}

export function removeEvidence(actor: Actor, actionId: number, evidenceId: number) {
  getDb().transaction((tx) => {
    current(tx, actor.organisation.id, actionId);
    const removed = tx
      .delete(actionEvidence)
      .where(and(eq(actionEvidence.id, evidenceId), eq(actionEvidence.actionId, actionId)))
      .returning({ url: actionEvidence.url })
      .get();
    if (!removed) notFound();
    touch(tx, actionId);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "action.evidence_removed",
      objectType: "action",
      objectId: actionId,
      detail: { evidence: evidenceId, url: removed.url },
    });
  });
}

/**
 * Publishing puts the action on the public "you said, we did" page. It must say
 * what people said (at least one theme) and why the action follows from it.
 */
export function setPublished(actor: Actor, actionId: number, published: boolean): { ok: true } | Failure {
  return getDb().transaction((tx) => {
    const action = current(tx, actor.organisation.id, actionId);
    if (published && linkedThemeIds(tx, actionId).length === 0) {
      return { ok: false as const, field: "form", error: "actions.errors.publishNeedsTheme" };
    }
    if (published && action.rationale.trim() === "") {
      return { ok: false as const, field: "form", error: "actions.errors.publishNeedsRationale" };
    }
    tx.update(actions)
      .set({ published, publishedAt: published ? new Date().toISOString() : null, updatedAt: new Date().toISOString() })
      .where(eq(actions.id, actionId))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: published ? "action.published" : "action.unpublished",
      objectType: "action",
      objectId: actionId,
    });
    return { ok: true as const };
  });
}

/** The action's history, newest first: status changes and progress updates, with who wrote them. */
export function actionHistory(organisationId: number, actionId: number) {
  return getDb()
    .select({
      id: actionUpdates.id,
      updateOn: actionUpdates.updateOn,
      body: actionUpdates.body,
      bodyCy: actionUpdates.bodyCy,
      statusFrom: actionUpdates.statusFrom,
      statusTo: actionUpdates.statusTo,
      isPublic: actionUpdates.isPublic,
      authorName: users.name,
    })
    .from(actionUpdates)
    .innerJoin(actions, and(eq(actions.id, actionUpdates.actionId), eq(actions.organisationId, organisationId)))
    .leftJoin(users, eq(users.id, actionUpdates.authorUserId))
    .where(eq(actionUpdates.actionId, actionId))
    .orderBy(desc(actionUpdates.updateOn), desc(actionUpdates.id))
    .all();
}

export function actionEvidenceList(organisationId: number, actionId: number) {
  return getDb()
    .select({ id: actionEvidence.id, label: actionEvidence.label, url: actionEvidence.url, addedByName: users.name })
    .from(actionEvidence)
    .innerJoin(actions, and(eq(actions.id, actionEvidence.actionId), eq(actions.organisationId, organisationId)))
    .leftJoin(users, eq(users.id, actionEvidence.addedBy))
    .where(eq(actionEvidence.actionId, actionId))
    .orderBy(actionEvidence.id)
    .all();
}
