/**
 * The one reader of coded passages as staff, panels and the public read them: a shared coding's stretch of its
 * redacted answer (passages.ts cuts it), scoped by organisation, never a blind double-coding sample's, newest answer
 * first unless the caller keeps an order of its own. The theme's page lists them (coding.server.ts) and sums them up
 * (summary.server.ts, and through it a pack's candidates); the quote check (quote-check.server.ts), its "left out"
 * list (left-out.server.ts), the public quote chooser (app/actions/said.server.ts) and the public page
 * (app/actions/public-you-said.server.ts) all read passages here, so they agree on what a passage's words are — which
 * is what a quote decision's fingerprint is taken of. Not through here, by design: the coding screens (codingsOf,
 * codings-list.tsx, the double-coding agreement view), which mark passages inside an answer they already show, in
 * any coder's layer, and are never quoted.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { codings, responses } from "../../db/schema";
import { isWhole, passageText } from "./passages";
import type { Span } from "./quote-check";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Reader = Db | Tx;

export type ReadPassage = Span & {
  codingId: number;
  themeId: number;
  coderUserId: number | null;
  text: string;
  /** The passage is the whole answer. */
  whole: boolean;
  language: string;
  surveyId: number;
  submittedOn: string;
};

export type PassageFilter = { codingIds?: readonly number[]; themeIds?: readonly number[]; surveyId?: number };

/**
 * Passages of the organisation: these codings, or those coded to these themes, or those answering this survey, or any
 * of them together (each filter narrows). A coding whose offsets no longer fit its answer (the answer was re-redacted
 * shorter) has no passage and is left out. `order: "none"` is for callers that put the passages in their own order
 * (by coding id): sorting them here would cost a temporary B-tree for nothing.
 */
export function readPassages(
  organisationId: number,
  filter: PassageFilter,
  { limit, order = "newest", db = getDb() }: { limit?: number; order?: "newest" | "none"; db?: Reader } = {},
): ReadPassage[] {
  if (filter.codingIds?.length === 0 || filter.themeIds?.length === 0) return [];
  const query = db
    .select({
      codingId: codings.id,
      responseId: codings.responseId,
      answerKey: codings.answerKey,
      themeId: codings.themeId,
      coderUserId: codings.coderUserId,
      start: codings.start,
      end: codings.end,
      answers: responses.answers,
      language: responses.language,
      surveyId: responses.surveyId,
      submittedOn: responses.submittedOn,
    })
    .from(codings)
    .innerJoin(responses, and(eq(responses.id, codings.responseId), eq(responses.organisationId, organisationId)))
    .where(
      and(
        eq(codings.organisationId, organisationId),
        isNull(codings.sampleId),
        filter.codingIds ? inArray(codings.id, [...new Set(filter.codingIds)]) : undefined,
        filter.themeIds ? inArray(codings.themeId, [...new Set(filter.themeIds)]) : undefined,
        filter.surveyId === undefined ? undefined : eq(responses.surveyId, filter.surveyId),
      ),
    );
  const ordered = order === "newest" ? query.orderBy(desc(codings.responseId), codings.start) : query;
  const rows = limit === undefined ? ordered.all() : ordered.limit(limit).all();
  return rows.flatMap(({ answers, ...row }) => {
    const answer = answers[row.answerKey];
    if (typeof answer !== "string") return [];
    const text = passageText(answer, row);
    return text === null ? [] : [{ ...row, text, whole: isWhole(row, answer) }];
  });
}
