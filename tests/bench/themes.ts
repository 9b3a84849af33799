/**
 * Theme suggestions for one question's free-text answers at 1k and 10k:
 * suggestThemes against the same tokeniser with a trivial grouping
 * (themes-child.ts says exactly what each does).
 */
import type { BenchContext, Row, Scenario } from "./scenarios";

const TARGET_MS = 5_000;

type ThemesRun = {
  answers: number;
  welsh: number;
  meanWords: number;
  ours: number;
  baseline: number;
  runs: number;
  suggestions: number;
  ungrouped: number;
  baselineGroups: number;
};

export const themeSuggestions: Scenario = {
  name: "theme suggestions",
  async run({ quick, runChild }: BenchContext) {
    const sizes = quick
      ? [{ answers: 1_000, runs: 1 }]
      : [
          { answers: 1_000, runs: 3 },
          { answers: 10_000, runs: 1 },
        ];
    const rows: Row[] = [];
    for (const { answers, runs } of sizes) {
      const run = JSON.parse(await runChild(["tests/bench/themes-child.ts", String(answers), String(runs)])) as ThemesRun;
      const judged = answers === 10_000;
      rows.push({
        label: `${answers.toLocaleString("en-GB")} answers (${run.welsh.toLocaleString("en-GB")} in Welsh, ${run.meanWords.toFixed(0)} words on average)`,
        ours: run.ours,
        baseline: run.baseline,
        unit: "ms",
        target: judged ? `< ${TARGET_MS / 1000} s` : undefined,
        met: judged ? run.ours < TARGET_MS : undefined,
        note: `${runs > 1 ? `median of ${runs}; ` : ""}${run.suggestions} suggestions, ${run.ungrouped} answers ungrouped; baseline: the same tokeniser over every answer, then each under its most widespread term (${run.baselineGroups} groups)`,
      });
    }
    return rows;
  },
};
