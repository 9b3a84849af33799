/**
 * An assessment's result: a score per stage, the gaps in the order to tackle them, and the change since the last
 * signed-off assessment. Pure: no I/O.
 *
 * A statement's level counts 0 (not started) to 3 (embedded); a stage's score is the mean over its rated statements,
 * so an open assessment shows what has been rated so far (a stage with nothing rated has no score), and a signed-off
 * one, where every statement is rated, the whole stage. A gap is a statement not yet established. Gaps come weakest
 * first: by level, then by the stage's score, then round the wheel.
 */
import { PRACTICE_LEVELS, type PracticeLevel } from "../../db/enums";
import { STAGE_KEYS, type StageKey } from "../engagements/stages";

export { PRACTICE_LEVELS, type PracticeLevel };

export const MAX_SCORE = PRACTICE_LEVELS.length - 1;

export function levelScore(level: PracticeLevel): number {
  return PRACTICE_LEVELS.indexOf(level);
}

export function isPracticeLevel(value: unknown): value is PracticeLevel {
  return typeof value === "string" && (PRACTICE_LEVELS as readonly string[]).includes(value);
}

/** The level a score has reached: 2.4 has reached "established". */
export function levelOfScore(score: number): PracticeLevel {
  return PRACTICE_LEVELS[Math.max(0, Math.min(MAX_SCORE, Math.floor(score + 1e-9)))];
}

export type Rated = { statementKey: string; level: PracticeLevel };
type Statement = { key: string; stage: StageKey };

export type StageScore = { stage: StageKey; score: number | null; rated: number; total: number };

/** One decimal place, as every page shows it, so comparisons and tables agree. */
export const roundScore = (score: number) => Math.round(score * 10) / 10;

export function stageScores(statements: Statement[], ratings: Rated[]): StageScore[] {
  return STAGE_KEYS.map((stage) => {
    const own = statements.filter((statement) => statement.stage === stage);
    const levels = own.flatMap((statement) => {
      const rating = ratings.find((row) => row.statementKey === statement.key);
      return rating ? [levelScore(rating.level)] : [];
    });
    const score = levels.length ? roundScore(levels.reduce((sum, value) => sum + value, 0) / levels.length) : null;
    return { stage, score, rated: levels.length, total: own.length };
  });
}

export function unratedStatements<S extends Statement>(statements: S[], ratings: Rated[]): S[] {
  return statements.filter((statement) => !ratings.some((row) => row.statementKey === statement.key));
}

export type Gap = { statementKey: string; stage: StageKey; level: PracticeLevel };

export function gapsInOrder(statements: Statement[], ratings: Rated[]): Gap[] {
  const scores = stageScores(statements, ratings);
  const scoreOf = (stage: StageKey) => scores.find((row) => row.stage === stage)?.score ?? 0;
  return statements
    .flatMap((statement, order) => {
      const rating = ratings.find((row) => row.statementKey === statement.key);
      if (!rating || levelScore(rating.level) >= levelScore("established")) return [];
      return [{ gap: { statementKey: statement.key, stage: statement.stage, level: rating.level }, order }];
    })
    .sort(
      (a, b) =>
        levelScore(a.gap.level) - levelScore(b.gap.level) ||
        scoreOf(a.gap.stage) - scoreOf(b.gap.stage) ||
        STAGE_KEYS.indexOf(a.gap.stage) - STAGE_KEYS.indexOf(b.gap.stage) ||
        a.order - b.order,
    )
    .map((row) => row.gap);
}

export type StageChange = { stage: StageKey; before: number | null; now: number | null; change: number | null };

/** Each stage's score now and at the last signed-off assessment; change is null where either has none. */
export function changeSince(now: StageScore[], before: StageScore[]): StageChange[] {
  return STAGE_KEYS.map((stage) => {
    const a = before.find((row) => row.stage === stage)?.score ?? null;
    const b = now.find((row) => row.stage === stage)?.score ?? null;
    return { stage, before: a, now: b, change: a === null || b === null ? null : roundScore(b - a) };
  });
}

export type StatementChange = { statementKey: string; before: PracticeLevel; now: PracticeLevel };

/** Statements whose level moved since the last signed-off assessment. */
export function statementChanges(now: Rated[], before: Rated[]): StatementChange[] {
  return now.flatMap((row) => {
    const earlier = before.find((old) => old.statementKey === row.statementKey);
    return earlier && earlier.level !== row.level
      ? [{ statementKey: row.statementKey, before: earlier.level, now: row.level }]
      : [];
  });
}
