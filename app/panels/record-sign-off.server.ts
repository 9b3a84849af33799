/**
 * Signing a session off freezes its record (the database refuses later changes) and sends each recommendation to
 * the action log as a proposed action for the team it is addressed to, linked to the recommendation and its theme.
 * All in one transaction: if any action cannot be written, nothing is signed off. Refused, kindly, while any theme
 * under review has no outcome.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actions, actionThemes, actionUpdates, panelSessions } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { ukToday } from "../engagements/stages";
import { fixedT } from "../i18n/i18n";
import { actionTitleFrom } from "./record-schemas";
import { closedReason, type RecordFailure } from "./record-write.server";
import { sessionFindings, sessionRecommendations, sessionThemes } from "./record.server";

export function signOffSession(actor: Actor, sessionId: number): { ok: true; actionIds: number[] } | RecordFailure {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = closedReason(tx, organisationId, sessionId);
    if (closed) return closed;
    const themes = sessionThemes(tx, organisationId, sessionId);
    const found = sessionFindings(tx, organisationId, sessionId);
    if (themes.length === 0 || themes.some((theme) => !found.some((finding) => finding.themeId === theme.id))) {
      return { ok: false as const, field: "form", error: "panelRecord.errors.outcomesMissing" };
    }
    const recs = sessionRecommendations(tx, organisationId, sessionId);
    const engagementOf = new Map(themes.map((theme) => [theme.id, theme.engagementId]));
    // An action belongs to an engagement; a theme with none (never expected: a pack's themes come from the panel's
    // engagements) would leave its recommendation with nowhere to go.
    if (recs.some((rec) => !engagementOf.get(rec.themeId))) {
      return { ok: false as const, field: "form", error: "panelRecord.errors.themeWithoutEngagement" };
    }
    const session = tx
      .select({ heldOn: panelSessions.heldOn })
      .from(panelSessions)
      .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
      .get()!;
    // Raised on the day the panel met; never a day still to come (the action log refuses history dated before it).
    const raisedOn = [session.heldOn, ukToday()].sort()[0];
    const note = { en: fixedT("en")("panelRecord.signOff.actionNote"), cy: fixedT("cy")("panelRecord.signOff.actionNote") };
    const actionIds: number[] = [];
    for (const rec of recs) {
      const created = tx
        .insert(actions)
        .values({
          organisationId,
          engagementId: engagementOf.get(rec.themeId)!,
          title: actionTitleFrom(rec.what),
          titleCy: rec.whatCy ? actionTitleFrom(rec.whatCy) : "",
          description: rec.what,
          descriptionCy: rec.whatCy,
          owningTeam: rec.toWhom,
          status: "proposed",
          raisedOn,
          recommendationId: rec.id,
          createdBy: actor.id,
        })
        .returning({ id: actions.id })
        .get();
      tx.insert(actionThemes).values({ actionId: created.id, themeId: rec.themeId }).run();
      tx.insert(actionUpdates)
        .values({
          actionId: created.id,
          updateOn: raisedOn,
          body: note.en,
          bodyCy: note.cy,
          statusFrom: null,
          statusTo: "proposed",
          isPublic: false,
          authorUserId: actor.id,
        })
        .run();
      recordAudit(tx, {
        organisationId,
        actorUserId: actor.id,
        action: "action.created",
        objectType: "action",
        objectId: created.id,
        detail: { recommendation: rec.id, panelSession: sessionId, themes: [rec.themeId] },
      });
      actionIds.push(created.id);
    }
    const signed = tx
      .update(panelSessions)
      .set({ status: "signed_off", signedOffAt: new Date().toISOString(), signedOffBy: actor.id })
      .where(
        and(
          eq(panelSessions.id, sessionId),
          eq(panelSessions.organisationId, organisationId),
          eq(panelSessions.status, "issued"),
        ),
      )
      .run();
    if (signed.changes !== 1) throw new Error("The session changed while it was being signed off");
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "panel_session.signed_off",
      objectType: "panel_session",
      objectId: sessionId,
      detail: { findings: found.length, recommendations: recs.length, actions: actionIds },
    });
    return { ok: true as const, actionIds };
  });
}
