/**
 * The last redaction pass: names that no title, relation or "called" introduced. One linear scan over the words,
 * each judged by the name lists (name-lists.ts) and by its neighbours:
 * - a clear name goes wherever it stands, capitalised ("Okafor was rude") or, in English, listed and in lower case
 *   ("me and dave");
 * - a name that is also a word (Mark, Grace, Brown) goes only mid-sentence after a word that introduces a person
 *   ("was", "from", "with", "asked"…), before a clear name ("Mark Evans"), or after another name ("Daniel Price");
 *   "Mark my words" and "Rose bushes" stay;
 * - a word in no list goes after a name ("Kerry Przybylski") or as the second of two after "was"/"oedd"
 *   ("the officer who came was Zed Okonkwo").
 * Labels already in the text count as names for their neighbours, and runs of name labels become one.
 */
import { classify, isCuratedName, isListedName, type NameClass } from "./name-lists";

/** Words after which a capitalised name that is also a word is taken as a name ("spoke to Will", "gan Rhys"). */
const INTRODUCERS = new Set(
  `was is from with and to by called named asked told thanked met saw contacted emailed rang phoned texted said
   thank thanks ask tell call ring text for about or but nor via hi dear & gan efo gyda â a ac oedd yw ydy i at`.split(/\s+/),
);
/** Where a lower-case name is a name: after these (and the introducers above). */
const PEOPLE_WORDS = new Set(
  `dad mum mam mom son daughter brother sister ex partner boyfriend girlfriend husband wife friend mate neighbour
   cousin uncle aunt auntie nan gran nana grandad fiance fiancee stepdad stepmum landlord boss officer copper pc`.split(/\s+/),
);
const AND = new Set(["and", "&", "a", "ac"]);
const WAS = new Set(["was", "is", "oedd", "yw", "ydy"]);
/** Months that are names too: only a title or a relation makes them names (handled before this pass). */
const MONTH_NAMES = new Set(["may", "june", "april", "august", "mai", "mehefin"]);

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
  // "Okonkwo-Smith", "Mary-Jane", "O'Neill": the first part decides, unless it is a particle.
  const parts = folded.split(/[-']/).filter((part) => part.length > 1);
  return parts.length ? classify(parts[parts.length > 1 && parts[0] === "o" ? 1 : 0]) : whole;
}

/** Whether a word starts a sentence: nothing before it but spaces, or the end of a sentence, a line or a quote. */
const startsSentence = (before: string) => /(?:^|[.!?:;"“(\n]|\s[-–•*])\s*$/u.test(before.slice(-6));

export function redactLooseNames(text: string, label: string, lang: "en" | "cy"): { text: string; count: number } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], label: m[1] !== undefined });
  }
  const isName: boolean[] = tokens.map((t) => t.label && t.text === label);
  const adjacent = (i: number) => i > 0 && /^[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
  const folds = tokens.map((t) => (t.label ? "" : fold(bareOf(t.text))));
  // Judged on demand: most words are lower-case and never need the lists.
  const known: (NameClass | undefined)[] = [];
  const classAt = (i: number) => (known[i] ??= tokens[i].label ? "not" : classOf(folds[i]));
  /** "Heddwyn a Gwenllian", "Przybylski and Jones": a word in no list joined by "and" to a name. */
  const besideNameByAnd = (i: number) => {
    const joined = (j: number, k: number) =>
      j >= 0 &&
      k < tokens.length &&
      AND.has(folds[j]) &&
      /^[ \t]+$/.test(text.slice(tokens[Math.min(j, k)].end, tokens[Math.max(j, k)].start));
    return (
      (joined(i + 1, i + 2) && isCapitalised(tokens[i + 2].text) && classAt(i + 2) === "name") ||
      (i >= 2 && joined(i - 1, i - 2) && isName[i - 2])
    );
  };
  let count = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.label) continue;
    const folded = folds[i];
    const prev = adjacent(i) ? tokens[i - 1] : null;
    const afterName = prev !== null && isName[i - 1];
    const prevWord = prev && !prev.label ? folds[i - 1] : "";
    let name = false;
    if (isCapitalised(t.text)) {
      const cls = classAt(i);
      const start = startsSentence(text.slice(Math.max(0, t.start - 6), t.start));
      const next = i + 1 < tokens.length && /^[ \t]+$/.test(text.slice(t.end, tokens[i + 1].start)) ? i + 1 : -1;
      const nextIsName = next > 0 && isCapitalised(tokens[next].text) && classAt(next) === "name";
      // At the start of a Welsh sentence only a name kept here counts: the registry list holds Welsh words ("Aros").
      if (cls === "name") name = !(start && lang === "cy" && !isCuratedName(folded));
      else if (cls === "ambiguous" && !MONTH_NAMES.has(folded))
        name = afterName || nextIsName || (!start && INTRODUCERS.has(prevWord));
      else if (cls === "word" && !start && nextIsName && (INTRODUCERS.has(prevWord) || WAS.has(prevWord)))
        name = true; // "was Zed Okonkwo": a first name that is also a word, before a surname
      else if (cls === "unknown")
        name =
          afterName ||
          (!start && besideNameByAnd(i)) ||
          (WAS.has(prevWord) &&
            next > 0 &&
            isCapitalised(tokens[next].text) &&
            (classAt(next) === "unknown" || classAt(next) === "name"));
    } else if (/^\p{Lu}{3,}$/u.test(bareOf(t.text))) {
      // Shouting: "PC JONES WAS RUDE". Only clear names: acronyms (NHS, CPS, ISVA) are in no name list.
      name = classAt(i) === "name" && !ACRONYMS.has(folded);
    } else if (lang === "en" && /^\p{Ll}+$/u.test(bareOf(t.text))) {
      name =
        isListedName(folded) ||
        (folded.length >= 3 && (INTRODUCERS.has(prevWord) || PEOPLE_WORDS.has(prevWord)) && classAt(i) === "name");
    } else if (afterName && /^\p{Ll}/u.test(t.text)) {
      name = isListedName(folded);
    }
    if (name) {
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
