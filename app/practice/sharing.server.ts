/**
 * Opt-in sharing of signed-off profiles across the organisations of one installation, and the comparison an
 * organisation that shares may see. What leaves an organisation is only its latest signed-off stage scores, and
 * what reaches another is only compareWithOthers' distribution (compare.ts): no organisation id, name or single
 * profile crosses here, and nothing at all below MIN_SHARING others. Only organisations that share see the
 * comparison, so nobody reads the others without giving their own.
 */
import { and, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { practiceAssessments, practiceRatings, practiceSharing } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { ukToday, type StageKey } from "../engagements/stages";
import { compareWithOthers, type Comparison, type SharedProfile } from "./compare";
import { stageScores } from "./profile";

export function sharingOf(organisationId: number) {
  return (
    getDb()
      .select({ sharedSince: practiceSharing.sharedSince })
      .from(practiceSharing)
      .where(eq(practiceSharing.organisationId, organisationId))
      .get() ?? null
  );
}

export function setSharing(actor: Actor, share: boolean, today = ukToday()) {
  const organisationId = actor.organisation.id;
  getDb().transaction((tx) => {
    const current = tx
      .select({ organisationId: practiceSharing.organisationId })
      .from(practiceSharing)
      .where(eq(practiceSharing.organisationId, organisationId))
      .get();
    if (Boolean(current) === share) return;
    if (share) tx.insert(practiceSharing).values({ organisationId, sharedSince: today, sharedBy: actor.id }).run();
    else tx.delete(practiceSharing).where(eq(practiceSharing.organisationId, organisationId)).run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: share ? "practice_sharing.started" : "practice_sharing.stopped",
      objectType: "practice_sharing",
    });
  });
}

/** The latest signed-off profile of every other sharing organisation, anonymous from here on. */
function othersProfiles(organisationId: number): SharedProfile[] {
  const db = getDb();
  const rows = db
    .select({
      organisationId: practiceAssessments.organisationId,
      id: practiceAssessments.id,
      assessedOn: practiceAssessments.assessedOn,
      snapshot: practiceAssessments.snapshot,
    })
    .from(practiceAssessments)
    .innerJoin(practiceSharing, eq(practiceSharing.organisationId, practiceAssessments.organisationId))
    .where(and(eq(practiceAssessments.status, "signed_off"), ne(practiceAssessments.organisationId, organisationId)))
    .all();
  const latest = new Map<number, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = latest.get(row.organisationId);
    if (!seen || row.assessedOn > seen.assessedOn || (row.assessedOn === seen.assessedOn && row.id > seen.id)) {
      latest.set(row.organisationId, row);
    }
  }
  const chosen = [...latest.values()];
  if (chosen.length === 0) return [];
  const ratings = db
    .select({
      assessmentId: practiceRatings.assessmentId,
      statementKey: practiceRatings.statementKey,
      level: practiceRatings.level,
    })
    .from(practiceRatings)
    .where(
      inArray(
        practiceRatings.assessmentId,
        chosen.map((row) => row.id),
      ),
    )
    .all();
  return chosen.map((row) => {
    const statements = (row.snapshot?.statements ?? []).map((s) => ({ key: s.key, stage: s.stage as StageKey }));
    const scores = stageScores(
      statements,
      ratings.filter((rating) => rating.assessmentId === row.id),
    );
    return Object.fromEntries(scores.flatMap((score) => (score.score === null ? [] : [[score.stage, score.score]])));
  });
}

/** The distribution of the others, for an organisation that shares; null when it does not, or too few others do. */
export function comparisonFor(organisationId: number): { sharing: boolean; comparison: Comparison } {
  const sharing = sharingOf(organisationId) !== null;
  return { sharing, comparison: sharing ? compareWithOthers(othersProfiles(organisationId)) : null };
}
