/**
 * Who themes free text. Analysts code; engagement leads and admins read and
 * code too. Action owners and panel members never reach these pages: panels
 * see themes only through frozen packs. Pure, so pages can hide what the
 * server would refuse anyway.
 */
import type { Params } from "@remix-run/react";
import type { Role } from "../accounts/roles";
import { notFound } from "../http/responses";

export const THEME_CODERS: Role[] = ["admin", "engagement_lead", "analyst"];

export function canCode(roles: readonly Role[]): boolean {
  return roles.some((role) => THEME_CODERS.includes(role));
}

function idFrom(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export const themeIdFrom = (params: Params) => idFrom(params.themeId);
export const sampleIdFrom = (params: Params) => idFrom(params.sampleId);
export const responseIdFrom = (params: Params) => idFrom(params.responseId);
