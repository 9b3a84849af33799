/**
 * The figures the product already holds that ground a rating, shown beside the statements that name one: computed
 * from the organisation's own records over the year to the day asked about, and frozen into an assessment when it
 * is signed off. These count the organisation's own decisions and meetings, never respondents, so no disclosure
 * control applies (as in the action log's accountability report).
 */
import { and, eq, gt, inArray, isNull, lte, ne } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { actions, engagements, engagementStages, panelSessions, surveys, type PracticeSnapshot } from "../../db/schema";
import { shareDoneByTarget } from "../actions/report";
import { addDays } from "../engagements/stages";
import type { PracticeFigure } from "./statements";

export type PracticeFigures = Record<PracticeFigure, PracticeSnapshot["figures"][string]>;

type Reader = Pick<Db, "select">;

export function practiceFigures(organisationId: number, today: string, db: Reader = getDb()): PracticeFigures {
  const yearAgo = addDays(today, -365);
  const allActions = db
    .select({
      status: actions.status,
      raisedOn: actions.raisedOn,
      targetDate: actions.targetDate,
      agreedOn: actions.agreedOn,
      doneOn: actions.doneOn,
      published: actions.published,
    })
    .from(actions)
    .where(eq(actions.organisationId, organisationId))
    .all();
  const thisYear = allActions.filter((row) => row.raisedOn > yearAgo && row.raisedOn <= today);
  const onTime = shareDoneByTarget(thisYear, today);

  const sessions = db
    .select({ id: panelSessions.id })
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.organisationId, organisationId),
        eq(panelSessions.status, "signed_off"),
        gt(panelSessions.heldOn, yearAgo),
        lte(panelSessions.heldOn, today),
      ),
    )
    .all();

  const liveSurveys = db
    .select({ id: surveys.id, engagementId: surveys.engagementId })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), ne(surveys.status, "draft"), isNull(surveys.archivedAt)))
    .all();
  const openEngagements = db
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(eq(engagements.organisationId, organisationId), isNull(engagements.archivedAt)))
    .all();
  const engagementIds = [
    ...new Set([...openEngagements.map((row) => row.id), ...liveSurveys.flatMap((row) => row.engagementId ?? [])]),
  ];
  const stages = engagementIds.length
    ? db
        .select({
          engagementId: engagementStages.engagementId,
          stageKey: engagementStages.stageKey,
          status: engagementStages.status,
          nextReviewOn: engagementStages.nextReviewOn,
        })
        .from(engagementStages)
        .where(inArray(engagementStages.engagementId, engagementIds))
        .all()
    : [];
  const coDesigned = new Set(stages.filter((s) => s.stageKey === "co_design" && s.status === "done").map((s) => s.engagementId));
  const overdue = new Set(stages.filter((s) => s.nextReviewOn !== null && s.nextReviewOn < today).map((s) => s.engagementId));

  return {
    published_actions: { value: allActions.filter((row) => row.published).length, of: allActions.length },
    actions_on_time: { value: onTime.onTime, of: onTime.judged },
    panel_sessions: { value: sessions.length },
    co_designed_surveys: {
      value: liveSurveys.filter((row) => row.engagementId !== null && coDesigned.has(row.engagementId)).length,
      of: liveSurveys.length,
    },
    stages_reviewed_on_time: {
      value: openEngagements.filter((row) => !overdue.has(row.id)).length,
      of: openEngagements.length,
    },
  };
}
