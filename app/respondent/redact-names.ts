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
 *
 * This module is the entry point; the pass lives by concern beside it: redact-names-scan.ts (tokens and questions
 * about neighbours), redact-names-capitalised.ts and redact-names-lower.ts (the rules), redact-names-words.ts and
 * redact-names-welsh.ts (what they read), name-lists.ts (the gazetteer), redact-name-context.ts (phrase rules that
 * run with the other patterns in redact.ts).
 */
import { isAmbiguousName, isCommonSurname, isEverydayWord } from "./name-lists";
import { capitalisedJudge } from "./redact-names-capitalised";
import { uncapitalisedJudge } from "./redact-names-lower";
import { isCapitalised, scanNames, type WordAt } from "./redact-names-scan";
import { PATRONYMIC, WELSH_BE } from "./redact-names-welsh";
import {
  ARTICLES_CY,
  ARTICLES_EN,
  KIN_TITLES,
  OWNERS_EN,
  PERSON_VERBS,
  PLACE_BEFORE,
  RELATION_NEXT,
  TITLE_WORDS,
} from "./redact-names-words";

export function redactLooseNames(text: string, label: string, lang: "en" | "cy"): { text: string; count: number } {
  const s = scanNames(text, label, lang);
  const { tokens, isName, owners, spaced, folds, welsh, classAt, protectedWord, isInitial, initialGap } = s;

  const judgeCapitalised = capitalisedJudge(s);
  const judgeUncapitalised = uncapitalisedJudge(s);
  const judge = (i: number): boolean => {
    const t = tokens[i];
    const folded = folds[i];
    if (protectedWord[i]) return false;
    if (
      TITLE_WORDS.has(folded) &&
      isCapitalised(t.text) &&
      i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      (isName[i + 1] || isCapitalised(tokens[i + 1].text))
    )
      return false;
    const prev = i > 0 && spaced(i - 1, i) ? i - 1 : -1;
    const prevWord = prev >= 0 && !tokens[prev].label ? folds[prev] : "";
    const afterName = prev >= 0 && isName[prev] && !/['’]s$/.test(tokens[prev].text) && !owners[prev];
    const possessive = /['’]s$/.test(t.text);
    const after = text.slice(t.end, t.end + 12);
    /** "[name] or gazza", "Jac neu Jacko": another name for the same person. */
    const orAfterName = (prevWord === "or" || prevWord === "neu") && i >= 2 && spaced(i - 2, i - 1) && isName[i - 2];
    const articles = welsh ? ARTICLES_CY : ARTICLES_EN;
    // "Clare's Law", "sarahs law", "Helen's law", "Cyfraith Sarah": a scheme named after a person names no one here.
    if ((possessive || (!welsh && folded.endsWith("s"))) && /^\s+law\b/iu.test(after)) return false;
    if (LAW_WORDS.has(prevWord)) return false;
    // "St Ives", "st marys", "Saint David's": a saint's name is a town's, a church's or a school's, not a person's.
    if ((prevWord === "st" || prevWord === "saint") && !afterName) return false;
    // "ysgol y castell", "Ysbyty'r Tywysog": after the Welsh article that follows a place word, a place's name.
    if ((prevWord === "y" || prevWord === "yr") && i >= 2 && spaced(i - 2, i - 1) && PLACE_BEFORE.has(folds[i - 2])) return false;
    // "outside the vaults in aber", "near ponty": in lower case after "in" or "near", a place, not a person.
    if (!welsh && !possessive && LOWER_PLACE_BEFORE.has(prevWord) && !isCapitalised(t.text) && !/s$/.test(folded)) return false;
    // "my foster son", "her Polish neighbour", "his step mum": between an owner and the word for a person, a word says
    // what kind of relation it is; a name there would own it ("my Dave's son").
    if (!welsh && !possessive && OWNERS_EN.has(prevWord) && RELATION_NEXT.test(after)) return false;
    // "J. Pemberton", "R. J. Castellanos": initials before a name go with it.
    // "'Uncle B'", "Auntie J": an initial after a family title written as a title.
    if (
      prev >= 0 &&
      t.text.length === 1 &&
      /\p{Lu}/u.test(t.text) &&
      t.text !== "I" &&
      KIN_TITLES.has(prevWord) &&
      isCapitalised(tokens[prev].text)
    )
      return true;
    if (isInitial(i)) {
      let j = i + 1;
      // At most three initials ("R. J. K. Smith"): a long run of single letters is no name, and stays linear.
      while (j < tokens.length && j - i < 3 && isInitial(j) && initialGap(j - 1, j)) j += 1;
      return j < tokens.length && initialGap(j - 1, j) && (isName[j] || (isCapitalised(tokens[j].text) && classAt(j) === "name"));
    }
    // "Mae", "Roedd": the verb that opens a Welsh sentence, never a name before one.
    if (welsh && WELSH_BE.has(folded)) return false;
    // "yng Ngwynedd", "ym Mangor": a nasal mutation after "yng"/"ym" is a place.
    if (welsh && (prevWord === "yng" || prevWord === "ym")) return false;
    // "that bartek lad", "this kayden kid": a clear name between a pointing word and a word for a person.
    // (and "the williams boy", "them pascoe kids": a family by its surname, before the word for one of them)
    if (
      folded.length >= 3 &&
      !welsh &&
      (((prevWord === "that" || prevWord === "this") &&
        classAt(i) === "name" &&
        /^\s+(?:lad|girl|bloke|guy|fella|woman|man|kid|boy|lady)\b/iu.test(after)) ||
        ((prevWord === "the" || prevWord === "that" || prevWord === "them") &&
          // (in lower case never a surname that is a word too: "the young lad", "the king family" of a pub quiz)
          (isCapitalised(t.text)
            ? isCommonSurname(folded)
            : (isCommonSurname(folded) && !isAmbiguousName(folded)) || (classAt(i) === "name" && !isEverydayWord(folded))) &&
          /^\s+(?:lad|lads|boy|boys|girl|girls|kid|kids|lass|family|brothers|sisters|twins|bairns)\b/iu.test(after)))
    )
      return true;
    // "our ffion", "our Kayleigh": in much of Wales and the north, a relative; a clear name stays one after "our".
    // "after that darren started texting me": after "that" or "this" too, a first name kept here stays a name.
    const ourName =
      (prevWord === "our" || prevWord === "their" || prevWord === "that" || prevWord === "this") &&
      classAt(i) === "name" &&
      !/^\p{Lu}+$/u.test(t.text); // "Our FLO", "that PCSO": a role in capitals
    // "explain that Marius from the car wash was…", "told them that Ayo hit me": after "that" as a conjunction, a
    // capitalised word no dictionary knows is a person where what follows is where a person is from or what they did.
    const thatName =
      prevWord === "that" &&
      !welsh &&
      isCapitalised(t.text) &&
      (classAt(i) === "unknown" || classAt(i) === "name") &&
      // ("that Vauxhall was the make": a word in no list needs more than "was")
      ((classAt(i) === "name" && /^\s+(?:was|is)\s/u.test(after)) ||
        /^\s+from\s/u.test(after) ||
        PERSON_VERBS.has(s.nextWord(i)));
    if (articles.has(prevWord) && !afterName && !ourName && !thatName) return false;
    // "tu allan i'r Llew Coch", "o'r Ddraig": the Welsh article joined to the word before it; people take none.
    if (welsh && /['’]r$/u.test(prevWord) && !afterName) return false;
    if (/^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(t.text)) return false; // "PCSOs", "GPs": acronyms in the plural
    // "Siân ferch Huw", "Rhys ap Gwilym": the patronymic word goes with the names.
    if (PATRONYMIC.has(folded) && afterName && i + 1 < tokens.length && spaced(i, i + 1) && isName[i + 1]) return true;
    const w: WordAt = { i, t, folded, prev, prevWord, afterName, possessive, after, orAfterName, articles };
    return isCapitalised(t.text) ? judgeCapitalised(w) : judgeUncapitalised(w);
  };

  let count = 0;
  for (let pass = 0; pass < 2; pass += 1) {
    // Right to left as well as left to right: initials and first names lean on the name after them.
    for (let k = 0; k < tokens.length; k += 1) {
      const i = pass === 0 ? k : tokens.length - 1 - k;
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
    // An initial and its full stop go with the name after it: "J. Pemberton" is one "[name]".
    if (isInitial(i) && i + 1 < tokens.length && isName[i + 1] && initialGap(i, i + 1)) {
      out += text.slice(at, t.start);
      at = tokens[i + 1].start;
      continue;
    }
    out += text.slice(at, t.start) + label + (/['’][sn]$/.test(t.text) ? t.text.slice(-2) : "");
    at = t.end;
  }
  out += text.slice(at);
  return { text: collapseNameRuns(out, label), count };
}

/** "Cyfraith Sarah", "Deddf Clare": Welsh for a law named after a person. */
const LAW_WORDS = new Set(["cyfraith", "gyfraith", "nghyfraith", "deddf", "ddeddf", "neddf"]);
/** Before a place typed in lower case ("in aber", "near ponty", "round merthyr"). */
const LOWER_PLACE_BEFORE = new Set(["in", "into", "near", "outside", "around", "round", "towards"]);

/** "[name] [name]" reads as two people: a first name and a surname are one. */
export function collapseNameRuns(text: string, label: string): string {
  const escaped = label.replace(/[[\]]/g, "\\$&");
  return text.replace(new RegExp(`${escaped}(?:[ \\t]+${escaped})+`, "gu"), label);
}
