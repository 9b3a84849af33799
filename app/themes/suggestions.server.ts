/**
 * Suggested themes for one question: groups of similar answers not yet coded,
 * computed here on the server by suggestThemes (no text leaves it), less the
 * groups an analyst dismissed. Accepting one makes a theme and tags the whole
 * group in one step; merging tags the group with an existing theme.
 */
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { codings, suggestionDismissals } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { suppressTableShowingTotal } from "../insights/disclosure";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { getTheme, insertTheme, newThemeProblem, type Codebook, type Tx } from "./codebook.server";
import type { ThemeInput } from "./codebook";
import { insertCodings, SHARED } from "./coding.server";
import { answersTo, type AnswerRow } from "./questions.server";
import { suggestThemes, type SuggestResult } from "./suggest";
import { SENTIMENT_LABELS } from "./tokenise";

const PREVIEW = 10;

/** Answers to the question that no one has coded yet (shared codings). */
function uncodedAnswers(codebook: Codebook, answerKey: string): AnswerRow[] {
  const coded = new Set(
    getDb()
      .selectDistinct({ responseId: codings.responseId })
      .from(codings)
      .where(and(eq(codings.organisationId, codebook.organisationId), eq(codings.answerKey, answerKey), isNull(codings.sampleId)))
      .all()
      .map((row) => row.responseId),
  );
  return answersTo(codebook.organisationId, codebook.survey.id, answerKey).filter((a) => !coded.has(a.responseId));
}

/**
 * The last few results, keyed by exactly what they were computed from: pages
 * reload often while the answers stay the same, and 10,000 answers take a
 * second or two. Any new response or coding changes the key.
 */
const recent = new Map<string, SuggestResult<number>>();
const RECENT_MAX = 8;

function computeSuggestions(answers: AnswerRow[]): SuggestResult<number> {
  const hash = createHash("sha256");
  for (const a of answers) hash.update(`${a.responseId}\u0000${a.language}\u0000${a.text}\u0001`);
  const key = hash.digest("hex");
  const found = recent.get(key);
  if (found) return found;
  const result = suggestThemes(answers.map((a) => ({ id: a.responseId, text: a.text, language: a.language })));
  recent.set(key, result);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return result;
}

function dismissedSignatures(codebook: Codebook, answerKey: string): Set<string> {
  return new Set(
    getDb()
      .select({ signature: suggestionDismissals.signature })
      .from(suggestionDismissals)
      .where(
        and(
          eq(suggestionDismissals.organisationId, codebook.organisationId),
          eq(suggestionDismissals.surveyId, codebook.survey.id),
          eq(suggestionDismissals.answerKey, answerKey),
        ),
      )
      .all()
      .map((row) => row.signature),
  );
}

/** The suggestions to show for a question, with example and member answers to read. */
export function suggestionsFor(codebook: Codebook, answerKey: string) {
  const answers = uncodedAnswers(codebook, answerKey);
  const byId = new Map(answers.map((a) => [a.responseId, a]));
  const result = computeSuggestions(answers);
  const dismissed = dismissedSignatures(codebook, answerKey);
  const threshold = disclosureThresholdFor(codebook.organisationId);
  // The mix is a small table inside the group: its small cells are suppressed like any other figure.
  const mix = (sentiment: Record<(typeof SENTIMENT_LABELS)[number], number>) => {
    const { cells } = suppressTableShowingTotal(
      SENTIMENT_LABELS.map((label) => sentiment[label]),
      threshold,
    );
    return SENTIMENT_LABELS.map((label, i) => ({ label, shown: cells[i] }));
  };
  const quote = (id: number) => ({ responseId: id, text: byId.get(id)!.text, language: byId.get(id)!.language });
  return {
    uncoded: answers.length,
    ungrouped: result.ungrouped,
    dismissed: result.suggestions.filter((s) => dismissed.has(s.signature)).length,
    suggestions: result.suggestions
      .filter((s) => !dismissed.has(s.signature))
      .map((s) => ({
        signature: s.signature,
        terms: s.terms,
        size: s.memberIds.length,
        sentiment: mix(s.sentiment),
        examples: s.examples.map(quote),
        more: s.memberIds.slice(s.examples.length, s.examples.length + PREVIEW).map(quote),
      })),
  };
}

type Found = { ok: true; members: AnswerRow[] } | { ok: false; field: "form"; error: string };

/** The suggestion as it stands now; answers may have been coded since the page was drawn. */
function findSuggestion(codebook: Codebook, answerKey: string, signature: string): Found {
  const answers = uncodedAnswers(codebook, answerKey);
  const suggestion = computeSuggestions(answers).suggestions.find((s) => s.signature === signature);
  if (!suggestion || dismissedSignatures(codebook, answerKey).has(signature))
    return { ok: false, field: "form", error: "themes.errors.suggestionGone" };
  const byId = new Map(answers.map((a) => [a.responseId, a]));
  return { ok: true, members: suggestion.memberIds.map((id) => byId.get(id)!) };
}

function tagMembers(tx: Tx, actor: Actor, members: AnswerRow[], answerKey: string, themeId: number) {
  let added = 0;
  for (const member of members)
    added += insertCodings(
      tx,
      actor,
      { responseId: member.responseId, answerKey },
      [{ start: 0, end: member.text.length }],
      [themeId],
      SHARED,
    );
  return added;
}

/** Makes a theme from a suggestion and tags every answer in the group with it (whole answers). */
export function acceptSuggestion(actor: Actor, codebook: Codebook, answerKey: string, signature: string, input: ThemeInput) {
  const found = findSuggestion(codebook, answerKey, signature);
  if (!found.ok) return found;
  const problem = newThemeProblem(codebook, input);
  if (problem) return problem;
  const themeId = getDb().transaction((tx) => {
    const id = insertTheme(tx, actor, codebook, input);
    const added = tagMembers(tx, actor, found.members, answerKey, id);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "suggestion.accepted",
      objectType: "theme",
      objectId: id,
      detail: { surveyId: codebook.survey.id, answerKey, signature, answers: found.members.length, added },
    });
    return id;
  });
  return { ok: true as const, themeId, tagged: found.members.length };
}

/** Tags every answer in a suggestion's group with an existing theme. */
export function mergeSuggestion(actor: Actor, codebook: Codebook, answerKey: string, signature: string, themeId: number) {
  getTheme(codebook, themeId);
  const found = findSuggestion(codebook, answerKey, signature);
  if (!found.ok) return found;
  getDb().transaction((tx) => {
    const added = tagMembers(tx, actor, found.members, answerKey, themeId);
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "suggestion.merged",
      objectType: "theme",
      objectId: themeId,
      detail: { surveyId: codebook.survey.id, answerKey, signature, answers: found.members.length, added },
    });
  });
  return { ok: true as const, themeId, tagged: found.members.length };
}

/** Remembers that this group is not a theme, so it is not suggested again. */
export function dismissSuggestion(actor: Actor, codebook: Codebook, answerKey: string, signature: string) {
  getDb().transaction((tx) => {
    const stored = tx
      .insert(suggestionDismissals)
      .values({
        organisationId: actor.organisation.id,
        surveyId: codebook.survey.id,
        answerKey,
        signature,
        dismissedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning({ id: suggestionDismissals.id })
      .get();
    if (!stored) return;
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "suggestion.dismissed",
      objectType: "survey",
      objectId: codebook.survey.id,
      detail: { answerKey, signature },
    });
  });
  return { ok: true as const };
}
