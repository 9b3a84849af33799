/**
 * The dashboards' roll-ups (db/schema.ts, ADR 0013): counts kept ready so a
 * figure reads a few thousand rows instead of a survey's millions of facts.
 *
 * One function says what a response adds to the roll-ups (tallyResponse);
 * every path applies it, with +1 or −1, in the caller's transaction:
 * - queueForRollups: one response, from recordResponse, as it is inserted: only its id goes into rollup_pending,
 *   and settleRollups counts the pending responses in batches (ADR 0016): in the background while the server runs,
 *   before every purge's subtraction and rebuild, and before any roll-up is read. Roll-ups + pending = the raw facts
 *   at every commit. A batch costs far fewer rows than its responses one by one (responses alike in month, channel,
 *   language and answers share their rows), and a submission writes one row instead of a few hundred;
 * - removeFromRollups: the responses a purge is about to delete (pending ones were never counted);
 * - addStoredToRollups: responses just bulk-loaded by SQL (bench seeding);
 * - rebuildRollups: everything again from the raw facts (`npm run rollups:rebuild`),
 *   reporting every row that was wrong.
 * Maintenance is explicit, not SQLite triggers: whether a response is
 * "completed" depends on its version's definition (completionKeys), which
 * only the app can read, and a bulk load would have to drop triggers anyway.
 */
import type Database from "better-sqlite3";
import { completionKeys } from "./figures-questions";
import type { AnswerFact } from "./facts";

export type RolledResponse = {
  surveyId: number;
  versionId: number;
  /** YYYY-MM-DD */
  day: string;
  channelId: number | null;
  language: string;
  facts: AnswerFact[];
};

type Sqlite = Database.Database;

/**
 * Per connection: the version lookup, prepared once, and each version's completion keys (published versions are
 * frozen, so a version's keys never change), the most recent versions kept.
 */
type Completion = { lookup: Database.Statement | null; byVersion: Map<number, Set<string>> };
const completionCache = new WeakMap<Sqlite, Completion>();
const VERSIONS_KEPT = 500;

function completionOf(sqlite: Sqlite, versionId: number): Set<string> {
  let cache = completionCache.get(sqlite);
  if (!cache) completionCache.set(sqlite, (cache = { lookup: null, byVersion: new Map() }));
  const known = cache.byVersion.get(versionId);
  if (known) return known;
  cache.lookup ??= sqlite.prepare("select definition from survey_versions where id = ?");
  const row = cache.lookup.get(versionId) as { definition: string } | undefined;
  const found = row ? (JSON.parse(row.definition) as object) : {};
  const keys = new Set(completionKeys([{ surveyId: 0, versionId, version: 0, definition: found }])[0]?.keys ?? []);
  if (cache.byVersion.size >= VERSIONS_KEPT) cache.byVersion.delete(cache.byVersion.keys().next().value!);
  cache.byVersion.set(versionId, keys);
  return keys;
}

/** Interned strings: each distinct cell or answer gets a small whole number, so counts are kept under numeric keys. */
class Interner<T> {
  private ids = new Map<string, number>();
  readonly items: T[] = [];
  id(key: string, item: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(key, id);
      this.items.push(item());
    }
    return id;
  }
  get size() {
    return this.items.length;
  }
}

/**
 * Limits per tally (it is written and started afresh when one is near): tokens
 * (an answer, or "answered" for a key) and month cells, so that a month cell
 * and a token make one small whole number (a fast Map key in V8).
 */
const TOKENS = 2 ** 16;
const MONTH_CELLS = 2 ** 13;
const SEP = "\u0000";

type Token = { key: string; answered: 0 | 1; value: string };
type ResponseCell = { surveyId: number; day: string; channel: number; language: string; versionId: number; completed: 0 | 1 };
type AnswerCell = { surveyId: number; month: string; day: string; channel: number; language: string };
type MonthCell = { surveyId: number; month: string; channel: number; language: string };

/** Counts by token, in a plain array indexed by token id (holes are 0). */
type ByToken = number[];

/**
 * What some responses add to (or take from) each roll-up, before it is
 * written: counts by cell, and by cell and token in arrays indexed by token.
 */
export class Tally {
  tokens = new Interner<Token>();
  responseCells = new Interner<ResponseCell>();
  answerCells = new Interner<AnswerCell>();
  monthCells = new Interner<MonthCell>();
  responses = new Map<number, number>();
  answers = new Map<number, ByToken>();
  /** The same answers by month cell (rollup_answer_months). */
  answerMonths = new Map<number, ByToken>();
  filterResponses = new Map<number, ByToken>();
  /** By month cell × TOKENS + filter token. */
  filterAnswers = new Map<number, ByToken>();
  /** Responses not yet crossed into filterAnswers, gathered by month cell and answers (see tallyResponse). */
  alike = new Map<string, { mCell: number; filters: number[]; targets: number[]; n: number }>();
  count = 0;

  get full() {
    return this.tokens.size >= TOKENS - 512 || this.monthCells.size >= MONTH_CELLS - 1 || this.alike.size >= 500_000;
  }
}

function byToken(map: Map<number, ByToken>, key: number): ByToken {
  let found = map.get(key);
  if (!found) map.set(key, (found = []));
  return found;
}

/** What one response adds to the roll-ups (sign +1), or takes away when it is deleted (sign −1). */
export function tallyResponse(tally: Tally, response: RolledResponse, completion: Set<string>, sign: 1 | -1) {
  const channel = response.channelId ?? 0;
  const month = response.day.slice(0, 7);
  const { surveyId, day, language, versionId } = response;
  const completed: 0 | 1 = response.facts.some((fact) => completion.has(fact.questionKey)) ? 1 : 0;
  const rCell = tally.responseCells.id([surveyId, day, channel, language, versionId, completed].join(SEP), () => ({
    surveyId,
    day,
    channel,
    language,
    versionId,
    completed,
  }));
  const aCell = tally.answerCells.id([surveyId, day, channel, language].join(SEP), () => ({
    surveyId,
    month,
    day,
    channel,
    language,
  }));
  const mCell = tally.monthCells.id([surveyId, month, channel, language].join(SEP), () => ({
    surveyId,
    month,
    channel,
    language,
  }));
  // Every fact counts (a multiple choice ticks several); "answered" and the filters count each response once.
  const targets: number[] = [];
  const keys = new Set<string>();
  for (const fact of response.facts) {
    targets.push(
      tally.tokens.id(fact.questionKey + SEP + fact.value, () => ({ key: fact.questionKey, answered: 0, value: fact.value })),
    );
    keys.add(fact.questionKey);
  }
  const filters = [...new Set(targets)];
  for (const key of keys) targets.push(tally.tokens.id(key + SEP + SEP, () => ({ key, answered: 1, value: "" })));
  tally.responses.set(rCell, (tally.responses.get(rCell) ?? 0) + sign);
  const answers = byToken(tally.answers, aCell);
  for (const target of targets) answers[target] = (answers[target] ?? 0) + sign;
  const answerMonths = byToken(tally.answerMonths, mCell);
  for (const target of targets) answerMonths[target] = (answerMonths[target] ?? 0) + sign;
  const filterResponses = byToken(tally.filterResponses, rCell);
  for (const filter of filters) filterResponses[filter] = (filterResponses[filter] ?? 0) + sign;
  // The cross-tab costs (answers given)² a response: responses alike in month, channel, language and answers are
  // gathered first and crossed once, with their number.
  const signature = `${mCell}:${targets.join(",")}`;
  const alike = tally.alike.get(signature);
  if (alike) alike.n += sign;
  else tally.alike.set(signature, { mCell, filters, targets, n: sign });
  tally.count += 1;
}

/** Crosses the gathered responses into the cross-tab's counts. */
function crossAlike(tally: Tally) {
  for (const { mCell, filters, targets, n } of tally.alike.values()) {
    if (n === 0) continue;
    for (const filter of filters) {
      const row = byToken(tally.filterAnswers, mCell * TOKENS + filter);
      for (const target of targets) row[target] = (row[target] ?? 0) + n;
    }
  }
  tally.alike.clear();
}

type Statements = {
  upsert: Record<RollupTable, Database.Statement>;
  drop: Record<RollupTable, Database.Statement>;
};

export const ROLLUP_TABLES = [
  "rollup_responses",
  "rollup_answers",
  "rollup_answer_months",
  "rollup_filter_responses",
  "rollup_filter_answers",
] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

/** Each table's key columns, in the order of its primary key. */
const KEYS: Record<RollupTable, string[]> = {
  rollup_responses: ["survey_id", "day", "channel", "language", "version_id", "completed"],
  rollup_answers: ["survey_id", "question_key", "answered", "value", "month", "day", "channel", "language"],
  rollup_answer_months: ["survey_id", "question_key", "answered", "value", "month", "channel", "language"],
  rollup_filter_responses: ["survey_id", "filter_key", "filter_value", "day", "channel", "language", "version_id", "completed"],
  rollup_filter_answers: [
    "survey_id",
    "filter_key",
    "filter_value",
    "month",
    "channel",
    "language",
    "question_key",
    "answered",
    "value",
  ],
};

const statementCache = new WeakMap<Sqlite, Statements>();

function statements(sqlite: Sqlite): Statements {
  const cached = statementCache.get(sqlite);
  if (cached) return cached;
  const upsert = {} as Record<RollupTable, Database.Statement>;
  const drop = {} as Record<RollupTable, Database.Statement>;
  for (const table of ROLLUP_TABLES) {
    const keys = KEYS[table];
    upsert[table] = sqlite.prepare(
      `insert into ${table} (${keys.join(", ")}, n) values (${keys.map(() => "?").join(", ")}, ?)
       on conflict (${keys.join(", ")}) do update set n = n + excluded.n returning n`,
    );
    drop[table] = sqlite.prepare(`delete from ${table} where ${keys.map((key) => `${key} = ?`).join(" and ")} and n = 0`);
  }
  const made = { upsert, drop };
  statementCache.set(sqlite, made);
  return made;
}

/** The rows a tally changes, table by table, as [key values…, n] (none with n = 0). */
export function* rowsOf(tally: Tally): Generator<[RollupTable, (string | number)[], number]> {
  crossAlike(tally);
  const token = (id: number) => tally.tokens.items[id];
  for (const [cell, n] of tally.responses) {
    const c = tally.responseCells.items[cell];
    if (n !== 0) yield ["rollup_responses", [c.surveyId, c.day, c.channel, c.language, c.versionId, c.completed], n];
  }
  for (const [cell, counts] of tally.answers) {
    const c = tally.answerCells.items[cell];
    for (const [id, n] of counts.entries()) {
      if (!n) continue;
      const t = token(id);
      yield ["rollup_answers", [c.surveyId, t.key, t.answered, t.value, c.month, c.day, c.channel, c.language], n];
    }
  }
  for (const [cell, counts] of tally.answerMonths) {
    const c = tally.monthCells.items[cell];
    for (const [id, n] of counts.entries()) {
      if (!n) continue;
      const t = token(id);
      yield ["rollup_answer_months", [c.surveyId, t.key, t.answered, t.value, c.month, c.channel, c.language], n];
    }
  }
  for (const [cell, counts] of tally.filterResponses) {
    const c = tally.responseCells.items[cell];
    for (const [id, n] of counts.entries()) {
      if (!n) continue;
      const f = token(id);
      yield ["rollup_filter_responses", [c.surveyId, f.key, f.value, c.day, c.channel, c.language, c.versionId, c.completed], n];
    }
  }
  for (const [key, counts] of tally.filterAnswers) {
    const c = tally.monthCells.items[Math.floor(key / TOKENS)];
    const f = token(key % TOKENS);
    for (const [id, n] of counts.entries()) {
      if (!n) continue;
      const t = token(id);
      yield [
        "rollup_filter_answers",
        [c.surveyId, f.key, f.value, c.month, c.channel, c.language, t.key, t.answered, t.value],
        n,
      ];
    }
  }
}

/**
 * Adds a tally to the roll-ups (a negative count subtracts; a row that
 * reaches 0 is deleted), row by row. Call inside a transaction.
 */
export function applyTally(sqlite: Sqlite, tally: Tally) {
  const { upsert, drop } = statements(sqlite);
  for (const [table, key, n] of rowsOf(tally)) {
    const after = (upsert[table].get(...key, n) as { n: number }).n;
    if (after === 0) drop[table].run(...key);
  }
}

/**
 * Adds a large tally of additions only (a bulk load, a rebuild): rows are
 * staged in temporary tables, then merged in key order, so the roll-ups'
 * B-trees are appended to instead of written all over. Call inside a transaction.
 */
function applyStaged(sqlite: Sqlite, tally: Tally) {
  const stage = new Map<RollupTable, Database.Statement>();
  for (const table of ROLLUP_TABLES) {
    sqlite.exec(`create temp table if not exists stage_${table} as select * from ${table} where 0`);
    stage.set(
      table,
      sqlite.prepare(
        `insert into temp.stage_${table} (${KEYS[table].join(", ")}, n) values (${KEYS[table].map(() => "?").join(", ")}, ?)`,
      ),
    );
  }
  for (const [table, key, n] of rowsOf(tally)) {
    if (n < 0) throw new Error("applyStaged adds only: a tally with subtractions goes through applyTally");
    stage.get(table)!.run(...key, n);
  }
  for (const table of ROLLUP_TABLES) {
    const keys = KEYS[table].join(", ");
    sqlite.exec(
      `insert into ${table} (${keys}, n) select ${keys}, n from temp.stage_${table} where true order by ${keys}
       on conflict (${keys}) do update set n = n + excluded.n;
       drop table temp.stage_${table};`,
    );
  }
}

/**
 * Reads stored responses with their facts (those `where` picks, in the order
 * `order` gives, which must keep a response's facts together) and tallies
 * them, writing the tally whenever it grows large. Returns how many responses.
 */
function tallyStored(
  sqlite: Sqlite,
  where: string,
  params: unknown[],
  order: string,
  sign: 1 | -1,
  write: (tally: Tally) => void,
): number {
  const rows = sqlite
    .prepare(
      `select r.id, r.survey_id, r.survey_version_id, r.submitted_on, r.channel_id, r.language, f.question_key, f.value
       from responses r left join answer_facts f on f.response_id = r.id
       where ${where} order by ${order}`,
    )
    .raw(true)
    .iterate(...params) as IterableIterator<
    [number, number, number, string, number | null, string, string | null, string | null]
  >;
  let tally = new Tally();
  let current: RolledResponse | null = null;
  let currentId = -1;
  let total = 0;
  const finish = () => {
    if (!current) return;
    tallyResponse(tally, current, completionOf(sqlite, current.versionId), sign);
    total += 1;
    if (tally.full) {
      write(tally);
      tally = new Tally();
    }
  };
  for (const [id, surveyId, versionId, day, channelId, language, key, value] of rows) {
    if (id !== currentId) {
      finish();
      currentId = id;
      current = { surveyId, versionId, day, channelId, language, facts: [] };
    }
    if (key !== null && value !== null) current!.facts.push({ questionKey: key, value });
  }
  finish();
  write(tally);
  return total;
}

/**
 * Takes the responses a purge is about to delete out of the roll-ups: those
 * of one survey (of one organisation) submitted before `before`. Call in the
 * purge's transaction, before the delete.
 */
export function removeFromRollups(sqlite: Sqlite, organisationId: number, surveyId: number, before: string): number {
  // A pending response was never counted, so there is nothing of it to take away; deleting it drops its pending row.
  return tallyStored(
    sqlite,
    "r.organisation_id = ? and r.survey_id = ? and r.submitted_on < ? and r.id not in (select response_id from rollup_pending)",
    [organisationId, surveyId, before],
    "r.submitted_on, r.id",
    -1,
    (tally) => applyTally(sqlite, tally),
  );
}

/** Counts responses already stored with ids from `firstId` on into the roll-ups: for bulk loads made by SQL. */
export function addStoredToRollups(sqlite: Sqlite, firstId: number): number {
  return tallyStored(sqlite, "r.id >= ?", [firstId], "r.id", 1, (tally) => applyStaged(sqlite, tally));
}

export type RollupChange = { table: RollupTable; rowsBefore: number; rowsAfter: number; wrong: number; missing: number };
export type RebuildReport = { responses: number; changes: RollupChange[]; surveys: number[] };

/**
 * Rebuilds every roll-up from the raw facts in one transaction and reports
 * what differed: rows that were wrong (a different count) or extra, and rows
 * that were missing, per table, and which surveys they belonged to.
 * `record` runs in the same transaction (the audit entries).
 */
export function rebuildRollups(sqlite: Sqlite, record?: (report: RebuildReport) => void): RebuildReport {
  return sqlite.transaction(() => {
    // Pending responses are not wrong, only not yet counted: counted first, so the report says what really was.
    settleRollups(sqlite);
    const before = new Map<RollupTable, number>();
    for (const table of ROLLUP_TABLES) {
      before.set(table, (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
      sqlite.exec(
        `drop table if exists temp.old_${table}; create temp table old_${table} as select * from ${table}; delete from ${table};`,
      );
    }
    const responses = tallyStored(sqlite, "1 = 1", [], "r.id", 1, (tally) => applyStaged(sqlite, tally));
    const changes: RollupChange[] = [];
    const surveys = new Set<number>();
    for (const table of ROLLUP_TABLES) {
      const columns = [...KEYS[table], "n"].join(", ");
      const extra = `select ${columns} from temp.old_${table} except select ${columns} from ${table}`;
      const lacking = `select ${columns} from ${table} except select ${columns} from temp.old_${table}`;
      const wrong = (sqlite.prepare(`select count(*) as n from (${extra})`).get() as { n: number }).n;
      const missing = (sqlite.prepare(`select count(*) as n from (${lacking})`).get() as { n: number }).n;
      for (const row of sqlite.prepare(`select distinct survey_id as id from (${extra} union all ${lacking})`).all() as {
        id: number;
      }[])
        surveys.add(row.id);
      const rowsAfter = (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      changes.push({ table, rowsBefore: before.get(table)!, rowsAfter, wrong, missing });
      sqlite.exec(`drop table temp.old_${table}`);
    }
    const report = { responses, changes, surveys: [...surveys].sort((a, b) => a - b) };
    record?.(report);
    return report;
  })();
}

/**
 * After the migration that adds the roll-ups, a database with responses has
 * empty roll-ups: they are built once, there and then. (Stored responses are
 * either pending or have left at least one rollup_responses row, so empty
 * roll-ups with nothing pending means never built.)
 */
export function backfillRollups(sqlite: Sqlite) {
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'rollup_responses'").get();
  if (!hasTable) return;
  const anyResponse = sqlite.prepare("select 1 from responses limit 1").get();
  const anyRollup = sqlite.prepare("select 1 from rollup_responses limit 1").get();
  const hasPending = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'rollup_pending'").get();
  const anyPending = hasPending && sqlite.prepare("select 1 from rollup_pending limit 1").get();
  if (anyResponse && !anyRollup && !anyPending) rebuildRollups(sqlite);
}

type Pending = {
  readOnly: boolean;
  queue: Database.Statement;
  any: Database.Statement;
  lastOf: Database.Statement;
  read: Database.Statement;
  drop: Database.Statement;
};
const pendingCache = new WeakMap<Sqlite, Pending>();

function pending(sqlite: Sqlite): Pending {
  let found = pendingCache.get(sqlite);
  if (!found) {
    found = {
      readOnly: sqlite.readonly || sqlite.pragma("query_only", { simple: true }) === 1,
      queue: sqlite.prepare("insert into rollup_pending (response_id) values (?)"),
      // Read from the start of the queue's key (ids are positive), stopping at the limit.
      any: sqlite.prepare("select 1 from rollup_pending where response_id > 0 limit 1"),
      lastOf: sqlite
        .prepare(
          "select max(response_id) from (select response_id from rollup_pending where response_id > 0 order by response_id limit ?)",
        )
        .pluck(),
      read: sqlite
        .prepare(
          `select r.id, r.survey_id, r.survey_version_id, r.submitted_on, r.channel_id, r.language, f.question_key, f.value
           from rollup_pending p join responses r on r.id = p.response_id left join answer_facts f on f.response_id = r.id
           where p.response_id > 0 and p.response_id <= ? order by p.response_id`,
        )
        .raw(true),
      drop: sqlite.prepare("delete from rollup_pending where response_id <= ?"),
    };
    pendingCache.set(sqlite, found);
  }
  return found;
}

/**
 * Queues a response just inserted for the roll-ups, in the transaction that inserts it (recordResponse): one row,
 * where counting it at once wrote a few hundred (the filter cross-tab is answers × answers). While the server runs,
 * a settle follows shortly (startSettlingRollups).
 */
export function queueForRollups(sqlite: Sqlite, responseId: number) {
  pending(sqlite).queue.run(responseId);
  settleSoon(sqlite);
}

/**
 * Counts pending responses into the roll-ups (the oldest first: at most `limit` of them, and no more once about
 * `rows` roll-up rows are due) and deletes their pending rows, in one transaction (a savepoint inside the caller's).
 * Returns how many were counted. Every reader of the roll-ups calls it first (no limits), so what it reads equals the
 * raw facts; with nothing pending it is one indexed lookup.
 */
export function settleRollups(sqlite: Sqlite, limit = Number.MAX_SAFE_INTEGER, rows = Number.POSITIVE_INFINITY): number {
  const statements = pending(sqlite);
  // A read-only connection (DATABASE_READ_ONLY, for maintenance) writes nothing: it reads what was settled, and a
  // clean stop settles everything before it closes (closeDb), so only a crash just before can leave any unread.
  if (statements.readOnly || !statements.any.get()) return 0;
  return sqlite.transaction(() => {
    const last = statements.lastOf.get(limit) as number | null;
    if (last === null) return 0;
    const tally = new Tally();
    let due = 0;
    let counted = 0;
    let settledTo = 0;
    let current: RolledResponse | null = null;
    let currentId = 0;
    const finish = () => {
      if (!current) return;
      const alike = tally.alike.size;
      tallyResponse(tally, current, completionOf(sqlite, current.versionId), 1);
      // A response unlike those before it adds about answers × (answers + keys) cross-tab rows; a like one adds none.
      if (tally.alike.size > alike) {
        const keys = new Set(current.facts.map((fact) => fact.questionKey)).size;
        due += current.facts.length * (current.facts.length + keys + 2) + keys + 1;
      }
      counted += 1;
      settledTo = currentId;
      current = null;
    };
    const found = statements.read.iterate(last) as IterableIterator<
      [number, number, number, string, number | null, string, string | null, string | null]
    >;
    for (const [id, surveyId, versionId, day, channelId, language, key, value] of found) {
      if (id !== currentId) {
        finish();
        if (due >= rows || tally.full) break;
        currentId = id;
        current = { surveyId, versionId, day, channelId, language, facts: [] };
      }
      if (key !== null && value !== null) current!.facts.push({ questionKey: key, value });
    }
    finish();
    applyTally(sqlite, tally);
    // Everything up to the last response counted (and the pending rows of any deleted since, which nothing counts).
    statements.drop.run(counted > 0 && (due >= rows || tally.full) ? settledTo : last);
    return counted;
  })();
}

/**
 * The background settle, while the server runs: a short wait after a submission gathers a batch (under load, many
 * responses alike in month, channel and language share their rows), then transactions of at most SETTLE_BATCH
 * responses and about SETTLE_ROWS roll-up rows each (a few milliseconds' work), with the event loop free between them,
 * so no request waits long behind one.
 */
const SETTLE_DELAY_MS = 100;
const SETTLE_BATCH = 256;
const SETTLE_ROWS = 2000;
let background: { log: (message: string) => void; timer: NodeJS.Timeout | null } | null = null;

function settleSoon(sqlite: Sqlite, delay = SETTLE_DELAY_MS) {
  if (!background || background.timer) return;
  const running = background;
  running.timer = setTimeout(() => {
    running.timer = null;
    if (background !== running || !sqlite.open) return;
    try {
      settleRollups(sqlite, SETTLE_BATCH, SETTLE_ROWS);
      // More waiting (a burst, or a batch cut short by its size): soon again, after the requests queued meanwhile.
      if (pending(sqlite).any.get()) settleSoon(sqlite, 1);
    } catch (error) {
      // Nothing is lost: the responses stay pending, and the next settle (or the next reader) counts them.
      running.log(`roll-ups not settled: ${error instanceof Error ? error.message : String(error)}`);
      settleSoon(sqlite, 1000);
    }
  }, delay);
  running.timer.unref();
}

/** Starts the background settle (and settles what an earlier run left pending). Returns a stop function. */
export function startSettlingRollups(sqlite: Sqlite, log: (message: string) => void): () => void {
  const mine = { log, timer: null };
  background = mine;
  settleSoon(sqlite, 0);
  return () => {
    if (mine.timer) clearTimeout(mine.timer);
    if (background === mine) background = null;
  };
}
