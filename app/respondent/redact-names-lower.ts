/**
 * The names pass for a word not written with a capital (ADR 0011): names in capitals ("PC JONES") when the lists know
 * them, and lower-case names as people type them ("me n dave", "my mates tiff n jas", "grace was lovely"): a listed
 * first name or a name no dictionary knows goes in English; a name that is also a word, or a word in no list, only
 * beside a person's context. In Welsh only the Welsh names kept here, mutated or not, and names in a person's context.
 */
import {
  classify,
  COMMON,
  isAmbiguousName,
  isCommonSurname,
  isCuratedName,
  isEverydayWord,
  isListedName,
  isNearWord,
  isWelshName,
} from "./name-lists";
import { bareOf, type Scan, type WordAt } from "./redact-names-scan";
import { WELSH_TO, WELSH_WORDS, unmutated } from "./redact-names-welsh";
import {
  ACRONYMS,
  AND,
  APPOSED_TO,
  CLAUSE_START,
  CONTACT_VERBS,
  FROM_HOME,
  FROM_SERVICE,
  FROM_SERVICE_BARE,
  KIN_TITLES,
  LOWER_FIRST_NAME_CONTEXT,
  LOWER_TITLES,
  NEXT_DOOR,
  OWNED,
  OWNED_THINGS,
  OWNERS_EN,
  PAST_TENSES,
  PERSON_DOING,
  PEOPLE_WORDS,
  BARE_ROLE,
  ROLES,
  SEASONS,
  SLANG,
  TEXT_SPEAK,
  THANKS,
  THING_PREPOSITIONS,
  WAS,
  WAS_AGED,
  WAS_ROLE,
  isNameKeptHere,
  isTypedContraction,
} from "./redact-names-words";

/** What a person is or does, a few words after their role: "the landlord has been robbed", "the neighbour across the
 * way is a legend". */
const ROLE_THEN_VERB =
  /^(?:[ \t]+[\p{L}'’-]+){0,4}?[ \t]+(?:has|had|is|was|said|says|told|tells|rang|came|keeps|kept|saw|gave|sorted|chased|called|does|did|won['’]?t|never|always)(?![\p{L}])/iu;

/** Welsh verbs that a sentence's subject follows: "ma kyle yn…", "nath gavin…", "oedd dylan…". */
const WELSH_SUBJECT_VERB = new Set(["ma", "mae", "nath", "na'th", "wnaeth", "odd", "oedd", "roedd", "o'dd", "fydd", "neith"]);

/** A Welsh description of a person after a name and a comma: ", y ddynas sy'n…", ", yr hogyn o'r stad". */
const WELSH_APPOSED =
  /^,\s+(?:y|yr)\s+(?:ddynas|dynas|ddynes|dynes|dyn|boi|hogyn|hogan|fenyw|ferch|wraig|gŵr|ffrind|cymydog|gymydog|gymdoges|swyddog|athro|athrawes|crwt|groten|cwsmer|plismon|nyrs|bos|rheolwr|landlord)\b/iu;

/** Welsh words before a thing, never before a person's name: numbers, prepositions, "bob", "pob". */
const WELSH_BEFORE_A_THING = new Set(
  "un dau dwy tri tair pedwar pedair pum pump chwe chwech saith wyth naw deg mewn ar yn ym yng am bob pob dros tan ers hwn hon yr y".split(
    " ",
  ),
);

/** A relation between commas after a name: ", his mum,", ", my mate from work,". */
const APPOSED_RELATION = new RegExp(`^,\\s+(?:his|her|my|their|our|me|your)\\s+(?:${[...PEOPLE_WORDS].join("|")})\\b`, "iu");

/** Thanks to someone, before the word after it: "diolch i", "diolch yn fawr i", "diolch o galon i". */
const WELSH_THANKS_TO = /(?:^|[^\p{L}])diolch(?:\s+(?:yn\s+fawr|o\s+galon|byth|mawr))?\s+i\s+$/iu;

/** Months written short, and the words of time before them: "since jan", "end of feb", "early dec". */
const MONTH_SHORT = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const TIME_BEFORE = new Set("since till til until in from by of before after last early mid late".split(" "));

/** What costs money after a word and where it came from: " from the locksmith was 300 quid", " from them came to £90". */
const COSTS_AFTER =
  /^\s+from\s+(?:the\s+|a\s+)?[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s+(?:was|is|came\s+to|cost|costs|were)\s+(?:(?:about|over|nearly|like|almost)\s+)?(?:£\s?\d|\d[\d,.]*\s*(?:quid|pounds|grand|k)\b)/iu;
/** First names of two letters people type: names only beside a person's context, as "mo" is a moment too. */
const SHORT_NAMES = new Set(["mo", "jo"]);
const SHORT_NAME_AFTER =
  /^(?:\s*,\s*(?:i\s+think|he|she|who|the|from)\b|\s+(?:from|at|was|is|saw|said|says|who|has|had|rang|came|gave|told|helped|kept|n\s+me|and\s+me)\b)/iu;
const SHORT_NAME_BEFORE = new Set(["to", "n", "and", "&", "called", "named", "thanks", "cheers", "with", "wiv"]);

/** English subject pronouns: a lower-case word straight after one is a verb ("I work", "they go"), never a name. */
const SUBJECTS = new Set(["i", "we", "they", "you", "u", "he", "she"]);

/** What a sentence says only of a person, after a word in no list at its start ("was arrested", "was my ex", "from
 * upstairs", ", who", "was 15 when"): not "was lovely" or "helped", which typed words ("evrything was lovely") share. */
const saysOnlyOfPerson = (ahead: string) =>
  WAS_ROLE.test(ahead) || PERSON_DOING.test(ahead) || FROM_HOME.test(ahead) || WAS_AGED.test(ahead) || /^,\s+who\s/iu.test(ahead);

/** "lily-mae", "amber-rose", "mary-jane": first names joined by a hyphen, each one a name the lists know (though it may
 * be a word too), none a season or an everyday word of the text ("may-be"). */
function isDoubleFirstName(folded: string): boolean {
  const parts = folded.split("-");
  const named = (p: string) =>
    p.length >= 3 && !COMMON.has(p) && !SEASONS.has(p) && (isListedName(p) || isAmbiguousName(p) || isCuratedName(p));
  // (never colours run together: "hazel-green eyes", "green-grey")
  if (parts.some((p) => COLOURS.has(p))) return false;
  return parts.length === 2 && named(parts[0]) && (named(parts[1]) || DOUBLE_NAME_ENDS.has(parts[1]));
}
const COLOURS = new Set("green grey gray brown black white blue red pink gold silver olive".split(" "));
/** The second halves of double first names that are words as well ("lily-mae", "kerry-ann", "billie-jo"). */
const DOUBLE_NAME_ENDS = new Set(["mae", "may", "lee", "leigh", "ann", "anne", "jo", "jay", "lou", "louise", "marie", "jane"]);

/** Whether a digit stands just before a word, spaces apart ("5 min", "2hrs"). */
function afterNumber(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && (text[k] === " " || text[k] === "\t")) k -= 1;
  const code = k >= 0 ? text.charCodeAt(k) : 0;
  return code >= 48 && code <= 57;
}

/** The rules, bound once to an answer's scan; the judge returned is asked about each word. */
export function uncapitalisedJudge(s: Scan): (w: WordAt) => boolean {
  const {
    tokens,
    owners,
    spaced,
    opensSentence,
    folds,
    welsh,
    classAt,
    introducers,
    subjectOfPersonVerb,
    wasTheOneWho,
    besideNameByAnd,
    besideNameByComma,
    beforeFoundName,
    inTownName,
    apposedToPerson,
    pointedPerson,
    longAfter,
    saysPerson,
    text,
    lang,
  } = s;
  /** A word that opens a sentence, or a clause after a comma ("…every week, stevo the manager has given up"). */
  const opensClause = (i: number, prev: number) =>
    (prev < 0 && opensSentence(i)) || /,[ \t]+$/.test(text.slice(Math.max(0, tokens[i].start - 3), tokens[i].start));
  /** "mick the landlord has been robbed", "bob the neighbour across the way is…": the role that says who someone is,
   * then, within a few words, what the person is or does. */
  const roleThenPerson = (i: number) => {
    const ahead = longAfter(i);
    const role = BARE_ROLE.exec(ahead);
    return role !== null && ROLE_THEN_VERB.test(ahead.slice(role[0].length));
  };
  /** A common surname of England and Wales next, in lower case, and no common word of either language ("kai roberts"). */
  const surnameNext = (i: number) =>
    i + 1 < tokens.length &&
    spaced(i, i + 1) &&
    /^\p{Ll}{3,}$/u.test(tokens[i + 1].text) &&
    isCommonSurname(folds[i + 1]) &&
    !COMMON.has(folds[i + 1]) &&
    !WELSH_WORDS.has(folds[i + 1]);
  return (w) => {
    const { i, t, folded, prev, prevWord, afterName, possessive, after, orAfterName, articles } = w;
    if (/^\p{Lu}{3,}$/u.test(bareOf(t.text))) return classAt(i) === "name" && !ACRONYMS.has(folded); // "PC JONES"
    // Lower-case words, hyphenated ones and "o'brien", never contractions ("we'll", "they've").
    // A word after a number counts or measures ("5 min", "2 hrs"): no name.
    if (afterNumber(text, t.start)) return false;
    if (!/^(?:\p{Ll}+(?:-\p{Ll}+)*|[od]['’]\p{Ll}{2,})$/u.test(bareOf(t.text))) return false;
    // Text-speak, slang and contractions typed without their apostrophe: "the guy thats…", "the lad wiv", "arent".
    if (TEXT_SPEAK.has(folded) || (!welsh && (SLANG.has(folded) || isTypedContraction(t.text.toLowerCase())))) return false;
    // "since jan", "till feb": a month written short after a word of time ("Jan" is a name too).
    if (MONTH_SHORT.test(folded) && TIME_BEFORE.has(prevWord)) return false;
    // "no joy from the police": a word after "no" or "any" is a thing there is none of, not a person.
    if (!welsh && (prevWord === "no" || prevWord === "any")) return false;
    // "bill from the locksmith was 300 quid": a word from somewhere that costs money is a thing, not a person.
    if (!welsh && (COMMON.has(folded) || classAt(i) === "word" || classAt(i) === "ambiguous") && COSTS_AFTER.test(longAfter(i)))
      return false;
    // "mo from the corner shop saw it", "me n mo", "thanks to jo from witness care": a first name of two letters, only
    // beside what a person does or the word that joins them; never "wait a mo", "half a mo".
    if (SHORT_NAMES.has(folded))
      return (
        !welsh &&
        // (nor a modus operandi: "his mo was", "the same mo")
        !/^(?:a|one|half|just|his|her|their|the|same|usual|my|our|an)$/.test(prevWord) &&
        (SHORT_NAME_AFTER.test(after) ||
          SHORT_NAME_BEFORE.has(prevWord) ||
          (prev < 0 && opensSentence(i) && /^\s+(?:n|and|&)\s/.test(after)) ||
          // (between commas: "the bloke from the chippy, mo, saw it all")
          (/,[ \t]+$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^(?:\s+i\s+think)?\s*,/.test(after)))
      );
    // Lower case: listed names, names the registry knows that no dictionary does, and "gareths" (a possessive).
    // "my ex will [name]": the one everyday word that is a common first name, between a person and a surname.
    if (folded === "will" && !welsh && PEOPLE_WORDS.has(prevWord) && beforeFoundName(i)) return true;
    // "will n [name] were there": at the start, joined to a name (the verb is never joined by "n" or "and").
    if (folded === "will" && !welsh && prev < 0 && opensSentence(i) && besideNameByAnd(i)) return true;
    // "pc will brown, thank u": a title, a first name that is also a word, a surname, then the clause ends.
    if (
      !welsh &&
      LOWER_TITLES.has(prevWord) &&
      (folded === "will" || isAmbiguousName(folded)) &&
      i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      ["name", "ambiguous"].includes(classAt(i + 1)) &&
      !COMMON.has(folds[i + 1]) &&
      /^\s*(?:[,.!?;:)]|$|\s+(?:and|was|is|who|from|said|came|helped|thank|then|n)\b)/iu.test(
        text.slice(tokens[i + 1].end, tokens[i + 1].end + 12),
      )
    )
      return true;
    // "pc lane came out", "dr green said": after a title, a surname that is a word too, before what the person did.
    if (
      !welsh &&
      LOWER_TITLES.has(prevWord) &&
      folded.length >= 3 &&
      (isAmbiguousName(folded) || isCommonSurname(folded)) &&
      !ROLES.has(folded) &&
      /^\s*(?:[,.!?;:)]|$|\s+(?:and|n|was|is|came|come|said|told|rang|who|from|has|had|were|did|never|then|took|gave)\b)/iu.test(
        after,
      )
    )
      return true;
    // "thanks sue, very helpful", "cheers dave!": a name said in thanks, then the sentence or clause ends.
    if (
      THANKS.has(prevWord) &&
      (isAmbiguousName(folded) || isListedName(folded) || classAt(i) === "name") &&
      /^\s*(?:[,.!?;:)]|$)/u.test(after)
    )
      return true;
    if (orAfterName && !COMMON.has(folded) && folded.length >= 3 && classAt(i) !== "word" && classAt(i) !== "not") return true;
    if (COMMON.has(folded) || PEOPLE_WORDS.has(folded) || ROLES.has(folded)) return false;
    // "out past kirkby stephen": a word of a town's name of two words, in lower case too.
    if (inTownName(i)) return false;
    // "my mates house n car": what people own, in lower case, is no name.
    if (OWNED_THINGS.has(folded)) return false;
    // "aunty pam", "uncle dev": a family title before a name in lower case.
    // (never what the person did: "my nan felt safe")
    if (
      KIN_TITLES.has(prevWord) &&
      folded.length >= 3 &&
      classAt(i) !== "word" &&
      classAt(i) !== "not" &&
      !PAST_TENSES.has(folded)
    )
      return true;
    // "the usher was called dev and…": after "was called" or "named", a word that is not plural ends the clause.
    if (
      folded.length >= 3 &&
      !folded.endsWith("s") &&
      (prevWord === "called" || prevWord === "named") &&
      i >= 2 &&
      // "was called dev", "an officer called jas came": after "was", or after a word for a person.
      (WAS.has(folds[i - 2]) || (APPOSED_TO.has(folds[i - 2]) && spaced(i - 2, i - 1))) &&
      /^\s*(?:[,.!?;:)]|$|\s+(?:and|n|who|but|he|she|from|came|was|said|told|rang)\b)/iu.test(after)
    )
      return true;
    // "askin", "hangin", "nothin": a word with its final g dropped, as people type, is no surname ("Askin").
    if (folded.length >= 5 && folded.endsWith("in") && !isCuratedName(folded) && classify(`${folded}g`) === "word") return false;
    // "diolch i fethan", "efo ddafydd": a Welsh first name kept here, mutated after a word that introduces a person.
    if (
      welsh &&
      folded.length >= 4 &&
      (introducers.has(prevWord) || prevWord === "i") &&
      classAt(i) === "unknown" &&
      unmutated(folded).some((w) => isWelshName(w) && !WELSH_WORDS.has(w))
    )
      return true;
    // "heulwen drws nesa", "dave next door": a name kept here, before where the person lives.
    if ((isCuratedName(folded) || isAmbiguousName(folded)) && !ROLES.has(folded) && NEXT_DOOR.test(after)) return true;
    // In Welsh only the Welsh names kept here, and not those that are Welsh words ("o dan", "beth", "gwen"), or an
    // English first name kept here after a name or a word that introduces a person ("efo kayleigh").
    if (welsh)
      return (
        (!WELSH_WORDS.has(folded) &&
          (isWelshName(folded) || ((afterName || (introducers.has(prevWord) && !AND.has(prevWord))) && isListedName(folded)))) ||
        // "un ohonyn nw ydi kai roberts o'r stad": an English first name the lists know, then a surname kept here.
        (folded.length >= 3 && isListedName(folded) && !WELSH_WORDS.has(folded) && surnameNext(i)) ||
        // "diolch i kelly o victim support": thanks to a person by a first name the lists know.
        (folded.length >= 3 &&
          prevWord === "i" &&
          !WELSH_WORDS.has(folded) &&
          (isListedName(folded) || isWelshName(folded)) &&
          WELSH_THANKS_TO.test(text.slice(Math.max(0, t.start - 24), t.start))) ||
        // "[enw] price", "[enw] bell": after a name, a surname kept here, though English knows it as a word.
        (afterName && folded.length >= 3 && isCuratedName(folded) && !COMMON.has(folded) && !WELSH_WORDS.has(folded)) ||
        // "ma'r hogyn, tyler price, di cael rhybudd": a name the lists know, in apposition to a person.
        (folded.length >= 3 && (isListedName(folded) || isWelshName(folded) || classAt(i) === "name") && apposedToPerson(i)) ||
        // "ma kyle a'i frawd yn dwyn", "nath gavin ddwyn": an English first name the lists know, as the subject after the
        // verb, before what the person does; "gavin di enw fo": before the words that say it is a name.
        (folded.length >= 3 &&
          isListedName(folded) &&
          !WELSH_WORDS.has(folded) &&
          ((WELSH_SUBJECT_VERB.has(prevWord) && /^\s+(?:yn|di|wedi|a['’]i|a['’]u|ac|efo)\b/iu.test(after)) ||
            /^\s+(?:di|ydi|yw|ydy|oedd|odd)\s+(?:ei\s+)?(?:h?enw|enw['’]r\s+\p{L}+)\b/iu.test(after))) ||
        // "efo gwawr o'r cyngor", "wrth elin a finna": a Welsh name that is also a word ("dawn", "elbow"), after a word
        // that introduces a person, before where they are from or "a fi".
        (folded.length >= 3 &&
          (introducers.has(prevWord) || WELSH_TO.has(prevWord)) &&
          !AND.has(prevWord) &&
          [folded, ...unmutated(folded)].some((w) => isWelshName(w)) &&
          /^\s+(?:o['’]r\s|o\s+\p{Lu}|a\s+(?:fi|finna|fi|minna|ni|nhw)\b|drws\s+nesa)/u.test(after)) ||
        // A name the lists know or a word no list knows, before the person it is ("mi aeth agnieszka, y ddynas sy'n
        // gweithio efo fi") or after a word for a person and a pointing word ("ma'r boi ma kyle yn hala negeseuon").
        (folded.length >= 3 &&
          !WELSH_WORDS.has(folded) &&
          (isListedName(folded) || ["name", "unknown"].includes(classAt(i))) &&
          // (not a thing counted or placed: "mewn un tymor, y plismon yn deud…")
          !(classAt(i) === "unknown" && WELSH_BEFORE_A_THING.has(prevWord)) &&
          (WELSH_APPOSED.test(after) || pointedPerson(i))) ||
        // "nath [enw] a chai helpu": joined by "a" to a name, a Welsh first name through its mutation.
        (folded.length >= 3 && besideNameByAnd(i) && [folded, ...unmutated(folded)].some((w) => isWelshName(w)))
      );
    const stem = folded.endsWith("s") && !possessive ? folded.slice(0, -1) : "";
    if (isListedName(folded) || isDoubleFirstName(folded)) return true;
    // "shannons house": a possessive without its apostrophe; what follows it is theirs, not a surname.
    if (stem && isListedName(stem) && !COMMON.has(stem)) return (owners[i] = OWNED.test(after)) || true;
    // "jades mum", "at kaydens house": a possessive without its apostrophe, before a person or a home.
    const owner = possessive ? folded : stem;
    // "at kerrys house": a name the registry knows that is also a word, when the form with "s" is no word ("roses" is).
    if (
      owner.length >= 3 &&
      OWNED.test(after) &&
      !COMMON.has(owner) &&
      !PEOPLE_WORDS.has(owner) &&
      !ROLES.has(owner) &&
      (classify(owner) === "name" ||
        isAmbiguousName(owner) ||
        (classify(owner) === "ambiguous" && !possessive && !isEverydayWord(folded)) ||
        // "kezia's brother", "kezias mum": a word in no list, owning a person or a home.
        (classify(owner) === "unknown" && (possessive || !isEverydayWord(folded))))
    )
      return (owners[i] = true);
    const cls = classAt(i);
    if (cls === "name" && folded.length >= 3 && (lang === "en" || afterName)) return true;
    // "his dad is [name] ormerod who…": after a name, a word no list knows is the surname (not a word typed wrong).
    if (!welsh && afterName && cls === "unknown" && folded.length >= 4 && !isNearWord(folded)) return true;
    // "[name] o'brien", "[name] smith-jones": a surname joined by an apostrophe or a hyphen, after a name.
    if (afterName && /['’-]/.test(folded) && cls !== "word" && cls !== "not") return true;
    // "my ex grant [name]", "called ollie [name]", "ppl like dean [name]": a first name that is also a word, between
    // a word that introduces a person and a surname already found.
    if (
      (cls === "ambiguous" || (cls === "word" && !/(?:ed|ing|ly)$/.test(folded))) &&
      folded.length >= 3 &&
      beforeFoundName(i) &&
      (LOWER_FIRST_NAME_CONTEXT.has(prevWord) ||
        // ("the farmer bill [name]", "the plumber dave [name]": a trade with its article)
        (i >= 2 && articles.has(folds[i - 2]) && /(?:er|or|ist)$/.test(prevWord)) ||
        (CLAUSE_START.has(prevWord) && cls === "ambiguous"))
    )
      return true;
    // "the lads paddy n [name]": a word for people, then names joined by "n".
    if (cls === "word" && folded.length >= 3 && PEOPLE_WORDS.has(prevWord) && besideNameByAnd(i)) return true;
    // "graces been my rock", "dans got a new car": a name and "has"/"is" run together, before what follows them.
    if (
      !welsh &&
      folded.length >= 4 &&
      folded.endsWith("s") &&
      !possessive &&
      (isCuratedName(folded.slice(0, -1)) || isAmbiguousName(folded.slice(0, -1))) &&
      !SEASONS.has(folded.slice(0, -1)) &&
      /^\s+(?:been|gone|got|done|always|never|just|still|moved|left)\b/iu.test(after)
    )
      return true;
    // "I texted kerry-ann", "told siobhan": after a verb of telling or contacting, a name the lists know.
    if (
      !welsh &&
      CONTACT_VERBS.has(prevWord) &&
      folded.length >= 3 &&
      (cls === "name" ||
        (cls === "ambiguous" &&
          !folded.endsWith("s") &&
          !SEASONS.has(folded) &&
          (isCuratedName(folded) || isAmbiguousName(folded) || /-/.test(folded))))
    )
      return true;
    // "paddy n his brother [name]", "ollie n [name] n…", "mo n [name] were there": a word starting the sentence,
    // joined by "n" or "and" to a name or to someone's relation.
    if (
      prev < 0 &&
      opensSentence(i) &&
      folded.length >= 2 &&
      cls !== "not" &&
      (besideNameByAnd(i) ||
        /^\s+(?:n|and|&)\s+(?:his|her|their)\s+(?:brother|sister|mate|mates|cousin|dad|mum|son|boyfriend|girlfriend|bf|gf|wife|husband|partner|friend)\b/iu.test(
          longAfter(i),
        ))
    )
      return true;
    // "my mates tiff n jas gave statements": after a word for people, two words joined by "n" or "and", the second a
    // name or in no list.
    if (
      folded.length >= 3 &&
      cls !== "not" &&
      PEOPLE_WORDS.has(prevWord) &&
      i + 2 < tokens.length &&
      spaced(i, i + 1) &&
      AND.has(folds[i + 1]) &&
      spaced(i + 1, i + 2) &&
      /^\p{Ll}{3,}$/u.test(tokens[i + 2].text) &&
      !COMMON.has(folds[i + 2]) &&
      !PEOPLE_WORDS.has(folds[i + 2]) &&
      !ROLES.has(folds[i + 2]) &&
      (classAt(i + 2) === "unknown" || classAt(i + 2) === "name")
    )
      return true;
    if (cls === "ambiguous" && folded.length >= 3)
      return (
        (isNameKeptHere(folded) && !ROLES.has(folded) && apposedToPerson(i)) ||
        // "grace was lovely to me", "blessing was my support worker", "will n [name] were there": a name kept here
        // at the start, before what the sentence says of a person.
        (prev < 0 && opensSentence(i) && isNameKeptHere(folded) && !ROLES.has(folded) && saysPerson(i)) ||
        // (a surname after a name, not what the person does: "[name] sells drugs", though "[name] banks" stays a name,
        // nor where: "known as [name] round the estate")
        (afterName &&
          folded !== "round" &&
          folded !== "around" &&
          !(
            folded.endsWith("s") &&
            !folds[prev].endsWith("s") && // (after "bellas", a business: "bellas nails")
            !isCuratedName(folded) &&
            !isAmbiguousName(folded) &&
            isEverydayWord(folded.slice(0, -1))
          )) ||
        (!ROLES.has(folded) &&
          (isCuratedName(folded) || isAmbiguousName(folded)) &&
          (subjectOfPersonVerb(i, prevWord) || wasTheOneWho(i) || (WAS.has(prevWord) && /^,?\s+who\s/i.test(after)))) ||
        besideNameByAnd(i, true) ||
        // "[name], jade, rob n me were all sent…": a name kept here in a list of names, or before "n me".
        (isNameKeptHere(folded) &&
          !ROLES.has(folded) &&
          !SEASONS.has(folded) &&
          (besideNameByComma(i) || (opensClause(i, prev) && /^\s+(?:and|n|&)\s+(?:me|i)\b/iu.test(after)))) ||
        // "me n jade were walkin home": a name kept here that is also a word, joined to "me".
        (AND.has(prevWord) && i >= 2 && folds[i - 2] === "me" && spaced(i - 2, i - 1) && isAmbiguousName(folded)) ||
        (PEOPLE_WORDS.has(prevWord) && /^\s+(?:from|n|and|&)\s/i.test(after)) ||
        // "the community officer sue is brill", "my neighbour rose was lovely": a name kept here after a word for a
        // person, before what the sentence says of them.
        (PEOPLE_WORDS.has(prevWord) && isNameKeptHere(folded) && !ROLES.has(folded) && /^\s+(?:is|was|has|had)\s/i.test(after)) ||
        // "mick the landlord has been robbed": opening a clause, a name the lists know that is also a word, before the
        // role that says who it is and what the person is or does.
        (opensClause(i, prev) && !ROLES.has(folded) && !SEASONS.has(folded) && roleThenPerson(i)) ||
        // "rob at the shop next door saw it": opening a sentence, before the place the person is from (never a verb's
        // form: "works at the hospital").
        (prev < 0 &&
          opensSentence(i) &&
          !ROLES.has(folded) &&
          !SEASONS.has(folded) &&
          !/(?:ed|s)$/.test(folded) &&
          FROM_SERVICE.test(longAfter(i))) ||
        // "bob the neighbour across the way…": at the start, a name kept here before the role that says who it is.
        (prev < 0 && opensSentence(i) && isNameKeptHere(folded) && !ROLES.has(folded) && BARE_ROLE.test(longAfter(i))) ||
        // "cheers to amber at the idva service": a name kept here after a word that introduces a person, before the
        // service they are from.
        (isNameKeptHere(folded) &&
          !SEASONS.has(folded) &&
          introducers.has(prevWord) &&
          (FROM_SERVICE.test(longAfter(i)) || FROM_SERVICE_BARE.test(longAfter(i)))) ||
        (!articles.has(prevWord) &&
          !THING_PREPOSITIONS.has(prevWord) &&
          // "the follow-up call from", "a quick text from": a determiner two words back makes it a thing's name.
          !(i >= 2 && spaced(i - 2, i - 1) && (articles.has(folds[i - 2]) || OWNERS_EN.has(folds[i - 2]))) &&
          // "I work from home", "we walk from school": straight after "I", "we" or "they" the word is what they do.
          !(!welsh && SUBJECTS.has(prevWord)) &&
          folded !== "miles" &&
          // (a name kept here: "sue from next door"; not "money from my purse", "good job from the pcso", "rose from
          // the ashes")
          isNameKeptHere(folded) &&
          (!PAST_TENSES.has(folded) || FROM_SERVICE.test(longAfter(i)) || FROM_SERVICE_BARE.test(longAfter(i))) &&
          /^\s+from\s/i.test(after) &&
          !/^(?:my|his|her|your)$/.test(prevWord))
      );
    // A name in no list, in lower case: after a word for a person ("my cousin aleksandra"), joined to a name, or
    // starting a sentence before "from" ("wojtek from work drove me").
    if (cls === "unknown" && folded.length >= 3)
      return (
        // (not a verb typed one letter wrong before its object: "the officer reasured me")
        (PEOPLE_WORDS.has(prevWord) && !(/^\s+(?:me|him|her|us|them|it)\b/iu.test(after) && isNearWord(folded))) ||
        (prev < 0 && opensSentence(i) && wasTheOneWho(i)) ||
        // "stevo the manager has given up": opening a clause, before the role that says who it is.
        (opensClause(i, prev) && BARE_ROLE.test(longAfter(i))) ||
        // "jas at the corner shop saw it", "babs, his mum, rang my work": opening a clause, before the place the person
        // is from or the relation that says who it is (a longer word one letter from a word is a typo: "evryone at the
        // shop").
        (opensClause(i, prev) &&
          (FROM_SERVICE.test(longAfter(i)) || APPOSED_RELATION.test(after)) &&
          // (a name has a vowel: "whn at the police station", "thn at the hospital" are typed words)
          /[aeiouy]/.test(folded) &&
          (folded.length <= 4 || !isNearWord(folded))) ||
        // "me n kayden went", "kayden and me": joined to "me" or "I".
        (AND.has(prevWord) && i >= 2 && folds[i - 2] === "me" && spaced(i - 2, i - 1)) ||
        /^\s+(?:and|n|&)\s+(?:me|i)\b/i.test(after) ||
        (prev < 0 &&
          opensSentence(i) &&
          (subjectOfPersonVerb(i, "") || /^\s+(?:kept|keeps|came|turned|followed|won['’]?t)\s/i.test(after))) ||
        besideNameByAnd(i) ||
        // "wojtek from work drove me", "kian and his mates smashed…": at the start, before "from" or "and his".
        (prev < 0 && opensSentence(i) && /^\s+(?:from\s|(?:and|n|&)\s+(?:i|me|my|her|his|their)\b)/i.test(after)) ||
        // "it was tayshaun who done it", "the officer, zuri, was kind"; not a word typed one letter wrong ("evryone").
        (((WAS.has(prevWord) && /^,?\s+who\s(?!ever)/i.test(after)) ||
          apposedToPerson(i) ||
          // "thanks to zuri from victim support": before the service the person is from.
          (introducers.has(prevWord) && FROM_SERVICE_BARE.test(longAfter(i))) ||
          // "jaylen was arrested", "jaylen was my ex", "jaylen from upstairs": at the start, said only of a person.
          (prev < 0 && opensSentence(i) && saysOnlyOfPerson(longAfter(i)))) &&
          !isNearWord(folded)) ||
        // "the young pcso, olu i think, comes round": between commas after a word for a person, a short name is no typo.
        (apposedToPerson(i) && /^(?:\s+i\s+think)?\s*,/iu.test(after)) ||
        // "tayshaun and jaylen were laughing": two words in no list, joined, starting a sentence about them both.
        (prev < 0 &&
          opensSentence(i) &&
          i + 2 < tokens.length &&
          spaced(i, i + 1) &&
          AND.has(folds[i + 1]) &&
          spaced(i + 1, i + 2) &&
          /^\p{Ll}{3,}$/u.test(tokens[i + 2].text) &&
          classAt(i + 2) === "unknown" &&
          /^\s+(?:were|both|have|had|kept|came|started|jumped|chased|followed)\b/iu.test(
            text.slice(tokens[i + 2].end, tokens[i + 2].end + 12),
          ))
      );
    return false;
  };
}
