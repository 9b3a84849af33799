/**
 * One proper name is one detail. When a rule has taken part of a capitalised run, the rest of the run is the same
 * name and goes with it: "Hair by [name]" (a salon), "[name] & Sons Hardware", "[name]'s Mini Market", "Pant y [name]"
 * (a farm), "[name] Mold" (a surname that is also a town), "[address] Primary" (a school). Half a name is still a
 * leak, and the part left is often the rarer, more telling one. Pure; runs after every other names pass.
 *
 * Only capitalised words in the middle of a sentence join a run: a sentence's first word, "I", pronouns, the commonest
 * words, days, months, family titles ("[name]'s Mum") and acronyms stay. On the left a run needs a joining word ("by",
 * "&", Welsh "y"/"yr") or an article before it ("the Golden [name]", "i'r Llew [enw]": a person takes none), so
 * "Thanks [name]" and "PC [name]" keep their word.
 */
import { COMMON } from "./name-lists";
import { KIN_TITLES, ROLES, TITLE_WORDS } from "./redact-names-words";
import { fold, MONTHS_CY, MONTHS_EN, WEEKDAYS_CY, WEEKDAYS_EN } from "./redact-rule";

/** Days, months and feasts: "[name]'s New Year party", "[name] Monday". */
const DAYS_AND_MONTHS = new Set([
  ...WEEKDAYS_EN,
  ...MONTHS_EN,
  ...WEEKDAYS_CY,
  ...MONTHS_CY,
  ..."new year eve day night christmas xmas easter eid diwali halloween bonfire boxing valentine valentines ramadan hanukkah nadolig pasg".split(
    " ",
  ),
]);
const PRONOUNS = new Set("i he she they we you it his her their our my me him them us".split(" "));
const FAMILY = new Set([
  ...KIN_TITLES,
  ..."mum mam dad mother father son daughter brother sister wife husband partner nan gran mam-gu tad-cu".split(" "),
]);
/** Words that make a run a business or a school rather than a person: "[name] & Sons", "[name]'s Mini Market". */
const SCHOOL_OR_PLACE =
  /^(?:primary|comprehensive|comp|school|academy|nursery|infants|juniors|college|surgery|practice|hardware|market|stores?|shop|salon|hair|barbers?|nails|inn|arms|tavern|bar|cafe|café|bakery|butchers?|garage|motors|taxis?|cars|farm|ltd|limited|sons|daughters|brothers|bros|siop|fferm|ysgol|gynradd|uwchradd|feithrin|capel|chapel|garej|swyddfa|caffi|tafarn|gwesty|hotel|hall|house|lodge|cottage|works|mill|yard|centre|center|club)$/;

/** A capitalised word that may join a name's run. */
function joins(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false; // capitalised, not an acronym ("CCTV") nor "I"
  const folded = fold(word.replace(/['’]s$/u, ""));
  if (PRONOUNS.has(folded) || DAYS_AND_MONTHS.has(folded) || FAMILY.has(folded) || TITLE_WORDS.has(folded) || ROLES.has(folded))
    return false;
  // The commonest words ("The", "And", "Then") stay unless they name a kind of business ("Market", "House").
  return !COMMON.has(folded) || SCHOOL_OR_PLACE.test(folded);
}

/** Whether the text before a word ends a sentence, so the word's capital says nothing. */
const sentenceStart = (before: string) => /(?:^|[.!?…:;"“(\n]\s*|\s[-–•*]\s*)$/u.test(before.slice(-4)) || before.trim() === "";

const CAP = "\\p{Lu}[\\p{L}'’-]*";
/** After a label: "'s Mini Market", " & Sons Hardware", " Mold", " y Ffynnon", " Primary", " ap Gwyn". At most four words. */
const RIGHT = new RegExp(`^(?:['’]s)?((?:[ \\t]+(?:&[ \\t]+|(?:y|yr|ap|ab|ferch)[ \\t]+)?${CAP}){1,4})`, "u");
/** Before a label: "Hair by ", "Pant y ", "Roberts & ". At most three words before the joining word. */
const LEFT = new RegExp(`((?:${CAP}[ \\t]+){1,3})(by|&|y|yr)[ \\t]+$`, "u");
/** A place's word straight after a workplace or address label, in lower case. */
const LOWER_HEAD =
  /^[ \t]+(lodge|house|court|hall|farm|cottage|manor|grange|barn|mill|centre|center|stores|salon|garage)(?![\p{L}\p{N}])/u;
/** Straight before a label, no joining word: only a school's or shop's word may stand there ("Ysgol Gynradd "). */
const LEFT_DIRECT = new RegExp(`((?:${CAP}[ \\t]+){1,2})$`, "u");
/** Before a label, after an article: "the Golden [name]", "i'r Llew [enw]". A person takes no article. */
const LEFT_AFTER_ARTICLE = new RegExp(`(?:^|[ \\t])(?:the|y|yr|\\p{L}+['’]r)[ \\t]+((?:${CAP}[ \\t]+){1,2})$`, "iu");

export type ProperRunLabels = { name: string; address: string; workplace: string };

/** The pattern for each language's labels, compiled once (redaction runs on every submission). */
const LABEL_PATTERNS = new Map<string, RegExp>();
function labelPattern(labels: ProperRunLabels): RegExp {
  let pattern = LABEL_PATTERNS.get(labels.name);
  if (!pattern) {
    const seeds = [labels.name, labels.address, labels.workplace].map((l) => l.replace(/[[\]]/g, "\\$&"));
    LABEL_PATTERNS.set(labels.name, (pattern = new RegExp(`(?:${seeds.join("|")})`, "gu")));
  }
  return pattern;
}

export function joinProperRuns(text: string, labels: ProperRunLabels): { text: string; count: number } {
  const LABEL = labelPattern(labels);
  let count = 0;
  let out = "";
  let at = 0;
  for (const m of text.matchAll(LABEL)) {
    const start = m.index ?? 0;
    if (start < at) continue;
    const seed = m[0];
    let from = start;
    let to = start + seed.length;
    let joinedLeft = false;
    let welshLeft = false;
    const joinedRight: string[] = [];
    let connector = false;

    // Left: capitalised words and a joining word, the first of them not a sentence's first word.
    const left = LEFT.exec(text.slice(Math.max(at, start - 80), start));
    if (left) {
      const words = left[1].trim().split(/[ \t]+/);
      const leftStart = start - left[0].length;
      // Drop words from the front until the run starts mid-sentence and every word may join.
      let k = 0;
      let offset = leftStart;
      while (k < words.length && (!joins(words[k]) || sentenceStart(text.slice(Math.max(0, offset - 4), offset)))) {
        offset = text.indexOf(words[k], offset) + words[k].length;
        offset += /^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0;
        k += 1;
      }
      if (k < words.length && words.slice(k).every(joins)) {
        from = offset;
        joinedLeft = true;
        welshLeft = /^yr?$/.test(left[2]);
      }
    }

    // Straight before a label, the word for a school or shop: "Ysgol Gynradd [cyfeiriad]", "Siop [enw]".
    const direct = joinedLeft ? null : LEFT_DIRECT.exec(text.slice(Math.max(at, start - 60), start));
    if (direct) {
      const words = direct[1].trim().split(/[ \t]+/);
      const first = start - direct[1].length;
      if (
        words.every(joins) &&
        words.some((w) => SCHOOL_OR_PLACE.test(fold(w))) &&
        !sentenceStart(text.slice(Math.max(0, first - 4), first))
      ) {
        from = first;
        joinedLeft = true;
      }
    }
    const afterArticle = joinedLeft ? null : LEFT_AFTER_ARTICLE.exec(text.slice(Math.max(at, start - 60), start));
    if (
      afterArticle &&
      afterArticle[1]
        .trim()
        .split(/[ \t]+/)
        .every(joins)
    ) {
      from = start - afterArticle[1].length;
      joinedLeft = true;
    }

    // Right: capitalised words, possibly after "&" or Welsh "y"/"yr".
    const right = RIGHT.exec(text.slice(to));
    if (right) {
      const parts = right[1].match(/[ \t]+(?:&[ \t]+|(?:y|yr|ap|ab|ferch)[ \t]+)?\p{Lu}[\p{L}'’-]*/gu) ?? [];
      let taken = right[0].length - right[1].length; // the possessive, if any
      for (const part of parts) {
        const word =
          part
            .trim()
            .split(/[ \t]+/)
            .at(-1) ?? "";
        if (!joins(word)) break;
        // (a patronymic keeps it a name: "[enw] ap Gwyn")
        if (/&|^[ \t]+y[r]?[ \t]/u.test(part)) connector = true;
        joinedRight.push(word);
        taken += part.length;
      }
      if (joinedRight.length) to += taken;
    }

    // A place's own word after it, in lower case: "a carer at [workplace or school] lodge", "[address] farm".
    if (joinedRight.length === 0 && seed !== labels.name) {
      const head = LOWER_HEAD.exec(text.slice(to, to + 24));
      if (head) {
        to += head[0].length;
        joinedRight.push(head[1]);
      }
    }

    if (!joinedLeft && joinedRight.length === 0) continue;
    const piece = text.slice(from, to);
    const words = piece
      .replace(/\[[^\]]*\]/g, " ")
      .split(/[^\p{L}'’]+/u)
      .filter(Boolean)
      .map((w) => fold(w.replace(/['’]s$/u, "")));
    const business = words.some((w) => SCHOOL_OR_PLACE.test(w));
    // A surname after a first name stays a name ("[name] Mold"); a run with a joining word, a possessive or a
    // business's word is a workplace; an address's run stays an address unless a school's word makes it a school.
    let label: string;
    if (seed === labels.address) label = business ? labels.workplace : labels.address;
    else if (seed === labels.name && !joinedLeft && !connector && !business && !/^['’]s/u.test(text.slice(start + seed.length)))
      label = labels.name;
    else if (welshLeft && !business)
      label = labels.address; // "Pant y [name]": a farm or a house
    else label = labels.workplace;
    out += text.slice(at, from) + label;
    at = to;
    count += 1;
  }
  out += text.slice(at);
  return { text: out, count };
}
