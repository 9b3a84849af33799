/**
 * What a lead sees before confirming a batch, and what the batch row keeps: counts and the row problems (row
 * numbers and problem codes, never a value). Pure.
 */
import type { CheckedRows, RowReport } from "./rows";
import { RULES, type Rule, type RulesOutcome } from "./rules";

/** Rows listed one by one on the page; beyond this only counted. */
export const ROWS_LISTED = 500;

export type BatchReport = {
  rows: number;
  refusedRows: number;
  notedRows: number;
  duplicatesMerged: number;
  contacts: number;
  skipped: Record<Rule, number>;
  invited: number;
  delayed: number;
  bySms: number;
  byEmail: number;
  problems: RowReport[];
  problemsNotListed: number;
};

export function buildReport(checked: CheckedRows, outcome: RulesOutcome): BatchReport {
  const refusedRows = checked.reports.filter((report) => report.refused).length;
  return {
    rows: checked.rowCount,
    refusedRows,
    notedRows: checked.reports.length - refusedRows,
    duplicatesMerged: checked.duplicatesMerged,
    contacts: checked.contacts.length,
    skipped: outcome.skipped,
    invited: outcome.invite.length,
    delayed: outcome.delayed,
    bySms: outcome.invite.filter((contact) => contact.medium === "sms").length,
    byEmail: outcome.invite.filter((contact) => contact.medium === "email").length,
    problems: checked.reports.slice(0, ROWS_LISTED),
    problemsNotListed: Math.max(0, checked.reports.length - ROWS_LISTED),
  };
}

/** A stored report read back (the JSON column), with anything missing as zero. */
export function reportFrom(value: Record<string, unknown>): BatchReport {
  const number = (key: string) => (typeof value[key] === "number" ? (value[key] as number) : 0);
  const skippedValue = (value.skipped ?? {}) as Record<string, unknown>;
  return {
    rows: number("rows"),
    refusedRows: number("refusedRows"),
    notedRows: number("notedRows"),
    duplicatesMerged: number("duplicatesMerged"),
    contacts: number("contacts"),
    skipped: Object.fromEntries(
      RULES.map((rule) => [rule, typeof skippedValue[rule] === "number" ? skippedValue[rule] : 0]),
    ) as Record<Rule, number>,
    invited: number("invited"),
    delayed: number("delayed"),
    bySms: number("bySms"),
    byEmail: number("byEmail"),
    problems: Array.isArray(value.problems) ? (value.problems as RowReport[]) : [],
    problemsNotListed: number("problemsNotListed"),
  };
}
