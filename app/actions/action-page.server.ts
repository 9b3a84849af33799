/**
 * What the action page's forms do. Each form sends an `intent`; each intent
 * has its own schema and its own permission (access.ts). A failure answers 400
 * with the intent, so only that form shows the errors and keeps what was typed;
 * a success redirects, so reloading the page never repeats an update (they are
 * append-only and cannot be taken back).
 */
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "../accounts/session.server";
import { formFailure, parseForm, type FieldErrors, type FormValues } from "../components/form/parse-form";
import { ukToday } from "../engagements/stages";
import { badRequest, forbidden } from "../http/responses";
import { canEditActions, canRecordProgress } from "./access";
import { getAction } from "./actions.server";
import {
  actionEvidenceList,
  actionHistory,
  addEvidence,
  addUpdate,
  changeStatus,
  removeEvidence,
  setPublished,
} from "./progress.server";
import { evidenceSchema, QUOTE_ARRAYS, quotesSchema, removeEvidenceSchema, statusSchema, updateSchema } from "./schemas";
import { chosenQuoteIds, chosenQuotes, quoteChoices, saidThemes, setQuotes } from "./said.server";
import { isOverdue, nextStatuses } from "./status";
import { readHashesFrom } from "../themes/quote-check";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { SHARED_THEME_READERS } from "../commissioning/access";
import { sharedThemesOfAction } from "../commissioning/theme-links.server";

export const INTENTS = ["update", "status", "evidence", "remove-evidence", "publish", "unpublish", "quotes"] as const;
export type Intent = (typeof INTENTS)[number];

export type PageFailure = { ok: false; intent: Intent; errors: FieldErrors; values: FormValues };

const isIntent = (value: unknown): value is Intent => typeof value === "string" && (INTENTS as readonly string[]).includes(value);

/** Banners after a redirect: the intents, and the edit pages' own. */
const DONE = [...INTENTS, "created", "saved"] as const;

/** Everything the action page shows; the quote chooser only for those who may use it. */
export function actionPageData(user: SessionUser, actionId: number, done: string | null) {
  const organisationId = user.organisation.id;
  const action = getAction(organisationId, actionId);
  const today = ukToday();
  const canEdit = canEditActions(user.roles);
  const said = saidThemes(organisationId, action.themeIds);
  const chosen = chosenQuoteIds(organisationId, actionId);
  // Themes services share reach only those who read shared themes (commissioning/access.ts), never action owners.
  const readsShared = user.roles.some((role) => SHARED_THEME_READERS.includes(role));
  return {
    action: { ...action, overdue: isOverdue(action, today) },
    today,
    done: DONE.find((key) => key === done) ?? null,
    canEdit,
    canProgress: canRecordProgress(user, action),
    next: nextStatuses(action.status),
    threshold: disclosureThresholdFor(organisationId),
    said: said.map(({ themeIds: _ids, quotable: _quotable, ...theme }) => theme),
    quotes: chosenQuotes(organisationId, said, chosen),
    choices: canEdit ? quoteChoices(organisationId, said, chosen) : [],
    sharedThemes: readsShared ? sharedThemesOfAction(organisationId, actionId, today) : null,
    history: actionHistory(organisationId, actionId),
    evidence: actionEvidenceList(organisationId, actionId),
  };
}

const EDITOR_INTENTS: readonly Intent[] = ["publish", "unpublish", "quotes"];

function fail(intent: Intent, failure: { errors: FieldErrors; values: FormValues }) {
  return data({ ok: false as const, intent, errors: failure.errors, values: failure.values } satisfies PageFailure, {
    status: 400,
  });
}

export async function actionPageAction(user: SessionUser, actionId: number, request: Request) {
  const action = getAction(user.organisation.id, actionId);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isIntent(intent)) badRequest();
  const allowed = EDITOR_INTENTS.includes(intent) ? canEditActions(user.roles) : canRecordProgress(user, action);
  if (!allowed) forbidden();
  const today = ukToday();
  const done = () => redirect(`/actions/${actionId}?done=${intent}`);

  switch (intent) {
    case "update": {
      const parsed = parseForm(updateSchema(today), formData);
      if (!parsed.ok) return fail(intent, parsed);
      addUpdate(user, actionId, parsed.data);
      return done();
    }
    case "status": {
      const parsed = parseForm(statusSchema(today), formData);
      if (!parsed.ok) return fail(intent, parsed);
      const changed = changeStatus(user, actionId, parsed.data);
      if (!changed.ok) return fail(intent, formFailure(formData, { [changed.field]: changed.error }));
      return done();
    }
    case "evidence": {
      const parsed = parseForm(evidenceSchema, formData);
      if (!parsed.ok) return fail(intent, parsed);
      addEvidence(user, actionId, parsed.data);
      return done();
    }
    case "remove-evidence": {
      const parsed = parseForm(removeEvidenceSchema, formData);
      if (!parsed.ok) badRequest();
      removeEvidence(user, actionId, parsed.data.evidenceId);
      return done();
    }
    case "publish":
    case "unpublish": {
      const published = setPublished(user, actionId, intent === "publish");
      if (!published.ok) return fail(intent, formFailure(formData, { [published.field]: published.error }));
      return done();
    }
    case "quotes": {
      const parsed = parseForm(quotesSchema, formData, QUOTE_ARRAYS);
      if (!parsed.ok) return fail(intent, parsed);
      const chosen = setQuotes(user, actionId, parsed.data.codingId, readHashesFrom(formData.entries()));
      if (!chosen.ok) {
        const failure = formFailure(formData, { [chosen.field]: chosen.error }, QUOTE_ARRAYS);
        // A quote whose text changed is shown again unticked, with its words as they are now, to be read again.
        const changed = new Set((chosen.changed ?? []).map(String));
        const ticked = failure.values.codingId;
        const values = Array.isArray(ticked)
          ? { ...failure.values, codingId: ticked.filter((id) => !changed.has(id)) }
          : failure.values;
        return fail(intent, { ...failure, values });
      }
      return done();
    }
  }
}
