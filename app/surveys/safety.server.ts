/**
 * The safety gate for every survey. No survey reaches respondents before the
 * stage-4 safety items are done: the engagement's stage 4 when the survey
 * belongs to one, or the same items ticked for the survey itself when it does
 * not. The items are the organisation's safety stage's gating items — one
 * definition (app/engagements/stages.ts), never a copy — and the gate that
 * applies is always the one of where the survey is now, so moving a survey
 * into, between or out of engagements cannot carry a stale "done" with it.
 */
import type { Actor } from "../accounts/actor";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { surveys } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { publishReadiness } from "../engagements/engagements.server";
import { getStageDefinitions } from "../engagements/stage-definitions.server";
import { missingForPublishing, safetyGateItems } from "../engagements/stages";
import { getSurvey } from "./surveys.server";

export type SafetyGate =
  | { kind: "engagement"; engagementId: number; missing: ReturnType<typeof publishReadiness> }
  | {
      kind: "survey";
      items: { key: string; text: string; textCy: string; done: boolean }[];
      missing: ReturnType<typeof publishReadiness>;
    };

/** The gate that applies to a survey where it is now. */
export function safetyGate(
  organisationId: number,
  survey: { engagementId: number | null; settings: { safetyTicked?: string[] } },
): SafetyGate {
  if (survey.engagementId !== null) {
    return {
      kind: "engagement",
      engagementId: survey.engagementId,
      missing: publishReadiness(organisationId, survey.engagementId),
    };
  }
  const stages = getStageDefinitions(organisationId);
  const ticked = survey.settings.safetyTicked ?? [];
  return {
    kind: "survey",
    items: safetyGateItems(stages).map((item) => ({ ...item, done: ticked.includes(item.key) })),
    missing: missingForPublishing(
      stages,
      ticked.map((itemKey) => ({ itemKey, done: true })),
    ),
  };
}

/** Ticks the survey's own safety items (only the gating items exist here), recording who changed what. */
export function updateSurveySafety(actor: Actor, surveyId: number, ticked: string[]) {
  const survey = getSurvey(actor.organisation.id, surveyId);
  if (survey.engagementId !== null) return { ok: false as const, error: "surveySafety.inEngagement" };
  const keys = safetyGateItems(getStageDefinitions(actor.organisation.id)).map((item) => item.key);
  const before = new Set(survey.settings.safetyTicked ?? []);
  const after = keys.filter((key) => ticked.includes(key));
  const changed = [
    ...after.filter((key) => !before.has(key)).map((key) => `+${key}`),
    ...[...before].filter((key) => !after.includes(key)).map((key) => `-${key}`),
  ];
  if (changed.length === 0) return { ok: true as const };
  getDb().transaction((tx) => {
    tx.update(surveys)
      .set({ settings: { ...survey.settings, safetyTicked: after } })
      .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "survey.safety_updated",
      objectType: "survey",
      objectId: surveyId,
      detail: { checklist: changed },
    });
  });
  return { ok: true as const };
}
