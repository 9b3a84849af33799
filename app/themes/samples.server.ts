/**
 * Double coding. A first coder sends a random sample of answers they have
 * coded to a second coder, who codes them blind. When the sample is sent, the
 * first coder's codings of those answers are copied into the sample (rows
 * with the sample's id and the first coder as coder), so the agreement
 * measures the two independent codings even after disagreements are resolved
 * in the shared coding. The agreement itself is in agreement.server.ts.
 */
import { randomInt } from "node:crypto";
import { and, asc, countDistinct, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { codings, codingSampleItems, codingSamples, memberships, users } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { forbidden, notFound } from "../http/responses";
import { THEME_CODERS } from "./access";
import type { Codebook } from "./codebook.server";
import { codingsOf, insertCodings, SHARED } from "./coding.server";
import { answerOf } from "./questions.server";

/** Colleagues who may code a sample: active coders of the organisation, other than the first coder. */
export function coderChoices(organisationId: number, exceptUserId: number) {
  return getDb()
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(users.organisationId, organisationId),
        isNull(users.deactivatedAt),
        inArray(memberships.role, THEME_CODERS),
        sql`${users.id} <> ${exceptUserId}`,
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

/** Answers to the question that this person has coded (shared codings): what a sample is drawn from. */
function codedBy(codebook: Codebook, answerKey: string, userId: number): number[] {
  return getDb()
    .selectDistinct({ responseId: codings.responseId })
    .from(codings)
    .where(
      and(
        eq(codings.organisationId, codebook.organisationId),
        eq(codings.answerKey, answerKey),
        eq(codings.coderUserId, userId),
        isNull(codings.sampleId),
        sql`${codings.responseId} in (select id from responses where survey_id = ${codebook.survey.id})`,
      ),
    )
    .all()
    .map((row) => row.responseId);
}

export const codedCount = (codebook: Codebook, answerKey: string, userId: number) => codedBy(codebook, answerKey, userId).length;

/** A uniform random choice of `size` items (partial Fisher–Yates with the system's secure generator). */
function drawSample<T>(items: readonly T[], size: number): T[] {
  const pool = [...items];
  for (let i = 0; i < size; i += 1) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size);
}

export type SampleRequest = { answerKey: string; size: number; coderUserId: number };
type Failure = { ok: false; field: string; error: string };

export function createSample(actor: Actor, codebook: Codebook, request: SampleRequest): { ok: true; id: number } | Failure {
  if (!coderChoices(actor.organisation.id, actor.id).some((c) => c.id === request.coderUserId))
    return { ok: false, field: "coderUserId", error: "themes.errors.coderUnknown" };
  const coded = codedBy(codebook, request.answerKey, actor.id);
  if (coded.length === 0) return { ok: false, field: "answerKey", error: "themes.errors.nothingCoded" };
  if (request.size > coded.length) return { ok: false, field: "size", error: "themes.errors.sampleTooBig" };
  const chosen = drawSample(coded, request.size).sort((a, b) => a - b);
  const firstCodings = codingsOf(actor.organisation.id, chosen, request.answerKey, SHARED);
  const id = getDb().transaction((tx) => {
    const sample = tx
      .insert(codingSamples)
      .values({
        organisationId: actor.organisation.id,
        surveyId: codebook.survey.id,
        answerKey: request.answerKey,
        requestedBy: actor.id,
        coderUserId: request.coderUserId,
      })
      .returning({ id: codingSamples.id })
      .get();
    tx.insert(codingSampleItems)
      .values(chosen.map((responseId) => ({ sampleId: sample.id, responseId })))
      .run();
    const layer = { sampleId: sample.id, coderUserId: actor.id };
    for (const responseId of chosen) {
      for (const coding of firstCodings.get(responseId) ?? [])
        insertCodings(tx, actor, { responseId, answerKey: request.answerKey }, [coding], [coding.themeId], layer);
    }
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "coding_sample.created",
      objectType: "coding_sample",
      objectId: sample.id,
      detail: {
        surveyId: codebook.survey.id,
        answerKey: request.answerKey,
        size: chosen.length,
        coderUserId: request.coderUserId,
      },
    });
    return sample.id;
  });
  return { ok: true, id };
}

const requester = sql<string>`(select name from users where id = ${codingSamples.requestedBy})`;
const coder = sql<string>`(select name from users where id = ${codingSamples.coderUserId})`;

/** The survey's samples this person sent or was sent, newest first. */
export function listSamples(codebook: Codebook, viewerId: number) {
  return getDb()
    .select({
      id: codingSamples.id,
      answerKey: codingSamples.answerKey,
      requestedBy: codingSamples.requestedBy,
      requesterName: requester,
      coderUserId: codingSamples.coderUserId,
      coderName: coder,
      completedAt: codingSamples.completedAt,
      createdAt: codingSamples.createdAt,
      size: countDistinct(codingSampleItems.responseId),
    })
    .from(codingSamples)
    .leftJoin(codingSampleItems, eq(codingSampleItems.sampleId, codingSamples.id))
    .where(
      and(
        eq(codingSamples.organisationId, codebook.organisationId),
        eq(codingSamples.surveyId, codebook.survey.id),
        sql`(${codingSamples.requestedBy} = ${viewerId} or ${codingSamples.coderUserId} = ${viewerId})`,
      ),
    )
    .groupBy(codingSamples.id)
    .orderBy(desc(codingSamples.id))
    .all();
}

export type Sample = {
  id: number;
  answerKey: string;
  requestedBy: number;
  requesterName: string;
  coderUserId: number;
  coderName: string;
  completedAt: string | null;
  responseIds: number[];
};

/** A sample of this survey (404 otherwise) that the viewer sent or was sent (403 otherwise). */
export function getSample(codebook: Codebook, sampleId: number, viewerId: number): Sample {
  const row = getDb()
    .select({
      id: codingSamples.id,
      answerKey: codingSamples.answerKey,
      requestedBy: codingSamples.requestedBy,
      requesterName: requester,
      coderUserId: codingSamples.coderUserId,
      coderName: coder,
      completedAt: codingSamples.completedAt,
    })
    .from(codingSamples)
    .where(
      and(
        eq(codingSamples.id, sampleId),
        eq(codingSamples.organisationId, codebook.organisationId),
        eq(codingSamples.surveyId, codebook.survey.id),
      ),
    )
    .get();
  if (!row) notFound();
  if (viewerId !== row.requestedBy && viewerId !== row.coderUserId) forbidden();
  const responseIds = getDb()
    .select({ id: codingSampleItems.responseId })
    .from(codingSampleItems)
    .where(eq(codingSampleItems.sampleId, sampleId))
    .orderBy(asc(codingSampleItems.responseId))
    .all()
    .map((r) => r.id);
  return { ...row, responseIds };
}

/** The sampled answers as the second coder sees them: the text and their own blind codings, nobody else's. */
export function blindItems(codebook: Codebook, sample: Sample) {
  const own = codingsOf(codebook.organisationId, sample.responseIds, sample.answerKey, {
    sampleId: sample.id,
    coderUserId: sample.coderUserId,
  });
  return sample.responseIds.flatMap((responseId) => {
    const answer = answerOf(codebook.organisationId, codebook.survey.id, responseId, sample.answerKey);
    return answer ? [{ ...answer, codings: own.get(responseId) ?? [] }] : [];
  });
}

export function completeSample(actor: Actor, sample: Sample) {
  if (actor.id !== sample.coderUserId) forbidden();
  if (sample.completedAt) return;
  getDb().transaction((tx) => {
    tx.update(codingSamples)
      .set({ completedAt: new Date().toISOString() })
      .where(and(eq(codingSamples.id, sample.id), eq(codingSamples.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "coding_sample.completed",
      objectType: "coding_sample",
      objectId: sample.id,
    });
  });
}
