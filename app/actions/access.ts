/**
 * Who may do what in the action log. Pure, so pages can hide what the server
 * would refuse anyway.
 *
 * Admins and engagement leads create, change and publish any action of their
 * organisation. Action owners read every action and, on the actions they are
 * the named owner of, add progress updates, change the status and add
 * evidence. Analysts read. Panel members never reach the staff action log:
 * they see only what is published.
 */
import type { Params } from "@remix-run/react";
import type { Role } from "../accounts/roles";
import { notFound } from "../http/responses";

export const ACTION_READERS: Role[] = ["admin", "engagement_lead", "analyst", "action_owner"];
export const ACTION_EDITORS: Role[] = ["admin", "engagement_lead"];

/** Roles a named owner can hold: someone who can record progress on the action. */
export const OWNER_ROLES: Role[] = ["admin", "engagement_lead", "action_owner"];

export function canReadActions(roles: readonly Role[]): boolean {
  return roles.some((role) => ACTION_READERS.includes(role));
}

export function canEditActions(roles: readonly Role[]): boolean {
  return roles.some((role) => ACTION_EDITORS.includes(role));
}

/** Progress updates, status changes and evidence: editors on any action, an action owner on their own. */
export function canRecordProgress(user: { id: number; roles: readonly Role[] }, action: { ownerUserId: number | null }): boolean {
  if (canEditActions(user.roles)) return true;
  return user.roles.includes("action_owner") && action.ownerUserId === user.id;
}

export function actionIdFrom(params: Params): number {
  const id = Number(params.actionId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}
