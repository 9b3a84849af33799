/**
 * Victims' Code compliance and cope-and-recover outcomes, from the question
 * figures the dashboard already shows. Pure.
 *
 * Which answers mean a right was received. The bank asks every Code right on
 * the yesPartlyNo scale (surveys/bank/scales.json: yes, partly, no, not
 * applicable, plus don't know and prefer not to say):
 * - received: "yes" and "partly": the person says they got it, at least in
 *   part (the question's own table beside it keeps yes and partly apart);
 * - not received: "no";
 * - not counted: "not_applicable" (the right did not apply to them),
 *   "dont_know" and "prefer_not_to_say".
 * A yes/no question a designer tags with a right counts true as received and
 * false as not received.
 *
 * Disclosure. The share for the whole period is shown only when the
 * question's own table shows yes, partly and no exactly, so it adds nothing
 * that table does not already say. Over time, the received counts of the
 * periods form a table whose total (yes + partly) is then known, and so do the
 * not-received counts: each is suppressed as such, and a period's share is
 * shown only when both its counts are shown. Otherwise the sum over the
 * periods would give away a small "partly" or "no" of the question's table.
 */
import { suppressTableShowingTotal, type Shown } from "./disclosure";
import type { FigureItem, FigureTable, QuestionFigure, QuestionGroup, RawCounts } from "./figures";
import { periodOf, periodsBetween, type PeriodKind } from "./figures-time";

export const RECEIVED_VALUES = ["yes", "partly", "true"];
export const NOT_RECEIVED_VALUES = ["no", "false"];

export type ComplianceCell = { share: number | null; base: Shown };
export type ComplianceRow = {
  id: string;
  right: number;
  title: string;
  surveyTitle: string | null;
  whole: ComplianceCell;
  periods: ComplianceCell[];
};
export type ComplianceFigure = { by: PeriodKind; periods: string[]; rows: ComplianceRow[] };

const HIDDEN: ComplianceCell = { share: null, base: { kind: "hidden" } };

/** Received and not received from a question's table, when every count they need is shown exactly. */
function wholePeriod(table: FigureTable): { received: number; notReceived: number } | null {
  let received = 0;
  let notReceived = 0;
  for (const row of table.rows) {
    const counts = RECEIVED_VALUES.includes(row.key) ? "received" : NOT_RECEIVED_VALUES.includes(row.key) ? "not" : null;
    if (!counts) continue;
    if (row.count.kind !== "count") return null;
    if (counts === "received") received += row.count.value;
    else notReceived += row.count.value;
  }
  return { received, notReceived };
}

const cell = (received: number, notReceived: number): ComplianceCell => {
  const base = received + notReceived;
  return { share: base > 0 ? received / base : null, base: { kind: "count", value: base } };
};

/**
 * The share who said they received each right, for the whole period and per
 * month or quarter from `firstDay` to `lastDay`.
 */
export function shapeCompliance(
  questions: QuestionFigure[],
  groups: QuestionGroup[],
  raw: RawCounts,
  options: { threshold: number; by: PeriodKind; firstDay: string | null; lastDay: string | null },
): ComplianceFigure {
  const periods = options.firstDay && options.lastDay ? periodsBetween(options.firstDay, options.lastDay, options.by) : [];
  const rows: ComplianceRow[] = [];
  questions.forEach((question, i) => {
    const group = groups[i];
    if (question.right === null || question.kind !== "single") return;
    const base = { id: question.id, right: question.right, title: question.title, surveyTitle: question.surveyTitle };
    const whole = wholePeriod(question.tables[0].table);
    if (!whole) {
      rows.push({ ...base, whole: HIDDEN, periods: periods.map(() => HIDDEN) });
      return;
    }
    const received = periods.map(() => 0);
    const notReceived = periods.map(() => 0);
    for (const fact of raw.rightsByMonth) {
      if (fact.key !== group.key || !group.surveyIds.includes(fact.surveyId)) continue;
      const index = periods.indexOf(periodOf(`${fact.month}-01`, options.by));
      if (index < 0) continue;
      if (RECEIVED_VALUES.includes(fact.value)) received[index] += fact.n;
      else if (NOT_RECEIVED_VALUES.includes(fact.value)) notReceived[index] += fact.n;
    }
    const shownReceived = suppressTableShowingTotal(received, options.threshold).cells;
    const shownNotReceived = suppressTableShowingTotal(notReceived, options.threshold).cells;
    rows.push({
      ...base,
      whole: cell(whole.received, whole.notReceived),
      periods: periods.map((_, p) =>
        shownReceived[p].kind === "count" && shownNotReceived[p].kind === "count" ? cell(received[p], notReceived[p]) : HIDDEN,
      ),
    });
  });
  rows.sort((a, b) => a.right - b.right);
  return { by: options.by, periods, rows };
}

export type OutcomeChart = { columns: FigureItem[]; bars: { id: string; label: string; table: FigureTable }[] };

/**
 * Cope-and-recover outcomes. The bank's outcome questions each ask how much
 * the support helped (surveys/bank: cr-*, on the "helped" scale); none asks
 * the same outcome before and after support, so there are no pairs to compare
 * and each outcome is shown as its distribution: one stacked bar per question,
 * questions on the same scale in one chart.
 */
export function outcomeCharts(questions: QuestionFigure[]): OutcomeChart[] {
  const charts = new Map<string, OutcomeChart>();
  for (const question of questions) {
    if (question.outcome === null || question.kind !== "single") continue;
    const scale = question.columns.map((column) => column.value).join("\u0000");
    const chart = charts.get(scale) ?? { columns: question.columns, bars: [] };
    chart.bars.push({ id: question.id, label: question.title, table: question.tables[0].table });
    charts.set(scale, chart);
  }
  return [...charts.values()];
}
