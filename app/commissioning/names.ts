/**
 * The names measured questions carry in every service's outcome survey. They are derived from the measure's key
 * by this one function, so figures can be read from answer facts (question_key) by measure, across services and
 * across framework versions that keep the key. Pure.
 */

const PREFIX = "vvo_";

/** A measure key: lower-case letters, digits and underscores, starting with a letter (at most 40 characters). */
export const MEASURE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export function isMeasureKey(value: string): boolean {
  return MEASURE_KEY_PATTERN.test(value);
}

/** The SurveyJS question name (and answer_facts.question_key) of a measure. */
export function outcomeQuestionName(key: string): string {
  return `${PREFIX}${key}`;
}

/** The measure key a question name stands for, or null when the name is not a measured question's. */
export function measureKeyOf(questionName: string): string | null {
  if (!questionName.startsWith(PREFIX)) return null;
  const key = questionName.slice(PREFIX.length);
  return isMeasureKey(key) ? key : null;
}

/** A measure key made from a bank question id ("cr-coping" → "cr_coping"). */
export function measureKeyFromBankId(bankId: string): string {
  return bankId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
}
