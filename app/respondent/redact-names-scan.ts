/**
 * The words of an answer as the names pass sees them (ADR 0011): tokens (words and labels already in the text), each
 * word folded and classed by the name lists, which words stand side by side, which start a sentence, and the
 * questions the rules ask about a word's neighbours ("is the next word a name?", "is it joined to one by 'and'?").
 * Worked out once per answer; the rules read it many times.
 */
import { classify, isAmbiguousName, isCuratedName, isUkPlaceName, type NameClass } from "./name-lists";
import {
  AND,
  APPOSED_TO,
  CLAUSE_START,
  FROM_HOME,
  INTRODUCERS_EN,
  KEPT_NAME_VERBS,
  NOT_NAME_PHRASES,
  PERSON_DESCRIBED,
  PERSON_DOING,
  PET,
  PET_ANYWHERE,
  PET_APPOSITION,
  PLACE_AFTER,
  ROLES,
  SEASONS,
  STRONG_PERSON_DOING,
  STRONG_PERSON_VERBS,
  WAS_AGED,
  WAS_ROLE,
  phraseStart,
} from "./redact-names-words";
import { INTRODUCERS_CY, WELSH_WORDS, unmutated } from "./redact-names-welsh";

const QUOTES = `'‘’"“”`;
/** Words after the word for a person and before a name in apposition: "ma'n chwaer i, ffion,", "y boi na, jonno,". */
const APPOSED_POINTERS = new Set(["i", "fi", "na", "yna", "'na", "hwnnw", "there", "ma", "'ma", "yma", "hi", "fo", "e", "fe"]);
/** Between a word for a person and its pointing word: "ffrind gora fo, jonno,", "my best mate there, kyle,". */
const APPOSED_BETWEEN = new Set(["gora", "gorau", "gore", "bach", "fach", "hyna", "ifanc", "best", "old", "little"]);

/** What joins a word for a person to where they are from: "the woman from…", "the man next door", "y swyddog o'r…". */
const PHRASE_LINKS = new Set(
  "from at in of on with for next across over upstairs downstairs opposite above below o o'r yn gyda efo gan drws who that sy sydd".split(
    " ",
  ),
);

/** A label already in the text ("[name]", "[address]"), or a word with its apostrophes and hyphens inside it: a quote
 * or a hyphen after the last letter closes a quotation ('Uncle Dev') or a phrase, and stays out of the word, except
 * the apostrophe of a plural's possessive ("Victims' Code"). */
const TOKEN = /(\[[^\]\n]{1,40}\])|(\p{L}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*(?:(?<=s)['’](?!\p{L}))?)/gu;

/** A word or a label, where it stands in the text. */
export type Token = { start: number; end: number; text: string; label: boolean };

/** Lower case without accents; most words are plain ASCII and skip the Unicode work. */
const fold = (word: string) =>
  /^[A-Za-z'-]*$/.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
export const bareOf = (word: string) => word.replace(/['’]s$/, "");
export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

/** What the name lists say a folded word is; a hyphenated or apostrophised word by its first real part. */
function classOf(folded: string): NameClass {
  const whole = classify(folded);
  if (whole !== "unknown" || !/[-']/.test(folded)) return whole;
  // "Pen-y-bont", "Ben-y-bont", "Pant-yr-odyn", "Betws-y-Coed": a Welsh place joined by its article, never a person.
  if (/-(?:y|yr|ar|'r)-/.test(folded)) return "not";
  // "Okonkwo-Smith", "Mary-Jane", "O'Neill": the first real part decides ("Co-op" has none).
  const parts = folded.split(/[-']/).filter((part) => part.length > 2);
  return parts.length ? classify(parts[0]) : whole;
}

/** Whether a word starts a sentence: nothing before it but spaces, or the end of a sentence, a line or a quote. */
const startsSentence = (before: string) => /(?:^|[.!?:;"“(\n]|\s[-–•*])\s*$/u.test(before.slice(-6));

/** What the rules know about one answer: its tokens, what is a name so far, and questions about neighbours. */
export function scanNames(text: string, label: string, lang: "en" | "cy") {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], label: m[1] !== undefined });
  }
  const isName: boolean[] = tokens.map((t) => t.label && t.text === label);
  /** Names written as possessives without the apostrophe ("jades"): what follows them is theirs, not a surname. */
  const owners: boolean[] = [];
  // Whether only spaces stand between a token and the next, and whether a token starts a sentence: asked many times
  // per token, so worked out once.
  // A nickname in quotes between a first name and a surname stands as a word among them: "Anthony 'Tony' Greaves".
  const quotedWord = (k: number) =>
    QUOTES.includes(text[tokens[k].start - 1] ?? "") && QUOTES.includes(text[tokens[k].end] ?? "");
  const spacedNext: boolean[] = tokens.map((t, i) => {
    if (i + 1 >= tokens.length) return false;
    const gap = text.slice(t.end, tokens[i + 1].start);
    if (/^[ \t]+$/.test(gap)) return true;
    // ("y boi 'ma", "yr hogyn 'na": Welsh "yma" and "yna" with the apostrophe of what they lost)
    if (/^[ \t]+['’]$/.test(gap) && /^(?:ma|na)$/iu.test(tokens[i + 1].text)) return true;
    return (
      (/^[ \t]+['‘"“]$/.test(gap) &&
        quotedWord(i + 1) &&
        /^[ \t]+\p{Lu}/u.test(text.slice(tokens[i + 1].end + 1, tokens[i + 1].end + 3))) ||
      (/^['’"”][ \t]+$/.test(gap) && quotedWord(i) && i > 0 && /^[ \t]+['‘"“]$/.test(text.slice(tokens[i - 1].end, t.start)))
    );
  });
  const spaced = (a: number, b: number) => b === a + 1 && spacedNext[a];
  const startCache: (boolean | undefined)[] = [];
  const opensSentence = (i: number) =>
    (startCache[i] ??= startsSentence(text.slice(Math.max(0, tokens[i].start - 6), tokens[i].start)));
  const folds = tokens.map((t) => (t.label ? "" : fold(bareOf(t.text))));
  const known: (NameClass | undefined)[] = [];
  const welsh = lang === "cy";
  /** A Welsh capitalised word that is a mutated first name kept here ("Fair", "Ddafydd") counts as that name. */
  const mutatedName = (i: number) =>
    welsh &&
    isCapitalised(tokens[i].text) &&
    unmutated(folds[i]).some((w) => isCuratedName(w) && !WELSH_WORDS.has(w) && classify(w) !== "not");
  const classAt = (i: number) => {
    if (known[i] !== undefined) return known[i];
    let cls = tokens[i].label ? "not" : classOf(folds[i]);
    if (cls !== "name" && cls !== "not" && mutatedName(i)) cls = "name";
    // "yn Gymraeg", "i Gaerdydd", "o Wlad Pwyl": a mutated word that is never a name unmutated is none mutated.
    if (cls === "unknown" && welsh && isCapitalised(tokens[i].text) && unmutated(folds[i]).some((w) => classify(w) === "not"))
      cls = "not";
    return (known[i] = cls);
  };
  const introducers = welsh ? INTRODUCERS_CY : INTRODUCERS_EN;
  /** In Welsh, a verb in the past ("Dywedodd", "Gwelais", "Tarodd") introduces its subject or object too. */
  const introduces = (word: string) =>
    introducers.has(word) || (welsh && word.length >= 5 && /(?:odd|ais)$/.test(word) && word !== "digwyddodd");
  const nextWord = (i: number) => (i + 1 < tokens.length && spaced(i, i + 1) && !tokens[i + 1].label ? folds[i + 1] : "");
  /** "grace told me", "Bill said", "and dean hit him": a subject at the start of a clause, before what a person does. */
  // (and "while Dean was kicking the door": the same deed in its progressive)
  const subjectOfPersonVerb = (i: number, prevWord: string) =>
    CLAUSE_START.has(prevWord) &&
    !ROLES.has(folds[i]) &&
    (STRONG_PERSON_VERBS.has(nextWord(i)) ||
      // (a word that is a name too only if the lists keep it as one: "Dean", "Grace"; not "Rain", "Glass")
      (["was", "were", "kept"].includes(nextWord(i)) &&
        STRONG_PERSON_DOING.has(nextWord(i + 1)) &&
        (classAt(i) === "name" || isAmbiguousName(folds[i]))));
  /** "mark was the 1 who hit me", "It was Hunter who…", "robbo and deano were the ones who…": before "was the one who". */
  const wasTheOneWho = (i: number) =>
    /^\s+(?:(?:and|n|&)\s+\p{L}+\s+)?(?:was|is|were)\s+(?:the\s+(?:ones?|1|person|guy|lad|man|woman|girl|bloke)|him|her)\s+(?:who|that)\s/iu.test(
      text.slice(tokens[i].end, tokens[i].end + 50),
    );
  /** Words inside a phrase that is never a person ("Siôn Corn", "Live Fear Free"): never names. */
  const protectedWord: boolean[] = new Array(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i += 1) {
    const first = phraseStart(folds[i], welsh);
    if (!first) continue;
    for (const phrase of NOT_NAME_PHRASES) {
      if (first !== phrase[0] || i + phrase.length > tokens.length) continue;
      let k = 1;
      while (
        k < phrase.length &&
        (folds[i + k] === phrase[k] || unmutated(folds[i + k]).includes(phrase[k])) &&
        /^[ \t]+$/.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))
      )
        k += 1;
      if (k === phrase.length) for (let j = i; j < i + k; j += 1) protectedWord[j] = true;
    }
  }
  // A shop named with its possessive, which the lists know whole: "McDonald's", "Sainsbury's" (not "[name]'s").
  for (let i = 0; i < tokens.length; i += 1)
    if (!tokens[i].label && /['’]s$/u.test(tokens[i].text) && classify(fold(tokens[i].text.replace("’", "'"))) === "not")
      protectedWord[i] = true;
  // Pets: "Victoria and Albert, my two cats", "Paisley, his terrier", "our dog Max", "a cat called Tigger".
  for (let i = 0, pets = PET_ANYWHERE.test(text); pets && i < tokens.length; i += 1) {
    if (tokens[i].label) continue;
    const lower = !/^\p{Lu}/u.test(tokens[i].text);
    const before = i > 0 ? folds[i - 1] : "";
    // ("The dog, Bella, was fine": the pet's name between commas after the word for it)
    const petBefore =
      i > 1 &&
      (spaced(i - 1, i) || (!lower && PET.test(before) && /^,[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start)))) &&
      (PET.test(before) || ((before === "called" || before === "named") && PET.test(folds[i - 2]))) &&
      (PET.test(before) ? /^(?:my|our|his|her|their|the|a|fy|ein|ei|eu|y|yr)$/.test(folds[i - 2]) : true);
    // "my dog's name is bella", "the puppy is called Milo", "our cat was named Tigger": what a pet is called.
    const petNamed =
      i > 2 &&
      spaced(i - 1, i) &&
      spaced(i - 2, i - 1) &&
      spaced(i - 3, i - 2) &&
      (((before === "is" || before === "was") && folds[i - 2] === "name") ||
        ((before === "called" || before === "named") && (folds[i - 2] === "is" || folds[i - 2] === "was"))) &&
      PET.test(folds[i - 3].replace(/['’]$/, ""));
    // In lower case only straight after the word for the animal ("my dog bella", "our cat called smudge").
    // (in lower case too before "the … dog": "bella the officers dog found the knife")
    const petAfter = PET_APPOSITION.test(text.slice(tokens[i].end, tokens[i].end + 50));
    if (!petBefore && !petNamed && !(petAfter && (!lower || /^\s+the\s/iu.test(text.slice(tokens[i].end, tokens[i].end + 6)))))
      continue;
    protectedWord[i] = true;
    // The names listed before it are pets too: "Victoria and Albert, my two cats", "Tigger, Smudge and Max, our cats".
    for (let k = i; k >= 1 && i - k < 8; ) {
      if (k >= 2 && AND.has(folds[k - 1]) && spaced(k - 1, k) && spaced(k - 2, k - 1) && /^\p{Lu}/u.test(tokens[k - 2].text)) {
        protectedWord[k - 2] = true;
        k -= 2;
      } else if (/^,[ \t]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && /^\p{Lu}/u.test(tokens[k - 1].text)) {
        protectedWord[k - 1] = true;
        k -= 1;
      } else break;
    }
  }
  /** A single capital letter, as an initial: "J." or "J" (not "I", nor "A" without a full stop). */
  const isInitial = (i: number) => {
    const t = tokens[i].text;
    if (t.length !== 1 || tokens[i].label) return false;
    const dotted = text[tokens[i].end] === ".";
    return /\p{Lu}/u.test(t) ? dotted || (t !== "I" && t !== "A") : false;
  };
  /** The gap after an initial: "J. Smith", "J.Smith", "J Smith", "R. J. Castellanos". */
  const initialGap = (a: number, b: number) =>
    /^\.?[ \t]*$/.test(text.slice(tokens[a].end, tokens[b].start)) && tokens[b].start > tokens[a].end;
  /** The next word (right after spaces) is a name, or could be a surname: "Mark Pearce", "Hodan Warsame". */
  const nextIsName = (i: number, loose: boolean) => {
    if (i + 1 >= tokens.length || !spaced(i, i + 1)) return false;
    if (isName[i + 1]) return true;
    if (!isCapitalised(tokens[i + 1].text) || protectedWord[i + 1]) return false;
    const cls = classAt(i + 1);
    // Loosely, two capitalised words a name list knows ("Mark Pearce") or one in no list ("Hodan Warsame").
    return cls === "name" || (loose && (cls === "unknown" || (cls === "ambiguous" && classAt(i) === "ambiguous")));
  };
  /** "Heddwyn a Gwenllian", "Florin and Mihai", "grace n rose": joined by "and" to a name. */
  const besideNameByAnd = (i: number, onlyAfter = false) =>
    (!onlyAfter && i + 2 < tokens.length && spaced(i, i + 1) && AND.has(folds[i + 1]) && spaced(i + 1, i + 2) && isName[i + 2]) ||
    (i >= 2 && spaced(i - 1, i) && AND.has(folds[i - 1]) && spaced(i - 2, i - 1) && isName[i - 2]);
  /** "Amber, Holly and Jade", "Kayden, Tyler": beside a name in a list, with a comma between. */
  const besideNameByComma = (i: number) =>
    (i + 1 < tokens.length && isName[i + 1] && /^,[ \t]+$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) ||
    (i > 0 &&
      isName[i - 1] &&
      !/['’]s$/.test(tokens[i - 1].text) &&
      /^,[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start)));
  /** The next word starts the name of a place or building: "Westgate Street", "Morriston Hospital". */
  const beforePlaceWord = (i: number) =>
    i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text) && PLACE_AFTER.has(folds[i + 1]);
  /** A word of a town's name of two words: "Bardon Mill", "kirkby stephen", and as written, for a town with a possessive
   * in it ("King's Lynn"). */
  const inTownName = (i: number) =>
    (i > 0 &&
      spaced(i - 1, i) &&
      (isUkPlaceName(`${folds[i - 1]} ${folds[i]}`) || isUkPlaceName(`${tokens[i - 1].text} ${tokens[i].text}`))) ||
    (i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      (isUkPlaceName(`${folds[i]} ${folds[i + 1]}`) || isUkPlaceName(`${tokens[i].text} ${tokens[i + 1].text}`)));
  /** Straight before a name found already ("grant [name]", "Paddy [name]"): a first name that is also a word. */
  const beforeFoundName = (i: number) => i + 1 < tokens.length && spaced(i, i + 1) && isName[i + 1];
  /** "The woman from Victim Support, Summer,", "the lady at the front desk, Joy,", "y swyddog o'r cyngor, Alaw,": the
   * phrase ending at token `end` is a word for a person and where they are from, at most six words long. */
  const personPhraseBefore = (end: number) => {
    for (let k = end - 1; k >= 0 && end - k <= 10; k -= 1) {
      if (!spaced(k, k + 1) || tokens[k].label) return false;
      if (APPOSED_TO.has(folds[k]) && PHRASE_LINKS.has(folds[k + 1])) return true;
    }
    return false;
  };
  /** "the witness care officer, Rose, explained", "ma'r hogyn, tyler price, di…": a name in apposition to a person,
   * straight after the word for them and a comma, then a comma or what a person does. */
  const apposedToPerson = (i: number) =>
    i > 0 &&
    !tokens[i - 1].label &&
    (APPOSED_TO.has(folds[i - 1]) ||
      // "ma'n chwaer i, ffion,", "my brother's mate, dean,"
      // (and "ma'r boi na, jonno,", "that lad there, kyle,": a pointing word after the person)
      (APPOSED_POINTERS.has(folds[i - 1]) && i > 1 && spaced(i - 2, i - 1) && APPOSED_TO.has(folds[i - 2])) ||
      // ("ma'i ffrind gora fo, jonno,")
      (APPOSED_POINTERS.has(folds[i - 1]) &&
        i > 2 &&
        spaced(i - 3, i - 2) &&
        APPOSED_BETWEEN.has(folds[i - 2]) &&
        APPOSED_TO.has(folds[i - 3])) ||
      // ("one of them, dean,", "un ohonyn nhw, jase,")
      (i > 3 && /^(?:one|un)\s+(?:of\s+them|ohonyn\s+nhw|ohonynt)$/iu.test(text.slice(tokens[i - 3].start, tokens[i - 1].end))) ||
      personPhraseBefore(i - 1)) &&
    /^,[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) &&
    /^(?:\s+\p{L}+){0,2}?\s*,|^\s+(?:who|said|told|explained|was|is|has|had|came|helped|keeps|kept|comes|rang|took|got|threw|hit|\p{Ll}+ed|di|wedi|oedd|yn|nath|daflu)\b/iu.test(
      text.slice(tokens[i].end, tokens[i].end + 30),
    );

  /** "ma'r boi ma kyle yn hala…", "yr hogyn 'na jac di…": a Welsh word for a person, a pointing word, then the name
   * with no comma, before what the person does. */
  const pointedPerson = (i: number) =>
    welsh &&
    i > 1 &&
    spaced(i - 2, i - 1) &&
    spaced(i - 1, i) &&
    APPOSED_TO.has(folds[i - 2]) &&
    APPOSED_POINTERS.has(folds[i - 1]) &&
    folds[i - 1] !== "i" &&
    /^\s*,|^\s+(?:yn|di|wedi|nath|oedd|odd|o['’]dd|sy|sydd|o['’]r|o\s)/iu.test(text.slice(tokens[i].end, tokens[i].end + 12));

  /** The next 60 characters, for patterns that look further ahead than the usual 12. */
  const longAfter = (i: number) => text.slice(tokens[i].end, tokens[i].end + 60);
  /** What the sentence goes on to say only of a person, after a first name kept here at its start: "Penny was the
   * interpreter", "Will was only fourteen", "grace was lovely", "Brook kept messaging me", "Chase was arrested", "Nick
   * from the flat above", "Ivy, who lives next door", "Hazel saw". Seasons and virtues only with a role ("Faith was my
   * ISVA"; not "Hope was the only one"). */
  const saysPerson = (i: number) => {
    const ahead = longAfter(i);
    if (WAS_ROLE.test(ahead) && !/^\s+\S+\s+\S+\s+(?:(?:only|first|best)\s+)?(?:one|person)\b/iu.test(ahead)) return true;
    if (SEASONS.has(folds[i])) return false;
    return (
      WAS_AGED.test(ahead) ||
      PERSON_DESCRIBED.test(ahead) ||
      PERSON_DOING.test(ahead) ||
      FROM_HOME.test(ahead) ||
      /^,\s+who\s/iu.test(ahead) ||
      KEPT_NAME_VERBS.has(nextWord(i))
    );
  };

  return {
    text,
    label,
    lang,
    tokens,
    isName,
    owners,
    spaced,
    opensSentence,
    folds,
    welsh,
    mutatedName,
    classAt,
    introducers,
    introduces,
    nextWord,
    subjectOfPersonVerb,
    wasTheOneWho,
    protectedWord,
    isInitial,
    initialGap,
    nextIsName,
    besideNameByAnd,
    besideNameByComma,
    beforePlaceWord,
    beforeFoundName,
    inTownName,
    apposedToPerson,
    pointedPerson,
    longAfter,
    saysPerson,
  };
}

export type Scan = ReturnType<typeof scanNames>;

/** One word being judged, with what the rules ask about it first. */
export type WordAt = {
  i: number;
  t: Token;
  folded: string;
  prev: number;
  prevWord: string;
  afterName: boolean;
  possessive: boolean;
  after: string;
  orAfterName: boolean;
  articles: Set<string>;
};
