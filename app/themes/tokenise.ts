/**
 * Words of a redacted answer, as theme suggestions compare them, and its
 * sentiment. English goes through wink-nlp (its tokeniser, stop words, Porter
 * stems and sentiment); wink has no Welsh model, so Welsh (and any other
 * language) is split into Unicode words and stripped of a hand-kept stop-word
 * list, and its sentiment is not scored: null, never a guess. Pure: no I/O.
 */
import winkNLP, { type ItemToken, type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ENGLISH_STOP_WORDS, WELSH_STOP_WORDS } from "./stop-words";

/** One counted word: `term` is what answers are compared on (a stem in English), `form` the word as written, lower-cased. */
export type Token = { term: string; form: string };
export type Analysed = { tokens: Token[]; sentiment: number | null };

/** Redaction placeholders ("[phone number]", "[cyfeiriad e-bost]") say nothing about what the answer is about. */
const PLACEHOLDER = /\[[^\]\n]{1,40}\]/g;
/** "Please" in Welsh: three words, two of them content words elsewhere ("gweld", "da"). */
const WELSH_PLEASE = /\bos\s+gwelwch\s+(?:chi['’]?n|yn)\s+dda\b/giu;
/** Letters and combining marks; apostrophes and hyphens split ("i'r" is "i" and "r"), so elided forms meet the stop list. */
const WORD = /[\p{L}\p{M}]+/gu;
const MIN_LENGTH = 2;

let english: { nlp: ReturnType<typeof winkNLP>; its: ReturnType<typeof winkNLP>["its"] } | undefined;

/** Loaded on first use: the model takes a moment to read, and only suggestion pages need it. */
function englishPipeline() {
  if (!english) {
    const nlp = winkNLP(model, ["sbd", "negation", "sentiment"]);
    english = { nlp, its: nlp.its };
  }
  return english;
}

const lower = (text: string) => text.normalize("NFC").toLocaleLowerCase("en-GB");

/** Unicode words of any language, lower-cased, without the given stop words or one-letter remnants. */
export function plainWords(text: string, stopWords: ReadonlySet<string>[]): string[] {
  const words = lower(text.replace(PLACEHOLDER, " ")).match(WORD) ?? [];
  return words.filter((word) => [...word].length >= MIN_LENGTH && !stopWords.some((list) => list.has(word)));
}

/**
 * Welsh words. Code-switching into English is common, so English function
 * words go too. Mutations are not undone ("caredig" and "garedig" stay two
 * terms): doing it without a dictionary merges unrelated words.
 */
export function welshTokens(text: string): Token[] {
  return plainWords(text.replace(WELSH_PLEASE, " "), [WELSH_STOP_WORDS, ENGLISH_STOP_WORDS]).map((word) => ({
    term: word,
    form: word,
  }));
}

export function englishTokens(text: string): Token[] {
  return analyseEnglish(text).tokens;
}

function analyseEnglish(text: string): Analysed {
  const { nlp, its } = englishPipeline();
  const doc = nlp.readDoc(text.replace(PLACEHOLDER, " "));
  const tokens: Token[] = [];
  doc.tokens().each((token: ItemToken) => {
    if (token.out(its.type) !== "word" || token.out(its.stopWordFlag)) return;
    const form = lower(String(token.out(its.normal)));
    if ([...form].length < MIN_LENGTH || !/\p{L}/u.test(form) || ENGLISH_STOP_WORDS.has(form)) return;
    // wink's typings give stem an extra argument the token reader supplies itself.
    tokens.push({ term: String(token.out(its.stem as unknown as ItsFunction<string>)), form });
  });
  return { tokens, sentiment: Number(doc.out(its.sentiment)) };
}

/** Words and sentiment of one answer in the language it was given in. */
export function analyse(text: string, language: string): Analysed {
  if (language === "en") return analyseEnglish(text);
  if (language === "cy") return { tokens: welshTokens(text), sentiment: null };
  // No stop list of our own for other languages: their words all count, English function words aside.
  return { tokens: plainWords(text, [ENGLISH_STOP_WORDS]).map((word) => ({ term: word, form: word })), sentiment: null };
}

export type SentimentLabel = "positive" | "neutral" | "negative" | "notScored";
export const SENTIMENT_LABELS: SentimentLabel[] = ["positive", "neutral", "negative", "notScored"];

/** wink scores from -1 to 1; a small band round zero is neutral rather than a weak lean either way. */
const NEUTRAL_BAND = 0.05;

export function sentimentLabel(score: number | null): SentimentLabel {
  if (score === null || !Number.isFinite(score)) return "notScored";
  if (score > NEUTRAL_BAND) return "positive";
  if (score < -NEUTRAL_BAND) return "negative";
  return "neutral";
}

/** Sentiment of a passage of an answer: English only. */
export function sentimentOf(text: string, language: string): number | null {
  return language === "en" ? analyseEnglish(text).sentiment : null;
}
