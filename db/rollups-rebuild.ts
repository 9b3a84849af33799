/**
 * `npm run rollups:rebuild`: rebuilds the dashboards' roll-ups from the raw answer facts in one transaction
 * (app/insights/rollups-repair.server.ts) and prints what it changed: per roll-up table, the rows that were wrong or
 * extra and the rows that were missing, and the surveys they belonged to. Audited. Safe to run while the app serves
 * (writers wait for its transaction), and to run again: a second run changes nothing.
 */
import { repairRollups } from "../app/insights/rollups-repair.server";
import { closeDb } from "./client";

try {
  const started = performance.now();
  const report = repairRollups();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Rebuilt the roll-ups from ${report.responses} responses in ${seconds} s.`);
  for (const change of report.changes)
    console.log(
      `  ${change.table}: ${change.rowsBefore} rows before, ${change.rowsAfter} after; ${change.wrong} wrong or extra, ${change.missing} missing.`,
    );
  console.log(
    report.surveys.length
      ? `Counts were wrong for surveys ${report.surveys.join(", ")}: corrected, and audited.`
      : "Every count was already right: nothing changed.",
  );
} catch (error) {
  console.error(`Rebuilding the roll-ups failed (nothing changed): ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
