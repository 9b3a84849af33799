import type { Actor } from "../accounts/actor";
import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import { getDb } from "../../db/client";
import {
  auditEvents,
  engagementChecklistItems,
  engagements,
  engagementStages,
  users,
  type EngagementStatus,
  type StageKey,
  type StageStatus,
} from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { getStageDefinitions } from "./stage-definitions.server";
import { addDays, displayStatus, missingForPublishing, STAGE_KEYS, ukToday, type DisplayStatus } from "./stages";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** How long after a review the next one falls due, when someone marks a stage reviewed. */
export const REVIEW_INTERVAL_DAYS = 90;

export type EngagementInput = {
  title: string;
  /** Welsh for the public "you said, we did" page; left out or empty shows the English there. */
  titleCy?: string;
  purpose: string;
  purposeCy?: string;
  audience: string;
  sponsor: string;
  leadUserId: number | null;
  startDate: string | null;
  endDate: string | null;
  status: EngagementStatus;
};

export type StageInput = {
  status: StageStatus;
  ownerUserId: number | null;
  notes: string;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  /** Ticked checklist entries: default item keys, and `custom:<id>` for custom items. */
  ticked: string[];
};

const lead = aliasedTable(users, "lead");

/** A user id is only accepted when it belongs to an active user of the same organisation. */
function assertStaff(tx: Tx, organisationId: number, userId: number | null) {
  if (userId === null) return true;
  const row = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId), isNull(users.deactivatedAt)))
    .get();
  return row !== undefined;
}

export function listEngagements(organisationId: number, options: { archived: boolean }, today = ukToday()) {
  const db = getDb();
  const rows = db
    .select({
      id: engagements.id,
      title: engagements.title,
      status: engagements.status,
      startDate: engagements.startDate,
      endDate: engagements.endDate,
      leadName: lead.name,
    })
    .from(engagements)
    .leftJoin(lead, eq(lead.id, engagements.leadUserId))
    .where(
      and(
        eq(engagements.organisationId, organisationId),
        options.archived ? isNotNull(engagements.archivedAt) : isNull(engagements.archivedAt),
      ),
    )
    .orderBy(desc(engagements.id))
    .all();
  const stages = rows.length
    ? db
        .select({
          engagementId: engagementStages.engagementId,
          status: engagementStages.status,
          nextReviewOn: engagementStages.nextReviewOn,
        })
        .from(engagementStages)
        .where(
          inArray(
            engagementStages.engagementId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((row) => {
    const statuses = stages.filter((s) => s.engagementId === row.id).map((s) => displayStatus(s, today));
    return {
      ...row,
      done: statuses.filter((s) => s === "done").length,
      due: statuses.filter((s) => s === "due_for_review").length,
    };
  });
}

/** One engagement of the organisation, or 404. */
export function getEngagement(organisationId: number, engagementId: number) {
  const row = getDb()
    .select({
      id: engagements.id,
      title: engagements.title,
      titleCy: engagements.titleCy,
      purpose: engagements.purpose,
      purposeCy: engagements.purposeCy,
      audience: engagements.audience,
      sponsor: engagements.sponsor,
      leadUserId: engagements.leadUserId,
      leadName: lead.name,
      startDate: engagements.startDate,
      endDate: engagements.endDate,
      status: engagements.status,
      archivedAt: engagements.archivedAt,
    })
    .from(engagements)
    .leftJoin(lead, eq(lead.id, engagements.leadUserId))
    .where(and(eq(engagements.id, engagementId), eq(engagements.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return row;
}

export type StageRecord = ReturnType<typeof getStagePlan>[number];

/**
 * The engagement's seven stages with the organisation's current wording,
 * owners, review dates, checklist (default items then custom ones) and the
 * status to show.
 */
export function getStagePlan(organisationId: number, engagementId: number, today = ukToday()) {
  getEngagement(organisationId, engagementId);
  const db = getDb();
  const definitions = getStageDefinitions(organisationId);
  const owner = aliasedTable(users, "owner");
  const rows = db
    .select({
      id: engagementStages.id,
      key: engagementStages.stageKey,
      status: engagementStages.status,
      ownerUserId: engagementStages.ownerUserId,
      ownerName: owner.name,
      notes: engagementStages.notes,
      lastReviewedOn: engagementStages.lastReviewedOn,
      nextReviewOn: engagementStages.nextReviewOn,
    })
    .from(engagementStages)
    .leftJoin(owner, eq(owner.id, engagementStages.ownerUserId))
    .where(eq(engagementStages.engagementId, engagementId))
    .all();
  const items = rows.length
    ? db
        .select({
          id: engagementChecklistItems.id,
          stageId: engagementChecklistItems.engagementStageId,
          itemKey: engagementChecklistItems.itemKey,
          text: engagementChecklistItems.text,
          done: engagementChecklistItems.done,
        })
        .from(engagementChecklistItems)
        .where(
          inArray(
            engagementChecklistItems.engagementStageId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(engagementChecklistItems.id))
        .all()
    : [];
  return definitions.map((definition) => {
    const row = rows.find((r) => r.key === definition.key);
    if (!row) throw new Error(`Engagement ${engagementId} has no ${definition.key} stage`);
    const own = items.filter((item) => item.stageId === row.id);
    const checklist = [
      ...definition.checklist.map((item) => ({
        id: item.key,
        text: item.text,
        textCy: item.textCy,
        gatesPublishing: item.gatesPublishing,
        custom: false,
        done: own.some((tick) => tick.itemKey === item.key && tick.done),
      })),
      ...own
        .filter((item) => item.itemKey === null)
        .map((item) => ({
          id: `custom:${item.id}`,
          text: item.text ?? "",
          textCy: item.text ?? "",
          gatesPublishing: false,
          custom: true,
          done: item.done,
        })),
    ];
    return {
      ...definition,
      stageId: row.id,
      status: row.status,
      display: displayStatus(row, today) as DisplayStatus,
      ownerUserId: row.ownerUserId,
      ownerName: row.ownerName,
      notes: row.notes,
      lastReviewedOn: row.lastReviewedOn,
      nextReviewOn: row.nextReviewOn,
      checklist,
    };
  });
}

/** What still stops a survey of this engagement opening to respondents (empty when nothing does). */
export function publishReadiness(organisationId: number, engagementId: number) {
  getEngagement(organisationId, engagementId);
  const ticks = getDb()
    .select({ itemKey: engagementChecklistItems.itemKey, done: engagementChecklistItems.done })
    .from(engagementChecklistItems)
    .innerJoin(engagementStages, eq(engagementStages.id, engagementChecklistItems.engagementStageId))
    .where(and(eq(engagementStages.engagementId, engagementId), eq(engagementStages.stageKey, "safety")))
    .all();
  return missingForPublishing(getStageDefinitions(organisationId), ticks);
}

export function createEngagement(actor: Actor, input: EngagementInput) {
  return getDb().transaction((tx) => {
    if (!assertStaff(tx, actor.organisation.id, input.leadUserId)) return { ok: false as const, field: "leadUserId" };
    const row = tx
      .insert(engagements)
      .values({ ...input, organisationId: actor.organisation.id })
      .returning({ id: engagements.id })
      .get();
    tx.insert(engagementStages)
      .values(STAGE_KEYS.map((stageKey) => ({ engagementId: row.id, stageKey })))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "engagement.created",
      objectType: "engagement",
      objectId: row.id,
      detail: { title: input.title },
    });
    return { ok: true as const, id: row.id };
  });
}

export function updateEngagement(actor: Actor, engagementId: number, input: EngagementInput) {
  getEngagement(actor.organisation.id, engagementId);
  return getDb().transaction((tx) => {
    if (!assertStaff(tx, actor.organisation.id, input.leadUserId)) return { ok: false as const, field: "leadUserId" };
    tx.update(engagements)
      .set(input)
      .where(and(eq(engagements.id, engagementId), eq(engagements.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "engagement.updated",
      objectType: "engagement",
      objectId: engagementId,
    });
    return { ok: true as const };
  });
}

export function setEngagementArchived(actor: Actor, engagementId: number, archived: boolean) {
  getEngagement(actor.organisation.id, engagementId);
  getDb().transaction((tx) => {
    tx.update(engagements)
      .set({ archivedAt: archived ? new Date().toISOString() : null })
      .where(and(eq(engagements.id, engagementId), eq(engagements.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: archived ? "engagement.archived" : "engagement.restored",
      objectType: "engagement",
      objectId: engagementId,
    });
  });
}

function stageRow(tx: Tx, engagementId: number, key: StageKey) {
  const row = tx
    .select({ id: engagementStages.id })
    .from(engagementStages)
    .where(and(eq(engagementStages.engagementId, engagementId), eq(engagementStages.stageKey, key)))
    .get();
  if (!row) notFound();
  return row;
}

function setTick(tx: Tx, stageId: number, itemKey: string, done: boolean) {
  tx.insert(engagementChecklistItems)
    .values({ engagementStageId: stageId, itemKey, done })
    .onConflictDoUpdate({
      target: [engagementChecklistItems.engagementStageId, engagementChecklistItems.itemKey],
      set: { done },
    })
    .run();
}

export function updateStage(actor: Actor, engagementId: number, key: StageKey, input: StageInput) {
  const plan = getStagePlan(actor.organisation.id, engagementId);
  const stage = plan.find((s) => s.key === key);
  if (!stage) notFound();
  return getDb().transaction((tx) => {
    if (!assertStaff(tx, actor.organisation.id, input.ownerUserId)) return { ok: false as const, field: "ownerUserId" };
    tx.update(engagementStages)
      .set({
        status: input.status,
        ownerUserId: input.ownerUserId,
        notes: input.notes,
        lastReviewedOn: input.lastReviewedOn,
        nextReviewOn: input.nextReviewOn,
      })
      .where(eq(engagementStages.id, stage.stageId))
      .run();
    const ticked = new Set(input.ticked);
    const changed: string[] = [];
    for (const item of stage.checklist) {
      const done = ticked.has(item.id);
      if (done === item.done) continue;
      changed.push(`${done ? "+" : "-"}${item.id}`);
      if (item.custom) {
        tx.update(engagementChecklistItems)
          .set({ done })
          .where(
            and(
              eq(engagementChecklistItems.id, Number(item.id.slice("custom:".length))),
              eq(engagementChecklistItems.engagementStageId, stage.stageId),
            ),
          )
          .run();
      } else {
        setTick(tx, stage.stageId, item.id, done);
      }
    }
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "engagement_stage.updated",
      objectType: "engagement_stage",
      objectId: stage.stageId,
      detail: { status: input.status, nextReviewOn: input.nextReviewOn, checklist: changed },
    });
    return { ok: true as const };
  });
}

export function markStageReviewed(actor: Actor, engagementId: number, key: StageKey, today = ukToday()) {
  getEngagement(actor.organisation.id, engagementId);
  getDb().transaction((tx) => {
    const stage = stageRow(tx, engagementId, key);
    const nextReviewOn = addDays(today, REVIEW_INTERVAL_DAYS);
    tx.update(engagementStages).set({ lastReviewedOn: today, nextReviewOn }).where(eq(engagementStages.id, stage.id)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "engagement_stage.reviewed",
      objectType: "engagement_stage",
      objectId: stage.id,
      detail: { nextReviewOn },
    });
  });
}

export function addChecklistItem(actor: Actor, engagementId: number, key: StageKey, text: string) {
  getEngagement(actor.organisation.id, engagementId);
  getDb().transaction((tx) => {
    const stage = stageRow(tx, engagementId, key);
    const item = tx
      .insert(engagementChecklistItems)
      .values({ engagementStageId: stage.id, itemKey: null, text, done: false })
      .returning({ id: engagementChecklistItems.id })
      .get();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "engagement_stage.item_added",
      objectType: "engagement_stage",
      objectId: stage.id,
      detail: { item: item.id, text },
    });
  });
}

export function removeChecklistItem(actor: Actor, engagementId: number, key: StageKey, itemId: number) {
  getEngagement(actor.organisation.id, engagementId);
  getDb().transaction((tx) => {
    const stage = stageRow(tx, engagementId, key);
    const removed = tx
      .delete(engagementChecklistItems)
      .where(
        and(
          eq(engagementChecklistItems.id, itemId),
          eq(engagementChecklistItems.engagementStageId, stage.id),
          isNull(engagementChecklistItems.itemKey),
        ),
      )
      .returning({ text: engagementChecklistItems.text })
      .get();
    if (!removed) notFound();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "engagement_stage.item_removed",
      objectType: "engagement_stage",
      objectId: stage.id,
      detail: { item: itemId, text: removed.text },
    });
  });
}

/** The stage's own history, from the audit log. */
export function stageHistory(organisationId: number, stageId: number) {
  return getDb()
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.organisationId, organisationId),
        eq(auditEvents.objectType, "engagement_stage"),
        eq(auditEvents.objectId, String(stageId)),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(100)
    .all();
}

/** Open engagements with a stage past its next review date, for the home page. */
export function engagementsNeedingAttention(organisationId: number, today = ukToday()) {
  return getDb()
    .select({
      engagementId: engagements.id,
      title: engagements.title,
      stageKey: engagementStages.stageKey,
      nextReviewOn: engagementStages.nextReviewOn,
    })
    .from(engagementStages)
    .innerJoin(engagements, eq(engagements.id, engagementStages.engagementId))
    .where(
      and(
        eq(engagements.organisationId, organisationId),
        isNull(engagements.archivedAt),
        lt(engagementStages.nextReviewOn, today),
      ),
    )
    .orderBy(asc(engagementStages.nextReviewOn))
    .all();
}
