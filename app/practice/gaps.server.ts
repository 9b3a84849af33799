/**
 * Turning a gap of a signed-off assessment into an action of the action log, with its owner and date, in one
 * transaction with the link that shows the action beside the gap (and stops the same gap being raised twice).
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actions, practiceGapActions, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { writeAction } from "../actions/actions.server";
import { recordAudit } from "../audit/audit.server";
import { ukToday } from "../engagements/stages";
import { notFound } from "../http/responses";
import { fixedT } from "../i18n/i18n";
import { assessmentContext, assessmentRatings, getAssessment, type Failure } from "./practice.server";
import { gapsInOrder } from "./profile";
import type { GapActionInput } from "./schemas";

export function gapActions(organisationId: number, assessmentId: number) {
  return getDb()
    .select({
      statementKey: practiceGapActions.statementKey,
      actionId: actions.id,
      title: actions.title,
      status: actions.status,
      targetDate: actions.targetDate,
      ownerName: users.name,
    })
    .from(practiceGapActions)
    .innerJoin(actions, and(eq(actions.id, practiceGapActions.actionId), eq(actions.organisationId, organisationId)))
    .leftJoin(users, eq(users.id, actions.ownerUserId))
    .where(eq(practiceGapActions.assessmentId, assessmentId))
    .all();
}

/** A gap of the assessment, with its wording; 404 for a statement that is not one of its gaps. */
export function getGap(organisationId: number, assessmentId: number, statementKey: string) {
  const assessment = getAssessment(organisationId, assessmentId);
  if (assessment.status !== "signed_off") notFound();
  const context = assessmentContext(organisationId, assessment);
  const gap = gapsInOrder(context.statements, assessmentRatings(assessmentId)).find((g) => g.statementKey === statementKey);
  const statement = context.statements.find((s) => s.key === statementKey);
  if (!gap || !statement) notFound();
  const stage = context.stages.find((s) => s.key === statement.stage)!;
  return { assessment, gap, statement, stage };
}

export function raiseGapAction(
  actor: Actor,
  assessmentId: number,
  statementKey: string,
  input: GapActionInput,
  today = ukToday(),
): { ok: true; id: number } | Failure {
  const organisationId = actor.organisation.id;
  const { assessment, gap, statement } = getGap(organisationId, assessmentId, statementKey);
  return getDb().transaction((tx) => {
    const raised = tx
      .select({ actionId: practiceGapActions.actionId })
      .from(practiceGapActions)
      .where(and(eq(practiceGapActions.assessmentId, assessmentId), eq(practiceGapActions.statementKey, statementKey)))
      .get();
    if (raised) return { ok: false as const, field: "form", error: "practice.errors.gapRaised" };
    const describe = (lng: "en" | "cy") =>
      fixedT(lng)("practice.gap.actionDescription", {
        name: assessment.name,
        statement: lng === "cy" ? statement.textCy : statement.text,
        level: fixedT(lng)(`practice.levels.${gap.level}`),
        evidence: lng === "cy" ? statement.evidenceCy : statement.evidence,
      });
    const created = writeAction(tx, actor, {
      engagementId: input.engagementId,
      title: input.title,
      titleCy: input.titleCy,
      description: describe("en"),
      descriptionCy: describe("cy"),
      rationale: "",
      rationaleCy: "",
      owningTeam: input.owningTeam,
      ownerUserId: input.ownerUserId,
      raisedOn: today,
      targetDate: input.targetDate,
      themeId: [],
    });
    if (!created.ok) return created;
    tx.insert(practiceGapActions).values({ assessmentId, statementKey, actionId: created.id }).run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "practice_assessment.gap_raised",
      objectType: "practice_assessment",
      objectId: assessmentId,
      detail: { statement: statementKey, action: created.id },
    });
    return created;
  });
}
