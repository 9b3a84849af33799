/**
 * The dashboards' SQL: which responses a set of filters picks, and the
 * GROUP BY counts the figures are shaped from. Organisation scoping is
 * checked once (scopeOf keeps only the organisation's surveys); every count
 * is then bounded by those survey ids.
 *
 * Two sources give the same counts (tests/integration/rollups-property.test.ts
 * proves it for random data and filters):
 * - the roll-ups (db/schema.ts, rollups.server.ts; ADR 0013), what the
 *   dashboards read: a few thousand rows a survey, whatever its size (the
 *   answers by month when the dates allow, by day when they fall inside a
 *   month; one read gives both a page's answers and its Victims' Code months);
 * - the raw facts (responses and answer_facts, through covering indexes),
 *   read only where a roll-up cannot answer: an answer filter together with a
 *   date that is not a month's first or last day (the answer filter's
 *   cross-tab is by month), for the facts and Victims' Code months of that
 *   page; its response counts still come from the roll-ups.
 *
 * The responses of a survey are counted once per page and answer filter, by
 * day, channel, language, version and completion (cellsOf), and every
 * response-level figure (by day, channel and language, completion, the
 * totals the refusal rule needs, the previous period's) is summed from those
 * cells.
 */
import { and, count, countDistinct, eq, exists, gte, inArray, isNull, lte, or, sql, sum, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db/client";
import {
  answerFacts,
  responses,
  rollupAnswerMonths,
  rollupAnswers,
  rollupFilterAnswers,
  rollupFilterResponses,
  rollupResponses,
  surveys,
} from "../../db/schema";
import { settleRollups } from "./rollups.server";
import { cellOf, tablesForCheck, type FigureContext, type PopulationCheck, type RawCounts } from "./figures";
import { addDays, type AnswerFilter, type InsightFilters } from "./filters";

export type Scope = { organisationId: number; surveyIds: number[] };
export type Population = Omit<InsightFilters, "by">;
export type Plan = { rightKeys: string[]; completion: { versionId: number; keys: string[] }[] };

const filterFact = alias(answerFacts, "filter_fact");

/** The scope with only the organisation's own surveys, so later queries can be bounded by survey id. */
export function scopeOf(organisationId: number, surveyIds: number[]): Scope {
  const own = surveyIds.length
    ? getDb()
        .select({ id: surveys.id })
        .from(surveys)
        .where(and(eq(surveys.organisationId, organisationId), inArray(surveys.id, surveyIds)))
        .all()
        .map((row) => row.id)
    : [];
  return { organisationId, surveyIds: surveyIds.filter((id) => own.includes(id)) };
}

/** The ids of the responses that gave the filter's answer (of a survey in scope). */
function answeredWith(scope: Scope, answer: AnswerFilter) {
  return getDb()
    .select({ id: filterFact.responseId })
    .from(filterFact)
    .where(
      and(
        inArray(filterFact.surveyId, scope.surveyIds),
        eq(filterFact.questionKey, answer.key),
        eq(filterFact.value, answer.value),
        answer.surveyIds ? inArray(filterFact.surveyId, answer.surveyIds) : undefined,
      ),
    );
}

/** Whether some filter narrows the responses by a column of `responses` (the answer filter is on facts). */
const narrowsResponses = (p: Population) => Boolean(p.from || p.to || p.channel !== null || p.language);

/** The responses a set of filters picks, as a WHERE condition on `responses`. */
function matching(scope: Scope, p: Population): SQL {
  return and(
    eq(responses.organisationId, scope.organisationId),
    inArray(responses.surveyId, scope.surveyIds),
    p.from ? gte(responses.submittedOn, p.from) : undefined,
    p.to ? lte(responses.submittedOn, p.to) : undefined,
    p.channel === "none" ? isNull(responses.channelId) : p.channel !== null ? eq(responses.channelId, p.channel) : undefined,
    p.language ? eq(responses.language, p.language) : undefined,
    p.answer ? inArray(responses.id, answeredWith(scope, p.answer)) : undefined,
  )!;
}

/** Answer facts of the responses the filters pick, as a WHERE condition on `answer_facts`. */
function matchingFacts(scope: Scope, p: Population, keys?: string[]): SQL {
  return and(
    inArray(answerFacts.surveyId, scope.surveyIds),
    keys ? inArray(answerFacts.questionKey, keys) : undefined,
    p.answer ? inArray(answerFacts.responseId, answeredWith(scope, p.answer)) : undefined,
    narrowsResponses(p)
      ? inArray(
          answerFacts.responseId,
          getDb()
            .select({ id: responses.id })
            .from(responses)
            .where(matching(scope, { ...p, answer: null })),
        )
      : undefined,
  )!;
}

/** `completed` is known only from the roll-ups (the raw source counts completion with its own query). */
type Cell = { day: string; channelId: number | null; language: string; versionId: number; completed?: number; n: number };

/** Responses of the scope by day, channel, language and version, for an answer filter (or none), from the raw facts. */
function rawCellsOf(scope: Scope, answer: AnswerFilter | null): Cell[] {
  return getDb()
    .select({
      day: responses.submittedOn,
      channelId: responses.channelId,
      language: responses.language,
      versionId: responses.surveyVersionId,
      n: count(),
    })
    .from(responses)
    .where(matching(scope, { from: null, to: null, channel: null, language: null, answer }))
    .groupBy(responses.submittedOn, responses.channelId, responses.language, responses.surveyVersionId)
    .all();
}

/** The surveys an answer filter can pick responses of. */
const answerSurveys = (scope: Scope, answer: AnswerFilter) =>
  answer.surveyIds ? scope.surveyIds.filter((id) => answer.surveyIds!.includes(id)) : scope.surveyIds;

/** In the roll-ups a response's channel is its id, or 0 for the plain link. */
const channelOf = (channel: number) => (channel === 0 ? null : channel);
const channelKey = (p: Population) => (p.channel === null ? null : p.channel === "none" ? 0 : p.channel);

/** Responses of the scope by day, channel, language, version and completion, for an answer filter (or none), from the roll-ups. */
function rollupCellsOf(scope: Scope, answer: AnswerFilter | null): Cell[] {
  const db = getDb();
  // Thousands of cells a survey: read as plain arrays (drizzle's mapping of each row to an object cost more than the
  // query) and made into cells here, once.
  const rows = (
    answer
      ? db
          .select({
            day: rollupFilterResponses.day,
            channel: rollupFilterResponses.channel,
            language: rollupFilterResponses.language,
            versionId: rollupFilterResponses.versionId,
            completed: rollupFilterResponses.completed,
            n: rollupFilterResponses.n,
          })
          .from(rollupFilterResponses)
          .where(
            and(
              inArray(rollupFilterResponses.surveyId, answerSurveys(scope, answer)),
              eq(rollupFilterResponses.filterKey, answer.key),
              eq(rollupFilterResponses.filterValue, answer.value),
            ),
          )
          .values()
      : db
          .select({
            day: rollupResponses.day,
            channel: rollupResponses.channel,
            language: rollupResponses.language,
            versionId: rollupResponses.versionId,
            completed: rollupResponses.completed,
            n: rollupResponses.n,
          })
          .from(rollupResponses)
          .where(inArray(rollupResponses.surveyId, scope.surveyIds))
          .values()
  ) as [string, number, string, number, number, number][];
  return rows.map(([day, channel, language, versionId, completed, n]) => ({
    day,
    channelId: channelOf(channel),
    language,
    versionId,
    completed,
    n,
  }));
}

const isMonthStart = (day: string) => day.endsWith("-01");
const isMonthEnd = (day: string) => addDays(day, 1).endsWith("-01");

/** Whether the answer filter's cross-tab (by month) can serve these dates. */
const monthsServe = (p: Population) => (!p.from || isMonthStart(p.from)) && (!p.to || isMonthEnd(p.to));

type Facts = { facts: RawCounts["facts"]; answered: RawCounts["answered"] };

/**
 * Which answer roll-up a population reads: with an answer filter, its cross-tab (dates by month); without, the answers
 * by month when the dates allow (none, or on month edges: a survey's year is ~15k rows there against ~375k by day),
 * else by day; each narrowed to the population's channel and language.
 */
type AnswerSource = "filter" | "months" | "days";
const answerSource = (p: Population): AnswerSource => (p.answer ? "filter" : monthsServe(p) ? "months" : "days");

function rollupFilterWhere(scope: Scope, p: Population): SQL[] {
  const channel = channelKey(p);
  const source = answerSource(p);
  const conditions =
    source === "filter"
      ? [
          inArray(rollupFilterAnswers.surveyId, answerSurveys(scope, p.answer!)),
          eq(rollupFilterAnswers.filterKey, p.answer!.key),
          eq(rollupFilterAnswers.filterValue, p.answer!.value),
          p.from ? gte(rollupFilterAnswers.month, p.from.slice(0, 7)) : undefined,
          p.to ? lte(rollupFilterAnswers.month, p.to.slice(0, 7)) : undefined,
          channel === null ? undefined : eq(rollupFilterAnswers.channel, channel),
          p.language ? eq(rollupFilterAnswers.language, p.language) : undefined,
        ]
      : source === "months"
        ? [
            inArray(rollupAnswerMonths.surveyId, scope.surveyIds),
            p.from ? gte(rollupAnswerMonths.month, p.from.slice(0, 7)) : undefined,
            p.to ? lte(rollupAnswerMonths.month, p.to.slice(0, 7)) : undefined,
            channel === null ? undefined : eq(rollupAnswerMonths.channel, channel),
            p.language ? eq(rollupAnswerMonths.language, p.language) : undefined,
          ]
        : [
            inArray(rollupAnswers.surveyId, scope.surveyIds),
            p.from ? gte(rollupAnswers.day, p.from) : undefined,
            p.to ? lte(rollupAnswers.day, p.to) : undefined,
            channel === null ? undefined : eq(rollupAnswers.channel, channel),
            p.language ? eq(rollupAnswers.language, p.language) : undefined,
          ];
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

type AnswerRow = { surveyId: number; key: string; answered: number; value: string; month: string; n: number };

/**
 * Choice answers and "answered" rows by survey, key, value and month, from the roll-ups (dates by day, or by month with
 * an answer filter). One read serves both the page's answers (months summed) and its Victims' Code months: a survey's
 * answer roll-up is most of the page's rows, so reading it once is most of the page's time.
 */
function rollupAnswerRows(scope: Scope, p: Population, keys?: string[]): AnswerRow[] {
  const db = getDb();
  const source = answerSource(p);
  // As plain arrays, like the cells: a page reads a few thousand of these.
  const rows = (
    source === "months"
      ? db
          .select({
            surveyId: rollupAnswerMonths.surveyId,
            key: rollupAnswerMonths.questionKey,
            answered: rollupAnswerMonths.answered,
            value: rollupAnswerMonths.value,
            month: rollupAnswerMonths.month,
            n: sum(rollupAnswerMonths.n).mapWith(Number),
          })
          .from(rollupAnswerMonths)
          .where(and(...rollupFilterWhere(scope, p), keys ? inArray(rollupAnswerMonths.questionKey, keys) : undefined))
          .groupBy(
            rollupAnswerMonths.surveyId,
            rollupAnswerMonths.questionKey,
            rollupAnswerMonths.answered,
            rollupAnswerMonths.value,
            rollupAnswerMonths.month,
          )
          .values()
      : source === "filter"
        ? db
            .select({
              surveyId: rollupFilterAnswers.surveyId,
              key: rollupFilterAnswers.questionKey,
              answered: rollupFilterAnswers.answered,
              value: rollupFilterAnswers.value,
              month: rollupFilterAnswers.month,
              n: sum(rollupFilterAnswers.n).mapWith(Number),
            })
            .from(rollupFilterAnswers)
            .where(and(...rollupFilterWhere(scope, p), keys ? inArray(rollupFilterAnswers.questionKey, keys) : undefined))
            .groupBy(
              rollupFilterAnswers.surveyId,
              rollupFilterAnswers.questionKey,
              rollupFilterAnswers.answered,
              rollupFilterAnswers.value,
              rollupFilterAnswers.month,
            )
            .values()
        : db
            .select({
              surveyId: rollupAnswers.surveyId,
              key: rollupAnswers.questionKey,
              answered: rollupAnswers.answered,
              value: rollupAnswers.value,
              month: rollupAnswers.month,
              n: sum(rollupAnswers.n).mapWith(Number),
            })
            .from(rollupAnswers)
            .where(and(...rollupFilterWhere(scope, p), keys ? inArray(rollupAnswers.questionKey, keys) : undefined))
            .groupBy(
              rollupAnswers.surveyId,
              rollupAnswers.questionKey,
              rollupAnswers.answered,
              rollupAnswers.value,
              rollupAnswers.month,
            )
            .values()
  ) as [number, string, number, string, string, number][];
  return rows.map(([surveyId, key, answered, value, month, n]) => ({ surveyId, key, answered, value, month, n }));
}

/** The answer rows summed over months, in the order of the rows (SQLite's GROUP BY order: survey, key, answered, value). */
function factsOf(rows: AnswerRow[]): Facts {
  const sums = new Map<string, { surveyId: number; key: string; answered: number; value: string; n: number }>();
  for (const { surveyId, key, answered, value, n } of rows) {
    const id = `${surveyId}\u0000${key}\u0000${answered}\u0000${value}`;
    const found = sums.get(id);
    if (found) found.n += n;
    else sums.set(id, { surveyId, key, answered, value, n });
  }
  const facts: Facts = { facts: [], answered: [] };
  for (const { surveyId, key, answered, value, n } of sums.values()) {
    if (answered) facts.answered.push({ surveyId, key, n });
    else facts.facts.push({ surveyId, key, value, n });
  }
  return facts;
}

/** The old order of the Victims' Code months (month, survey, key, value), kept so both sources give identical lists. */
const byMonthFirst = (a: RawCounts["rightsByMonth"][number], b: RawCounts["rightsByMonth"][number]) =>
  a.month !== b.month
    ? a.month < b.month
      ? -1
      : 1
    : a.surveyId !== b.surveyId
      ? a.surveyId - b.surveyId
      : a.key !== b.key
        ? a.key < b.key
          ? -1
          : 1
        : a.value < b.value
          ? -1
          : a.value > b.value
            ? 1
            : 0;

/** Victims' Code answers by month, from the same answer rows. */
function rightsOf(rows: AnswerRow[], rightKeys: string[]): RawCounts["rightsByMonth"] {
  const rights = new Set(rightKeys);
  return rows
    .filter((row) => row.answered === 0 && rights.has(row.key))
    .map(({ month, surveyId, key, value, n }) => ({ month, surveyId, key, value, n }))
    .sort(byMonthFirst);
}

const picks = (p: Population) => (cell: Cell) =>
  (!p.from || cell.day >= p.from) &&
  (!p.to || cell.day <= p.to) &&
  (p.channel === null || (p.channel === "none" ? cell.channelId === null : cell.channelId === p.channel)) &&
  (!p.language || cell.language === p.language);

/** Sums cells by a column, in the order SQLite's GROUP BY gives (nulls first, then ascending). */
function sumBy<K extends string | number | null>(cells: Cell[], keyOf: (cell: Cell) => K): { key: K; n: number }[] {
  const sums = new Map<K, number>();
  for (const cell of cells) sums.set(keyOf(cell), (sums.get(keyOf(cell)) ?? 0) + cell.n);
  return [...sums]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => (a.key === b.key ? 0 : a.key === null ? -1 : b.key === null ? 1 : a.key < b.key ? -1 : 1));
}

const total = (cells: Cell[]) => cells.reduce((sum, cell) => sum + cell.n, 0);

const EMPTY: RawCounts = {
  byDay: [],
  byChannel: [],
  byLanguage: [],
  completed: null,
  facts: [],
  answered: [],
  rightsByMonth: [],
};

/** Where the counts come from: the roll-ups (what the dashboards use), or the raw facts alone (what the roll-ups are proved against). */
export type FigureSource = "rollups" | "raw";

/** The figures' queries for one page: the response cells are counted once per answer filter and reused. */
export function figureQueries(scope: Scope, source: FigureSource = "rollups") {
  // Submissions still pending are counted in first, so the roll-ups read equal the raw facts (ADR 0016).
  if (source === "rollups") settleRollups(getDb().$client);
  const cache = new Map<string, Cell[]>();
  const cellsOf = source === "rollups" ? rollupCellsOf : rawCellsOf;
  const cells = (p: Population) => {
    const key = p.answer ? p.answer.option : "";
    if (!cache.has(key)) cache.set(key, scope.surveyIds.length ? cellsOf(scope, p.answer) : []);
    return cache.get(key)!.filter(picks(p));
  };
  /** Whether the roll-ups answer a page's facts (all but an answer filter with dates off month edges). */
  const fromRollups = (p: Population) => source === "rollups" && (!p.answer || monthsServe(p));
  const byChannel = (p: Population) => sumBy(cells(p), (cell) => cell.channelId).map(({ key, n }) => ({ channelId: key, n }));
  const byLanguage = (p: Population) => sumBy(cells(p), (cell) => cell.language).map(({ key, n }) => ({ language: key, n }));

  /** Choice answers by survey, key and value (optionally for some keys only), and how many people answered each key. */
  function factCounts(p: Population, keys?: string[]) {
    if (!scope.surveyIds.length || keys?.length === 0) return { facts: [], answered: [] };
    if (fromRollups(p)) return factsOf(rollupAnswerRows(scope, p, keys));
    const db = getDb();
    const where = matchingFacts(scope, p, keys);
    const facts = db
      .select({ surveyId: answerFacts.surveyId, key: answerFacts.questionKey, value: answerFacts.value, n: count() })
      .from(answerFacts)
      .where(where)
      .groupBy(answerFacts.surveyId, answerFacts.questionKey, answerFacts.value)
      .all();
    const answered = db
      .select({ surveyId: answerFacts.surveyId, key: answerFacts.questionKey, n: countDistinct(answerFacts.responseId) })
      .from(answerFacts)
      .where(where)
      .groupBy(answerFacts.surveyId, answerFacts.questionKey)
      .all();
    return { facts, answered };
  }

  /** Responses that answered one of their version's completion keys. */
  function completed(p: Population, plan: Plan): number | null {
    const completion = plan.completion.filter((version) => version.keys.length > 0);
    if (!completion.length) return null;
    if (!scope.surveyIds.length) return 0;
    if (source === "rollups") return total(cells(p).filter((cell) => cell.completed === 1));
    return (
      getDb()
        .select({ n: count() })
        .from(responses)
        .where(
          and(
            matching(scope, p),
            or(
              ...completion.map((version) =>
                and(
                  eq(responses.surveyVersionId, version.versionId),
                  exists(
                    getDb()
                      .select({ one: sql`1` })
                      .from(answerFacts)
                      .where(and(eq(answerFacts.responseId, responses.id), inArray(answerFacts.questionKey, version.keys))),
                  ),
                ),
              ),
            ),
          ),
        )
        .get()?.n ?? 0
    );
  }

  /** The raw facts' Victims' Code months (the roll-ups' come with their answers: rawCounts). */
  function rawRightsByMonth(p: Population, plan: Plan) {
    if (!plan.rightKeys.length || !scope.surveyIds.length) return [];
    const month = sql<string>`substr(${responses.submittedOn}, 1, 7)`;
    return getDb()
      .select({ month, surveyId: answerFacts.surveyId, key: answerFacts.questionKey, value: answerFacts.value, n: count() })
      .from(responses)
      .innerJoin(answerFacts, eq(answerFacts.responseId, responses.id))
      .where(
        and(
          matching(scope, p),
          // Unary plus: the survey must not pick the index, so each response's facts are found by answer_facts_response_idx.
          inArray(sql`+${answerFacts.surveyId}`, scope.surveyIds),
          inArray(answerFacts.questionKey, plan.rightKeys),
        ),
      )
      .groupBy(month, answerFacts.surveyId, answerFacts.questionKey, answerFacts.value)
      .all();
  }

  function rawCounts(p: Population, plan: Plan): RawCounts {
    const picked = cells(p);
    const rows = scope.surveyIds.length && fromRollups(p) ? rollupAnswerRows(scope, p) : null;
    return {
      byDay: sumBy(picked, (cell) => cell.day).map(({ key, n }) => ({ day: key, n })),
      byChannel: byChannel(p),
      byLanguage: byLanguage(p),
      completed: total(picked) === 0 && plan.completion.some((v) => v.keys.length > 0) ? 0 : completed(p, plan),
      ...(rows ? factsOf(rows) : factCounts(p)),
      rightsByMonth: rows ? rightsOf(rows, plan.rightKeys) : rawRightsByMonth(p, plan),
    };
  }

  /** What the refusal rule needs (see refusalOf): the tables of the pages without each filter, built as those pages build them. */
  function populationCheck(p: Population, context: FigureContext): PopulationCheck {
    const check: PopulationCheck = { total: total(cells(p)), groups: [], edges: [] };
    if (p.channel !== null) {
      const table = tablesForCheck.channels({ ...EMPTY, byChannel: byChannel({ ...p, channel: null }) }, context);
      check.groups.push({ filter: "channel", cell: cellOf(table, String(p.channel)) });
    }
    if (p.language) {
      const table = tablesForCheck.languages({ ...EMPTY, byLanguage: byLanguage({ ...p, language: null }) }, context);
      check.groups.push({ filter: "language", cell: cellOf(table, p.language) });
    }
    if (p.answer) {
      const { groupId, row, value } = p.answer;
      const group = context.groups.find((g) => g.id === groupId);
      const keys = group?.kind === "matrix" ? group.rows.map((r) => `${group.key}.${r.value}`) : group ? [group.key] : [];
      const tables = group
        ? tablesForCheck.question({ ...EMPTY, ...factCounts({ ...p, answer: null }, keys) }, context, group)
        : [];
      const table = tables.find((t) => t.key === (row ?? ""));
      check.groups.push({ filter: "answer", cell: table ? cellOf(table.table, value) : { kind: "hidden" } });
    }
    if (p.from) check.edges.push(total(cells({ ...p, from: null, to: addDays(p.from, -1) })));
    if (p.to) check.edges.push(total(cells({ ...p, from: addDays(p.to, 1), to: null })));
    return check;
  }

  return { rawCounts, populationCheck };
}
