import { dashboard } from "./dashboard";
import { exportScenario } from "./export";
import { pageWeight } from "./page-weight";
import { redaction } from "./redaction";
import { submissions } from "./submissions";
import { themeSuggestions } from "./themes";

export type Row = {
  label: string;
  /** NaN when not measured (the note says why). */
  ours: number;
  baseline?: number;
  unit: string;
  /** The figure is a lower bound: the measurement was stopped at a cap. */
  atLeast?: boolean;
  target?: string;
  met?: boolean;
  note?: string;
  scenario?: string;
};

export type BenchContext = {
  quick: boolean;
  dir: string;
  runChild: (args: string[], env?: Record<string, string>) => Promise<string>;
};

export type Scenario = { name: string; run: (context: BenchContext) => Promise<Row[]> };

/** In order: each scenario sets up what it needs and stops what it started. */
export const scenarioList: Scenario[] = [submissions, pageWeight, dashboard, exportScenario, themeSuggestions, redaction];
