/**
 * Who may read responses, and who may see what redaction took out. Pure, so
 * pages can hide what the server would refuse anyway.
 */
import type { Params } from "@remix-run/react";
import type { Role } from "../accounts/roles";
import { notFound } from "../http/responses";

/** Read individual responses (free text as redacted) and download them redacted. Never panel members. */
export const RESPONSE_READERS: Role[] = ["admin", "engagement_lead", "analyst"];

/** See the original text of free-text answers, on screen or in a download; every time is audited. Never leads. */
export const ORIGINAL_READERS: Role[] = ["admin", "analyst"];

export function canReadResponses(roles: readonly Role[]): boolean {
  return roles.some((role) => RESPONSE_READERS.includes(role));
}

export function canSeeOriginal(roles: readonly Role[]): boolean {
  return roles.some((role) => ORIGINAL_READERS.includes(role));
}

export function responseIdFrom(params: Params): number {
  const id = Number(params.responseId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}
