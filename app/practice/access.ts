/**
 * Who may do what with practice self-assessments. Pure, so pages can hide what the server would refuse anyway.
 *
 * Everyone who reads engagement plans reads the assessments. Admins, engagement leads and analysts rate statements
 * and add evidence while an assessment is open. Leads (admins and engagement leads) start an assessment, sign it off
 * and raise actions from its gaps (the action log's own editors). Only an admin decides whether the organisation
 * shares its signed-off profile with the others on the installation.
 */
import type { Params } from "@remix-run/react";
import type { Role } from "../accounts/roles";
import { ACTION_EDITORS } from "../actions/access";
import { ENGAGEMENT_EDITORS, ENGAGEMENT_READERS } from "../engagements/access";
import { notFound } from "../http/responses";
import { STAGE_KEYS, type StageKey } from "../engagements/stages";
import { isStatementKey } from "./statements";

export const PRACTICE_READERS: Role[] = ENGAGEMENT_READERS;
export const PRACTICE_CONTRIBUTORS: Role[] = ["admin", "engagement_lead", "analyst"];
export const PRACTICE_LEADS: Role[] = ENGAGEMENT_EDITORS;
/** Raising an action from a gap writes to the action log, so it takes the action log's editors too. */
export const GAP_RAISERS: Role[] = PRACTICE_LEADS.filter((role) => ACTION_EDITORS.includes(role));
export const SHARING_DECIDERS: Role[] = ["admin"];

const any = (allowed: readonly Role[]) => (roles: readonly Role[]) => roles.some((role) => allowed.includes(role));
export const canContribute = any(PRACTICE_CONTRIBUTORS);
export const canLead = any(PRACTICE_LEADS);
export const canRaiseGaps = any(GAP_RAISERS);
export const canDecideSharing = any(SHARING_DECIDERS);

export function assessmentIdFrom(params: Params): number {
  const id = Number(params.assessmentId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export function practiceStageFrom(params: Params): StageKey {
  const key = params.stageKey;
  if (!STAGE_KEYS.includes(key as StageKey)) notFound();
  return key as StageKey;
}

export function statementKeyFrom(params: Params): string {
  const key = params.statementKey ?? "";
  if (!isStatementKey(key)) notFound();
  return key;
}
