/**
 * The dashboards' SQL: which responses a set of filters picks, and the
 * GROUP BY counts the figures are shaped from. Every query is scoped by
 * organisation through `responses` (answer facts are reached only through
 * their response), and none reads responses one by one.
 */
import { and, count, countDistinct, eq, exists, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../../db/client";
import { answerFacts, responses } from "../../db/schema";
import { cellOf, tablesForCheck, type FigureContext, type PopulationCheck, type RawCounts } from "./figures";
import { addDays, type InsightFilters } from "./filters";

export type Scope = { organisationId: number; surveyIds: number[] };
export type Population = Omit<InsightFilters, "by">;

const filterFact = alias(answerFacts, "filter_fact");

/** The responses a set of filters picks, as a WHERE condition on `responses`. */
function matching(scope: Scope, p: Population): SQL {
  const answer = p.answer;
  return and(
    eq(responses.organisationId, scope.organisationId),
    inArray(responses.surveyId, scope.surveyIds),
    p.from ? gte(responses.submittedOn, p.from) : undefined,
    p.to ? lte(responses.submittedOn, p.to) : undefined,
    p.channel === "none" ? isNull(responses.channelId) : p.channel !== null ? eq(responses.channelId, p.channel) : undefined,
    p.language ? eq(responses.language, p.language) : undefined,
    answer
      ? exists(
          getDb()
            .select({ one: sql`1` })
            .from(filterFact)
            .where(
              and(
                eq(filterFact.responseId, responses.id),
                eq(filterFact.surveyId, responses.surveyId),
                eq(filterFact.questionKey, answer.key),
                eq(filterFact.value, answer.value),
                answer.surveyIds ? inArray(filterFact.surveyId, answer.surveyIds) : undefined,
              ),
            ),
        )
      : undefined,
  )!;
}

function countMatching(scope: Scope, p: Population): number {
  return getDb().select({ n: count() }).from(responses).where(matching(scope, p)).get()?.n ?? 0;
}

const EMPTY: RawCounts = {
  byDay: [],
  byChannel: [],
  byLanguage: [],
  completed: null,
  facts: [],
  answered: [],
  rightsByMonth: [],
};

function byChannel(scope: Scope, p: Population) {
  return getDb()
    .select({ channelId: responses.channelId, n: count() })
    .from(responses)
    .where(matching(scope, p))
    .groupBy(responses.channelId)
    .all();
}

function byLanguage(scope: Scope, p: Population) {
  return getDb()
    .select({ language: responses.language, n: count() })
    .from(responses)
    .where(matching(scope, p))
    .groupBy(responses.language)
    .all();
}

/** Choice answers by survey, key and value (optionally for some keys only), and how many people answered each key. */
function factCounts(scope: Scope, p: Population, keys?: string[]) {
  const db = getDb();
  const where = and(
    matching(scope, p),
    inArray(answerFacts.surveyId, scope.surveyIds),
    keys ? inArray(answerFacts.questionKey, keys) : undefined,
  );
  const facts = db
    .select({ surveyId: answerFacts.surveyId, key: answerFacts.questionKey, value: answerFacts.value, n: count() })
    .from(answerFacts)
    .innerJoin(responses, eq(responses.id, answerFacts.responseId))
    .where(where)
    .groupBy(answerFacts.surveyId, answerFacts.questionKey, answerFacts.value)
    .all();
  const answered = db
    .select({ surveyId: answerFacts.surveyId, key: answerFacts.questionKey, n: countDistinct(answerFacts.responseId) })
    .from(answerFacts)
    .innerJoin(responses, eq(responses.id, answerFacts.responseId))
    .where(where)
    .groupBy(answerFacts.surveyId, answerFacts.questionKey)
    .all();
  return { facts, answered };
}

export type Plan = { rightKeys: string[]; completion: { versionId: number; keys: string[] }[] };

export function rawCounts(scope: Scope, p: Population, plan: Plan): RawCounts {
  const db = getDb();
  const where = matching(scope, p);
  const month = sql<string>`substr(${responses.submittedOn}, 1, 7)`;
  const completion = plan.completion.filter((version) => version.keys.length > 0);
  return {
    byDay: db
      .select({ day: responses.submittedOn, n: count() })
      .from(responses)
      .where(where)
      .groupBy(responses.submittedOn)
      .all(),
    byChannel: byChannel(scope, p),
    byLanguage: byLanguage(scope, p),
    completed: completion.length
      ? (db
          .select({ n: countDistinct(answerFacts.responseId) })
          .from(answerFacts)
          .innerJoin(responses, eq(responses.id, answerFacts.responseId))
          .where(
            and(
              where,
              or(
                ...completion.map((version) =>
                  and(eq(responses.surveyVersionId, version.versionId), inArray(answerFacts.questionKey, version.keys)),
                ),
              ),
            ),
          )
          .get()?.n ?? 0)
      : null,
    ...factCounts(scope, p),
    rightsByMonth: plan.rightKeys.length
      ? db
          .select({ month, surveyId: answerFacts.surveyId, key: answerFacts.questionKey, value: answerFacts.value, n: count() })
          .from(answerFacts)
          .innerJoin(responses, eq(responses.id, answerFacts.responseId))
          .where(and(where, inArray(answerFacts.surveyId, scope.surveyIds), inArray(answerFacts.questionKey, plan.rightKeys)))
          .groupBy(month, answerFacts.surveyId, answerFacts.questionKey, answerFacts.value)
          .all()
      : [],
  };
}

/** What the refusal rule needs (see refusalOf): the tables of the pages without each filter, built as those pages build them. */
export function populationCheck(scope: Scope, p: Population, context: FigureContext): PopulationCheck {
  const check: PopulationCheck = { total: countMatching(scope, p), groups: [], edges: [] };
  if (p.channel !== null) {
    const table = tablesForCheck.channels({ ...EMPTY, byChannel: byChannel(scope, { ...p, channel: null }) }, context);
    check.groups.push({ filter: "channel", cell: cellOf(table, String(p.channel)) });
  }
  if (p.language) {
    const table = tablesForCheck.languages({ ...EMPTY, byLanguage: byLanguage(scope, { ...p, language: null }) }, context);
    check.groups.push({ filter: "language", cell: cellOf(table, p.language) });
  }
  if (p.answer) {
    const { groupId, row, value } = p.answer;
    const group = context.groups.find((g) => g.id === groupId);
    const keys = group?.kind === "matrix" ? group.rows.map((r) => `${group.key}.${r.value}`) : group ? [group.key] : [];
    const tables = group
      ? tablesForCheck.question({ ...EMPTY, ...factCounts(scope, { ...p, answer: null }, keys) }, context, group)
      : [];
    const table = tables.find((t) => t.key === (row ?? ""));
    check.groups.push({ filter: "answer", cell: table ? cellOf(table.table, value) : { kind: "hidden" } });
  }
  if (p.from) check.edges.push(countMatching(scope, { ...p, from: null, to: addDays(p.from, -1) }));
  if (p.to) check.edges.push(countMatching(scope, { ...p, from: addDays(p.to, 1), to: null }));
  return check;
}
