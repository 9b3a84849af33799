/**
 * Re-redaction: when the redaction rules improve, what panels and staff read catches up. For every response
 * submitted on or after a day (and still within its survey's retention, since older ones are purged with their
 * originals), the original free text is rebuilt from the kept originals (`unredacted_text`, with the stored text
 * for answers redaction never changed) and sent through the same entry point as ingest (`redactAnswers`), so the two
 * can never disagree. Batches of responses go in one transaction each; one audit entry per organisation says how many
 * answers changed. Running it twice changes nothing the second time.
 */
import { and, asc, eq, gt, gte } from "drizzle-orm";
import { getDb } from "../../db/client";
import { responses, surveyVersions } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { withTexts } from "../respondent/free-text";
import { redactAnswers } from "../respondent/responses.server";

const BATCH = 500;

export type ReRedaction = { responses: number; answersChanged: number; responsesChanged: number };

export function reRedactSince(since: string): ReRedaction {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(`${since}T00:00:00Z`)))
    throw new Error(`"${since}" is not a day (YYYY-MM-DD)`);
  const db = getDb();
  const definitions = new Map<number, object>();
  const definitionOf = (versionId: number) => {
    let found = definitions.get(versionId);
    if (!found) {
      found = db.select({ d: surveyVersions.definition }).from(surveyVersions).where(eq(surveyVersions.id, versionId)).get()!.d;
      definitions.set(versionId, found);
    }
    return found;
  };
  const total: ReRedaction = { responses: 0, answersChanged: 0, responsesChanged: 0 };
  const byOrganisation = new Map<number, { responses: number; answers: number }>();
  let after = 0;
  for (;;) {
    const batch = db.transaction((tx) => {
      const rows = tx
        .select({
          id: responses.id,
          organisationId: responses.organisationId,
          versionId: responses.surveyVersionId,
          language: responses.language,
          answers: responses.answers,
          unredactedText: responses.unredactedText,
        })
        .from(responses)
        .where(and(gte(responses.submittedOn, since), gt(responses.id, after)))
        .orderBy(asc(responses.id))
        .limit(BATCH)
        .all();
      for (const row of rows) {
        const originals = withTexts(row.answers, row.unredactedText ?? {});
        const { redacted, unredacted } = redactAnswers(definitionOf(row.versionId), originals, row.language);
        const changed = Object.keys(redacted).filter((key) => JSON.stringify(redacted[key]) !== JSON.stringify(row.answers[key]));
        if (changed.length === 0 && JSON.stringify(unredacted) === JSON.stringify(row.unredactedText)) continue;
        tx.update(responses).set({ answers: redacted, unredactedText: unredacted }).where(eq(responses.id, row.id)).run();
        total.responsesChanged += 1;
        total.answersChanged += changed.length;
        const entry = byOrganisation.get(row.organisationId) ?? { responses: 0, answers: 0 };
        entry.responses += 1;
        entry.answers += changed.length;
        byOrganisation.set(row.organisationId, entry);
      }
      return rows;
    });
    total.responses += batch.length;
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1].id;
  }
  db.transaction((tx) => {
    for (const [organisationId, entry] of byOrganisation)
      recordAudit(tx, {
        organisationId,
        actorUserId: null,
        action: "responses.reredacted",
        objectType: "response",
        detail: { since, responses: entry.responses, answers: entry.answers },
      });
  });
  return total;
}
