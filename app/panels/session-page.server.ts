/**
 * What a session's page shows and what its forms do. Everyone with access (access.server.ts) reads the session and,
 * once issued, its frozen pack; only admins plan it. Each form sends an `intent`; a failure answers 400 with the
 * intent, so only that form shows its errors and keeps what was typed; a success redirects.
 */
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "../accounts/session.server";
import { formFailure, parseForm, type FieldErrors, type FormValues } from "../components/form/parse-form";
import { sharedThemesOfSession } from "../commissioning/theme-links.server";
import { ukToday } from "../engagements/stages";
import { badRequest } from "../http/responses";
import { leftOutQuotes, putBackQuote } from "../themes/left-out.server";
import { quoteDecisionsFrom, quoteField, quoteHashField, readHashesFrom } from "../themes/quote-check";
import { untagSchema } from "../themes/schemas";
import { sessionAccess } from "./access.server";
import { packQuotePreview, type QuotePreview } from "./pack.server";
import { sessionSchema, sessionThemesSchema, THEME_ARRAYS } from "./schemas";
import { chooseThemes, chosenThemeIds, getSession, themeChoices, updateSession } from "./sessions.server";

export const SESSION_INTENTS = ["details", "themes", "issue", "put-back"] as const;
export type SessionIntent = (typeof SESSION_INTENTS)[number];

const isIntent = (value: unknown): value is SessionIntent =>
  typeof value === "string" && (SESSION_INTENTS as readonly string[]).includes(value);

const DONE = [...SESSION_INTENTS, "created"] as const;

export function sessionPageData(user: SessionUser, panelId: number, sessionId: number, done: string | null) {
  const access = sessionAccess(user, panelId, sessionId);
  const session = getSession(user.organisation.id, panelId, sessionId);
  const planning = access.as === "admin" && session.status === "planning";
  const chosen = planning ? chosenThemeIds(sessionId) : [];
  return {
    as: access.as,
    panel: { id: access.panel.id, name: access.panel.name, nameCy: access.panel.nameCy },
    session,
    done: DONE.find((key) => key === done) ?? null,
    planning: planning
      ? {
          groups: themeChoices(user.organisation.id, panelId),
          chosen,
          // The quotes the pack would carry, for a decision on each before it is issued (ADR 0017).
          quotes: packQuotePreview(user.organisation.id, chosen, user.id),
          // Quotes of those themes someone left out, to put back for checking if that was a mistake.
          leftOut: leftOutQuotes(user.organisation.id, chosen),
          // Themes services share, added from /commissioning/themes: as shared today, or "no longer shared".
          shared: sharedThemesOfSession(user.organisation.id, sessionId, ukToday()),
        }
      : null,
  };
}

export type SessionPageFailure = {
  ok: false;
  intent: SessionIntent;
  errors: FieldErrors;
  values: FormValues;
  /** After a refused issue: the quotes the pack would carry now, those still unread and those whose text changed. */
  quotes?: { preview: QuotePreview; unread: number[]; changed: number[] };
};

function fail(
  intent: SessionIntent,
  failure: { errors: FieldErrors; values: FormValues },
  quotes?: SessionPageFailure["quotes"],
) {
  return data(
    { ok: false as const, intent, errors: failure.errors, values: failure.values, quotes } satisfies SessionPageFailure,
    { status: 400 },
  );
}

/** Admins only (the route says so before calling); another panel's or organisation's session is 404. */
export async function sessionPageAction(user: SessionUser, panelId: number, sessionId: number, request: Request) {
  sessionAccess(user, panelId, sessionId);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isIntent(intent)) badRequest();
  const done = () => redirect(`/panels/${panelId}/sessions/${sessionId}?done=${intent}`);
  if (intent === "put-back") {
    // One coding id, as every form about one passage sends it.
    const parsed = parseForm(untagSchema, formData);
    if (!parsed.ok) return fail(intent, parsed);
    const { codingId } = parsed.data;
    const readHash = readHashesFrom(formData.entries()).get(codingId) ?? "";
    const put = putBackQuote(user, codingId, readHash, { via: "panel_session", sessionId });
    if (!put.ok) return fail(intent, formFailure(formData, { [put.changed ? quoteField(codingId) : "form"]: put.error }));
    return done();
  }
  if (intent === "details") {
    const parsed = parseForm(sessionSchema, formData);
    if (!parsed.ok) return fail(intent, parsed);
    const saved = updateSession(user, panelId, sessionId, parsed.data);
    if (!saved.ok) return fail(intent, formFailure(formData, { [saved.field]: saved.error }));
    return done();
  }
  const parsed = parseForm(sessionThemesSchema, formData, THEME_ARRAYS);
  if (!parsed.ok) return fail(intent, parsed);
  const decisions = quoteDecisionsFrom(formData.entries());
  if (!decisions.ok) return fail(intent, formFailure(formData, { [decisions.field]: decisions.error }, THEME_ARRAYS));
  const saved = chooseThemes(user, panelId, sessionId, parsed.data, intent === "issue", decisions.decisions);
  if (!saved.ok) {
    const failure = formFailure(formData, { [saved.field]: saved.error }, THEME_ARRAYS);
    if (!("preview" in saved)) return fail(intent, failure);
    // A quote whose text changed is shown again unchosen: its decision was made on words no longer there.
    const values = Object.fromEntries(
      Object.entries(failure.values).filter(
        ([key]) => !saved.changed.some((id) => key === quoteField(id) || key === quoteHashField(id)),
      ),
    );
    return fail(intent, { ...failure, values }, { preview: saved.preview, unread: saved.unread, changed: saved.changed });
  }
  return done();
}
