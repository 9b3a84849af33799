/**
 * The dashboards' SQL: which responses a set of filters picks, and the
 * GROUP BY counts the figures are shaped from. Organisation scoping is
 * checked once (scopeOf keeps only the organisation's surveys); every count
 * is then bounded by those survey ids, and the response-level counts also
 * by the organisation (free: it is in responses_figures_idx). None reads
 * responses one by one, and none reads a response's row: the indexes cover
 * every query.
 *
 * The responses of a survey are counted once per page, by day, channel,
 * language and version (cellsOf), and every response-level figure (by day,
 * channel and language, the totals the refusal rule needs, the previous
 * period's) is summed from those cells. Answer facts are grouped by survey
 * id alone when no filter narrows the responses, and otherwise restricted
 * with a semi-join on the responses (or facts) the filters pick.
 */
import { and, count, countDistinct, eq, exists, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db/client";
import { answerFacts, responses, surveys } from "../../db/schema";
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

type Cell = { day: string; channelId: number | null; language: string; versionId: number; n: number };

/** Responses of the scope by day, channel, language and version, for an answer filter (or none). */
function cellsOf(scope: Scope, answer: AnswerFilter | null): Cell[] {
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

/** The figures' queries for one page: the response cells are counted once per answer filter and reused. */
export function figureQueries(scope: Scope) {
  const cache = new Map<string, Cell[]>();
  const cells = (p: Population) => {
    const key = p.answer ? p.answer.option : "";
    if (!cache.has(key)) cache.set(key, scope.surveyIds.length ? cellsOf(scope, p.answer) : []);
    return cache.get(key)!.filter(picks(p));
  };
  const byChannel = (p: Population) => sumBy(cells(p), (cell) => cell.channelId).map(({ key, n }) => ({ channelId: key, n }));
  const byLanguage = (p: Population) => sumBy(cells(p), (cell) => cell.language).map(({ key, n }) => ({ language: key, n }));

  /** Choice answers by survey, key and value (optionally for some keys only), and how many people answered each key. */
  function factCounts(p: Population, keys?: string[]) {
    if (!scope.surveyIds.length || keys?.length === 0) return { facts: [], answered: [] };
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

  function rightsByMonth(p: Population, plan: Plan) {
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
    return {
      byDay: sumBy(picked, (cell) => cell.day).map(({ key, n }) => ({ day: key, n })),
      byChannel: byChannel(p),
      byLanguage: byLanguage(p),
      completed: total(picked) === 0 && plan.completion.some((v) => v.keys.length > 0) ? 0 : completed(p, plan),
      ...factCounts(p),
      rightsByMonth: rightsByMonth(p, plan),
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
