/**
 * The one reader of coded passages as staff, panels and the public read them: a shared coding's stretch of its
 * redacted answer (passages.ts cuts it), scoped by organisation, never a blind double-coding sample's, newest answer
 * first. The quote check (quote-check.server.ts), its "left out" list (left-out.server.ts) and the public quote chooser
 * (app/actions/said.server.ts) all read passages here, so they agree on what a passage's words are — which is what a
 * quote decision's fingerprint is taken of.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { codings, responses } from "../../db/schema";
import { passageText } from "./passages";
import type { Span } from "./quote-check";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Reader = Db | Tx;

export type ReadPassage = Span & { codingId: number; text: string; language: string };

/**
 * Passages of the organisation: these codings, or those coded to these themes, or both (each filter narrows). A coding
 * whose offsets no longer fit its answer (the answer was re-redacted shorter) has no passage and is left out.
 */
export function readPassages(
  organisationId: number,
  filter: { codingIds?: readonly number[]; themeIds?: readonly number[] },
  { limit, db = getDb() }: { limit?: number; db?: Reader } = {},
): ReadPassage[] {
  if (filter.codingIds?.length === 0 || filter.themeIds?.length === 0) return [];
  const query = db
    .select({
      codingId: codings.id,
      responseId: codings.responseId,
      answerKey: codings.answerKey,
      start: codings.start,
      end: codings.end,
      answers: responses.answers,
      language: responses.language,
    })
    .from(codings)
    .innerJoin(responses, and(eq(responses.id, codings.responseId), eq(responses.organisationId, organisationId)))
    .where(
      and(
        eq(codings.organisationId, organisationId),
        isNull(codings.sampleId),
        filter.codingIds ? inArray(codings.id, [...new Set(filter.codingIds)]) : undefined,
        filter.themeIds ? inArray(codings.themeId, [...new Set(filter.themeIds)]) : undefined,
      ),
    )
    .orderBy(desc(codings.responseId), codings.start);
  const rows = limit === undefined ? query.all() : query.limit(limit).all();
  return rows.flatMap(({ answers, ...row }) => {
    const answer = answers[row.answerKey];
    const text = typeof answer === "string" ? passageText(answer, row) : null;
    return text === null ? [] : [{ ...row, text }];
  });
}
