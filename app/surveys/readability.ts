/**
 * Reading ease, for the designer's plain-language check. English uses the
 * Flesch reading ease score (60 or more is plain English, a reading age of
 * about 12). Welsh has no validated formula, so for Welsh, and any other
 * language, we look only at sentence length.
 */

const sentencesOf = (text: string) =>
  text
    .split(/[.!?]+(?:\s|$)/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** A common heuristic: vowel groups, less a silent final e, at least one. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function fleschReadingEase(text: string): number | null {
  const words = wordsOf(text);
  const sentences = Math.max(1, sentencesOf(text).length);
  if (words.length < 3) return null;
  const syllables = words.reduce((sum, word) => sum + englishSyllables(word), 0);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllables / words.length);
}

export function longestSentenceWords(text: string): number {
  return Math.max(0, ...sentencesOf(text).map((s) => wordsOf(s).length));
}

export const PLAIN_ENGLISH_SCORE = 60;
export const LONG_SENTENCE_WORDS = 25;
