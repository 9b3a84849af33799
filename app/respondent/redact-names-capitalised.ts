/**
 * The names pass for a capitalised word (ADR 0011): a clear name goes wherever it stands (not at the start of a Welsh
 * sentence unless we keep it); a name that is also a word ("Mark", "Grace") only where its neighbours say it is a
 * person; a word in no list mid-sentence unless it reads as a place or an organisation, and at the start before what a
 * person does or is. Welsh mutates place names, so there only a person's context counts.
 */
import { COMMON, isAmbiguousName, isCuratedName, isUkPlace, isWelshName } from "./name-lists";
import { isCapitalised, type Scan, type WordAt } from "./redact-names-scan";
import { fold } from "./redact-rule";
import { PATRONYMIC, WEAK_INTRODUCERS_CY, WELSH_BE, WELSH_CLEFT, WELSH_TO, WELSH_WORDS, unmutated } from "./redact-names-welsh";
import {
  APPOSITION,
  APPOSITION_PERSON,
  ARTICLES_EN,
  APPOSITION_ROLE,
  BARE_ROLE,
  FROM_SERVICE,
  KIN_TITLES,
  MONTH_NAMES,
  NEXT_DOOR,
  OWNERS_EN,
  PEOPLE_WORDS,
  PERSON_VERBS,
  PLACE_BEFORE,
  PLACE_ENDING,
  MOTION,
  PLACE_WORDS,
  ROLES,
  SEASONS,
  WAS,
  WAS_NAME,
  WAS_ROLE,
  isNameKeptHere,
} from "./redact-names-words";

const COLOURS = new Set(
  "red blue black white silver grey gray green yellow orange purple pink brown gold maroon navy dark light".split(" "),
);
/** The words a football club's name ends with: "Luton Town", "Cardiff City", "Bristol Rovers". */
const CLUB_AFTER =
  /^[ \t]+(?:Town|City|United|Rovers|Athletic|Wanderers|County|Albion|Rangers|Villa|Harlequins|RFC|FC)(?![\p{L}])/u;
/** Illnesses named after a doctor, said in the possessive. */
const EPONYMS = new Set(
  "alzheimer alzheimers parkinson parkinsons crohn crohns asperger aspergers huntington huntingtons tourette tourettes".split(
    " ",
  ),
);

/** The word after a comma or "and", and the word before one: the neighbours in a list ("Dudley, Walsall and …"). */
const TOWN_NEXT = /^(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or|a|ac|to|i)[ \t]+)(\p{Lu}[\p{L}'’-]+)/u;
const TOWN_BEFORE = /(\p{Lu}[\p{L}'’-]+)(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or|a|ac)[ \t]+)$/u;

/** Words before where something is: "in", "above", "near", "outside", "ger", "yn". */
/** "driving to Spalding", "the beet field at Whittlesey", "Long Sutton to Spalding": "to" after a journey, "at" after
 * a place, before a town. */
const TRAVEL_TO =
  /(?:\b(?:drive|driving|drove|driven|went|go|goes|going|gone|moved?|moving|travel(?:led|ling)?|back|home|way|trip|bus|train|miles?|minutes?|[\p{Lu}][\p{L}]+)\s+to|\b(?:field|fields|services|station|park|market|beach|farm|estate|depot|store|branch|car\s+park|retail\s+park|centre|center|seafront|prom)\s+at)\s+$/u;
const PLACE_PREPOSITIONS = new Set(
  "in above below near outside around round towards toward into through past beyond over from ger yn ym yng uwchben tu".split(
    " ",
  ),
);
/** Words that count or own a thing: the articles, and the owners the articles leave out. */
const THING_DETERMINERS = new Set([...ARTICLES_EN, ...OWNERS_EN]);

/** The rules, bound once to an answer's scan; the judge returned is asked about each word. */
/** "bills", "marks", "roses": the plural of a first name that is also a word is the word. */
const pluralOfWordName = (folded: string) =>
  folded.length >= 4 && folded.endsWith("s") && isAmbiguousName(folded.slice(0, -1)) && !isCuratedName(folded);

export function capitalisedJudge(s: Scan): (w: WordAt) => boolean {
  const {
    text,
    tokens,
    isName,
    spaced,
    opensSentence,
    folds,
    welsh,
    classAt,
    introducers,
    introduces,
    subjectOfPersonVerb,
    wasTheOneWho,
    nextIsName,
    besideNameByAnd,
    besideNameByComma,
    beforePlaceWord,
    beforeFoundName,
    inTownName,
    apposedToPerson,
    longAfter,
    saysPerson,
  } = s;
  const townBeside = ({ i, t, folded }: WordAt) => {
    if (!isUkPlace(folded)) return false;
    const next = TOWN_NEXT.exec(longAfter(i))?.[1];
    const before = TOWN_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start))?.[1];
    return (next !== undefined && isUkPlace(fold(next))) || (before !== undefined && isUkPlace(fold(before)));
  };
  return (w) => {
    const { i, t, folded, prev, prevWord, afterName, possessive, after, orAfterName } = w;
    // "May and her husband came round": a month is a person only beside their family.
    if (MONTH_NAMES.has(folded)) return prev < 0 && !welsh && /^\s+(?:and|&)\s+(?:his|her|their)\s/iu.test(after);
    const cls = classAt(i);
    if (cls === "not") return false;
    // "Luton Town were playing", "Cardiff City": a town before a word a football club ends with is the club.
    if (isUkPlace(folded) && CLUB_AFTER.test(after)) return false;
    // "Alzheimer's", "Parkinson's": an illness named after its doctor, in the possessive.
    if (possessive && EPONYMS.has(folded.replace(/['’]s$/u, ""))) return false;
    // "No Joy from the police", "any Hope of": after "no" or "any", a thing there is none of.
    if (!welsh && prev >= 0 && (prevWord === "no" || prevWord === "any") && !afterName) return false;
    // "Keith and Shirley [name]": a first name straight before the surname found is the person's, though a town bears
    // it too (not after a word of place: "near Shirley [name]" is no one's name).
    if (cls === "name" && beforeFoundName(i) && !(prev >= 0 && PLACE_PREPOSITIONS.has(prevWord))) return true;
    // "Dudley, Walsall and Wolverhampton": a town beside another town is a town; "kirkby stephen", "Bardon Mill": a
    // word of a town's name of two words is the town's.
    if (!afterName && !orAfterName && (townBeside(w) || inTownName(i))) return false;
    // "wrth Linos", "i Alaw", "at Seren", "efo Gwawr": in Welsh, a capital mid-sentence after a preposition, on a
    // Welsh name kept here (mutated or not, and though Welsh knows it as a word too), alone: a person, not a place.
    if (
      welsh &&
      prev >= 0 &&
      WELSH_TO.has(prevWord) &&
      !opensSentence(i) &&
      [folded, ...unmutated(folded)].some((w) => isWelshName(w)) &&
      !(i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text))
    )
      return true;
    // "a red Corsa", "his silver Golf": a colour after a word that counts or owns names the thing that colour, not a
    // person.
    if (!welsh && prev >= 1 && COLOURS.has(prevWord) && THING_DETERMINERS.has(folds[prev - 1] ?? "")) return false;
    // "Eglwys Dewi Sant", "River Taff": a word that starts a place's name is no name itself.
    if (PLACE_BEFORE.has(folded) && i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text)) return false;
    if (possessive && /^\s+law\b/i.test(after)) return false; // "Clare's Law", "Sarah's Law"
    // "King's Cross", "St Mary's Hospital": a possessive before an ordinary capitalised word names a place.
    // A clear name keeps its possessive: "Zainab's New Year party".
    if (
      possessive &&
      cls !== "name" &&
      i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      isCapitalised(tokens[i + 1].text) &&
      (classAt(i + 1) === "word" || (classAt(i + 1) === "ambiguous" && !isCuratedName(folds[i + 1])))
    )
      return false;
    if (prev < 0 && !COMMON.has(folded) && WAS_NAME.test(longAfter(i))) return true;
    // "Westgate Street", "River Taff": part of a place's name, unless a name stands right before it.
    if (!afterName && (beforePlaceWord(i) || (prev >= 0 && isCapitalised(tokens[prev].text) && PLACE_BEFORE.has(prevWord))))
      return false;
    const start = prev < 0 && opensSentence(i);
    const midSentence = !start && !(i > 0 && opensSentence(i));
    // "It was Hunter who…", "and Faith, who…": a person is "who"; places are "where", organisations "which".
    const who = (introducers.has(prevWord) || WAS.has(prevWord)) && /^,?\s+who\s/i.test(after);
    // After an ordinary capitalised word, a run of capitals is the name of something ("Live Fear Free").
    const afterTitleWord =
      prev >= 0 && !isName[prev] && isCapitalised(tokens[prev].text) && !COMMON.has(prevWord) && classAt(prev) === "word";
    // "i Lyn Ebwy", "o Fryn Coch": in Welsh, after "to", "from" or "in", a name before a capitalised word that is no
    // name is the first word of a place.
    if (
      welsh &&
      (prevWord === "i" || prevWord === "o" || prevWord === "yn") &&
      i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      isCapitalised(tokens[i + 1].text) &&
      !isName[i + 1] &&
      (classAt(i + 1) === "unknown" || classAt(i + 1) === "word" || classAt(i + 1) === "not")
    )
      return false;
    // "in Chatham", "near Gillingham": after a word of place, a town that is a surname too is the town.
    if (
      (cls === "name" || cls === "ambiguous") &&
      prev >= 0 &&
      (PLACE_PREPOSITIONS.has(prevWord) || TRAVEL_TO.test(text.slice(Math.max(0, t.start - 30), t.start))) &&
      !possessive &&
      !afterName &&
      !orAfterName &&
      isUkPlace(folded)
    )
      return false;
    if (cls === "name")
      return !(start && welsh && (!isCuratedName(folded) || WELSH_WORDS.has(folded))) || WELSH_CLEFT.test(longAfter(i));
    if (cls === "ambiguous")
      return (
        afterName ||
        // (a season only with its comma after it: "The woman from Victim Support, Summer, was lovely")
        (!ROLES.has(folded) && apposedToPerson(i) && (!SEASONS.has(folded) || /^\s*,/.test(after))) ||
        // "Will was only fourteen when…", "Grace came round": a first name kept here, at the start, before an age or
        // what a person does.
        (start &&
          !welsh &&
          // (the modal "will" is never followed by "was" or a past tense)
          (isNameKeptHere(folded) || folded === "will") &&
          !ROLES.has(folded) &&
          saysPerson(i)) ||
        possessive ||
        who ||
        orAfterName ||
        (prev >= 0 && KIN_TITLES.has(prevWord) && isCapitalised(tokens[prev].text)) ||
        APPOSITION_ROLE.test(longAfter(i)) ||
        // "Grace from the Witness Service held my hand", "Jack and his mates…": at the start, before where the person
        // is from or who is with them.
        (!midSentence &&
          !welsh &&
          !ROLES.has(folded) &&
          /^\s+(?:(?:from|at)\s+(?:the\s+)?\p{Lu}|(?:and|&)\s+(?:his|her|their|i|I|me)\b)/u.test(longAfter(i))) ||
        // "Grace from the witness service…", "Dean at the front desk…", "Bill the landlord…": a first name kept here or
        // a name the lists know, at the start, before where the person is from or what they do.
        // ("Joy from their team rang": a virtue too, before the service a person is from)
        // (never the plural of a first name that is a word: "Bills from the council")
        (!midSentence &&
          !welsh &&
          !ROLES.has(folded) &&
          !COMMON.has(folded) &&
          !pluralOfWordName(folded) &&
          FROM_SERVICE.test(longAfter(i))) ||
        (!midSentence &&
          !welsh &&
          !ROLES.has(folded) &&
          !SEASONS.has(folded) &&
          !COMMON.has(folded) &&
          !pluralOfWordName(folded) &&
          (FROM_SERVICE.test(longAfter(i)) ||
            ((isCuratedName(folded) || isAmbiguousName(folded)) && BARE_ROLE.test(longAfter(i))))) ||
        // "girlfriend Kerry-Ann told…", "his mate Bill": a capitalised name right after a word for a person.
        (midSentence && PEOPLE_WORDS.has(prevWord) && !isCapitalised(tokens[prev].text) && !ROLES.has(folded)) ||
        // "Rhoddodd Ceri ei rhif": a Welsh name kept here after a verb in the past.
        (welsh && midSentence && isCuratedName(folded) && introduces(prevWord)) ||
        (start && welsh && WELSH_CLEFT.test(longAfter(i))) ||
        // "Mae Heulwen yn dal i fyw…": a capital mid-sentence after "mae"/"roedd" is a name (Welsh nouns have none).
        (welsh &&
          midSentence &&
          WELSH_BE.has(prevWord) &&
          (/['’]n$/.test(t.text) || /^\s+(?:yn|wedi|ddim|efo|gyda)\s/iu.test(after))) ||
        // "Faith was my ISVA", "Bill was the officer": at the start, a name kept here that the sentence says is a person.
        (start &&
          !welsh &&
          isNameKeptHere(folded) &&
          WAS_ROLE.test(longAfter(i)) &&
          !(SEASONS.has(folded) && /^\s+\S+\s+\S+\s+(?:(?:only|first|best)\s+)?(?:one|person)\b/iu.test(longAfter(i)))) ||
        // "Charity came with me to court": a name kept here, then what a companion does.
        (start &&
          !welsh &&
          (isCuratedName(folded) || isAmbiguousName(folded)) &&
          /^\s+(?:came|went|stayed|sat|waited|stood)\s+(?:with|by)\s+(?:me|us|my|our)\b/iu.test(
            after + longAfter(i).slice(12),
          )) ||
        // "Holly, Ivy and the baby…", "Amber, Jade and Ruby": a list of names kept here, at the start.
        (start &&
          !welsh &&
          (isCuratedName(folded) || isAmbiguousName(folded)) &&
          /^,\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+){0,3}\s+(?:and|&)\s/u.test(longAfter(i)) &&
          isNameKeptHere(
            longAfter(i)
              .slice(1)
              .trim()
              .split(/[\s,]+/)[0],
          )) ||
        NEXT_DOOR.test(after) ||
        // "Diolch i Gwawr o'r tîm", "mai Alaw o'r banc": a capital mid-sentence, then where the person is from.
        (welsh && midSentence && !afterTitleWord && /^\s+o['’]r\s/iu.test(after)) ||
        (!welsh && !ROLES.has(folded) && (subjectOfPersonVerb(i, prevWord) || wasTheOneWho(i))) ||
        (!afterTitleWord && nextIsName(i, !welsh)) ||
        besideNameByAnd(i) ||
        (!welsh && besideNameByComma(i)) ||
        APPOSITION_PERSON.test(after) ||
        (midSentence && introducers.has(prevWord))
      );
    if (cls === "word")
      return (
        !COMMON.has(folded) &&
        (who ||
          // "Uncle Dev", "'Auntie Bee'": a family title written as a title, then a name that is also a word.
          (prev >= 0 &&
            KIN_TITLES.has(prevWord) &&
            isCapitalised(tokens[prev].text) &&
            !(i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text))) ||
          // "Mr Iwan Pryse", "Sarah Bastable": a capitalised word straight after a first name is its surname.
          (afterName && midSentence && !possessive && !beforePlaceWord(i)) ||
          orAfterName ||
          (midSentence && nextIsName(i, false) && (introducers.has(prevWord) || WAS.has(prevWord))) ||
          // "Paddy [name] and his brother": a first name that is also a word, at the start or after "was", "with"…
          (beforeFoundName(i) && !welsh && (!midSentence || introducers.has(prevWord) || WAS.has(prevWord))))
      );
    if (cls !== "unknown") return false;
    // "the hill above Clevedon", "Hunslet has had problems": a town of Great Britain that no list knows is the town.
    if (!afterName && !orAfterName && !who && isUkPlace(folded)) return false;
    // A Welsh sentence starts with its verb: "Daeth Heddwyn", "Dywedodd Rhys" are a verb and a name.
    if (
      afterName ||
      orAfterName ||
      (nextIsName(i, !welsh) && !(welsh && !midSentence)) ||
      besideNameByAnd(i) ||
      APPOSITION.test(after) ||
      APPOSITION_ROLE.test(longAfter(i)) ||
      who
    )
      return true;
    if (PATRONYMIC.has(prevWord) && i >= 2 && isName[i - 2]) return true;
    // Welsh mutates place and service names ("i Gaerdydd", "i Ddioddefwyr"): only a person's context will do, and
    // not "a"/"ac" alone ("Heddlu a Throseddu"), nor inside a run of capitals ("Byw Heb Ofn").
    if (welsh) {
      const inRun =
        // (the verb that starts the sentence has its capital for that reason: "Roedd Nansi'n…")
        (prev >= 0 && isCapitalised(tokens[prev].text) && !isName[prev] && !opensSentence(prev)) ||
        (i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text) && !isName[i + 1]);
      if (!midSentence && !inRun && WELSH_CLEFT.test(longAfter(i))) return true;
      if (inRun || !midSentence) return false;
      if (introduces(prevWord) && !WEAK_INTRODUCERS_CY.has(prevWord)) return true;
      // "Roedd Nimco yn…", "Mae Kacper wedi…": after "roedd" or "mae", before "yn", "wedi", "ddim", "a fi" (a town
      // would read the same, so not a word that looks like one: "Mae Treorci yn…" stays unless it ends like a person).
      return (
        WELSH_BE.has(prevWord) &&
        !PLACE_ENDING.test(folded) &&
        (/['’]n$/.test(t.text) || /^\s+(?:yn|wedi|ddim|a\s+fi|gyda|efo)\s/i.test(after))
      );
    }
    if (!midSentence) {
      // "Ayodele said…", "Nimco's brother…", "Ngozi and I…": a word in no list, before what a person does.
      const next = i + 1 < tokens.length && spaced(i, i + 1) ? folds[i + 1] : "";
      return (
        /^\s+(?:from|at)\s/i.test(after) ||
        // "Kelechi, Ruairi and Saoirse were there": first in a list of names.
        (!welsh && besideNameByComma(i) && /^,\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+){0,3}\s+(?:and|&)\s/u.test(longAfter(i))) ||
        (possessive && /^\s+\p{Ll}/u.test(after)) ||
        WAS_ROLE.test(longAfter(i)) ||
        BARE_ROLE.test(longAfter(i)) ||
        (PERSON_VERBS.has(next) &&
          !PLACE_ENDING.test(folded) &&
          (next !== "and" || /^\s+and\s+(?:i|me|my|her|his|their)\b/i.test(after)))
      );
    }
    // "a big Alsatian", "an old Vauxhall": after "a" and an ordinary word, a thing of some kind, not a person.
    if (
      prev >= 0 &&
      i >= 2 &&
      spaced(i - 2, i - 1) &&
      (folds[i - 2] === "a" || folds[i - 2] === "an") &&
      classAt(prev) === "word"
    )
      return false;
    // Mid-sentence, a capitalised word in no list is a name unless it reads as a place or an organisation.
    if (PLACE_WORDS.has(prevWord)) return false;
    if ((prevWord === "to" || prevWord === "from" || prevWord === "i" || prevWord === "o") && PLACE_ENDING.test(folded))
      return false;
    // "we went to Glynneath", "moved out to Kingstanding": after going somewhere, the place.
    if (prevWord === "to" && i >= 2 && spaced(i - 2, i - 1) && MOTION.has(folds[i - 2])) return false;
    const beside = (j: number) => j >= 0 && j < tokens.length && isCapitalised(tokens[j].text) && !isName[j];
    if (prev >= 0 && beside(prev) && classAt(prev) !== "name") return false;
    if (i + 1 < tokens.length && spaced(i, i + 1) && beside(i + 1) && (classAt(i + 1) === "word" || classAt(i + 1) === "not"))
      return false;
    return true;
  };
}
