/**
 * The accountability report: the organisation's actions raised in a period,
 * where each stands today, and the figures over them (report.ts).
 */
import { aliasedTable, and, asc, between, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actions, engagements, users } from "../../db/schema";
import { daysToAgreement, daysToDone, doneByTarget, summariseActions } from "./report";
import type { Period } from "./schemas";
import { isOverdue } from "./status";

const owner = aliasedTable(users, "owner");

export function accountabilityReport(organisationId: number, period: Period, today: string) {
  const rows = getDb()
    .select({
      id: actions.id,
      title: actions.title,
      engagementTitle: engagements.title,
      owningTeam: actions.owningTeam,
      ownerName: owner.name,
      status: actions.status,
      statusReason: actions.statusReason,
      raisedOn: actions.raisedOn,
      targetDate: actions.targetDate,
      agreedOn: actions.agreedOn,
      doneOn: actions.doneOn,
      published: actions.published,
    })
    .from(actions)
    .innerJoin(engagements, eq(engagements.id, actions.engagementId))
    .leftJoin(owner, eq(owner.id, actions.ownerUserId))
    .where(and(eq(actions.organisationId, organisationId), between(actions.raisedOn, period.from, period.to)))
    .orderBy(asc(actions.raisedOn), asc(actions.id))
    .all()
    .map((row) => ({
      ...row,
      overdue: isOverdue(row, today),
      doneByTarget: doneByTarget(row, today),
      daysToAgreement: daysToAgreement(row),
      daysToDone: daysToDone(row),
    }));
  return { period, today, rows, summary: summariseActions(rows, today) };
}

export type AccountabilityReport = ReturnType<typeof accountabilityReport>;
