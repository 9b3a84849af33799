/**
 * The shared-themes page's linking panel (/commissioning/themes?link=<relationship>-<theme>) and its forms. Reading
 * is for everyone who reads shared themes; linking to an action is for those who change actions (actions/access.ts),
 * adding to a panel pack for those who plan panel sessions (panels/access.ts). Each form sends an `intent`; a failure
 * answers 400 with it and a kind message; a success redirects, so a reload never repeats it. The unlink forms shown
 * on an action's page and a session's page post here too, with `from`, and go back there.
 */
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import type { SessionUser } from "../accounts/session.server";
import { canEditActions } from "../actions/access";
import { formFailure, parseForm, type FieldErrors, type FormValues } from "../components/form/parse-form";
import { ukToday } from "../engagements/stages";
import { badRequest, forbidden } from "../http/responses";
import { PANEL_ADMINS } from "../panels/access";
import {
  linkSharedThemeToAction,
  linkSharedThemeToSession,
  linksOfSharedTheme,
  sharedThemeOf,
  unlinkSharedThemeFromAction,
  unlinkSharedThemeFromSession,
} from "./theme-links.server";

export const LINK_INTENTS = ["link-action", "unlink-action", "link-session", "unlink-session"] as const;
export type LinkIntent = (typeof LINK_INTENTS)[number];
const isIntent = (value: unknown): value is LinkIntent =>
  typeof value === "string" && (LINK_INTENTS as readonly string[]).includes(value);

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message).max(Number.MAX_SAFE_INTEGER, message);
const themeFields = {
  commissionId: id("commissioning.links.errors.notShared"),
  themeId: id("commissioning.links.errors.notShared"),
};
export const linkActionSchema = z.object({ ...themeFields, actionId: id("commissioning.links.errors.actionRequired") });
export const linkSessionSchema = z.object({ ...themeFields, sessionId: id("commissioning.links.errors.sessionRequired") });

const canPlanPanels = (user: SessionUser) => user.roles.some((role) => PANEL_ADMINS.includes(role));

/** "12-34" → the relationship and the theme, or null. */
export function parseLinkParam(value: string | null): { commissionId: number; themeId: number } | null {
  const match = /^([1-9]\d{0,14})-([1-9]\d{0,14})$/.exec(value ?? "");
  return match ? { commissionId: Number(match[1]), themeId: Number(match[2]) } : null;
}

const DONE = ["link-action", "unlink-action", "link-session", "unlink-session"] as const;

/** The linking panel for one shared theme, or why there is none (it is not, or no longer, shared with us). */
export function linkingData(user: SessionUser, linkParam: string | null, done: string | null, today = ukToday()) {
  const wanted = parseLinkParam(linkParam);
  if (!wanted) return null;
  const shared = sharedThemeOf(user.organisation.id, wanted.commissionId, wanted.themeId, today);
  if (!shared) return { state: "unavailable" as const };
  const canLinkActions = canEditActions(user.roles);
  const canLinkSessions = canPlanPanels(user);
  const links = linksOfSharedTheme(user.organisation.id, wanted.commissionId, wanted.themeId);
  return {
    state: "available" as const,
    commissionId: wanted.commissionId,
    themeId: wanted.themeId,
    service: shared.service,
    name: shared.theme.name,
    nameCy: shared.theme.nameCy,
    canLinkActions,
    canLinkSessions,
    done: DONE.find((key) => key === done) ?? null,
    actions: links.actions,
    sessions: links.sessions,
    actionChoices: canLinkActions ? links.actionChoices : [],
    sessionChoices: canLinkSessions ? links.sessionChoices : [],
  };
}

export type LinkFailureData = { ok: false; intent: LinkIntent; errors: FieldErrors; values: FormValues };

function fail(intent: LinkIntent, failure: { errors: FieldErrors; values: FormValues }) {
  return data({ ok: false as const, intent, errors: failure.errors, values: failure.values } satisfies LinkFailureData, {
    status: 400,
  });
}

/** Where a successful form goes: back to the page it came from, or to the theme's linking panel. */
function back(formData: FormData, intent: LinkIntent, values: { commissionId: number; themeId: number }, target: string) {
  const from = formData.get("from");
  if (from === "action" || from === "session") return redirect(target);
  return redirect(`/commissioning/themes?link=${values.commissionId}-${values.themeId}&done=${intent}#link-panel`);
}

export async function linkingAction(user: SessionUser, request: Request) {
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isIntent(intent)) badRequest();
  const today = ukToday();
  if (intent === "link-action" || intent === "unlink-action") {
    if (!canEditActions(user.roles)) forbidden();
    const parsed = parseForm(linkActionSchema, formData);
    if (!parsed.ok) return fail(intent, parsed);
    const { commissionId, themeId, actionId } = parsed.data;
    if (intent === "link-action") {
      const linked = linkSharedThemeToAction(user, commissionId, themeId, actionId, today);
      if (!linked.ok) return fail(intent, formFailure(formData, { [linked.field]: linked.error }));
    } else if (!unlinkSharedThemeFromAction(user, commissionId, themeId, actionId)) {
      return fail(intent, formFailure(formData, { form: "commissioning.links.errors.notLinked" }));
    }
    return back(formData, intent, parsed.data, `/actions/${actionId}#shared-themes-heading`);
  }
  if (!canPlanPanels(user)) forbidden();
  const parsed = parseForm(linkSessionSchema, formData);
  if (!parsed.ok) return fail(intent, parsed);
  const { commissionId, themeId, sessionId } = parsed.data;
  const saved =
    intent === "link-session"
      ? linkSharedThemeToSession(user, commissionId, themeId, sessionId, today)
      : unlinkSharedThemeFromSession(user, commissionId, themeId, sessionId);
  if (!saved.ok) return fail(intent, formFailure(formData, { [saved.field]: saved.error }));
  return back(formData, intent, parsed.data, `/panels/${saved.panelId}/sessions/${sessionId}#shared-themes-heading`);
}
