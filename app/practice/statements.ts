/**
 * The practice statements as data, and an organisation's wording of them. Pure: no I/O.
 *
 * The shipped statements (surveys/practice/statements.json) belong to the seven stages; an organisation can reword
 * any statement and what evidence would show it, as it can the stages, but keys and stages never change, so earlier
 * assessments keep their ratings.
 */
import shipped from "../../surveys/practice/statements.json";
import { STAGE_KEYS, type StageKey } from "../engagements/stages";

/** Figures the product computes from its own records, shown beside the statements that name one. */
export const PRACTICE_FIGURES = [
  "published_actions",
  "actions_on_time",
  "panel_sessions",
  "co_designed_surveys",
  "stages_reviewed_on_time",
] as const;
export type PracticeFigure = (typeof PRACTICE_FIGURES)[number];

export type PracticeStatement = {
  key: string;
  stage: StageKey;
  text: string;
  textCy: string;
  evidence: string;
  evidenceCy: string;
  figure: PracticeFigure | null;
};

type Shipped = {
  key: string;
  stage: string;
  text: { en: string; cy: string };
  evidence: { en: string; cy: string };
  figure?: string;
};

/** The shipped statements, in wheel order (stage, then file order). */
export const DEFAULT_STATEMENTS: PracticeStatement[] = (shipped.statements as Shipped[])
  .map((row) => {
    if (!STAGE_KEYS.includes(row.stage as StageKey))
      throw new Error(`statements.json: ${row.key} has unknown stage ${row.stage}`);
    if (row.figure !== undefined && !PRACTICE_FIGURES.includes(row.figure as PracticeFigure)) {
      throw new Error(`statements.json: ${row.key} has unknown figure ${row.figure}`);
    }
    return {
      key: row.key,
      stage: row.stage as StageKey,
      text: row.text.en,
      textCy: row.text.cy,
      evidence: row.evidence.en,
      evidenceCy: row.evidence.cy,
      figure: (row.figure as PracticeFigure | undefined) ?? null,
    };
  })
  .sort((a, b) => STAGE_KEYS.indexOf(a.stage) - STAGE_KEYS.indexOf(b.stage));

export type StatementWording = { key: string; text: string; textCy: string; evidence: string; evidenceCy: string };

/** An organisation's statements: its own wording where it has some, the shipped wording elsewhere. */
export function resolveStatements(overrides: StatementWording[]): PracticeStatement[] {
  return DEFAULT_STATEMENTS.map((statement) => {
    const own = overrides.find((row) => row.key === statement.key);
    return own
      ? { ...statement, text: own.text, textCy: own.textCy, evidence: own.evidence, evidenceCy: own.evidenceCy }
      : statement;
  });
}

export function isStatementKey(key: string): boolean {
  return DEFAULT_STATEMENTS.some((statement) => statement.key === key);
}

export function statementsOfStage<S extends { stage: StageKey }>(statements: S[], stage: StageKey): S[] {
  return statements.filter((statement) => statement.stage === stage);
}
