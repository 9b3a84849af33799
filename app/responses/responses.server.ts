/**
 * Reading responses for staff: the paged list with search in the redacted free
 * text, one response, and its original text (audited in the same transaction
 * that reads it). Every query is scoped by organisation: another organisation's
 * survey or response answers 404.
 */
import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "../../db/client";
import { channels, responses, surveyVersions } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { questionSpecs } from "../respondent/survey-engine";
import type { Lang } from "../respondent/fields/types";
import { getSurvey } from "../surveys/surveys.server";
import { answerViews, originalTexts } from "./answer-view";
import { hasOtherItem, otherKey } from "./labels";
import { keptUntil } from "./retention";
import { likePattern } from "./query";

export const PAGE_SIZE = 25;

/** The survey's published definitions, newest version first. Call after the survey's organisation was checked. */
export function publishedDefinitions(surveyId: number) {
  return getDb()
    .select({ id: surveyVersions.id, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.version))
    .all();
}

/** Answer keys that hold free text in any version: text and long-text questions, and "something else" text. */
export function freeTextKeys(definitions: readonly object[]): string[] {
  const keys = new Set<string>();
  for (const definition of definitions) {
    for (const spec of questionSpecs(definition)) {
      if (spec.kind === "comment" || (spec.kind === "text" && !spec.numeric)) keys.add(spec.name);
      if (hasOtherItem(spec)) keys.add(otherKey(spec.name));
    }
  }
  return [...keys];
}

/** Responses whose redacted free text contains the words. Never looks at the original text. */
function freeTextMatches(keys: string[], words: string): SQL {
  if (keys.length === 0) return sql`0`;
  const names = sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  );
  return sql`exists (select 1 from json_each(${responses.answers}) as answer
    where answer.key in (${names}) and answer.type = 'text' and answer.value like ${likePattern(words)} escape '\\')`;
}

/** Whether redaction changed anything, without reading what it changed. */
const hasOriginal = sql<number>`exists (select 1 from json_each(${responses.unredactedText}))`;

const channelJoin = (organisationId: number) =>
  and(eq(channels.id, responses.channelId), eq(channels.organisationId, organisationId));

export type ListOptions = { page: number; search: string; lang: Lang };

/** One page of a survey's responses, newest first, with answers as the reader reads them. */
export function listResponses(organisationId: number, surveyId: number, options: ListOptions) {
  getSurvey(organisationId, surveyId);
  const versions = publishedDefinitions(surveyId);
  const definitions = new Map(versions.map((version) => [version.id, version.definition]));
  const where = and(
    eq(responses.organisationId, organisationId),
    eq(responses.surveyId, surveyId),
    options.search ? freeTextMatches(freeTextKeys(versions.map((v) => v.definition)), options.search) : undefined,
  );
  const db = getDb();
  const total = db.select({ n: count() }).from(responses).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(options.page, pageCount);
  const rows = db
    .select({
      id: responses.id,
      versionId: responses.surveyVersionId,
      day: responses.submittedOn,
      channel: channels.label,
      language: responses.language,
      answers: responses.answers,
      hasOriginal,
    })
    .from(responses)
    .leftJoin(channels, channelJoin(organisationId))
    .where(where)
    .orderBy(desc(responses.submittedOn), desc(responses.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  return {
    total,
    page,
    pageCount,
    from: total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1,
    to: (page - 1) * PAGE_SIZE + rows.length,
    responses: rows.map((row) => ({
      id: row.id,
      day: row.day,
      channel: row.channel,
      language: row.language,
      answers: answerViews(definitions.get(row.versionId) ?? {}, row.answers, options.lang),
      hasOriginal: Boolean(row.hasOriginal),
    })),
  };
}

function responseRow(organisationId: number, surveyId: number, responseId: number) {
  const row = getDb()
    .select({
      id: responses.id,
      day: responses.submittedOn,
      channel: channels.label,
      language: responses.language,
      answers: responses.answers,
      definition: surveyVersions.definition,
      hasOriginal,
    })
    .from(responses)
    .innerJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
    .leftJoin(channels, channelJoin(organisationId))
    .where(and(eq(responses.id, responseId), eq(responses.surveyId, surveyId), eq(responses.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return row;
}

/** One response (free text as redacted), and the day its original text, if any, is deleted. */
export function getResponse(organisationId: number, surveyId: number, responseId: number, lang: Lang) {
  const survey = getSurvey(organisationId, surveyId);
  const row = responseRow(organisationId, surveyId, responseId);
  return {
    survey: { id: survey.id, title: survey.title },
    response: {
      id: row.id,
      day: row.day,
      channel: row.channel,
      language: row.language,
      answers: answerViews(row.definition, row.answers, lang),
      hasOriginal: Boolean(row.hasOriginal),
    },
    retentionDays: survey.settings.retentionDays,
    keptUntil: keptUntil(row.day, survey.settings.retentionDays),
  };
}

/**
 * What redaction took out of one response, for an analyst or admin. Reading it
 * and recording `response.original_viewed` (the response's id, never the text)
 * happen in one transaction: no audit entry, no text. 404 when nothing was redacted.
 */
export function viewOriginal(
  actor: Actor,
  surveyId: number,
  responseId: number,
  lang: Lang,
  otherLabel: (question: string) => string,
) {
  getSurvey(actor.organisation.id, surveyId);
  return getDb().transaction((tx) => {
    const row = tx
      .select({ unredacted: responses.unredactedText, definition: surveyVersions.definition })
      .from(responses)
      .innerJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
      .where(
        and(eq(responses.id, responseId), eq(responses.surveyId, surveyId), eq(responses.organisationId, actor.organisation.id)),
      )
      .get();
    const texts = row ? originalTexts(row.definition, row.unredacted, lang, otherLabel) : [];
    if (texts.length === 0) notFound();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "response.original_viewed",
      objectType: "response",
      objectId: responseId,
      detail: { surveyId },
    });
    return texts;
  });
}
