/**
 * Redaction's second signal (ADR 0011, addendum of 7 December, the tagger): a small averaged-perceptron tagger that reads
 * an answer word by word and says which words are a person's name or a place that identifies someone.
 *
 * The rules find details by kind, from patterns written for each way people write them; every new writer brings ways
 * no rule was written for. The tagger learns from every development corpus at once which words and which contexts go
 * with a detail (the word itself, whether the name lists or a dictionary know it, its case and shape, the two words
 * either side and what it said of the two words before), so a context nobody wrote a rule for can still give a name
 * away.
 *
 * It only ever adds, after the rules: a word it is sure of that the rules left is labelled as the rules would label
 * it, wherever it is written again. It never reads digits (numbers are the rules' alone), a label, a sentence's first
 * word, an ordinary word in lower case, or a word the curated lists say is never a name. A clear name or a word no
 * list knows needs the model's margin; a name that is also a word, or an ordinary word in capitals, twice that. A
 * month, a weekday or a holiday is never taken, nor a town on its own, and places named by their kind are left to the
 * rules (leftToTheRules). The model is data (redact-tagger-model.json), trained by `npm run redact:train` from the
 * development corpora only, never from a blind corpus or the held-out one; a test proves the committed model is what
 * training makes. Linear: one pass over the words, a fixed number of features each. It remembers what it has worked
 * out about words (bounded caches), never anything of an answer.
 */
import { classify, isListedName, isNearWord, isUkPlace } from "./name-lists";
import { LOWER_TITLES, TITLE_WORDS } from "./redact-names-words";
import { fold, MONTHS_CY, MONTHS_EN, mutations, WEEKDAYS_EN } from "./redact-rule";
import MODEL from "./redact-tagger-model.json";

export type TagClass = "O" | "NAME" | "PLACE";
export const TAG_CLASSES: TagClass[] = ["O", "NAME", "PLACE"];

export type TaggerModel = {
  /** How far a detail's score must be above "nothing here" before the tagger acts. */
  margin: number;
  /** Feature → one weight per class, in TAG_CLASSES order. */
  weights: Record<string, number[]>;
};

export type Token = { text: string; start: number; end: number };

const TOKEN = /\[[^[\]\n]{1,40}\]|[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function shape(word: string): string {
  if (word.startsWith("[") && word.length > 1) return "label";
  if (/\d/.test(word)) return /^\d+$/.test(word) ? "d" : "xd";
  if (!/\p{L}/u.test(word)) return word;
  if (word === word.toUpperCase() && word.length > 1) return "X";
  if (/^\p{Lu}/u.test(word)) return /\p{Lu}/u.test(word.slice(1)) ? "XxX" : "Xx";
  return "x";
}

const POSSESSIVE = /['’]s$/u;
const bare = (word: string) => fold(word.replace(POSSESSIVE, ""));

/** What the features need of each word, worked out once per answer. */
export type WordInfo = { lower: string; shape: string; cls: string; start: boolean };

/** What a token says of itself (its folded form, shape and class), remembered: a few thousand words make most
 * answers, and folding, shaping and asking the lists is most of the tagger's time otherwise. */
const SEEN = new Map<string, Omit<WordInfo, "start">>();
function ownInfo(text: string): Omit<WordInfo, "start"> {
  let own = SEEN.get(text);
  if (own === undefined) {
    const lower = bare(text);
    const s = shape(text);
    own = { lower, shape: s, cls: /^(?:Xx|x|X|XxX)$/.test(s) ? classify(lower) : "-" };
    // (words, not whatever a hostile answer holds between two spaces)
    if (text.length <= 40) {
      if (SEEN.size >= 50_000) SEEN.clear();
      SEEN.set(text, own);
    }
  }
  return own;
}

/** What a sentence's first word follows. */
const SENTENCE_ENDS = new Set([".", "!", "?", "…", ":", ";", '"', "“"]);

export function wordInfo(tokens: Token[]): WordInfo[] {
  const info: WordInfo[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const own = ownInfo(tokens[i].text);
    info.push({ lower: own.lower, shape: own.shape, cls: own.cls, start: i === 0 || SENTENCE_ENDS.has(tokens[i - 1].text) });
  }
  return info;
}

/** The features of word i, given what the tagger said of the two words before. */
export function features(info: WordInfo[], i: number, lang: string, prev: string, prev2: string): string[] {
  const w = info[i];
  const p1 = info[i - 1];
  const p2 = info[i - 2];
  const n1 = info[i + 1];
  const n2 = info[i + 2];
  const pl = p1 ? p1.lower : "<s>";
  const nl = n1 ? n1.lower : "</s>";
  const cs = `${w.cls}|${w.shape}|${w.start ? "S" : "-"}`;
  return [
    "b",
    `L${lang}`,
    `w${w.lower}`,
    `c${cs}`,
    `cl${w.cls}|${lang}`,
    `s3${w.lower.slice(-3)}`,
    `p3${w.lower.slice(0, 3)}`,
    `len${Math.min(w.lower.length, 9)}`,
    `p1${pl}`,
    `n1${nl}`,
    `p2${p2 ? p2.lower : "<s>"}`,
    `n2${n2 ? n2.lower : "</s>"}`,
    `p1c${pl}|${cs}`,
    `n1c${nl}|${cs}`,
    `p1n1${pl}|${nl}`,
    `ps${p1 ? `${p1.shape}|${p1.cls}` : "<s>"}|${w.shape}`,
    `ns${w.shape}|${n1 ? `${n1.shape}|${n1.cls}` : "</s>"}`,
    `t${prev}`,
    `tt${prev2}|${prev}`,
    `tw${prev}|${cs}`,
  ];
}

/** Scores of each class for one word's features, added in the features' order (training and tagging alike). */
export function scores(weights: Map<string, number[]>, feats: string[]): number[] {
  const s = [0, 0, 0];
  for (const f of feats) {
    const w = weights.get(f);
    if (w === undefined) continue;
    s[0] += w[0];
    s[1] += w[1];
    s[2] += w[2];
  }
  return s;
}

/** The likelier detail of a word's scores (a name on a tie), as an index of TAG_CLASSES; its guess is that class only
 * where it beats "nothing here". */
export const likelierDetail = (s: number[]): 1 | 2 => (s[1] >= s[2] ? 1 : 2);

/**
 * Whether the tagger reads a word at all: words of letters, not labels, numbers or punctuation, never a word the
 * curated lists say is no name ("not": countries, languages, services, the words of a place kept on purpose), and
 * never an ordinary word in lower case (seven words in ten, which it could never take: training and tagging both
 * leave them, which keeps an answer's tagging to a third of the time).
 */
export const readable = (w: WordInfo) => w.cls !== "-" && w.cls !== "not" && !(w.shape === "x" && w.cls === "word");

/** What a word must beat "nothing here" by, in margins: never at a sentence's start; a clear name or unknown word by
 * one, a name that is a word too or an ordinary word in capitals by two ("Iron Temple Gym"), anything else never. */
function marginsNeeded(w: WordInfo): number {
  if (w.start) return Infinity;
  if (w.cls === "name" || w.cls === "unknown") return 1;
  if (w.cls === "ambiguous") return 2;
  if (w.cls === "word" && w.shape === "Xx") return 2;
  return Infinity;
}

/** Months, weekdays and the words of holidays and times: dates are the rules' ("Boxing Day", "Christmas Eve"). */
const CALENDAR = new Set([
  ...MONTHS_EN,
  ...MONTHS_CY,
  ...WEEKDAYS_EN,
  ...["day", "eve", "christmas", "easter", "boxing", "year", "night", "morning", "evening"],
]);

/** A word in capitals, all or its first letter ("X", "Xx", "XxX"). */
const capitalised = (w: WordInfo) => w.shape.startsWith("X");
const isCapitalisedWord = (w: WordInfo | undefined) => w !== undefined && capitalised(w) && w.cls !== "not" && !w.start;

/**
 * The class of each word. A detail where its score beats "nothing" by the margins its kind of word needs; a run goes
 * on over the capitalised words beside it that the tagger leans the same way on ("Iron Temple Gym", where only "Gym"
 * was sure); never a calendar word, nor a town standing alone. What the tagger said of the words before (a feature)
 * is its best guess without the margin, as in training.
 */
export function tagWords(tokens: Token[], lang: string, model: TaggerModel): TagClass[] {
  return tagged(tokens, wordInfo(tokens), lang, model);
}

/** A model's weights as a Map, made once per model: faster to ask than an object of twenty thousand keys. */
const TABLES = new WeakMap<TaggerModel, Map<string, number[]>>();
function tableOf(model: TaggerModel): Map<string, number[]> {
  let table = TABLES.get(model);
  if (!table) {
    table = new Map(Object.entries(model.weights));
    TABLES.set(model, table);
  }
  return table;
}

function tagged(tokens: Token[], info: WordInfo[], lang: string, model: TaggerModel): TagClass[] {
  const table = tableOf(model);
  const guesses: TagClass[] = [];
  const tags: TagClass[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!readable(info[i])) {
      guesses.push("O");
      tags.push("O");
      continue;
    }
    const s = scores(table, features(info, i, lang, guesses[i - 1] ?? "<s>", guesses[i - 2] ?? "<s>"));
    const best = likelierDetail(s);
    guesses.push(s[best] > s[0] ? TAG_CLASSES[best] : "O");
    tags.push(s[best] - s[0] > model.margin * marginsNeeded(info[i]) ? TAG_CLASSES[best] : "O");
  }
  for (let i = 0; i < tokens.length; i += 1) {
    if (tags[i] === "O" || guesses[i] !== tags[i]) continue;
    for (let k = i - 1; isCapitalisedWord(info[k]) && tags[k] === "O" && guesses[k] === tags[i]; k -= 1) tags[k] = tags[i];
    for (let k = i + 1; isCapitalisedWord(info[k]) && tags[k] === "O" && guesses[k] === tags[i]; k += 1) tags[k] = tags[i];
  }
  for (let i = 0; i < tokens.length; i += 1) if (CALENDAR.has(info[i].lower)) tags[i] = "O";
  for (let i = 0; i < tokens.length; i += 1) {
    const alone = tags[i - 1] === undefined || tags[i - 1] === "O";
    const lastOfRun = tags[i + 1] === undefined || tags[i + 1] === "O";
    if (tags[i] !== "O" && alone && lastOfRun && isUkPlace(info[i].lower)) tags[i] = "O";
  }
  return tags;
}

const ADDRESS_WORD =
  /(?:^|\s)(?:street|st|road|rd|lane|avenue|close|drive|way|court|crescent|terrace|place|gardens|grove|hill|row|walk|view|flat|house|cottage|farm|heol|stryd|ffordd|lôn|lon|fferm|tŷ|ty|bwthyn|fflat)$/iu;
/** An article before a run: "the Red Lion", "y Ddraig Wen", "i'r llew coch". People are not named after one. */
const ARTICLE = /^(?:the|y|yr|[\p{L}]+['’]r)$/iu;
/** A saint or a feast before a run: "St Patrick's Day", "Gŵyl Dewi", "Santes Dwynwen", "st davids". */
const SAINT = new Set(["st", "saint", "sant", "santes", "gwyl", "dydd", "ddydd", "nos"]);
/** Words for a kind of place (and a law, a night or an app named after someone or something), with their Welsh
 * mutations: what is so named is the rules' to judge ("a Catholic primary", "Deddf Sarah", "Parc Gwledig Padarn",
 * "Pen y Fan", "Safonau Masnach", "ap Bright Sky"). */
const PLACE_HEADS = new Set(
  [
    ..."church chapel centre center club hall park parade hospital surgery school college academy gym arms inn hotel",
    ..." tavern bar cafe café stadium ground station services market estate street road lane avenue primary",
    ..." secondary nursery infants juniors law act deddf",
    ..." ysbyty eglwys capel clwb caffi siop neuadd meddygfa ysgol coleg canolfan gwesty tafarn marchnad stryd heol ffordd",
    ..." parc llyn pont pen bannau gwledig cenedlaethol noson safonau app ap ab",
  ]
    .join("")
    .split(" ")
    .flatMap((word) => mutations(word)),
);
const TITLES = new Set([...LOWER_TITLES, ...TITLE_WORDS, "mister", "miss", "prof", "rev", "parchedig", "sarjant", "insp"]);

/**
 * Whether a run of words the tagger is sure of must be left to the rules after all. Places are the rules' to judge:
 * the same pub is a detail where someone drinks every week and none where something once happened, which the words
 * around it say and a word-by-word tagger cannot. So a run after an article is left ("outside the White Hart"), and
 * so is a run that is only part of a longer name in capitals the tagger is not sure of ("Riverside Health Centre",
 * "Cardiff City Football Club", "Santes Dwynwen"), except after a title ("Mrs Pugh").
 */
function leftToTheRules(tokens: Token[], info: WordInfo[], from: number, to: number, original: string): boolean {
  const joined = (a: number, b: number) => /^[ \t]+$/.test(original.slice(tokens[a].end, tokens[b].start));
  const before = from > 0 && joined(from - 1, from) ? info[from - 1] : undefined;
  const after = to + 1 < tokens.length && joined(to, to + 1) ? info[to + 1] : undefined;
  const words = info.slice(from, to + 1);
  // (a place by the word for its kind, before, in or after it: "Victory Parade", "ysbyty glan clwyd", "glwb rygbi",
  // "the big garden centre", "St Mary's Church"; or a town in words of its own: "Lyn Ebwy")
  const head = (w: WordInfo | undefined) =>
    w !== undefined && (PLACE_HEADS.has(w.lower.replace(/['’]r$/u, "")) || SAINT.has(w.lower));
  if ([before, ...words, after].some(head)) return true;
  if (words.length > 1 && isUkPlace(words.map((w) => w.lower).join(""))) return true;
  // (a word in quotes on its own is talked about, not named: "He said 'Grace' was not his name")
  if (from === to && /^['‘"“]$/.test(tokens[from - 1]?.text ?? "") && /^['’"”]$/.test(tokens[to + 1]?.text ?? "")) return true;
  // (a word in lower case one letter from a word is a word typed wrong: "i rang thm bak")
  const only = words[0];
  if (from === to && only.shape === "x" && only.lower.length <= 20 && !isListedName(only.lower) && isNearWord(only.lower))
    return true;
  if (before && (ARTICLE.test(tokens[from - 1].text) || SAINT.has(before.lower))) return true;
  if (before && capitalised(before) && !before.start && before.lower.length > 1 && !TITLES.has(before.lower)) return true;
  return after !== undefined && capitalised(after) && after.lower.length > 1;
}

export type TaggedKind = "name" | "address" | "workplace";

/**
 * How a tagged word is found again: a clear name or a word no list knows by its folded form, whatever its case or
 * possessive ("Kowalczyk's", "KOWALCZYK"); a word that is also an ordinary word only as written, and not at a
 * sentence's start ("Temple" of "Iron Temple Gym", not "temple").
 */
function mentionKey(own: { lower: string; cls: string }, text: string): string {
  return own.cls === "name" || own.cls === "unknown" ? `f ${own.lower}` : `x ${text.replace(POSSESSIVE, "")}`;
}

/**
 * What the rules left that the tagger is sure of, labelled: every mention in the redacted text of a word of a run the
 * tagger marked in the original (so what is left of a run the rules took part of goes too: "[name] reeves"), the words
 * of one mention side by side under one label, a possessive kept ("[name]'s"). Labels are never read. One pass over
 * the redacted text's words.
 */
export function addTagged(
  original: string,
  redacted: string,
  lang: string,
  labels: Record<TaggedKind, string>,
  model: TaggerModel = MODEL,
): { text: string; found: Partial<Record<TaggedKind, number>> } {
  const found: Partial<Record<TaggedKind, number>> = {};
  const tokens = tokenize(original);
  const info = wordInfo(tokens);
  const tags = tagged(tokens, info, lang, model);
  if (!tags.some((t) => t !== "O")) return { text: redacted, found };
  // Each tagged word's kind: a name over a place; a place an address by a street's word in its run.
  const kinds = new Map<string, TaggedKind>();
  // (the folded forms of the tagged words: most words of the redacted text are none, and need no key)
  const lowers = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (tags[i] === "O") continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      tags[j + 1] === tags[i] &&
      /^[ \t]*$/.test(original.slice(tokens[j].end, tokens[j + 1].start))
    )
      j += 1;
    if (!leftToTheRules(tokens, info, i, j, original)) {
      const phrase = tokens
        .slice(i, j + 1)
        .map((t) => t.text)
        .join(" ");
      const kind: TaggedKind = tags[i] === "NAME" ? "name" : ADDRESS_WORD.test(phrase) ? "address" : "workplace";
      for (let k = i; k <= j; k += 1) {
        const key = mentionKey(info[k], tokens[k].text);
        if (kinds.get(key) !== "name") kinds.set(key, kind);
        lowers.add(info[k].lower);
      }
    }
    i = j;
  }
  if (kinds.size === 0) return { text: redacted, found };
  const out = tokenize(redacted);
  let text = "";
  let at = 0;
  let open: { kind: TaggedKind; end: number } | undefined;
  for (let i = 0; i < out.length; i += 1) {
    const token = out[i];
    const own = ownInfo(token.text);
    const key = own.cls === "-" || !lowers.has(own.lower) ? undefined : mentionKey(own, token.text);
    const startOfSentence = i === 0 || SENTENCE_ENDS.has(out[i - 1].text);
    const kind = key === undefined || (key.startsWith("x") && startOfSentence) ? undefined : kinds.get(key);
    if (kind === undefined) {
      open = undefined;
      continue;
    }
    const possessive = POSSESSIVE.exec(token.text)?.[0] ?? "";
    const between = redacted.slice(at, token.start);
    if (open && open.kind === kind && open.end === at && /^[ \t]+$/.test(between)) {
      // (the next word of the same mention: one label for them all)
      text += possessive;
    } else {
      found[kind] = (found[kind] ?? 0) + 1;
      text += between + labels[kind] + possessive;
    }
    at = token.end;
    open = possessive ? undefined : { kind, end: at };
  }
  return { text: text + redacted.slice(at), found };
}
