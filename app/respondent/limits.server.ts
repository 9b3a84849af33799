/**
 * Abuse control for respondent routes, in memory only: nothing here is stored or logged, and a restart forgets
 * everything, which is the point.
 *
 * Many people share one address (a refuge's Wi-Fi, a victim hub's kiosk, a mobile network after a text campaign),
 * so limits are keyed first by the journey: the submission key the server issued when the person started, which
 * every form carries. Each journey gets a modest allowance; an address gets a far higher ceiling; a survey gets a
 * ceiling per minute across everyone. A form whose journey the server never issued (made by hand, or a script that
 * skips the survey pages) only gets the small allowance an address used to have. Wrong resume codes are counted per
 * address; right ones are not. The address key is a salted hash made in the HTTP server, never the address.
 */
import { FailureCounter } from "../accounts/rate-limit.server";
import { config } from "../config.server";
import { isIssuedSubmissionKey } from "./journey-key.server";

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

const perJourney = new FailureCounter(
  () => config().RESPONDENT_MAX_PER_JOURNEY_PER_HOUR,
  () => HOUR,
);
const perAddress = new FailureCounter(
  () => config().RESPONDENT_MAX_PER_ADDRESS_PER_HOUR,
  () => HOUR,
);
const unissuedPerAddress = new FailureCounter(
  () => config().RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR,
  () => HOUR,
);
const perSurvey = new FailureCounter(
  () => config().RESPONDENT_MAX_PER_SURVEY_PER_MINUTE,
  () => MINUTE,
);
const resumeFailures = new FailureCounter(
  () => config().RESPONDENT_MAX_RESUME_FAILURES_PER_ADDRESS_PER_HOUR,
  () => HOUR,
);

/** Allowed, or how long the person must wait before trying again. */
export type Allowance = { ok: true } | { ok: false; waitMs: number };

type Bucket = { counter: FailureCounter; key: string };

function take(buckets: Bucket[], now: number): Allowance {
  const waitMs = Math.max(0, ...buckets.map(({ counter, key }) => counter.waitMs(key, now)));
  if (waitMs > 0) return { ok: false, waitMs };
  for (const { counter, key } of buckets) counter.recordFailure(key, now);
  return { ok: true };
}

/**
 * Counts one submission or save of a journey. Refused when the journey, the address or the survey has had too
 * many just now; nothing is counted then.
 */
export function allowRespondentWrite(clientKey: string, surveyId: number, submissionKey: string, now = Date.now()): Allowance {
  const survey = { counter: perSurvey, key: `survey:${surveyId}` };
  const buckets: Bucket[] = isIssuedSubmissionKey(submissionKey)
    ? [{ counter: perJourney, key: submissionKey }, { counter: perAddress, key: clientKey }, survey]
    : [{ counter: unissuedPerAddress, key: clientKey }, { counter: perAddress, key: clientKey }, survey];
  return take(buckets, now);
}

/** Before a resume code is looked up: refused while this address has had too many wrong codes. */
export function allowResumeAttempt(clientKey: string, now = Date.now()): Allowance {
  const waitMs = resumeFailures.waitMs(clientKey, now);
  return waitMs > 0 ? { ok: false, waitMs } : { ok: true };
}

/** A code that found nothing. */
export function recordWrongResumeCode(clientKey: string, now = Date.now()) {
  resumeFailures.recordFailure(clientKey, now);
}

/** Whole minutes to tell a person, never "0". */
export const minutesToWait = (waitMs: number) => Math.max(1, Math.ceil(waitMs / MINUTE));
