import { pageWeight } from "./page-weight";
import { submissions } from "./submissions";

export type Row = {
  label: string;
  ours: number;
  baseline?: number;
  unit: string;
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
export const scenarioList: Scenario[] = [submissions, pageWeight];
