/**
 * Responses made the way a respondent's would be (random valid answers, checked
 * by the survey engine, redacted and stored by recordResponse), spread over
 * past days. For the demo and the tests; deterministic for a seed.
 */
import { randomAnswers, seeded } from "../app/respondent/fields/testing";
import { recordResponse, type Submission } from "../app/respondent/responses.server";
import { pageQuestionSpecs, validateSubmission } from "../app/respondent/survey-engine";
import { pagesOf, type SurveyJson } from "../app/surveys/survey-json";
import { answerText } from "./answer-text";

export type ResponseBatch = {
  organisationId: number;
  surveyId: number;
  versionId: number;
  definition: SurveyJson;
  count: number;
  seed: number;
  /** Channels to spread responses across; null is the plain link. */
  channelIds: (number | null)[];
  /** The last day (YYYY-MM-DD) and how many days back from it responses spread. */
  lastDay: string;
  days: number;
  welshShare?: number;
  /** An outcome survey's start or end of support and the keyed hash of its pair code, for every response of the batch. */
  pair?: Submission["pair"];
};

function dayBefore(day: string, back: number): string {
  const moment = new Date(`${day}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() - back);
  return moment.toISOString().slice(0, 10);
}

/** Stores `count` responses; returns how many were stored (a random set the engine refuses is skipped, not forced). */
export function makeResponses(batch: ResponseBatch): number {
  const random = seeded(batch.seed);
  const specs = pagesOf(batch.definition).flatMap((page) => pageQuestionSpecs(batch.definition, page.name));
  let stored = 0;
  for (let i = 0; i < batch.count; i += 1) {
    const language = random.next() < (batch.welshShare ?? 0.15) ? "cy" : "en";
    const answers = randomAnswers(specs, random);
    for (const spec of specs) {
      if (answers[spec.name] === undefined) continue;
      if (spec.kind === "comment") answers[spec.name] = answerText(random, language).text;
      if (spec.kind === "text" && spec.inputType !== "number")
        answers[spec.name] = answerText(random, language).text.slice(0, 80);
    }
    const checked = validateSubmission(batch.definition, answers, language);
    if (!checked.ok) continue;
    recordResponse(
      {
        organisationId: batch.organisationId,
        surveyId: batch.surveyId,
        versionId: batch.versionId,
        definition: batch.definition,
        channelId: random.pick(batch.channelIds),
        language,
        answers: checked.answers,
        submissionKey: `seed-${batch.surveyId}-${batch.seed}-${i}-${random.int(1e9)}`,
        pair: batch.pair ?? null,
      },
      dayBefore(batch.lastDay, random.int(batch.days)),
    );
    stored += 1;
  }
  return stored;
}
