/**
 * What people said, as the public "you said, we did" page may show it: how many took part in an engagement, how many
 * mention each theme, and the passages chosen to quote. Counts here are raw; public.server.ts puts them through
 * disclosure control before anything leaves. Redacted text only: responses.unredactedText is never selected.
 */
import { and, asc, countDistinct, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actionQuotes, actionThemes, codings, responses, surveys, themes } from "../../db/schema";
import { readPassages } from "../themes/passages.server";
import { checkStates } from "../themes/quote-check.server";

/**
 * Responses to each engagement's surveys (everyone who took part, whatever they answered). Counted per survey, which
 * responses_org_idx hands over already grouped, then summed per engagement: grouping the responses by engagement
 * would sort every response of the organisation.
 */
export function responsesPerEngagement(organisationId: number, engagementIds: number[]) {
  const db = getDb();
  const owned = engagementIds.length
    ? db
        .select({ id: surveys.id, engagementId: surveys.engagementId })
        .from(surveys)
        .where(and(eq(surveys.organisationId, organisationId), inArray(surveys.engagementId, engagementIds)))
        .all()
    : [];
  const perEngagement = new Map<number, number>();
  if (!owned.length) return perEngagement;
  const counts = db
    .select({ surveyId: responses.surveyId, n: sql<number>`count(*)` })
    .from(responses)
    .where(
      and(
        eq(responses.organisationId, organisationId),
        inArray(
          responses.surveyId,
          owned.map((survey) => survey.id),
        ),
      ),
    )
    .groupBy(responses.surveyId)
    .all();
  const engagementOf = new Map(owned.map((survey) => [survey.id, survey.engagementId as number]));
  for (const { surveyId, n } of counts) {
    const engagementId = engagementOf.get(surveyId)!;
    perEngagement.set(engagementId, (perEngagement.get(engagementId) ?? 0) + n);
  }
  return perEngagement;
}

export function linkedThemes(organisationId: number, actionIds: number[]) {
  return getDb()
    .select({ actionId: actionThemes.actionId, themeId: themes.id, name: themes.name, nameCy: themes.nameCy })
    .from(actionThemes)
    .innerJoin(themes, and(eq(themes.id, actionThemes.themeId), eq(themes.organisationId, organisationId)))
    .where(inArray(actionThemes.actionId, actionIds))
    .orderBy(asc(themes.parentId), asc(themes.name))
    .all();
}

/**
 * Respondents who mention a theme (or one of its sub-themes), among the responses to one engagement's surveys, by
 * shared coding only (not a blind second coder's): the same rule as the staff theme summary. Each count is a
 * subset of the engagement's responses, so it can be suppressed as part of that whole.
 */
export class MentionCounter {
  private cache = new Map<string, number>();
  constructor(private organisationId: number) {}

  count(themeId: number, engagementId: number): number {
    const key = `${themeId}:${engagementId}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const db = getDb();
    const family = [
      themeId,
      ...db
        .select({ id: themes.id })
        .from(themes)
        .where(and(eq(themes.parentId, themeId), eq(themes.organisationId, this.organisationId)))
        .all()
        .map((t) => t.id),
    ];
    const row = db
      .select({ n: countDistinct(codings.responseId) })
      .from(codings)
      .innerJoin(responses, eq(responses.id, codings.responseId))
      .innerJoin(surveys, eq(surveys.id, responses.surveyId))
      .where(
        and(
          eq(codings.organisationId, this.organisationId),
          eq(responses.organisationId, this.organisationId),
          eq(surveys.engagementId, engagementId),
          inArray(codings.themeId, family),
          isNull(codings.sampleId),
        ),
      )
      .get();
    const n = row?.n ?? 0;
    this.cache.set(key, n);
    return n;
  }
}

/**
 * The passages chosen to quote: redacted answer text only, cut to the coded passage (passages.server.ts, the one
 * reader), and only while a person's confirmation that it identifies no one still holds (ADR 0017: not withheld since,
 * text unchanged since). By action, then by coding, as chosen.
 */
export function chosenQuotes(organisationId: number, actionIds: number[]) {
  const db = getDb();
  const chosen = db
    .select({ actionId: actionQuotes.actionId, codingId: actionQuotes.codingId })
    .from(actionQuotes)
    .where(inArray(actionQuotes.actionId, actionIds))
    .orderBy(asc(actionQuotes.actionId), asc(actionQuotes.codingId))
    .all();
  const passages = readPassages(organisationId, { codingIds: chosen.map((row) => row.codingId) }, { order: "none" });
  const states = checkStates(organisationId, passages);
  const surveyIds = [...new Set(passages.map((p) => p.surveyId))];
  const engagementOf = new Map(
    surveyIds.length
      ? db
          .select({ id: surveys.id, engagementId: surveys.engagementId })
          .from(surveys)
          .where(and(eq(surveys.organisationId, organisationId), inArray(surveys.id, surveyIds)))
          .all()
          .map((survey) => [survey.id, survey.engagementId])
      : [],
  );
  const byCoding = new Map(passages.map((p) => [p.codingId, p]));
  return chosen.flatMap(({ actionId, codingId }) => {
    const passage = byCoding.get(codingId);
    if (!passage || states.get(codingId)?.state !== "safe") return [];
    const text = passage.text.trim();
    return text
      ? [
          {
            actionId,
            engagementId: engagementOf.get(passage.surveyId) ?? null,
            codingId,
            themeId: passage.themeId,
            text,
            language: passage.language,
          },
        ]
      : [];
  });
}
