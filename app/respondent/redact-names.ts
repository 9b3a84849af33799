/**
 * The last redaction pass: names that no title, relation or "called" introduced. A linear scan over the words (run
 * twice, so a name found later in the sentence helps the words before it), each judged by the name lists
 * (name-lists.ts) and by its neighbours:
 * - a clear name goes wherever it stands, capitalised ("Okafor was rude") or in lower case ("me and dave");
 * - a name that is also a word (Mark, Grace, Dean) goes only beside another name ("Mark Pearce", "Daniel Price"),
 *   mid-sentence after a word that introduces a person ("was", "from", "asked", "gan"…), as a possessive
 *   ("Dean's car") or before "from" ("sue from next door"): "Mark my words" and "Rose bushes" stay;
 * - a capitalised word in no list is a name mid-sentence unless it reads as a place or an organisation (after "in",
 *   "the", or beside ordinary capitalised words as in "Hanover Quay"), and at the start of a sentence when a
 *   description follows ("Osagie, my husband", "Ifeoma at the SARC");
 * - after "the", "a" or "y" nothing is a name ("the Co-op", "a Grace period"); "Clare's Law" is a law.
 * Labels already in the text count as names for their neighbours, and runs of name labels become one.
 */
import { classify, COMMON, isCuratedName, isListedName, isWelshName, type NameClass } from "./name-lists";

/** Words after which a name that is also a word is taken as a name ("spoke to Will", "gan Rhys"). */
const INTRODUCERS_EN = new Set(
  `was is from with and to by called named asked told thanked met saw contacted emailed rang phoned texted said
   thank thanks ask tell call ring text for about or but nor via hi dear & n`.split(/\s+/),
);
const INTRODUCERS_CY = new Set(
  `gan efo gyda â a ac oedd yw ydy wrth dywedodd meddai gofynnodd ffoniodd galwodd daeth gwelodd and with
   from was`.split(/\s+/),
);
/** Where a lower-case name is a name: after these (and the introducers above). */
const PEOPLE_WORDS = new Set(
  `dad mum mam mom son daughter brother sister ex partner boyfriend girlfriend husband wife friend mate mates neighbour
   cousin uncle aunt auntie nan gran nana grandad fiance fiancee stepdad stepmum landlord boss officer copper pc
   witnesses witness interpreter worker lads lad girls bloke guy`.split(/\s+/),
);
const ARTICLES_EN = new Set(["the", "a", "an", "this", "that", "our", "their"]);
const ARTICLES_CY = new Set(["y", "yr", "'r"]);
/** Where a capitalised word in no list is a place: "in Cowbridge", "ger Llanfair". */
const PLACE_WORDS = new Set("in into near outside around at through across towards yn ym yng ger tu".split(" "));
/** Places by their endings, for "to" and "from" ("moved to Cowbridge", "from Aberdare"). */
const PLACE_ENDING =
  /(?:ton|ford|bridge|bury|ham|field|port|mouth|wich|by|thorpe|minster|stow|ley|wood|pool|dale|gate|ing|caster|chester|fawr|fach|^llan|^aber|^caer|^pont|^tre|^cwm|^pen|^porth|^ystrad)/;
const AND = new Set(["and", "&", "a", "ac", "n"]);
const WAS = new Set(["was", "is", "oedd", "yw", "ydy"]);
/** Welsh patronymics: "Siân ferch Huw", "Dafydd ap Gwilym". */
const PATRONYMIC = new Set(["ap", "ab", "ferch", "verch", "fab"]);
/** Months that are names too: only a title or a relation makes them names (handled before this pass). */
const MONTH_NAMES = new Set(["may", "june", "april", "august", "mai", "mehefin"]);
/** Welsh words that are also Welsh names: never a name in lower case ("ei dai", "gwen", "elin"). */
const WELSH_WORDS = new Set(
  "dai cai gwen gwyn elin non nest haf eira bryn glyn wyn mai tegid hedd awen heulwen seren beth dan pen ben mam tad".split(" "),
);
/** A description after a name: "Osagie, my husband", "Heulwen, y swyddog". */
const APPOSITION = /^,\s+(?:my|our|his|her|their|the|a|an|fy|ein|ei|eu|y|yr)\s/iu;

const ACRONYMS = new Set("nhs cps isva idva pcso dci gp ae sarc mash marac ipcc iopc dvla dwp hmrc bbc itv rspca".split(" "));

const TOKEN = /(\[[^\]\n]{1,40}\])|(\p{L}[\p{L}\p{M}'’-]*)/gu;

type Token = { start: number; end: number; text: string; label: boolean };

/** Lower case without accents; most words are plain ASCII and skip the Unicode work. */
const fold = (word: string) =>
  /^[A-Za-z'-]*$/.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
const bareOf = (word: string) => word.replace(/['’]s$/, "");
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

function classOf(folded: string): NameClass {
  const whole = classify(folded);
  if (whole !== "unknown" || !/[-']/.test(folded)) return whole;
  // "Okonkwo-Smith", "Mary-Jane", "O'Neill": the first real part decides ("Co-op" has none).
  const parts = folded.split(/[-']/).filter((part) => part.length > 2);
  return parts.length ? classify(parts[0]) : whole;
}

/** Whether a word starts a sentence: nothing before it but spaces, or the end of a sentence, a line or a quote. */
const startsSentence = (before: string) => /(?:^|[.!?:;"“(\n]|\s[-–•*])\s*$/u.test(before.slice(-6));

export function redactLooseNames(text: string, label: string, lang: "en" | "cy"): { text: string; count: number } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], label: m[1] !== undefined });
  }
  const isName: boolean[] = tokens.map((t) => t.label && t.text === label);
  const spaced = (a: number, b: number) => /^[ \t]+$/.test(text.slice(tokens[a].end, tokens[b].start));
  const folds = tokens.map((t) => (t.label ? "" : fold(bareOf(t.text))));
  const known: (NameClass | undefined)[] = [];
  const classAt = (i: number) => (known[i] ??= tokens[i].label ? "not" : classOf(folds[i]));
  const introducers = lang === "cy" ? INTRODUCERS_CY : INTRODUCERS_EN;
  /** The next word (right after spaces) is a name, or could be a surname: "Mark Pearce", "Hodan Warsame". */
  const nextIsName = (i: number, loose: boolean) => {
    if (i + 1 >= tokens.length || !spaced(i, i + 1)) return false;
    if (isName[i + 1]) return true;
    if (!isCapitalised(tokens[i + 1].text)) return false;
    const cls = classAt(i + 1);
    // Loosely, two capitalised words a name list knows ("Mark Pearce") or one in no list ("Hodan Warsame").
    return cls === "name" || (loose && (cls === "unknown" || (cls === "ambiguous" && classAt(i) === "ambiguous")));
  };
  /** "Heddwyn a Gwenllian", "Florin and Mihai", "grace n rose": joined by "and" to a name. */
  const besideNameByAnd = (i: number, onlyAfter = false) =>
    (!onlyAfter && i + 2 < tokens.length && spaced(i, i + 1) && AND.has(folds[i + 1]) && spaced(i + 1, i + 2) && isName[i + 2]) ||
    (i >= 2 && spaced(i - 1, i) && AND.has(folds[i - 1]) && spaced(i - 2, i - 1) && isName[i - 2]);

  const judge = (i: number): boolean => {
    const t = tokens[i];
    const folded = folds[i];
    const prev = i > 0 && spaced(i - 1, i) ? i - 1 : -1;
    const prevWord = prev >= 0 && !tokens[prev].label ? folds[prev] : "";
    const afterName = prev >= 0 && isName[prev] && !/['’]s$/.test(tokens[prev].text);
    const possessive = /['’]s$/.test(t.text);
    const after = text.slice(t.end, t.end + 12);
    const welsh = lang === "cy";
    const articles = welsh ? ARTICLES_CY : ARTICLES_EN;
    if (articles.has(prevWord) && !afterName) return false;
    if (/^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(t.text)) return false; // "PCSOs", "GPs": acronyms in the plural
    // "Siân ferch Huw", "Rhys ap Gwilym": the patronymic word goes with the names.
    if (PATRONYMIC.has(folded) && afterName && i + 1 < tokens.length && spaced(i, i + 1) && isName[i + 1]) return true;
    if (isCapitalised(t.text)) {
      if (MONTH_NAMES.has(folded)) return false;
      if (possessive && /^\s+law\b/i.test(after)) return false; // "Clare's Law", "Sarah's Law"
      const cls = classAt(i);
      const start = prev < 0 && startsSentence(text.slice(Math.max(0, t.start - 6), t.start));
      const midSentence = !start && !(i > 0 && startsSentence(text.slice(Math.max(0, t.start - 6), t.start)));
      if (cls === "name") return !(start && welsh && (!isCuratedName(folded) || WELSH_WORDS.has(folded)));
      if (cls === "ambiguous")
        return (
          afterName ||
          possessive ||
          nextIsName(i, !welsh) ||
          besideNameByAnd(i) ||
          APPOSITION.test(after) ||
          (midSentence && introducers.has(prevWord))
        );
      if (cls === "word") return midSentence && nextIsName(i, false) && (introducers.has(prevWord) || WAS.has(prevWord));
      if (cls !== "unknown") return false;
      // A Welsh sentence starts with its verb: "Daeth Heddwyn", "Dywedodd Rhys" are a verb and a name.
      if (afterName || (nextIsName(i, !welsh) && !(welsh && !midSentence)) || besideNameByAnd(i) || APPOSITION.test(after))
        return true;
      if (PATRONYMIC.has(prevWord) && i >= 2 && isName[i - 2]) return true;
      // Welsh mutates place and service names ("i Gaerdydd", "i Ddioddefwyr"): only a person's context will do.
      if (welsh) return midSentence && introducers.has(prevWord);
      if (!midSentence) return /^\s+(?:from|at)\s/i.test(after);
      // Mid-sentence, a capitalised word in no list is a name unless it reads as a place or an organisation.
      if (PLACE_WORDS.has(prevWord)) return false;
      if ((prevWord === "to" || prevWord === "from" || prevWord === "i" || prevWord === "o") && PLACE_ENDING.test(folded))
        return false;
      const beside = (j: number) => j >= 0 && j < tokens.length && isCapitalised(tokens[j].text) && !isName[j];
      if (prev >= 0 && beside(prev) && classAt(prev) !== "name") return false;
      if (i + 1 < tokens.length && spaced(i, i + 1) && beside(i + 1) && (classAt(i + 1) === "word" || classAt(i + 1) === "not"))
        return false;
      return true;
    }
    if (/^\p{Lu}{3,}$/u.test(bareOf(t.text))) return classAt(i) === "name" && !ACRONYMS.has(folded); // "PC JONES"
    if (!/^\p{Ll}+$/u.test(bareOf(t.text))) return false;
    // Lower case: listed names, names the registry knows that no dictionary does, and "gareths" (a possessive).
    if (COMMON.has(folded)) return false;
    // In Welsh only the Welsh names kept here, and not those that are Welsh words ("o dan", "beth", "gwen").
    if (welsh) return !WELSH_WORDS.has(folded) && (isWelshName(folded) || (afterName && isListedName(folded)));
    const stem = folded.endsWith("s") && !possessive ? folded.slice(0, -1) : "";
    if (isListedName(folded) || (stem && isListedName(stem) && !COMMON.has(stem))) return true;
    const cls = classAt(i);
    if (cls === "name" && folded.length >= 3 && (lang === "en" || afterName)) return true;
    if (cls === "ambiguous" && folded.length >= 3)
      return (
        afterName ||
        besideNameByAnd(i, true) ||
        (PEOPLE_WORDS.has(prevWord) && /^\s+(?:from|n|and|&)\s/i.test(after)) ||
        (!articles.has(prevWord) && /^\s+from\s/i.test(after) && !/^(?:my|his|her|your)$/.test(prevWord))
      );
    // A name in no list, in lower case: after a word for a person ("my cousin aleksandra"), joined to a name, or
    // starting a sentence before "from" ("wojtek from work drove me").
    if (cls === "unknown" && folded.length >= 3)
      return (
        PEOPLE_WORDS.has(prevWord) ||
        besideNameByAnd(i) ||
        (prev < 0 && startsSentence(text.slice(Math.max(0, t.start - 6), t.start)) && /^\s+from\s/i.test(after))
      );
    return false;
  };

  let count = 0;
  for (let pass = 0; pass < 2; pass += 1) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i].label || isName[i] || !judge(i)) continue;
      isName[i] = true;
      count += 1;
    }
  }
  if (count === 0) return { text, count };
  let out = "";
  let at = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isName[i] || tokens[i].label) continue;
    const t = tokens[i];
    out += text.slice(at, t.start) + label + (/['’]s$/.test(t.text) ? t.text.slice(-2) : "");
    at = t.end;
  }
  out += text.slice(at);
  return { text: collapseNameRuns(out, label), count };
}

/** "[name] [name]" reads as two people: a first name and a surname are one. */
export function collapseNameRuns(text: string, label: string): string {
  const escaped = label.replace(/[[\]]/g, "\\$&");
  return text.replace(new RegExp(`${escaped}(?:[ \\t]+${escaped})+`, "gu"), label);
}
