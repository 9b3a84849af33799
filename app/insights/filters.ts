/**
 * The dashboard's filters, read from the address (a plain GET form, so they
 * work without JavaScript and can be bookmarked): a period, a channel, a
 * language and one choice answer. Pure.
 */
import type { FieldErrors, FormValues } from "~/components/form/parse-form";

/** "none" is the plain public link (a response with no channel). */
export type ChannelFilter = "none" | number;

/**
 * One answer people can be filtered by: a value of a question's fact key, in
 * some of the surveys (null: all of them). `groupId` and `row` name the
 * question (and matrix row) as the dashboard shows it.
 */
export type AnswerFilter = {
  option: string;
  key: string;
  value: string;
  surveyIds: number[] | null;
  groupId: string;
  row: string | null;
};

export type CompliancePeriod = "month" | "quarter";

export type InsightFilters = {
  from: string | null;
  to: string | null;
  channel: ChannelFilter | null;
  language: string | null;
  answer: AnswerFilter | null;
  /** How Victims' Code compliance is grouped over time. */
  by: CompliancePeriod;
};

export const NO_FILTERS: InsightFilters = { from: null, to: null, channel: null, language: null, answer: null, by: "quarter" };

/** What the form may offer: anything else in the address is an error, never a query. */
export type FilterChoices = {
  channelIds: number[];
  languages: string[];
  /** Keyed by the option's form value. */
  answers: Map<string, AnswerFilter>;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD string is a real calendar day (in a sensible range). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 when they are the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

const FIELDS = ["from", "to", "channel", "language", "answer", "by"] as const;

export type FilterResult =
  | { ok: true; filters: InsightFilters; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Reads the filters from the address; an unknown channel, language or answer is an error, as is a wrong date. */
export function readFilters(params: URLSearchParams, choices: FilterChoices): FilterResult {
  const values: FormValues = {};
  for (const field of FIELDS) values[field] = (params.get(field) ?? "").trim().slice(0, 300);
  const errors: FieldErrors = {};
  const filters: InsightFilters = { ...NO_FILTERS };

  for (const field of ["from", "to"] as const) {
    const value = values[field] as string;
    if (value === "") continue;
    if (isDay(value)) filters[field] = value;
    else errors[field] = `insights.errors.${field}Invalid`;
  }
  if (filters.from && filters.to && filters.from > filters.to) errors.to = "insights.errors.toBeforeFrom";

  const channel = values.channel as string;
  if (channel === "none") filters.channel = "none";
  else if (channel !== "") {
    const id = Number(channel);
    if (/^\d+$/.test(channel) && choices.channelIds.includes(id)) filters.channel = id;
    else errors.channel = "insights.errors.channelUnknown";
  }

  const language = values.language as string;
  if (language !== "") {
    if (choices.languages.includes(language)) filters.language = language;
    else errors.language = "insights.errors.languageUnknown";
  }

  const answer = values.answer as string;
  if (answer !== "") {
    const found = choices.answers.get(answer);
    if (found) filters.answer = found;
    else errors.answer = "insights.errors.answerUnknown";
  }

  filters.by = values.by === "month" ? "month" : "quarter";
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return { ok: true, filters, values };
}

/** Whether any filter narrows the responses (the grouping of compliance does not). */
export function isFiltered(filters: InsightFilters): boolean {
  return Boolean(filters.from || filters.to || filters.channel !== null || filters.language || filters.answer);
}
