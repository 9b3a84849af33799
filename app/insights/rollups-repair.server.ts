/**
 * `npm run rollups:rebuild`: the roll-ups rebuilt from the raw facts in one
 * transaction (rebuildRollups), audited for each organisation whose counts
 * were wrong, with one maintenance event for operators.
 */
import { inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { maintenanceEvents, surveys } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { rebuildRollups, type RebuildReport } from "./rollups.server";

export function repairRollups(): RebuildReport {
  const db = getDb();
  return db.transaction((tx) =>
    rebuildRollups(db.$client, (report) => {
      const owners = report.surveys.length
        ? tx
            .select({ id: surveys.id, organisationId: surveys.organisationId })
            .from(surveys)
            .where(inArray(surveys.id, report.surveys))
            .all()
        : [];
      const byOrganisation = new Map<number, number[]>();
      for (const owner of owners)
        byOrganisation.set(owner.organisationId, [...(byOrganisation.get(owner.organisationId) ?? []), owner.id]);
      for (const [organisationId, ids] of byOrganisation)
        recordAudit(tx, {
          organisationId,
          actorUserId: null,
          action: "rollups.rebuilt",
          objectType: "survey",
          detail: { surveys: ids },
        });
      tx.insert(maintenanceEvents)
        .values({ kind: "rollups", detail: { responses: report.responses, changes: report.changes, surveys: report.surveys } })
        .run();
    }),
  );
}
