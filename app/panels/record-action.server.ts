/**
 * What the record page's forms do. Each form sends an `intent`: the chair or an admin record, every member may
 * comment (403 otherwise; 400 for an intent not known). A failure answers 400 with the intent (and the theme, for
 * the forms each theme has), so only that form shows its errors and keeps what was typed; a success redirects.
 */
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "../accounts/session.server";
import { formFailure, parseForm, type FieldErrors, type FormValues } from "../components/form/parse-form";
import { badRequest, forbidden } from "../http/responses";
import { sessionAccess } from "./access.server";
import {
  ATTENDANCE_ARRAYS,
  attendanceSchema,
  commentSchema,
  findingPrefix,
  findingSchema,
  isRecordIntent,
  minutesSchema,
  parseScoped,
  RECORDER_INTENTS,
  recommendationPrefix,
  recommendationSchema,
  removeRecommendationSchema,
  themeIdSchema,
  type RecordIntent,
} from "./record-schemas";
import { signOffSession } from "./record-sign-off.server";
import {
  addComment,
  addRecommendation,
  frozenFailure,
  isFrozenError,
  removeRecommendation,
  saveAttendance,
  saveFinding,
  saveMinutes,
  type RecordFailure,
} from "./record-write.server";
import { sessionMembers } from "./record.server";
import { getDb } from "../../db/client";

export type RecordPageFailure = {
  ok: false;
  intent: RecordIntent;
  themeId: number | null;
  errors: FieldErrors;
  values: FormValues;
};

function fail(intent: RecordIntent, themeId: number | null, failure: { errors: FieldErrors; values: FormValues }) {
  return data(
    { ok: false as const, intent, themeId, errors: failure.errors, values: failure.values } satisfies RecordPageFailure,
    { status: 400 },
  );
}

export async function recordPageAction(user: SessionUser, panelId: number, sessionId: number, request: Request) {
  const access = sessionAccess(user, panelId, sessionId);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isRecordIntent(intent)) badRequest();
  if (RECORDER_INTENTS.includes(intent) && access.as === "member") forbidden();
  const base = `/panels/${panelId}/sessions/${sessionId}/record`;
  const theme = themeIdSchema.safeParse({ themeId: formData.get("themeId") ?? "" });
  const themeId = theme.success ? theme.data.themeId : null;
  const refused = (outcome: RecordFailure, arrays: readonly string[] = []) =>
    fail(intent, themeId, formFailure(formData, { [outcome.field]: outcome.error }, arrays));
  const done = (anchor = "") => redirect(`${base}?done=${intent}${anchor}`);

  try {
    switch (intent) {
      case "finding": {
        if (themeId === null) badRequest();
        const parsed = parseScoped(findingSchema, formData, findingPrefix(themeId));
        if (!parsed.ok) return fail(intent, themeId, parsed);
        const saved = saveFinding(user, sessionId, themeId, parsed.data);
        return saved.ok ? done(`#theme-${themeId}`) : refused(saved);
      }
      case "recommendation": {
        if (themeId === null) badRequest();
        const parsed = parseScoped(recommendationSchema, formData, recommendationPrefix(themeId));
        if (!parsed.ok) return fail(intent, themeId, parsed);
        const added = addRecommendation(user, sessionId, themeId, parsed.data);
        return added.ok ? done(`#theme-${themeId}`) : refused(added);
      }
      case "remove-recommendation": {
        const parsed = parseForm(removeRecommendationSchema, formData);
        if (!parsed.ok) badRequest();
        const removed = removeRecommendation(user, sessionId, parsed.data.recommendationId);
        return removed.ok ? done(themeId ? `#theme-${themeId}` : "") : refused(removed);
      }
      case "attendance": {
        const memberIds = sessionMembers(getDb(), user.organisation.id, panelId, sessionId).map((member) => member.userId);
        const parsed = parseForm(attendanceSchema(memberIds), formData, ATTENDANCE_ARRAYS);
        if (!parsed.ok) return fail(intent, null, parsed);
        const saved = saveAttendance(user, panelId, sessionId, parsed.data);
        return saved.ok ? done("#attendance") : refused(saved, ATTENDANCE_ARRAYS);
      }
      case "minutes": {
        const parsed = parseForm(minutesSchema, formData);
        if (!parsed.ok) return fail(intent, null, parsed);
        const saved = saveMinutes(user, sessionId, parsed.data);
        return saved.ok ? done("#minutes-section") : refused(saved);
      }
      case "comment": {
        const parsed = parseForm(commentSchema, formData);
        if (!parsed.ok) return fail(intent, null, parsed);
        const added = addComment(user, sessionId, parsed.data);
        return added.ok ? done("#comments") : refused(added);
      }
      case "sign-off": {
        const signed = signOffSession(user, sessionId);
        return signed.ok ? done() : refused(signed);
      }
    }
  } catch (error) {
    // The database's own refusal, should sign-off have happened between the check and the write.
    if (isFrozenError(error)) return refused(frozenFailure);
    throw error;
  }
}
