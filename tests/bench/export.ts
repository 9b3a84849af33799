/**
 * CSV export of a survey's responses: rows per second and how much memory
 * grows while they pass, ours (exportResponses) against a bare iterate() on
 * the same file (export-child.ts says exactly what each does). Each runs in a
 * process of its own, on the dashboard's seeded file. Four runs in the order baseline, ours, ours, baseline, so
 * that a machine getting busier or quieter during the scenario (a shared machine does) weighs on both sides alike,
 * and the disk cache warmed by the first run helps both; each side's rate is its two runs' rows over their seconds.
 */
import { seededResponses } from "./response-cache";
import type { BenchContext, Scenario } from "./scenarios";

/** Issue 23: at least nine tenths of the bare loop's rows per second, measured in the same run. */
const TARGET_RATIO = 0.9;
/** "Flat": the resident set grows by less than this however many rows pass (a million CSV rows are ~500 MB). */
const FLAT_MB = 64;

type ExportRun = {
  rows: number;
  bytes: number;
  seconds: number;
  rssBefore: number;
  heapBefore: number;
  rssPeak: number;
  heapPeak: number;
};

const mb = (bytes: number) => bytes / 2 ** 20;

export const exportScenario: Scenario = {
  name: "export",
  async run({ quick, runChild }: BenchContext) {
    const size = quick ? 10_000 : 1_000_000;
    const seeded = await seededResponses(size, runChild);
    const run = async (kind: "ours" | "baseline") =>
      JSON.parse(
        await runChild([
          "--expose-gc",
          "tests/bench/export-child.ts",
          seeded.file,
          String(seeded.organisationId),
          String(seeded.surveyId),
          kind,
        ]),
      ) as ExportRun;
    const runs = [await run("baseline"), await run("ours"), await run("ours"), await run("baseline")];
    const both = (a: ExportRun, b: ExportRun): ExportRun => ({
      rows: a.rows,
      bytes: a.bytes,
      seconds: a.seconds + b.seconds,
      rssBefore: Math.min(a.rssBefore, b.rssBefore),
      heapBefore: Math.min(a.heapBefore, b.heapBefore),
      // Memory is judged on the worse of the two runs, not their sum.
      rssPeak: Math.min(a.rssBefore, b.rssBefore) + Math.max(a.rssPeak - a.rssBefore, b.rssPeak - b.rssBefore),
      heapPeak: Math.max(a.heapPeak, b.heapPeak),
    });
    const baseline = both(runs[0], runs[3]);
    const ours = both(runs[1], runs[2]);
    if (runs.some((r) => r.rows !== size)) throw new Error(`exported ${runs.map((r) => r.rows).join(", ")} rows, wanted ${size}`);
    const label = `${size.toLocaleString("en-GB")} responses as CSV`;
    const rate = (r: ExportRun) => (2 * r.rows) / r.seconds;
    const growth = (r: ExportRun) => mb(r.rssPeak - r.rssBefore);
    return [
      {
        label: `${label}: rows per second`,
        ours: rate(ours),
        baseline: rate(baseline),
        unit: "rows/s",
        target: `≥ ${TARGET_RATIO} × the bare loop`,
        met: quick ? undefined : rate(ours) >= TARGET_RATIO * rate(baseline),
        note: `${runs[1].seconds.toFixed(1)} s and ${runs[2].seconds.toFixed(1)} s for ${mb(ours.bytes).toFixed(0)} MB (baseline ${runs[0].seconds.toFixed(1)} s and ${runs[3].seconds.toFixed(1)} s for ${mb(baseline.bytes).toFixed(0)} MB, no labels or formula neutralisation)`,
      },
      {
        label: `${label}: peak resident memory growth during the export`,
        ours: growth(ours),
        baseline: growth(baseline),
        unit: "MB",
        target: `flat: < ${FLAT_MB} MB`,
        met: quick ? undefined : growth(ours) < FLAT_MB,
        note: `RSS ${mb(ours.rssBefore).toFixed(0)} → ${mb(ours.rssPeak).toFixed(0)} MB, heap ${mb(ours.heapBefore).toFixed(0)} → ${mb(ours.heapPeak).toFixed(0)} MB at most (baseline RSS ${mb(baseline.rssBefore).toFixed(0)} → ${mb(baseline.rssPeak).toFixed(0)} MB, heap ${mb(baseline.heapBefore).toFixed(0)} → ${mb(baseline.heapPeak).toFixed(0)} MB)`,
      },
    ];
  },
};
