/**
 * Calendar buckets for figures over time: weeks (Monday to Sunday, named by
 * their Monday), months and quarters. Responses keep only their day, so these
 * are worked out from days. Pure.
 */
import { formatDate } from "~/components/dates";
import { addDays } from "./filters";

/** The Monday on or before a day. */
export function weekOf(day: string): string {
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Every week from the one holding `first` to the one holding `last`, by their Mondays. */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let week = weekOf(first); week <= last; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

export type PeriodKind = "month" | "quarter";

/** "2027-03" for a month, "2027-Q1" for a quarter. */
export function periodOf(day: string, kind: PeriodKind): string {
  const month = day.slice(0, 7);
  if (kind === "month") return month;
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

function firstDayOf(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
  return `${period}-01`;
}

/** Every month or quarter from the one holding `first` to the one holding `last`. */
export function periodsBetween(first: string, last: string, kind: PeriodKind): string[] {
  const periods: string[] = [];
  const end = periodOf(last, kind);
  let day = firstDayOf(periodOf(first, kind));
  for (;;) {
    const period = periodOf(day, kind);
    periods.push(period);
    if (period >= end || periods.length > 1200) break;
    const [year, month] = day.split("-").map(Number);
    const next = month + (kind === "month" ? 1 : 3);
    day = next > 12 ? `${year + 1}-${String(next - 12).padStart(2, "0")}-01` : `${year}-${String(next).padStart(2, "0")}-01`;
  }
  return periods;
}

/** "March 2027" / "Mawrth 2027" for a month; a quarter through `quarterLabel` (its wording needs grammar, so it lives in the strings). */
export function periodLabel(period: string, lang: string, quarterLabel: (quarter: number, year: string) => string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return quarterLabel(Number(quarter[2]), quarter[1]);
  return formatDate(`${period}-01`, lang).split(" ").slice(1).join(" ");
}
