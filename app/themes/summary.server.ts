/**
 * A theme's summary for this survey: respondents mentioning it (the theme or
 * its sub-themes, shared coding only), their share of everyone who wrote
 * anything, the trend by month, the sentiment mix, and representative quotes,
 * all through disclosure control (summary.ts). Redacted text only. Quotes are never passages a person withheld
 * (quote-check.ts), and each says whether someone has confirmed it safe yet: only confirmed ones reach a panel.
 */
import { and, eq, max, min, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { responses } from "../../db/schema";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { blindAnswersFor, blindKey } from "./blind.server";
import { getTheme, type Codebook } from "./codebook.server";
import { themeAndChildren } from "./coding.server";
import { readPassages } from "./passages.server";
import { checkStates } from "./quote-check.server";
import { freeTextQuestions } from "./questions.server";
import { representativeQuotes, summaryFigures } from "./summary";
import { sentimentLabel, sentimentOf } from "./tokenise";

/** Respondents who gave any non-blank free-text answer to the survey. */
function respondentsWhoWrote(codebook: Codebook): number {
  const keys = freeTextQuestions(codebook.survey.id).map((q) => q.key);
  if (keys.length === 0) return 0;
  const names = sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  );
  const row = getDb()
    .select({ n: sql<number>`count(*)` })
    .from(responses)
    .where(
      and(
        eq(responses.organisationId, codebook.organisationId),
        eq(responses.surveyId, codebook.survey.id),
        sql`exists (select 1 from json_each(${responses.answers}) as answer
          where answer.key in (${names}) and answer.type = 'text' and trim(answer.value) <> '')`,
      ),
    )
    .get();
  return row?.n ?? 0;
}

function surveySpan(codebook: Codebook) {
  const row = getDb()
    .select({ first: min(responses.submittedOn), last: max(responses.submittedOn) })
    .from(responses)
    .where(and(eq(responses.organisationId, codebook.organisationId), eq(responses.surveyId, codebook.survey.id)))
    .get();
  return row?.first && row.last ? { first: row.first.slice(0, 7), last: row.last.slice(0, 7) } : null;
}

const QUOTE_POOL = 2000;

export function themeSummary(codebook: Codebook, themeId: number, viewerId: number) {
  const theme = getTheme(codebook, themeId);
  const ids = themeAndChildren(codebook, themeId);
  const passages = readPassages(codebook.organisationId, { themeIds: ids, surveyId: codebook.survey.id });
  const byRespondent = new Map<number, { month: string; language: string; texts: string[] }>();
  for (const p of passages) {
    const found = byRespondent.get(p.responseId) ?? { month: p.submittedOn.slice(0, 7), language: p.language, texts: [] };
    found.texts.push(p.text);
    byRespondent.set(p.responseId, found);
  }
  const threshold = disclosureThresholdFor(codebook.organisationId);
  const figures = summaryFigures({
    respondents: [...byRespondent.values()].map((r) => ({
      month: r.month,
      sentiment: sentimentLabel(sentimentOf(r.texts.join("\n"), r.language)),
    })),
    answered: respondentsWhoWrote(codebook),
    span: surveySpan(codebook),
    threshold,
  });
  const blind = blindAnswersFor(codebook.organisationId, codebook.survey.id, viewerId);
  const pool = figures.quotesAllowed
    ? passages.filter((p) => !blind.has(blindKey(p.responseId, p.answerKey))).slice(0, QUOTE_POOL)
    : [];
  const checks = checkStates(codebook.organisationId, pool);
  const quotes = representativeQuotes(
    pool
      .filter((p) => checks.get(p.codingId)?.state !== "withheld")
      .map((p) => ({ id: p.codingId, responseId: p.responseId, text: p.text, language: p.language })),
  );
  return {
    theme,
    threshold,
    ...figures,
    quotes: quotes.map((q) => {
      const check = checks.get(q.id)!;
      return { id: q.id, text: q.text, language: q.language, ...check, state: check.state as "safe" | "unread" };
    }),
  };
}
