/**
 * Who may reach the panel pages at all, and the ids in their addresses. Pure. Which panel a person may see is
 * access.server.ts: admins run every panel of their organisation; a member reads only the panels they sit on.
 */
import type { Params } from "@remix-run/react";
import type { Role } from "../accounts/roles";
import { notFound } from "../http/responses";

/** Roles that reach the panel pages; every other role gets 403 before any panel is looked up. */
export const PANEL_ROLES: Role[] = ["admin", "panel_member"];
/** Setting panels up, planning sessions and issuing packs. */
export const PANEL_ADMINS: Role[] = ["admin"];

const idFrom = (value: string | undefined): number => {
  const id = Number(value);
  if (!/^[1-9]\d{0,15}$/.test(value ?? "") || !Number.isSafeInteger(id)) notFound();
  return id;
};

export const panelIdFrom = (params: Params): number => idFrom(params.panelId);
export const sessionIdFrom = (params: Params): number => idFrom(params.sessionId);

/** A name or text in the reader's language: the Welsh one when the page is Welsh and it has been written. */
export function inLanguage(lang: string, english: string, welsh: string | null | undefined): string {
  return lang === "cy" && welsh ? welsh : english;
}
