/**
 * An organisation's wording of the practice statements, as the stages have theirs (stage-definitions.server.ts):
 * an admin rewords a statement and what evidence would show it, in English and Welsh, or goes back to the national
 * wording. Keys and stages never change, so ratings stay attached; open assessments read the new wording at once,
 * signed-off ones keep the wording they froze at sign-off (practice.server.ts). Each change is written with its
 * audit entry in one transaction.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { practiceStatementWording } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { getPracticeStatements } from "./practice.server";
import type { StatementWordingInput } from "./schemas";

/** The organisation's statements in wheel order, each marked when the organisation has reworded it. */
export function listStatementWording(organisationId: number) {
  const reworded = new Set(
    getDb()
      .select({ key: practiceStatementWording.statementKey })
      .from(practiceStatementWording)
      .where(eq(practiceStatementWording.organisationId, organisationId))
      .all()
      .map((row) => row.key),
  );
  return getPracticeStatements(organisationId).map(({ figure: _figure, ...statement }) => ({
    ...statement,
    reworded: reworded.has(statement.key),
  }));
}

export function saveStatementWording(actor: Actor, key: string, wording: StatementWordingInput) {
  const values = { organisationId: actor.organisation.id, statementKey: key, ...wording, updatedAt: new Date().toISOString() };
  getDb().transaction((tx) => {
    tx.insert(practiceStatementWording)
      .values(values)
      .onConflictDoUpdate({
        target: [practiceStatementWording.organisationId, practiceStatementWording.statementKey],
        set: values,
      })
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "practice_statement.reworded",
      objectType: "practice_statement",
      objectId: key,
    });
  });
}

export function resetStatementWording(actor: Actor, key: string) {
  getDb().transaction((tx) => {
    tx.delete(practiceStatementWording)
      .where(
        and(eq(practiceStatementWording.organisationId, actor.organisation.id), eq(practiceStatementWording.statementKey, key)),
      )
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "practice_statement.reset",
      objectType: "practice_statement",
      objectId: key,
    });
  });
}
