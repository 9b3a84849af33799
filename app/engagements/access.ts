import type { Params } from "@remix-run/react";
import type { Role } from "../accounts/roles";
import { notFound } from "../http/responses";
import { STAGE_KEYS, type StageKey } from "./stages";

/** Who may read engagement plans, and who may change them. Panel members see only their panels' packs. */
export const ENGAGEMENT_READERS: Role[] = ["admin", "engagement_lead", "analyst", "action_owner"];
export const ENGAGEMENT_EDITORS: Role[] = ["admin", "engagement_lead"];

export function canEditEngagements(roles: Role[]) {
  return roles.some((role) => ENGAGEMENT_EDITORS.includes(role));
}

export function engagementIdFrom(params: Params): number {
  const id = Number(params.engagementId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export function stageKeyFrom(params: Params): StageKey {
  const key = params.stageKey;
  if (!STAGE_KEYS.includes(key as StageKey)) notFound();
  return key as StageKey;
}
