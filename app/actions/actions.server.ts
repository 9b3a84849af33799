/**
 * The action log's records: creating and changing actions, the themes they
 * answer, and the lists. Every query is scoped by the organisation inside the
 * function, so another organisation's action answers 404 whatever the page
 * forgot; every change is written with its audit entry in one transaction.
 * Progress (status, updates, evidence, publishing) is in progress.server.ts;
 * what the forms offer is in choices.server.ts.
 */
import { aliasedTable, and, asc, desc, eq, inArray, lt, notInArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { actionQuotes, actions, actionThemes, actionUpdates, codings, engagements, themes, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { ownerChoices } from "./choices.server";
import type { ActionInput, ListFilter } from "./schemas";
import { CLOSED_STATUSES, isOverdue } from "./status";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Failure = { ok: false; field: string; error: string };

const owner = aliasedTable(users, "owner");

function checkReferences(tx: Tx, organisationId: number, input: ActionInput): Failure | null {
  const engagement = tx
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(eq(engagements.id, input.engagementId), eq(engagements.organisationId, organisationId)))
    .get();
  if (!engagement) return { ok: false, field: "engagementId", error: "actions.errors.engagementRequired" };
  if (input.ownerUserId !== null && !ownerChoices(organisationId, tx).some((person) => person.id === input.ownerUserId)) {
    return { ok: false, field: "ownerUserId", error: "errors.staffUnknown" };
  }
  const wanted = [...new Set(input.themeId)];
  if (wanted.length) {
    const found = tx
      .select({ id: themes.id })
      .from(themes)
      .where(and(inArray(themes.id, wanted), eq(themes.organisationId, organisationId)))
      .all();
    if (found.length !== wanted.length) return { ok: false, field: "themeId", error: "actions.errors.themeUnknown" };
  }
  return null;
}

const fieldsOf = (input: ActionInput) => ({
  engagementId: input.engagementId,
  title: input.title,
  titleCy: input.titleCy,
  description: input.description,
  descriptionCy: input.descriptionCy,
  rationale: input.rationale,
  rationaleCy: input.rationaleCy,
  owningTeam: input.owningTeam,
  ownerUserId: input.ownerUserId,
  raisedOn: input.raisedOn,
  targetDate: input.targetDate,
});

/** A new action, proposed on the day it was raised: its history starts with that. */
export function createAction(actor: Actor, input: ActionInput): { ok: true; id: number } | Failure {
  return getDb().transaction((tx) => writeAction(tx, actor, input));
}

/** createAction inside a caller's transaction, for a change that writes an action along with its own rows. */
export function writeAction(tx: Tx, actor: Actor, input: ActionInput): { ok: true; id: number } | Failure {
  const problem = checkReferences(tx, actor.organisation.id, input);
  if (problem) return problem;
  const created = tx
    .insert(actions)
    .values({ ...fieldsOf(input), organisationId: actor.organisation.id, status: "proposed", createdBy: actor.id })
    .returning({ id: actions.id })
    .get();
  const themeIds = [...new Set(input.themeId)];
  if (themeIds.length)
    tx.insert(actionThemes)
      .values(themeIds.map((themeId) => ({ actionId: created.id, themeId })))
      .run();
  tx.insert(actionUpdates)
    .values({
      actionId: created.id,
      updateOn: input.raisedOn,
      body: "",
      statusFrom: null,
      statusTo: "proposed",
      isPublic: false,
      authorUserId: actor.id,
    })
    .run();
  recordAudit(tx, {
    organisationId: actor.organisation.id,
    actorUserId: actor.id,
    action: "action.created",
    objectType: "action",
    objectId: created.id,
    detail: { title: input.title, themes: themeIds },
  });
  return { ok: true as const, id: created.id };
}

/** Ids of the action's linked themes and their sub-themes: the codings it may quote. */
export function quotableThemeIds(tx: Db | Tx, organisationId: number, themeIds: number[]): number[] {
  if (themeIds.length === 0) return [];
  const children = tx
    .select({ id: themes.id })
    .from(themes)
    .where(and(eq(themes.organisationId, organisationId), inArray(themes.parentId, themeIds)))
    .all();
  return [...new Set([...themeIds, ...children.map((c) => c.id)])];
}

/** Changes an action's details and the themes it answers; quotes of themes no longer linked go with them. */
export function updateAction(actor: Actor, actionId: number, input: ActionInput): { ok: true } | Failure {
  const current = getAction(actor.organisation.id, actionId);
  return getDb().transaction((tx) => {
    const problem = checkReferences(tx, actor.organisation.id, input);
    if (problem) return problem;
    if (current.agreedOn && input.raisedOn > current.agreedOn) {
      return { ok: false as const, field: "raisedOn", error: "actions.errors.raisedAfterAgreed" };
    }
    // The public page must keep saying what people said and why the action follows from it.
    if (current.published && input.themeId.length === 0) {
      return { ok: false as const, field: "themeId", error: "actions.errors.publishedNeedsTheme" };
    }
    if (current.published && input.rationale === "") {
      return { ok: false as const, field: "rationale", error: "actions.errors.publishedNeedsRationale" };
    }
    tx.update(actions)
      .set({ ...fieldsOf(input), updatedAt: new Date().toISOString() })
      .where(and(eq(actions.id, actionId), eq(actions.organisationId, actor.organisation.id)))
      .run();
    const before = linkedThemeIds(tx, actionId);
    const after = [...new Set(input.themeId)];
    const removed = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    if (removed.length) {
      tx.delete(actionThemes)
        .where(and(eq(actionThemes.actionId, actionId), inArray(actionThemes.themeId, removed)))
        .run();
    }
    if (added.length)
      tx.insert(actionThemes)
        .values(added.map((themeId) => ({ actionId, themeId })))
        .run();
    const keep = quotableThemeIds(tx, actor.organisation.id, after);
    const stale = tx
      .select({ codingId: actionQuotes.codingId })
      .from(actionQuotes)
      .innerJoin(codings, eq(codings.id, actionQuotes.codingId))
      .where(and(eq(actionQuotes.actionId, actionId), keep.length ? notInArray(codings.themeId, keep) : undefined))
      .all()
      .map((row) => row.codingId);
    if (stale.length) {
      tx.delete(actionQuotes)
        .where(and(eq(actionQuotes.actionId, actionId), inArray(actionQuotes.codingId, stale)))
        .run();
    }
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "action.updated",
      objectType: "action",
      objectId: actionId,
      detail: { themesAdded: added, themesRemoved: removed, quotesRemoved: stale.length },
    });
    return { ok: true as const };
  });
}

export function linkedThemeIds(tx: Db | Tx, actionId: number): number[] {
  return tx
    .select({ themeId: actionThemes.themeId })
    .from(actionThemes)
    .where(eq(actionThemes.actionId, actionId))
    .all()
    .map((row) => row.themeId);
}

const actionColumns = {
  id: actions.id,
  engagementId: actions.engagementId,
  engagementTitle: engagements.title,
  title: actions.title,
  titleCy: actions.titleCy,
  description: actions.description,
  descriptionCy: actions.descriptionCy,
  rationale: actions.rationale,
  rationaleCy: actions.rationaleCy,
  owningTeam: actions.owningTeam,
  ownerUserId: actions.ownerUserId,
  ownerName: owner.name,
  status: actions.status,
  statusReason: actions.statusReason,
  statusReasonCy: actions.statusReasonCy,
  raisedOn: actions.raisedOn,
  targetDate: actions.targetDate,
  agreedOn: actions.agreedOn,
  doneOn: actions.doneOn,
  published: actions.published,
  publishedAt: actions.publishedAt,
};

/** One action of the organisation, or 404. */
export function getAction(organisationId: number, actionId: number) {
  const row = getDb()
    .select(actionColumns)
    .from(actions)
    .innerJoin(engagements, eq(engagements.id, actions.engagementId))
    .leftJoin(owner, eq(owner.id, actions.ownerUserId))
    .where(and(eq(actions.id, actionId), eq(actions.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return { ...row, themeIds: linkedThemeIds(getDb(), actionId) };
}

export type ActionRecord = ReturnType<typeof getAction>;

const overdueWhere = (today: string): SQL =>
  and(lt(actions.targetDate, today), notInArray(actions.status, [...CLOSED_STATUSES]))!;

/** The organisation's actions, filtered, soonest target date first (those without one last). */
export function listActions(organisationId: number, filter: Partial<ListFilter>, today: string) {
  const rows = getDb()
    .select({
      id: actions.id,
      title: actions.title,
      engagementId: actions.engagementId,
      engagementTitle: engagements.title,
      owningTeam: actions.owningTeam,
      ownerUserId: actions.ownerUserId,
      ownerName: owner.name,
      status: actions.status,
      raisedOn: actions.raisedOn,
      targetDate: actions.targetDate,
      published: actions.published,
    })
    .from(actions)
    .innerJoin(engagements, eq(engagements.id, actions.engagementId))
    .leftJoin(owner, eq(owner.id, actions.ownerUserId))
    .where(
      and(
        eq(actions.organisationId, organisationId),
        filter.status ? eq(actions.status, filter.status) : undefined,
        filter.owner ? eq(actions.ownerUserId, filter.owner) : undefined,
        filter.engagement ? eq(actions.engagementId, filter.engagement) : undefined,
        filter.overdue ? overdueWhere(today) : undefined,
      ),
    )
    .orderBy(sql`${actions.targetDate} is null`, asc(actions.targetDate), desc(actions.id))
    .all();
  return rows.map((row) => ({ ...row, overdue: isOverdue(row, today) }));
}

export type ActionListRow = ReturnType<typeof listActions>[number];

/** Overdue actions for the home page: everyone's, or one owner's. */
export function overdueActions(organisationId: number, today: string, ownerUserId?: number) {
  return listActions(organisationId, { overdue: true, owner: ownerUserId ?? null }, today);
}
