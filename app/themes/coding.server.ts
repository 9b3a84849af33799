/**
 * Coding: passages of redacted answers tagged with themes, and untagged.
 * A coding with no sample is the analysts' shared coding, the one summaries
 * count; a coding with a sample belongs to double coding (samples.server.ts).
 * Every query is scoped by organisation and survey; offsets are checked
 * against the answer's length before anything is stored.
 */
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { codings, responses, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { blindAnswersFor, blindKey } from "./blind.server";
import { getTheme, listThemes, type Codebook, type Tx } from "./codebook.server";
import { passageText, type Passage } from "./passages";
import { readPassages } from "./passages.server";
import { answerOf, answerText, type AnswerRow } from "./questions.server";

export const PAGE_SIZE = 20;

/** A LIKE pattern finding the words anywhere, LIKE's own wildcards (and the escape) taken literally. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whose codings: the shared ones, or one coder's in a double-coding sample. */
export type CodingLayer = { sampleId: null } | { sampleId: number; coderUserId: number };
export const SHARED: CodingLayer = { sampleId: null };

const layerWhere = (layer: CodingLayer) =>
  layer.sampleId === null
    ? isNull(codings.sampleId)
    : and(eq(codings.sampleId, layer.sampleId), eq(codings.coderUserId, layer.coderUserId));

export type CodingView = { id: number; themeId: number; start: number; end: number; coderName: string | null };

/** The codings of some answers to one question, by response. */
export function codingsOf(organisationId: number, responseIds: number[], answerKey: string, layer: CodingLayer) {
  const byResponse = new Map<number, CodingView[]>();
  if (responseIds.length === 0) return byResponse;
  const rows = getDb()
    .select({
      id: codings.id,
      responseId: codings.responseId,
      themeId: codings.themeId,
      start: codings.start,
      end: codings.end,
      coderName: users.name,
    })
    .from(codings)
    .leftJoin(users, eq(users.id, codings.coderUserId))
    .where(
      and(
        eq(codings.organisationId, organisationId),
        inArray(codings.responseId, responseIds),
        eq(codings.answerKey, answerKey),
        layerWhere(layer),
      ),
    )
    .orderBy(asc(codings.start), asc(codings.end), asc(codings.id))
    .all();
  for (const { responseId, ...coding } of rows) byResponse.set(responseId, [...(byResponse.get(responseId) ?? []), coding]);
  return byResponse;
}

export type ListedAnswer = AnswerRow & { codings: CodingView[]; blind: boolean };

/** One page of the answers to a question, oldest first, optionally only those containing the words searched for. */
export function listAnswers(codebook: Codebook, answerKey: string, options: { search: string; page: number }, viewerId: number) {
  const text = answerText(answerKey);
  const where = and(
    eq(responses.organisationId, codebook.organisationId),
    eq(responses.surveyId, codebook.survey.id),
    sql`${text} is not null`,
    options.search ? sql`${text} like ${likePattern(options.search)} escape '\\'` : undefined,
  );
  const db = getDb();
  const total = db.select({ n: count() }).from(responses).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = db
    .select({ responseId: responses.id, text, language: responses.language, submittedOn: responses.submittedOn })
    .from(responses)
    .where(where)
    .orderBy(asc(responses.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all() as AnswerRow[];
  const blind = blindAnswersFor(codebook.organisationId, codebook.survey.id, viewerId);
  const coded = codingsOf(
    codebook.organisationId,
    rows.map((r) => r.responseId),
    answerKey,
    SHARED,
  );
  const answers: ListedAnswer[] = rows.map((row) => {
    const hidden = blind.has(blindKey(row.responseId, answerKey));
    return { ...row, blind: hidden, codings: hidden ? [] : (coded.get(row.responseId) ?? []) };
  });
  return { answers, total, page, pageCount };
}

/** The answer before and after this one (by response), for coding one at a time. */
export function neighbours(codebook: Codebook, answerKey: string, responseId: number) {
  const text = answerText(answerKey);
  const base = and(
    eq(responses.organisationId, codebook.organisationId),
    eq(responses.surveyId, codebook.survey.id),
    sql`${text} is not null`,
  );
  const db = getDb();
  const previous = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(base, sql`${responses.id} < ${responseId}`))
    .orderBy(sql`${responses.id} desc`)
    .limit(1)
    .get();
  const next = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(base, sql`${responses.id} > ${responseId}`))
    .orderBy(asc(responses.id))
    .limit(1)
    .get();
  return { previous: previous?.id ?? null, next: next?.id ?? null };
}

/** One answer to code, or 404 (another organisation's or survey's response, or no answer to this question). */
export function answerToCode(codebook: Codebook, responseId: number, answerKey: string): AnswerRow {
  const answer = answerOf(codebook.organisationId, codebook.survey.id, responseId, answerKey);
  if (!answer) notFound();
  return answer;
}

/** Writes codings that are not there yet; returns how many were new. Offsets must already fit the answer. */
export function insertCodings(
  tx: Tx,
  actor: Actor,
  target: { responseId: number; answerKey: string },
  passages: Passage[],
  themeIds: number[],
  layer: CodingLayer,
): number {
  const existing = tx
    .select({ themeId: codings.themeId, start: codings.start, end: codings.end })
    .from(codings)
    .where(
      and(
        eq(codings.organisationId, actor.organisation.id),
        eq(codings.responseId, target.responseId),
        eq(codings.answerKey, target.answerKey),
        layerWhere(layer),
      ),
    )
    .all();
  const fresh = themeIds.flatMap((themeId) =>
    passages
      .filter((p) => !existing.some((e) => e.themeId === themeId && e.start === p.start && e.end === p.end))
      .map((p) => ({
        organisationId: actor.organisation.id,
        responseId: target.responseId,
        answerKey: target.answerKey,
        start: p.start,
        end: p.end,
        themeId,
        coderUserId: actor.id,
        sampleId: layer.sampleId,
      })),
  );
  if (fresh.length > 0) tx.insert(codings).values(fresh).run();
  return fresh.length;
}

export type TagRequest = { responseId: number; answerKey: string; passages: Passage[]; themeIds: number[] };

/** Tags passages of one answer with themes of the codebook. */
export function tagPassages(actor: Actor, codebook: Codebook, request: TagRequest, layer: CodingLayer = SHARED) {
  const answer = answerToCode(codebook, request.responseId, request.answerKey);
  for (const passage of request.passages) if (passageText(answer.text, passage) === null) notFound();
  for (const themeId of request.themeIds) getTheme(codebook, themeId);
  return getDb().transaction((tx) => {
    const added = insertCodings(tx, actor, request, request.passages, request.themeIds, layer);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: layer.sampleId === null ? "coding.created" : "coding.sample_coded",
      objectType: "response",
      objectId: request.responseId,
      detail: {
        answerKey: request.answerKey,
        themeIds: request.themeIds,
        passages: request.passages.length,
        added,
        sampleId: layer.sampleId,
      },
    });
    return added;
  });
}

/** Removes one coding of this survey's answers (in the given layer only), or 404. */
export function untag(actor: Actor, codebook: Codebook, codingId: number, layer: CodingLayer = SHARED) {
  const db = getDb();
  const coding = db
    .select({ id: codings.id, responseId: codings.responseId, answerKey: codings.answerKey, themeId: codings.themeId })
    .from(codings)
    .innerJoin(responses, eq(responses.id, codings.responseId))
    .where(
      and(
        eq(codings.id, codingId),
        eq(codings.organisationId, actor.organisation.id),
        eq(responses.surveyId, codebook.survey.id),
        layerWhere(layer),
      ),
    )
    .get();
  if (!coding) notFound();
  db.transaction((tx) => {
    tx.delete(codings).where(eq(codings.id, coding.id)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "coding.deleted",
      objectType: "response",
      objectId: coding.responseId,
      detail: { answerKey: coding.answerKey, themeId: coding.themeId, sampleId: layer.sampleId },
    });
  });
  return coding;
}

/** Ids of a theme and its sub-themes in this codebook. */
export function themeAndChildren(codebook: Codebook, themeId: number): number[] {
  return [
    themeId,
    ...listThemes(codebook)
      .filter((row) => row.parentId === themeId)
      .map((row) => row.id),
  ];
}

export type ThemePassage = {
  codingId: number;
  responseId: number;
  answerKey: string;
  themeId: number;
  text: string;
  whole: boolean;
  language: string;
  submittedOn: string;
  coderName: string | null;
};

/** Every shared passage of this survey tagged with the theme or its sub-themes, newest response first. */
export function themePassages(codebook: Codebook, themeId: number, viewerId: number | null): ThemePassage[] {
  getTheme(codebook, themeId);
  const passages = readPassages(codebook.organisationId, {
    themeIds: themeAndChildren(codebook, themeId),
    surveyId: codebook.survey.id,
  });
  const blind = viewerId === null ? new Set<string>() : blindAnswersFor(codebook.organisationId, codebook.survey.id, viewerId);
  const coders = coderNames(passages.map((p) => p.coderUserId));
  return passages.flatMap((p) =>
    blind.has(blindKey(p.responseId, p.answerKey))
      ? []
      : [
          {
            codingId: p.codingId,
            responseId: p.responseId,
            answerKey: p.answerKey,
            themeId: p.themeId,
            text: p.text,
            whole: p.whole,
            language: p.language,
            submittedOn: p.submittedOn,
            coderName: p.coderUserId === null ? null : (coders.get(p.coderUserId) ?? null),
          },
        ],
  );
}

/** Who coded: the few coders' names, looked up once for a list of passages. */
function coderNames(ids: readonly (number | null)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  return new Map(
    getDb()
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((row) => [row.id, row.name]),
  );
}
