/**
 * Everything the assessment page and its printable report show, gathered once: the wording the assessment is rated
 * against, the ratings, the profile by stage, the gaps in order with the actions raised from them, and the change
 * since the last signed-off assessment.
 */
import { ukToday } from "../engagements/stages";
import { gapActions } from "./gaps.server";
import { assessmentContext, assessmentRatings, contributorNames, getAssessment, previousSignedOff } from "./practice.server";
import { changeSince, gapsInOrder, levelOfScore, stageScores, statementChanges } from "./profile";

export function assessmentView(organisationId: number, assessmentId: number, today = ukToday()) {
  const assessment = getAssessment(organisationId, assessmentId);
  const context = assessmentContext(organisationId, assessment, today);
  const ratings = assessmentRatings(assessmentId);
  const rated = ratings.map(({ statementKey, level }) => ({ statementKey, level }));
  const scores = stageScores(context.statements, rated);
  const previous = previousSignedOff(organisationId, assessment);
  const raised = gapActions(organisationId, assessmentId);
  const statementOf = (key: string) => context.statements.find((s) => s.key === key)!;
  return {
    assessment: {
      id: assessment.id,
      name: assessment.name,
      assessedOn: assessment.assessedOn,
      status: assessment.status,
      signedOffAt: assessment.signedOffAt,
      signedOffBy: assessment.signedOffBy,
    },
    contributors: contributorNames(assessmentId),
    stages: context.stages.map((stage) => {
      const score = scores.find((s) => s.stage === stage.key)!;
      return {
        ...stage,
        score: score.score,
        rated: score.rated,
        total: score.total,
        level: score.score === null ? null : levelOfScore(score.score),
      };
    }),
    statements: context.statements,
    figures: context.figures,
    figureKeys: context.figureKeys,
    ratings,
    unrated: context.statements.length - rated.filter((r) => context.statements.some((s) => s.key === r.statementKey)).length,
    gaps: gapsInOrder(context.statements, rated).map((gap) => ({
      ...gap,
      statement: statementOf(gap.statementKey),
      action: raised.find((row) => row.statementKey === gap.statementKey) ?? null,
    })),
    change: previous
      ? {
          name: previous.name,
          assessedOn: previous.assessedOn,
          stages: changeSince(scores, stageScores(context.statements, previous.ratings)),
          statements: statementChanges(rated, previous.ratings).flatMap((row) => {
            const statement = context.statements.find((s) => s.key === row.statementKey);
            return statement ? [{ ...row, text: statement.text, textCy: statement.textCy }] : [];
          }),
        }
      : null,
  };
}

export type AssessmentView = ReturnType<typeof assessmentView>;
