/**
 * The figures of an insights dashboard, shaped from counts the database has
 * already grouped (figures-queries.server.ts) and put through disclosure control.
 * Pure: every number that reaches the page passes through here, so this is
 * what the disclosure property test renders and scans.
 *
 * The rules, on one page of one set of responses:
 * - Every table is shown with its total, and suppressed as a table whose total
 *   is known (suppressTableShowingTotal), because the page's other tables give
 *   the total away anyway.
 * - A share is shown only when its count and its total are both shown exactly
 *   (shareOf), so a share never gives a hidden count away.
 * - A change between periods is shown only between two shown shares (or two
 *   shown totals).
 */
import { effectiveThreshold, type Shown } from "./disclosure";
import { compareTables, partitionTable, partsTable, type Entry, type FigureTable } from "./figures-tables";
import { formatDate } from "~/components/dates";
import { weekOf, weeksBetween } from "./figures-time";

export { cellOf, compareTables, partitionTable, partsTable } from "./figures-tables";
export type { FigureRow, FigureTable, PreviousCell } from "./figures-tables";

export type FigureItem = { value: string; label: string };

/** A question as the dashboard counts it: one question, or the same question in several surveys of an engagement. */
export type QuestionGroup = {
  /** Unique on the page; also the anchor and the start of its answer filters' values. */
  id: string;
  /** The question's name: the fact key (a matrix row's key is `<name>.<row>`). */
  key: string;
  surveyIds: number[];
  /** Set when the question is shown for one survey of an engagement only. */
  surveyTitle: string | null;
  /** single: one answer each (choice, dropdown, rating, yes/no, a ranking's first choice); multi: any number; matrix: one per row. */
  kind: "single" | "multi" | "matrix";
  title: string;
  items: FigureItem[];
  rows: FigureItem[];
  /** The Victims' Code right it measures (1–12), from the bank's `measures`. */
  right: number | null;
  /** The cope-and-recover outcome it measures. */
  outcome: string | null;
};

export type LabelledTable = { key: string; label: string; table: FigureTable };

export type QuestionFigure = {
  id: string;
  title: string;
  surveyTitle: string | null;
  kind: QuestionGroup["kind"];
  columns: FigureItem[];
  /** One table for a single or multiple choice; one per row for a matrix. */
  tables: LabelledTable[];
  right: number | null;
  outcome: string | null;
};

/** What the database grouped for one set of responses: nothing here is one row per response. */
export type RawCounts = {
  byDay: { day: string; n: number }[];
  byChannel: { channelId: number | null; n: number }[];
  byLanguage: { language: string; n: number }[];
  /** Responses that answered a choice question on the last page of such questions; null when there are none. */
  completed: number | null;
  facts: { surveyId: number; key: string; value: string; n: number }[];
  /** People who answered each fact key (a multiple choice has several facts per person). */
  answered: { surveyId: number; key: string; n: number }[];
  /** Answers to Victims' Code questions by month ("2027-03"). */
  rightsByMonth: { month: string; surveyId: number; key: string; value: string; n: number }[];
};

export type FigureLabels = {
  plainLink: string;
  /** A channel no longer among the surveys' own (should not happen: kept so the cells still add up). */
  otherChannel: string;
  completed: string;
  notCompleted: string;
  language: (code: string) => string;
};

export type FigureContext = {
  lang: string;
  threshold: number;
  groups: QuestionGroup[];
  channels: { id: number; label: string }[];
  languages: string[];
  labels: FigureLabels;
};

export type Figures = {
  responses: Shown;
  previousResponses?: Shown;
  /** Change in the number of responses, as a share of the previous period's (both shown). */
  responsesChange?: number | null;
  weeks: FigureTable;
  channels: FigureTable;
  languages: FigureTable;
  completion: FigureTable | null;
  questions: QuestionFigure[];
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const keyOf = (surveyId: number, key: string) => `${surveyId}\u0000${key}`;

function weekTable(raw: RawCounts, context: FigureContext): FigureTable {
  const days = raw.byDay.filter((row) => row.n > 0).map((row) => row.day);
  if (days.length === 0) return partitionTable([], context.threshold);
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const perWeek = new Map<string, number>();
  for (const row of raw.byDay) perWeek.set(weekOf(row.day), (perWeek.get(weekOf(row.day)) ?? 0) + row.n);
  const entries = weeksBetween(first, last).map((week) => ({
    key: week,
    label: formatDate(week, context.lang),
    n: perWeek.get(week) ?? 0,
  }));
  return partitionTable(entries, context.threshold);
}

/** Channel rows: the plain link, then every channel of the surveys (so the cells add up to all responses). */
function channelEntries(raws: RawCounts[], context: FigureContext) {
  const known = new Set(context.channels.map((channel) => channel.id));
  const extra = [...new Set(raws.flatMap((raw) => raw.byChannel.map((row) => row.channelId)))].filter(
    (id): id is number => id !== null && !known.has(id),
  );
  const list = [...context.channels, ...extra.map((id) => ({ id, label: context.labels.otherChannel }))];
  return (raw: RawCounts): Entry[] => {
    const n = (id: number | null) => sum(raw.byChannel.filter((row) => row.channelId === id).map((row) => row.n));
    return [
      { key: "none", label: context.labels.plainLink, n: n(null) },
      ...list.map((channel) => ({ key: String(channel.id), label: channel.label, n: n(channel.id) })),
    ];
  };
}

function languageEntries(raws: RawCounts[], context: FigureContext) {
  const codes = [...new Set([...context.languages, ...raws.flatMap((raw) => raw.byLanguage.map((row) => row.language))])];
  return (raw: RawCounts): Entry[] =>
    codes.map((code) => ({
      key: code,
      label: context.labels.language(code),
      n: sum(raw.byLanguage.filter((row) => row.language === code).map((row) => row.n)),
    }));
}

function completionTable(raw: RawCounts, total: number, context: FigureContext): FigureTable | null {
  if (raw.completed === null) return null;
  return partitionTable(
    [
      { key: "completed", label: context.labels.completed, n: raw.completed },
      { key: "notCompleted", label: context.labels.notCompleted, n: total - raw.completed },
    ],
    context.threshold,
  );
}

/** Every fact key of a group: the question's name, or one per matrix row. */
export function factKeysOf(group: QuestionGroup): { key: string; row: FigureItem | null }[] {
  if (group.kind !== "matrix") return [{ key: group.key, row: null }];
  return group.rows.map((row) => ({ key: `${group.key}.${row.value}`, row }));
}

function questionShaper(raws: RawCounts[], context: FigureContext) {
  const grouped = raws.map((raw) => {
    const facts = new Map<string, Map<string, number>>();
    for (const row of raw.facts) {
      const values = facts.get(keyOf(row.surveyId, row.key)) ?? new Map<string, number>();
      values.set(row.value, (values.get(row.value) ?? 0) + row.n);
      facts.set(keyOf(row.surveyId, row.key), values);
    }
    const answered = new Map(raw.answered.map((row) => [keyOf(row.surveyId, row.key), row.n]));
    return { facts, answered };
  });
  return (group: QuestionGroup) => {
    const keys = factKeysOf(group);
    // Answers no longer offered (a choice removed in a later version) still count, under their stored value.
    const offered = new Set(group.items.map((item) => item.value));
    const extra = new Set<string>();
    for (const { facts } of grouped)
      for (const { key } of keys)
        for (const surveyId of group.surveyIds)
          for (const value of facts.get(keyOf(surveyId, key))?.keys() ?? []) if (!offered.has(value)) extra.add(value);
    const columns = [...group.items, ...[...extra].sort().map((value) => ({ value, label: value }))];
    const tablesFor = (index: number): LabelledTable[] => {
      const { facts, answered } = grouped[index];
      return keys.map(({ key, row }) => {
        const count = (value: string) => sum(group.surveyIds.map((id) => facts.get(keyOf(id, key))?.get(value) ?? 0));
        const entries = columns.map((column) => ({ key: column.value, label: column.label, n: count(column.value) }));
        const table =
          group.kind === "multi"
            ? partsTable(entries, sum(group.surveyIds.map((id) => answered.get(keyOf(id, key)) ?? 0)), context.threshold)
            : partitionTable(entries, context.threshold);
        return { key: row?.value ?? "", label: row?.label ?? "", table };
      });
    };
    return { columns, tablesFor };
  };
}

/**
 * Every figure of the page for one set of responses, and, when given, the
 * previous period's beside it. The row lists are built from both, so the two
 * periods' tables have the same rows.
 */
export function shapeFigures(raw: RawCounts, context: FigureContext, previous?: RawCounts): Figures {
  const raws = previous ? [raw, previous] : [raw];
  const total = (r: RawCounts) => sum(r.byChannel.map((row) => row.n));
  const channels = channelEntries(raws, context);
  const languages = languageEntries(raws, context);
  const questions = questionShaper(raws, context);
  const t = effectiveThreshold(context.threshold);
  const compare = (now: FigureTable, before: FigureTable | null) => (before ? compareTables(now, before) : now);

  const channelTable = partitionTable(channels(raw), t);
  const figures: Figures = {
    responses: channelTable.total,
    weeks: weekTable(raw, context),
    channels: channelTable,
    languages: partitionTable(languages(raw), t),
    completion: completionTable(raw, total(raw), context),
    questions: context.groups.map((group) => {
      const shaped = questions(group);
      return {
        id: group.id,
        title: group.title,
        surveyTitle: group.surveyTitle,
        kind: group.kind,
        columns: shaped.columns,
        tables: shaped.tablesFor(0),
        right: group.right,
        outcome: group.outcome,
      };
    }),
  };
  if (!previous) return figures;

  const before = partitionTable(channels(previous), t);
  figures.previousResponses = before.total;
  figures.responsesChange =
    figures.responses.kind === "count" && before.total.kind === "count" && before.total.value > 0
      ? (figures.responses.value - before.total.value) / before.total.value
      : null;
  figures.channels = compare(figures.channels, before);
  figures.languages = compare(figures.languages, partitionTable(languages(previous), t));
  const previousCompletion = completionTable(previous, total(previous), context);
  if (figures.completion && previousCompletion) figures.completion = compare(figures.completion, previousCompletion);
  figures.questions = figures.questions.map((question, i) => {
    const earlier = questions(context.groups[i]).tablesFor(1);
    return {
      ...question,
      tables: question.tables.map((table, j) => ({ ...table, table: compare(table.table, earlier[j].table) })),
    };
  });
  return figures;
}

/** Why a filter is refused. */
export type Refusal =
  | { reason: "tooFew" }
  | { reason: "groupNotShown"; filter: "channel" | "language" | "answer" }
  | { reason: "periodEdge" };

/**
 * What the refusal rule needs about one filtered set of responses:
 * - `total`: how many responses it holds;
 * - `groups`: for each channel, language or answer filter, how the chosen
 *   group shows on the page without that filter (its cell there);
 * - `edges`: for a period, how many responses (with the other filters) fall
 *   before it and after it.
 */
export type PopulationCheck = {
  total: number;
  groups: { filter: "channel" | "language" | "answer"; cell: Shown }[];
  edges: number[];
};

/**
 * A filter is refused when it narrows to fewer than the threshold; when the
 * group it picks is not shown exactly on the page without it (the filtered
 * total would give away a small or hidden cell there); or when the responses a
 * period leaves out on either side are a small number (the page without the
 * period would give them away).
 *
 * These catch what one filtered page gives away against the page without one
 * of its filters. They cannot catch every difference between two pages that
 * are each allowed (two overlapping periods; a question's table on a filtered
 * page subtracted from the same table unfiltered, which is a cross-tab of
 * the filter with that question): that would take rounding or a record of
 * what each person has already seen.
 */
export function refusalOf(check: PopulationCheck, threshold: number): Refusal | null {
  const t = effectiveThreshold(threshold);
  const small = (n: number) => n >= 1 && n < t;
  if (small(check.total)) return { reason: "tooFew" };
  const hidden = check.groups.find((group) => group.cell.kind !== "count");
  if (hidden) return { reason: "groupNotShown", filter: hidden.filter };
  if (check.edges.some(small)) return { reason: "periodEdge" };
  return null;
}

/** The helpers the refusal check uses to build exactly the tables the page without a filter shows. */
export const tablesForCheck = {
  channels: (raw: RawCounts, context: FigureContext) => partitionTable(channelEntries([raw], context)(raw), context.threshold),
  languages: (raw: RawCounts, context: FigureContext) => partitionTable(languageEntries([raw], context)(raw), context.threshold),
  question: (raw: RawCounts, context: FigureContext, group: QuestionGroup) => questionShaper([raw], context)(group).tablesFor(0),
};
