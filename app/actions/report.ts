/**
 * The accountability report's figures. Pure: no I/O.
 *
 * The report covers the actions raised in a period and says where each stands
 * today. "Done by the target date" is judged only for actions whose target date
 * has passed or that are done (an action due next month cannot have missed it
 * yet), and never for actions not taken forward (deciding not to act is
 * reported with its reason, not counted as late). These are counts of the
 * force's own decisions, not of respondents, so no disclosure control applies.
 */
import { ACTION_STATUSES, isOverdue, type ActionStatus } from "./status";

const DAY_MS = 86_400_000;

const utc = (date: string) => {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
};

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The middle value (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export type ReportAction = {
  status: ActionStatus;
  raisedOn: string;
  targetDate: string | null;
  agreedOn: string | null;
  doneOn: string | null;
};

/**
 * Whether the action was done on or before its target date: true or false once
 * that can be judged, null while it cannot (no target, not due yet, not taken forward).
 */
export function doneByTarget(action: ReportAction, today: string): boolean | null {
  if (action.targetDate === null || action.status === "not_taken_forward") return null;
  if (action.status === "done" && action.doneOn !== null) return action.doneOn <= action.targetDate;
  return action.targetDate < today ? false : null;
}

/** Of the actions that can be judged, how many were done by their target date, and the share (0 to 1). */
export function shareDoneByTarget(actions: readonly ReportAction[], today: string) {
  const judged = actions.map((action) => doneByTarget(action, today)).filter((v): v is boolean => v !== null);
  const onTime = judged.filter(Boolean).length;
  return { judged: judged.length, onTime, share: judged.length ? onTime / judged.length : null };
}

/** Days from raising to agreement, and to done, for the actions that got there. */
export const daysToAgreement = (a: ReportAction) => (a.agreedOn === null ? null : daysBetween(a.raisedOn, a.agreedOn));
export const daysToDone = (a: ReportAction) => (a.doneOn === null ? null : daysBetween(a.raisedOn, a.doneOn));

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

export function summariseActions(actions: readonly ReportAction[], today: string) {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const action of actions) byStatus[action.status] += 1;
  const toAgreement = present(actions.map(daysToAgreement));
  const toDone = present(actions.map(daysToDone));
  return {
    total: actions.length,
    byStatus,
    overdue: actions.filter((action) => isOverdue(action, today)).length,
    onTarget: shareDoneByTarget(actions, today),
    agreement: { count: toAgreement.length, medianDays: median(toAgreement) },
    done: { count: toDone.length, medianDays: median(toDone) },
  };
}

export type ActionSummary = ReturnType<typeof summariseActions>;

/** The UK financial year (1 April to 31 March) that `today` falls in: the report's usual period. */
export function financialYearStart(today: string): string {
  const [year, month] = today.split("-").map(Number);
  return `${month >= 4 ? year : year - 1}-04-01`;
}

/** A share as a whole percentage, for pages and the CSV. */
export const percent = (share: number) => Math.round(share * 100);

/** A median of days to one decimal place at most ("12", "12.5"). */
export const formatDays = (days: number) => String(Math.round(days * 10) / 10);
