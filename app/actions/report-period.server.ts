/**
 * The report's period from the address: the current financial year up to
 * today when none is given; a bad date keeps the form filled in with an error
 * and shows no figures.
 */
import { ukToday } from "../engagements/stages";
import { financialYearStart } from "./report";
import { periodSchema, type Period } from "./schemas";

export type PeriodForm = { values: { from: string; to: string }; errors: Record<string, string> };

export function periodFrom(url: URL, today = ukToday()): { period: Period | null; form: PeriodForm } {
  const from = url.searchParams.get("from") ?? financialYearStart(today);
  const to = url.searchParams.get("to") ?? today;
  const parsed = periodSchema.safeParse({ from, to });
  if (parsed.success) return { period: parsed.data, form: { values: { from, to }, errors: {} } };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return { period: null, form: { values: { from, to }, errors } };
}
