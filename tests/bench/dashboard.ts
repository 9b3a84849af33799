/**
 * Insights dashboard server time for one survey at several sizes: cold, warm,
 * and filtered by one answer, against one hand-written GROUP BY on the same
 * file (dashboard-child.ts says exactly what each side does). A call that runs
 * past the cap is stopped and reported as "more than" the cap. The last size
 * is a million responses over 20 surveys of one organisation, timed on one
 * survey's dashboard (about 50k): a figure for one survey alone in its file
 * could be flattered by having the whole database to itself.
 */
import { watchChild, type Watched } from "./child";
import type { DashboardEvent, DashboardPhase, DashboardPlan } from "./dashboard-child";
import { seededResponses, type CachedResponses } from "./response-cache";
import type { BenchContext, Row, Scenario } from "./scenarios";
import { median } from "./stats";

/** Issue 23's targets: under 300 ms at a million responses (one survey's, or 20 surveys' in one file), under 100 ms at 100k. */
const TARGETS_MS: Record<string, number> = { "100k": 100, "1M": 300, "1M in 20 surveys": 300 };

type SizePlan = { size: number; surveys?: number; plan: DashboardPlan };

function plans(quick: boolean): { sizes: SizePlan[]; capMs: number } {
  if (quick)
    return {
      capMs: 30_000,
      sizes: [1_000, 10_000].map((size) => ({
        size,
        plan: { prime: true, runs: { cold: 2, warm: 3, filtered: 3 }, phaseBudgetMs: 3_000 },
      })),
    };
  return {
    // One call over the cap is already a hundred times the target; waiting longer would only make the run long.
    capMs: 30_000,
    sizes: [
      { size: 10_000, plan: { prime: true, runs: { cold: 3, warm: 5, filtered: 5 }, phaseBudgetMs: 6_000 } },
      { size: 100_000, plan: { prime: true, runs: { cold: 1, warm: 3, filtered: 3 }, phaseBudgetMs: 20_000 } },
      { size: 1_000_000, plan: { prime: true, runs: { cold: 1, warm: 3, filtered: 3 }, phaseBudgetMs: 20_000 } },
      {
        size: 1_000_000,
        surveys: 20,
        plan: { prime: true, runs: { cold: 1, warm: 3, filtered: 3 }, phaseBudgetMs: 20_000 },
      },
    ],
  };
}

const sizeLabel = (size: number, surveys = 1) =>
  `${size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`}${surveys > 1 ? ` in ${surveys} surveys` : ""}`;

type Outcome = { times: Record<"ours" | "baseline", Record<DashboardPhase, number[]>>; filter: string; share: number };

function collect(outcome: Outcome, watched: Watched<DashboardEvent>) {
  for (const event of watched.events) {
    if (event.event === "time") outcome.times[event.who][event.phase].push(event.ms);
    if (event.event === "filter") Object.assign(outcome, { filter: event.filter, share: event.share });
  }
}

async function measure(seeded: CachedResponses, surveyId: number, plan: DashboardPlan, capMs: number) {
  const run = (p: DashboardPlan) =>
    watchChild<DashboardEvent>(
      ["tests/bench/dashboard-child.ts", seeded.file, String(seeded.organisationId), String(surveyId), JSON.stringify(p)],
      { capMs, isStart: (event) => event.event === "start" },
    );
  const empty = () => ({ first: [], cold: [], warm: [], filtered: [] });
  const outcome: Outcome = { times: { ours: empty(), baseline: empty() }, filter: "", share: 0 };
  const stopped: Partial<Record<DashboardPhase, number>> = {};
  const first = await run(plan);
  collect(outcome, first);
  let filteredFresh = false;
  if (first.stopped?.step?.event === "start") {
    stopped[first.stopped.step.phase] = first.stopped.ms;
    // Stopped before the filtered calls: measure those in a fresh process (their first call then opens the connection).
    if (first.stopped.step.phase !== "filtered") {
      const second = await run({
        prime: false,
        runs: { cold: 0, warm: 0, filtered: plan.runs.filtered },
        phaseBudgetMs: plan.phaseBudgetMs,
      });
      collect(outcome, second);
      filteredFresh = true;
      if (second.stopped?.step?.event === "start") stopped.filtered = second.stopped.ms;
    }
  }
  return { outcome, stopped, filteredFresh };
}

export const dashboard: Scenario = {
  name: "insights dashboard",
  async run({ quick, runChild }: BenchContext) {
    const { sizes, capMs } = plans(quick);
    const rows: Row[] = [];
    for (const { size, surveys = 1, plan } of sizes) {
      const seeded = await seededResponses(size, runChild, undefined, surveys);
      // Of several surveys, one from the middle (not the first, whose pool the others copy).
      const surveyId = seeded.surveyIds[Math.floor(seeded.surveyIds.length / 2)];
      console.log(
        `  ${sizeLabel(size, surveys)} responses (${seeded.facts.toLocaleString("en-GB")} answer facts): ${seeded.reused ? "seeded file reused" : `seeded in ${Math.round(seeded.seconds)} s`}${surveys > 1 ? `; timing survey ${surveyId}` : ""}`,
      );
      const { outcome, stopped, filteredFresh } = await measure(seeded, surveyId, plan, capMs);
      const phases: { phase: DashboardPhase; label: string }[] = [
        { phase: "first", label: "first call in a fresh process" },
        { phase: "cold", label: "cold: first call on a fresh connection" },
        { phase: "warm", label: "warm" },
        { phase: "filtered", label: `filtered by one answer${filteredFresh ? " (from a fresh connection)" : ", warm"}` },
      ];
      for (const { phase, label } of phases) {
        const ours = outcome.times.ours[phase];
        const baseline = median(outcome.times.baseline[phase]);
        // The targets are the page's (cold, warm, filtered); a process's first call is shown beside them, not judged.
        const targetMs = phase === "first" ? undefined : TARGETS_MS[sizeLabel(size, surveys)];
        const judged = targetMs !== undefined;
        const common = {
          label: `${sizeLabel(size, surveys)} responses, ${label}`,
          baseline: Number.isFinite(baseline) ? baseline : undefined,
          unit: "ms",
          target: judged ? `< ${targetMs} ms` : undefined,
        };
        const filterNote =
          phase === "filtered" ? `; filter ${outcome.filter} (${Math.round(outcome.share * 100)} % of responses)` : "";
        if (ours.length > 0)
          rows.push({
            ...common,
            ours: median(ours),
            met: judged ? median(ours) < targetMs : undefined,
            note: `median of ${ours.length} (baseline of ${outcome.times.baseline[phase].length})${filterNote}`,
          });
        else if (stopped[phase] !== undefined)
          rows.push({
            ...common,
            ours: stopped[phase],
            atLeast: true,
            met: judged ? false : undefined,
            note: `stopped at the ${capMs / 1000} s cap: one call takes longer${filterNote}`,
          });
        else
          rows.push({
            ...common,
            ours: Number.NaN,
            note: "not measured: an earlier call at this size passed the cap",
          });
      }
    }
    return rows;
  },
};
