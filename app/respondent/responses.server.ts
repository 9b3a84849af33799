/**
 * Storing what respondents send: responses (redacted at ingest, exactly once
 * per submission key), "save and come back later" drafts, and the purge that
 * deletes both when their time is up. Nothing here records an address, a user
 * agent, a referrer or a time of day.
 */
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import {
  answerFacts,
  channels,
  maintenanceEvents,
  outcomePairCodes,
  responses,
  resumeDrafts,
  surveys,
  type OutcomeStage,
} from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { answerFactsOf, type AnswerFact } from "../insights/facts";
import { queueForRollups, removeFromRollups } from "../insights/rollups.server";
import { londonDate } from "../components/dates";
import { config } from "../config.server";
import { draftKeys, seal, unseal } from "./draft-seal.server";
import { suggestsDanger } from "./danger";
import { redact } from "./redact";
import { newResumeCode } from "./resume-code";
import { withTexts } from "./free-text";
import { freeTextOf, type Answers } from "./survey-engine";

export type Submission = {
  organisationId: number;
  surveyId: number;
  versionId: number;
  definition: object;
  channelId: number | null;
  language: string;
  /** Already checked by validateSubmission: hidden answers dropped. */
  answers: Answers;
  submissionKey: string;
  /** An outcome survey's start or end of support, with the keyed hash of its pair code (app/outcomes/pair-code.server.ts). */
  pair?: { stage: OutcomeStage; hash: string | null } | null;
};

/** Free text with personal details replaced, plus the originals that changed (for analysts, until the purge). */
export function redactAnswers(definition: object, answers: Answers, language: string) {
  const safeTexts: Record<string, string> = {};
  const unredacted: Record<string, string> = {};
  const texts: string[] = [];
  for (const { key, text } of freeTextOf(definition, answers)) {
    texts.push(text);
    const safe = redact(text, language === "cy" ? "cy" : "en").text;
    if (safe === text) continue;
    safeTexts[key] = safe;
    unredacted[key] = text;
  }
  // Nested texts (a matrix's cells, a dynamic panel's questions) are put back at their paths (free-text.ts).
  const redacted = Object.keys(safeTexts).length ? withTexts(answers, safeTexts) : { ...answers };
  return { redacted, unredacted, danger: suggestsDanger(texts) };
}

type SubmissionStatements = ReturnType<typeof prepareSubmission>;

/**
 * A submission's statements, prepared once per connection and reused (better-sqlite3 keeps a prepared statement
 * valid until its connection closes): building and preparing the SQL again for every submission cost more than
 * running it. Placeholders go through the columns' own encoders (JSON, booleans) as a one-off query's values do.
 */
function prepareSubmission(db: Db) {
  const p = sql.placeholder;
  const insertResponse = db
    .insert(responses)
    .values({
      organisationId: p("organisationId"),
      surveyId: p("surveyId"),
      surveyVersionId: p("versionId"),
      channelId: p("channelId"),
      language: p("language"),
      submittedOn: p("submittedOn"),
      answers: p("answers"),
      unredactedText: p("unredacted"),
      dangerFlag: p("danger"),
      submissionKey: p("submissionKey"),
    })
    .onConflictDoNothing({ target: responses.submissionKey })
    .returning({ id: responses.id })
    .prepare();
  const insertFact = db
    .insert(answerFacts)
    .values({ responseId: p("responseId"), surveyId: p("surveyId"), questionKey: p("questionKey"), value: p("value") })
    .prepare();
  const insertPair = db
    .insert(outcomePairCodes)
    .values({ responseId: p("responseId"), surveyId: p("surveyId"), stage: p("stage"), pairHash: p("pairHash") })
    .prepare();
  const deleteDraft = db
    .delete(resumeDrafts)
    .where(eq(resumeDrafts.submissionKey, p("submissionKey")))
    .prepare();
  type Row = Submission & { submittedOn: string; answers: Answers; unredacted: Record<string, string>; danger: boolean };
  // One transaction: the response, its facts and the end of its draft are stored together or not at all.
  const store = db.$client.transaction((row: Row, facts: AnswerFact[]) => {
    const inserted = insertResponse.all(row);
    if (inserted.length > 0) {
      for (const fact of facts) insertFact.run({ ...fact, responseId: inserted[0].id, surveyId: row.surveyId });
      if (row.pair)
        insertPair.run({ responseId: inserted[0].id, surveyId: row.surveyId, stage: row.pair.stage, pairHash: row.pair.hash });
      // Queued for the dashboards' counts in this same transaction; counted in batches (ADR 0013, ADR 0016).
      queueForRollups(db.$client, inserted[0].id);
    }
    deleteDraft.run({ submissionKey: row.submissionKey });
    return inserted.length === 0;
  });
  return { store };
}

const prepared = new WeakMap<Db, SubmissionStatements>();

function submissionStatements(db: Db): SubmissionStatements {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = prepareSubmission(db)));
  return statements;
}

/**
 * Stores a response once. A second call with the same submission key (a double
 * click, a retry after a dropped connection) stores nothing more and reports
 * `duplicate`. The respondent's draft, if any, goes in the same transaction.
 */
export function recordResponse(submission: Submission, today = londonDate(new Date())) {
  const { redacted, unredacted, danger } = redactAnswers(submission.definition, submission.answers, submission.language);
  const facts = answerFactsOf(submission.definition, submission.answers);
  const row = { ...submission, submittedOn: today, answers: redacted, unredacted, danger };
  const duplicate = submissionStatements(getDb()).store(row, facts);
  return { duplicate, danger };
}

function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

export type DraftInput = Omit<Submission, "definition"> & {
  pageName: string;
  /** The journey's survey state beside the answers (triggered, skipped, held …), sealed with them. */
  session?: Record<string, unknown>;
};

/**
 * Saves answers part-way and returns the code that brings them back. Saving
 * again replaces the earlier draft of the same submission (one code at a time).
 * The answers are sealed with a key derived from the new code (draft-seal.server.ts):
 * what is stored cannot be read without the code. Deriving the key takes a moment
 * off the request thread, so it happens before the transaction.
 */
export async function saveDraft(draft: DraftInput, today = londonDate(new Date())) {
  const expiresOn = addDays(today, config().RESUME_DAYS);
  for (;;) {
    const code = newResumeCode();
    const keys = await draftKeys(code, draft.surveyId);
    const saved = getDb().transaction((tx) => {
      tx.delete(resumeDrafts).where(eq(resumeDrafts.submissionKey, draft.submissionKey)).run();
      return tx
        .insert(resumeDrafts)
        .values({
          codeHash: keys.id,
          organisationId: draft.organisationId,
          surveyId: draft.surveyId,
          surveyVersionId: draft.versionId,
          channelId: draft.channelId,
          language: draft.language,
          pageName: draft.pageName,
          sealedAnswers: seal(keys, { answers: draft.answers, session: draft.session ?? {} }),
          submissionKey: draft.submissionKey,
          expiresOn,
        })
        .onConflictDoNothing()
        .returning({ codeHash: resumeDrafts.codeHash })
        .all();
    });
    // A code already in use for this survey (about one chance in 10^11): roll again.
    if (saved.length) return { code, expiresOn };
  }
}

/** The draft behind a code for this survey, unless it has expired (or was saved before drafts were sealed). */
export async function findDraft(surveyId: number, code: string, today = londonDate(new Date())) {
  const keys = await draftKeys(code, surveyId);
  const row = getDb()
    .select({
      versionId: resumeDrafts.surveyVersionId,
      channelCode: channels.code,
      language: resumeDrafts.language,
      pageName: resumeDrafts.pageName,
      sealedAnswers: resumeDrafts.sealedAnswers,
      submissionKey: resumeDrafts.submissionKey,
      expiresOn: resumeDrafts.expiresOn,
    })
    .from(resumeDrafts)
    .leftJoin(channels, eq(channels.id, resumeDrafts.channelId))
    .where(and(eq(resumeDrafts.codeHash, keys.id), eq(resumeDrafts.surveyId, surveyId)))
    .get();
  if (!row || row.expiresOn < today) return null;
  const sealed = unseal(keys, row.sealedAnswers);
  if (!sealed) return null;
  const { sealedAnswers: _sealed, ...rest } = row;
  return { ...rest, answers: sealed.answers, session: sealed.session };
}

/**
 * Deletes responses older than their survey's retention period and drafts past
 * their last day, with one audit entry per organisation that lost any, and one
 * maintenance event for operators. Safe to run at any time, any number of times.
 */
export function purgeExpired(today = londonDate(new Date())) {
  const db = getDb();
  return db.transaction((tx) => {
    const rows = tx
      .select({ id: surveys.id, organisationId: surveys.organisationId, settings: surveys.settings })
      .from(surveys)
      .all();
    const byOrganisation = new Map<number, { responses: number; surveys: number[] }>();
    let responsesDeleted = 0;
    for (const survey of rows) {
      const days = Math.max(1, Number(survey.settings.retentionDays) || 365);
      const cutoff = addDays(today, -days);
      // Out of the dashboards' counts first, while the facts are still there to say what to subtract (ADR 0013).
      removeFromRollups(db.$client, survey.organisationId, survey.id, cutoff);
      const deleted = tx
        .delete(responses)
        .where(and(eq(responses.surveyId, survey.id), lt(responses.submittedOn, cutoff)))
        .run().changes;
      if (deleted > 0) {
        responsesDeleted += deleted;
        const entry = byOrganisation.get(survey.organisationId) ?? { responses: 0, surveys: [] };
        entry.responses += deleted;
        entry.surveys.push(survey.id);
        byOrganisation.set(survey.organisationId, entry);
      }
    }
    const draftsDeleted = tx.delete(resumeDrafts).where(lt(resumeDrafts.expiresOn, today)).run().changes;
    for (const [organisationId, entry] of byOrganisation) {
      recordAudit(tx, {
        organisationId,
        actorUserId: null,
        action: "responses.purged",
        objectType: "survey",
        detail: { responses: entry.responses, surveys: entry.surveys },
      });
    }
    tx.insert(maintenanceEvents)
      .values({ kind: "purge", detail: { responses: responsesDeleted, drafts: draftsDeleted, on: today } })
      .run();
    return { responses: responsesDeleted, drafts: draftsDeleted };
  });
}

/** Runs the purge now and then once a day while the server runs. Returns a stop function. */
export function schedulePurge(log: (message: string) => void) {
  const run = () => {
    try {
      const result = purgeExpired();
      log(`purge: ${result.responses} responses and ${result.drafts} drafts past their time deleted`);
    } catch (error) {
      log(`purge failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  run();
  const timer = setInterval(run, 24 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Responses stored for a set of surveys, for /metrics and staff summaries. */
export function countResponses(surveyIds?: number[]) {
  const where = surveyIds ? inArray(responses.surveyId, surveyIds) : undefined;
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(responses)
      .where(where)
      .get()?.n ?? 0
  );
}
