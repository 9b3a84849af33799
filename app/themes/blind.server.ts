/**
 * Blind second coding: while a sample is open, its second coder must not see
 * anyone's codings of the sampled answers, wherever else those answers show.
 */
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { codingSampleItems, codingSamples } from "../../db/schema";

/** "<responseId>:<answerKey>" of every answer the user is coding blind in an open sample of this survey. */
export function blindAnswersFor(organisationId: number, surveyId: number, userId: number): Set<string> {
  const rows = getDb()
    .select({ responseId: codingSampleItems.responseId, answerKey: codingSamples.answerKey })
    .from(codingSamples)
    .innerJoin(codingSampleItems, eq(codingSampleItems.sampleId, codingSamples.id))
    .where(
      and(
        eq(codingSamples.organisationId, organisationId),
        eq(codingSamples.surveyId, surveyId),
        eq(codingSamples.coderUserId, userId),
        isNull(codingSamples.completedAt),
      ),
    )
    .all();
  return new Set(rows.map((row) => blindKey(row.responseId, row.answerKey)));
}

export const blindKey = (responseId: number, answerKey: string) => `${responseId}:${answerKey}`;
