/**
 * Changes to a panel session's record while it is open (pack issued, not yet signed off): findings, recommendations,
 * attendance and declarations, minutes, and members' comments. Who may do each is the route's check; each function
 * reads the session's status inside the transaction that writes, so a record signed off a moment ago is refused
 * kindly (the database triggers refuse it anyway). Every query is scoped by the organisation and every change is
 * written with its audit entry.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { findings, panelAttendance, panelComments, panelSessions, recommendations } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import type { Tx } from "../actions/actions.server";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import type { AttendanceInput, CommentInput, FindingInput, MinutesInput, RecommendationInput } from "./record-schemas";
import { sessionMembers, sessionThemes } from "./record.server";

export type RecordFailure = { ok: false; field: string; error: string };
type Done = { ok: true } | RecordFailure;

const SIGNED_OFF: RecordFailure = { ok: false, field: "form", error: "panelRecord.errors.signedOff" };
const NOT_ISSUED: RecordFailure = { ok: false, field: "form", error: "panelRecord.errors.notIssued" };

/** Null when the record may be changed; otherwise why not. */
export function closedReason(tx: Tx, organisationId: number, sessionId: number): RecordFailure | null {
  const row = tx
    .select({ status: panelSessions.status })
    .from(panelSessions)
    .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  if (row.status === "signed_off") return SIGNED_OFF;
  if (row.status !== "issued") return NOT_ISSUED;
  return null;
}

/** A trigger's refusal of a change to a signed-off session (a race with sign-off): answered like the check above. */
export function isFrozenError(error: unknown): boolean {
  return error instanceof Error && /a signed-off session is frozen/.test(error.message);
}

export const frozenFailure = SIGNED_OFF;

const audit = (tx: Tx, actor: Actor, sessionId: number, action: string, detail?: Record<string, unknown>) =>
  recordAudit(tx, {
    organisationId: actor.organisation.id,
    actorUserId: actor.id,
    action,
    objectType: "panel_session",
    objectId: sessionId,
    detail,
  });

function isSessionTheme(tx: Tx, organisationId: number, sessionId: number, themeId: number) {
  return sessionThemes(tx, organisationId, sessionId).some((theme) => theme.id === themeId);
}

/** The panel's outcome and observations for one theme: recorded, or changed. */
export function saveFinding(actor: Actor, sessionId: number, themeId: number, input: FindingInput): Done {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    if (!isSessionTheme(tx, organisationId, sessionId, themeId)) notFound();
    const saved = tx
      .insert(findings)
      .values({ organisationId, sessionId, themeId, ...input })
      .onConflictDoUpdate({ target: [findings.sessionId, findings.themeId], set: { ...input } })
      .returning({ id: findings.id })
      .get();
    audit(tx, actor, sessionId, "panel_session.finding_recorded", { finding: saved.id, theme: themeId, outcome: input.outcome });
    return { ok: true as const };
  });
}

/** A recommendation about a theme whose outcome is recorded. */
export function addRecommendation(actor: Actor, sessionId: number, themeId: number, input: RecommendationInput): Done {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    if (!isSessionTheme(tx, organisationId, sessionId, themeId)) notFound();
    const finding = tx
      .select({ id: findings.id })
      .from(findings)
      .where(and(eq(findings.sessionId, sessionId), eq(findings.themeId, themeId), eq(findings.organisationId, organisationId)))
      .get();
    if (!finding) return { ok: false as const, field: "form", error: "panelRecord.errors.outcomeFirst" };
    const created = tx
      .insert(recommendations)
      .values({ organisationId, sessionId, findingId: finding.id, ...input })
      .returning({ id: recommendations.id })
      .get();
    audit(tx, actor, sessionId, "panel_session.recommendation_added", {
      recommendation: created.id,
      theme: themeId,
      toWhom: input.toWhom,
      priority: input.priority,
    });
    return { ok: true as const };
  });
}

export function removeRecommendation(actor: Actor, sessionId: number, recommendationId: number): Done {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    const removed = tx
      .delete(recommendations)
      .where(
        and(
          eq(recommendations.id, recommendationId),
          eq(recommendations.sessionId, sessionId),
          eq(recommendations.organisationId, organisationId),
        ),
      )
      .returning({ id: recommendations.id })
      .get();
    if (!removed) notFound();
    audit(tx, actor, sessionId, "panel_session.recommendation_removed", { recommendation: recommendationId });
    return { ok: true as const };
  });
}

export function saveMinutes(actor: Actor, sessionId: number, input: MinutesInput): Done {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    tx.update(panelSessions)
      .set({ minutes: input.minutes, minutesCy: input.minutesCy })
      .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
      .run();
    audit(tx, actor, sessionId, "panel_session.minutes_saved");
    return { ok: true as const };
  });
}

/** Who attended and what each member declared; members who have left the panel since are not touched. */
export function saveAttendance(actor: Actor, panelId: number, sessionId: number, input: AttendanceInput): Done {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    const members = sessionMembers(tx, organisationId, panelId, sessionId).map((member) => member.userId);
    const rows = input.members.filter((row) => members.includes(row.userId));
    for (const row of rows) {
      tx.insert(panelAttendance)
        .values({ sessionId, userId: row.userId, attended: row.attended, declaration: row.declaration })
        .onConflictDoUpdate({
          target: [panelAttendance.sessionId, panelAttendance.userId],
          set: { attended: row.attended, declaration: row.declaration },
        })
        .run();
    }
    audit(tx, actor, sessionId, "panel_session.attendance_saved", {
      attended: rows.filter((row) => row.attended).map((row) => row.userId),
      declarations: rows.filter((row) => row.declaration !== "").map((row) => row.userId),
    });
    return { ok: true as const };
  });
}

/** A member's comment on the session or one of its themes. */
export function addComment(actor: Actor, sessionId: number, input: CommentInput): Done {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    if (input.commentThemeId !== null && !isSessionTheme(tx, organisationId, sessionId, input.commentThemeId)) {
      return { ok: false as const, field: "commentThemeId", error: "panelRecord.errors.unknownTheme" };
    }
    const created = tx
      .insert(panelComments)
      .values({ sessionId, themeId: input.commentThemeId, authorUserId: actor.id, body: input.body })
      .returning({ id: panelComments.id })
      .get();
    audit(tx, actor, sessionId, "panel_session.comment_added", { comment: created.id, theme: input.commentThemeId });
    return { ok: true as const };
  });
}
