/**
 * The free-text questions of a survey (from every published version, the
 * newest wording winning) and their redacted answers. Only `responses.answers`
 * is read: free text there is already redacted. The original text is never
 * read here.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { responses, surveyVersions } from "../../db/schema";
import { questionSpecs } from "../respondent/survey-engine";
import { textFor } from "../surveys/survey-json";

export type FreeTextQuestion = { key: string; title: { en: string; cy: string }; other: boolean };

const OTHER_SUFFIX = "-Comment";

/** Call after the survey's organisation was checked. */
export function freeTextQuestions(surveyId: number): FreeTextQuestion[] {
  const versions = getDb()
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.version))
    .all();
  const found = new Map<string, FreeTextQuestion>();
  for (const { definition } of versions) {
    for (const spec of questionSpecs(definition)) {
      const title = { en: textFor(spec.title, "en", spec.name), cy: textFor(spec.title, "cy", spec.name) };
      if ((spec.kind === "comment" || (spec.kind === "text" && !spec.numeric)) && !found.has(spec.name))
        found.set(spec.name, { key: spec.name, title, other: false });
      const otherKey = `${spec.name}${OTHER_SUFFIX}`;
      if (spec.items.some((item) => item.other) && !found.has(otherKey))
        found.set(otherKey, { key: otherKey, title, other: true });
    }
  }
  return [...found.values()];
}

/** The question for an answer key from the address, or the survey's first free-text question. */
export function questionFor(questions: FreeTextQuestion[], key: string | null): FreeTextQuestion | null {
  return questions.find((q) => q.key === key) ?? questions[0] ?? null;
}

/** The redacted text of one answer, as a column: null when the response has none for the key. */
export const answerText = (key: string) =>
  sql<string | null>`(select answer.value from json_each(${responses.answers}) as answer
    where answer.key = ${key} and answer.type = 'text' and trim(answer.value) <> '')`;

export type AnswerRow = { responseId: number; text: string; language: string; submittedOn: string };

/** Every non-blank redacted answer to one question, oldest response first. */
export function answersTo(organisationId: number, surveyId: number, key: string): AnswerRow[] {
  const text = answerText(key);
  return getDb()
    .select({ responseId: responses.id, text, language: responses.language, submittedOn: responses.submittedOn })
    .from(responses)
    .where(and(eq(responses.organisationId, organisationId), eq(responses.surveyId, surveyId), sql`${text} is not null`))
    .orderBy(asc(responses.id))
    .all() as AnswerRow[];
}

/** One response's redacted answer to one question, or null. */
export function answerOf(organisationId: number, surveyId: number, responseId: number, key: string): AnswerRow | null {
  const text = answerText(key);
  const row = getDb()
    .select({ responseId: responses.id, text, language: responses.language, submittedOn: responses.submittedOn })
    .from(responses)
    .where(and(eq(responses.id, responseId), eq(responses.organisationId, organisationId), eq(responses.surveyId, surveyId)))
    .get();
  return row && row.text !== null ? (row as AnswerRow) : null;
}
