/**
 * Workplaces and schools, and ages beside a name: details that identify a person in a small place as surely as a
 * name ("I work at the Morrisons in Caerphilly", "my uni is usw treforest", "[name], 23, was banned"). Pure; part of
 * redaction at ingest (redact.ts runs it after the names pass, so an age can lean on a name label).
 *
 * A workplace or school is only taken after words that say someone works, studies or teaches there ("works at",
 * "a nurse at", "my job at", "teaching at", "goes to … School", "gweithio yn", "mynd i Goleg …"), and only as far as
 * its own name runs: capitalised words, or in lower case words no dictionary knows ("the kfc"), then a place after
 * "in"/"on"/"yn" ("in Caerphilly", "on newport rd"). "works at a shop", "worked at night", "works for the council"
 * stay. Each trigger is a bounded pattern and the words after it are walked at most eight at a time, so it is linear.
 */
import { classify, COMMON } from "./name-lists";

const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();

/** What works, teaches or studies somewhere, then the word before the place. */
const AT_WORK =
  "(?:work(?:s|ed|ing)?|job|shifts?|employed|volunteer(?:s|ed|ing)?|teach(?:es|ing)?|taught|teacher|stud(?:y|ies|ied|ying)|student|pupil|nurse|placement|apprentice(?:ship)?|cleaner|carer|cashier|receptionist)\\s+(?:at|for)";
/** Going to a place is only a school when the place's own name says so ("goes to Cardiff High"; not "went to Tesco"). */
const GOES_TO =
  "(?:go(?:es)?|went|going|attend(?:s|ed|ing)?|started\\s+at|starts\\s+at|is\\s+in\\s+year\\s+\\d{1,2}\\s+at)(?:\\s+to)?";
const MY_PLACE = "(?:my|his|her|their)\\s+(?:uni|school|college|work(?:place)?|employer|job)\\s+(?:is|was|=)";
const WELSH_AT_WORK =
  "(?:gweithio|gweithiodd|gwaith|swydd|dysgu|astudio|gweithio\\s+fel\\s+\\p{L}+|nyrs|athrawes|athro|myfyriwr|myfyrwraig)\\s+(?:yn|ym|yng|i|gyda|efo|at|i['’]r|yn\\s+y)";
const WELSH_GOES_TO = "(?:mynd|fynd|mynychu|fynychu|dechrau|ddechrau)\\s+(?:i|i['’]r)";

const TRIGGER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${AT_WORK}|${MY_PLACE}|${WELSH_AT_WORK})|(${GOES_TO}|${WELSH_GOES_TO}))\\s+`,
  "giu",
);

/** Words that end the name of a place of work or study ("St Aidan's Primary", "the Admiral call centre"). */
const INSTITUTION = new Set(
  `school primary secondary high academy college uni university comp comprehensive nursery infants juniors sixth
   hospital surgery practice centre center call factory warehouse depot office offices store shop branch garage salon
   pub hotel restaurant cafe site plant mill ysgol ysgolion gyfun goleg coleg brifysgol prifysgol academi feithrinfa
   meithrinfa ysbyty swyddfa ffatri`.split(/\s+/),
);
/** Of those, the ones that make "goes to X" a school. */
const SCHOOL = new Set(
  "school primary secondary high academy college uni university comp comprehensive nursery infants juniors sixth ysgol gyfun goleg coleg brifysgol prifysgol academi feithrinfa meithrinfa".split(
    " ",
  ),
);
/** Times, not places: "worked at Christmas", "works at Tesco on Monday". */
const WHEN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|christmas|easter|night|nights|january|february|march|april|may|june|july|august|september|october|november|december|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|nadolig|pasg)$/;
/** Public bodies named alone are employers of thousands, not a place that points to one person. */
const GENERIC = new Set(
  "police council nhs government army navy raf court courts probation heddlu cyngor llywodraeth".split(" "),
);
const JOINERS = new Set(["of", "and", "&", "y", "yr", "de", "la"]);
const STREET = /^(?:rd|road|st|street|lane|ln|avenue|ave|way|drive|dr|close|terrace|heol|stryd|ffordd|lôn|lon)\.?$/;

type Word = { start: number; end: number; text: string; folded: string; capital: boolean };

/** Up to `max` words after `from`, each separated from the last by spaces only. */
function wordsAfter(text: string, from: number, max: number): Word[] {
  const out: Word[] = [];
  const pattern = /[ \t]*([\p{L}\p{N}][\p{L}\p{N}'’&-]*)/uy;
  pattern.lastIndex = from;
  for (let k = 0; k < max; k += 1) {
    const at = pattern.lastIndex;
    const m = pattern.exec(text);
    if (!m || (k > 0 && m.index === at && !/^[ \t]/.test(m[0]))) break;
    const word = m[1].replace(/['’]s$/, "");
    out.push({
      start: m.index + m[0].length - m[1].length,
      end: m.index + m[0].length,
      text: m[1],
      folded: fold(word),
      capital: /^\p{Lu}/u.test(m[1]),
    });
  }
  return out;
}

/** Whether a lower-case word is one nobody would write for an ordinary thing: "kfc", "usw", "treforest". */
const unknownWord = (w: Word) =>
  !COMMON.has(w.folded) && !/^\d+$/.test(w.folded) && ["unknown", "name"].includes(classify(w.folded));

/** Where the name of a place of work or study that starts at `from` ends, or -1 when there is none. */
function placeEnd(text: string, from: number, needSchool: boolean): number {
  const words = wordsAfter(text, from, 8);
  let i = 0;
  if (words[0] && /^(?:the|y|yr)$/.test(words[0].folded)) i = 1;
  const first = i;
  let school = false;
  let end = -1;
  for (; i < words.length; i += 1) {
    const w = words[i];
    const institution = INSTITUTION.has(w.folded);
    if (WHEN.test(w.folded)) break;
    if (w.capital) {
      if (institution) school ||= SCHOOL.has(w.folded);
    } else if (institution && i > first) school ||= SCHOOL.has(w.folded);
    else if (JOINERS.has(w.folded) && i > first && words[i + 1]?.capital) continue;
    else if (!unknownWord(w)) break;
    end = w.end;
  }
  const taken = words.slice(first, i);
  if (end < 0 || (needSchool && !school)) return -1;
  if (taken.length === 1 && GENERIC.has(taken[0].folded)) return -1;
  // A place after it: "in Caerphilly", "on newport rd", "yn Wrecsam".
  const tail = /[ \t]+(?:in|on|at|near|off|yn|ym|yng)(?=[ \t])/iuy;
  tail.lastIndex = end;
  if (tail.exec(text)) {
    const place = wordsAfter(text, tail.lastIndex, 3);
    let placeEnd = -1;
    for (let k = 0; k < place.length; k += 1) {
      const w = place[k];
      if (WHEN.test(w.folded)) break;
      if (w.capital || (k > 0 && STREET.test(w.folded)) || (!COMMON.has(w.folded) && classify(w.folded) !== "word"))
        placeEnd = w.end;
      else break;
    }
    if (placeEnd > 0) end = placeEnd;
  }
  return end;
}

export function redactWorkplaces(text: string, label: string): { text: string; count: number } {
  let out = "";
  let at = 0;
  let count = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const from = m.index + m[0].length;
    const end = placeEnd(text, from, m[2] !== undefined);
    if (end < 0) continue;
    // Keep "the" before it: "a nurse at the [workplace or school]".
    const article = /^(?:the|y|yr)[ \t]+/iu.exec(text.slice(from, from + 4));
    const start = from + (article ? article[0].length : 0);
    out += text.slice(at, start) + label;
    at = end;
    count += 1;
    TRIGGER.lastIndex = end;
  }
  return count ? { text: out + text.slice(at), count } : { text, count };
}

/** Ages beside a name: "[name], 23,", "[name] (21)", "[name] is 79", "[enw], sy'n 12 oed", "[name], he's 17,". */
export function redactAges(text: string, nameLabel: string, label: string): { text: string; count: number } {
  const name = nameLabel.replace(/[[\]]/g, "\\$&");
  const age = "(?:1[01]\\d|\\d{1,2})";
  const years = "(?:\\s*(?:years?|yrs?)(?:\\s+old)?|\\s*(?:yo|y\\/o))?";
  const notAfter =
    "(?![\\p{L}\\p{N}]|[:.,]\\d|\\s*(?:%|am\\b|pm\\b|mins?\\b|minutes|hours|hrs|days|weeks|months|times|miles|quid|pounds|p\\b|o['’]clock|th\\b|st\\b|nd\\b|rd\\b))";
  let count = 0;
  const swap = (pattern: string, keep: (m: string, ...g: string[]) => string) => {
    text = text.replace(new RegExp(pattern, "giu"), (m: string, ...g: string[]) => {
      count += 1;
      return keep(m, ...g);
    });
  };
  // "[name] (21)", "[name] (aged 21)".
  swap(`(${name}(?:['’]s)?\\s*\\(\\s*)(?:aged?\\s*)?${age}${years}(?=\\s*\\))`, (_m, before) => before + label);
  // "[name], 23, was banned", "[name], aged 23 and…", "[name], 23 years old."
  swap(
    `(${name},\\s+)(?:aged\\s+)?${age}${years}(?=\\s*[,.;)]|\\s+(?:and|who|from|was|is|has|had|got|n)\\b)`,
    (_m, before) => before + label,
  );
  // "[name] is 79", "[name] who is 4", "[name], aged 16".
  swap(
    `(${name},?\\s+(?:who\\s+is|who['’]s|who\\s+was|is|was|aged|age|turned)\\s+(?:only\\s+|just\\s+|now\\s+)?)${age}${years}${notAfter}`,
    (_m, before) => before + label,
  );
  // "[name], he's 17, and…": a pronoun and an age in apposition after a name.
  swap(
    `(${name},\\s+)(?:he|she|they)(?:['’]s|\\s+is|\\s+was|['’]re|\\s+are)\\s+(?:only\\s+|just\\s+)?${age}${years}(?=\\s*[,.;]|\\s+(?:and|now|n)\\b)`,
    (_m, before) => before + label,
  );
  // Welsh: "[enw], sy'n 12 oed", "[enw], yn 88 oed", "[enw] (21 oed)".
  swap(
    `(${name},?\\s+(?:(?:sy['’]n|sydd\\s+yn|yn|oedd\\s+yn)\\s+|\\(\\s*))${age}\\s+(?:mlwydd\\s+oed|oed|mlwydd|mlynedd)`,
    (_m, before) => before + label,
  );
  return { text, count };
}
