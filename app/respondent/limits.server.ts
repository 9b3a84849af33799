/**
 * Abuse control for respondent routes, in memory only: counters keyed by a
 * salted hash of the address (made in the HTTP server, never stored or logged)
 * and by survey. A restart forgets everything, which is the point.
 */
import { FailureCounter } from "../accounts/rate-limit.server";
import { config } from "../config.server";

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

const perAddress = new FailureCounter(
  () => config().RESPONDENT_MAX_PER_ADDRESS_PER_HOUR,
  () => HOUR,
);
const perSurvey = new FailureCounter(
  () => config().RESPONDENT_MAX_PER_SURVEY_PER_MINUTE,
  () => MINUTE,
);

/**
 * Counts one submission, save or resume attempt. False when this address or
 * this survey has had too many just now; nothing is counted then.
 */
export function allowRespondentWrite(clientKey: string, surveyId: number, now = Date.now()): boolean {
  const surveyKey = `survey:${surveyId}`;
  if (perAddress.isBlocked(clientKey, now) || perSurvey.isBlocked(surveyKey, now)) return false;
  perAddress.recordFailure(clientKey, now);
  perSurvey.recordFailure(surveyKey, now);
  return true;
}
