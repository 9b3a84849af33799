/**
 * Name rules that a phrase around the name decides, as patterns (run after the title, relation and "called" rules of
 * redact.ts and before the word-by-word pass of redact-names.ts): ranks and titles that rule leaves out (Welsh ones,
 * "PS", "Det Con"), what a sentence says a name is ("his surname is…", "ei enw fo ydi…", "ei gyfenw hi yw…") and Welsh
 * nicknames ("Smiler maen nhw'n ei alw fe", "maen nhw'n ei alw'n Smiler"). Pure, and every pattern is linear.
 */
import { classify, COMMON, isAmbiguousName, isListedName } from "./name-lists";
import { PEOPLE_WORDS, SLANG, TEXT_SPEAK, TITLE_WORDS } from "./redact-names-words";
import { B, E, fold, isCapitalised, type Rule, WORD } from "./redact-rule";

/** A word where the phrase says a name stands: a capital is enough unless the word is an ordinary one; in lower case
 * the lists must know it as a name, or no list may know it at all. */
function namedWord(word: string): boolean {
  const folded = fold(word.replace(/['’]s$/, ""));
  const cls = classify(folded);
  if (cls === "not" || COMMON.has(folded)) return false;
  if (isCapitalised(word)) return true;
  return isListedName(folded) || cls === "name" || cls === "unknown" || isAmbiguousName(folded);
}

/** Peoples, faiths and kinds that stand where a family's surname would: "the Traveller family", "the Muslim lads". */
const GROUPS = new Set(
  `asian black white muslim jewish sikh hindu christian catholic traveller travellers gypsy roma romani local new old
   older younger other same next last first foster english welsh irish scottish british european african caribbean
   somali kurdish syrian afghan eritrean sudanese polish romanian lithuanian chinese indian pakistani bangladeshi`.split(/\s+/),
);

/** What follows a nickname at the start of a clause: where the person is from, who is with them, what they do. */
const NICKNAME_NEXT = /^\s+(?:from|off|and|n|&|is|was|has|had|keeps|kept|said|who|an|at\s+the)(?![\p{L}])/iu;

/** Keeps a possessive on the label: "Rhingyll Jones's" becomes "Rhingyll [enw]'s". */
const labelled = (word: string, label: string) => label + (/['’]s$/.test(word) ? word.slice(-2) : "");

/**
 * Ranks and titles the title rule does not know: Welsh ("y Rhingyll", "Cwnstabl", "y Parchedig", "y Cynghorydd",
 * soft-mutated after "i'r" or "gan y": "Ringyll", "Gynghorydd", "Barchedig"), and English police ranks written short
 * ("PS Khan", "Det Con Ali", "Ch Insp Bell", "Detective Okonjo").
 */
const WELSH_TITLE =
  "(?:(?:ditectif|dditectif|prif|brif|uwch)\\s+)?(?:rhingyll|ringyll|cwnstabl|gwnstabl|arolygydd|parchedig|barchedig|parch|cynghorydd|gynghorydd|prifathro|brifathro|prifathrawes|brifathrawes|syr)";
const ENGLISH_RANK = "(?:det(?:ective)?\\.?\\s+(?:con|sgt|insp|supt)|ch(?:ief)?\\.?\\s+(?:insp|supt)|acting\\s+sgt|detective|ps)";

/**
 * What a sentence says is someone's name: "his surname is Patel", "her last name was", "ei enw fo ydi", "ei gyfenw hi
 * yw", "enw'r boi ydi kyle".
 */
const NAME_STATED =
  "(?:(?:my|his|her|their|your)\\s+(?:sur|last\\s+|nick|middle\\s+|maiden\\s+|second\\s+)name\\s+(?:is|was|were|['’]s)|(?:ei|fy|eu)\\s+(?:h?enw|gyfenw|cyfenw|llysenw)(?:\\s+(?:i|o|fo|e|fe|hi|nhw))?\\s+(?:ydi|yw|ydy|oedd|ydoedd)|(?:enw|cyfenw|llysenw)\\s+(?:o|fo|e|fe|hi)\\s+(?:ydi|yw|ydy|oedd)|(?:h?enw|gyfenw|cyfenw)['’]r\\s+(?:boi|dyn|ddyn|hogyn|bachgen|fachgen|ddynes|dynes|ferch|fenyw|lad|guy|cymydog|gymydog|swyddog)\\s+(?:ydi|yw|ydy|oedd|o['’]dd|odd))";

/** Where a family lives, after their name: "next door", "at Ghyll Bank", "across the road", "from number 4". */
const WHERE_THEY_LIVE =
  /^[ \t]+(?:next[ \t]+door|from|at|over[ \t]+the[ \t]+road|across[ \t]+the[ \t]+road|opposite|upstairs|downstairs|up[ \t]+the[ \t]+road|down[ \t]+the[ \t]+road)(?![\p{L}])/iu;

/** "maen nhw'n ei alw fe", "mae pawb yn ei galw hi", "roedden nhw'n ei alw": Welsh for "they call him". */
const THEY_CALL =
  "(?:maen\\s+nhw['’]n|mae\\s+pawb\\s+yn|roedden\\s+nhw['’]n|roedd\\s+pawb\\s+yn|oedd\\s+pawb\\s+yn|ma\\s+pawb\\s+yn|ma\\s+nhw['’]n)\\s+ei\\s+(?:alw|galw)";

export const NAME_CONTEXT_RULES: Rule[] = [
  {
    // A family title with a capital before a name: "Auntie Folake was the one", "Uncle Tariq", "Anti Glenys".
    kind: "name",
    pattern: new RegExp(
      `(${B}(?:Auntie|Aunty|Aunt|Uncle|Nan|Nana|Nanna|Gran|Granny|Grandad|Grandma|Anti|Yncl|Bopa)\\s+)(\\p{Lu}\\p{Ll}+(?:['’-]\\p{L}+)*)${E}`,
      "gu",
    ),
    replace: ([, context, word], label) =>
      namedWord(word) && !TITLE_WORDS.has(fold(word)) ? context + labelled(word, label) : null,
  },
  {
    // A surname said with a doubt: "surname possibly Fletcher or Flint", "last name something like Okafor".
    kind: "name",
    pattern: new RegExp(
      `(${B}(?:surname|last\\s+name|second\\s+name|cyfenw|gyfenw)\\s*[,:]?\\s*(?:(?:possibly|maybe|perhaps|prob(?:ably)?|might\\s+be|could\\s+be|something\\s+like|like|is|was|efallai|falle)\\s+)?)${WORD}${E}((?:\\s+or\\s+${WORD.replace("(", "(?:")}${E})?)`,
      "giu",
    ),
    replace: ([, context, word, more], label) => {
      if (!namedWord(word) || /^(?:possibly|maybe|is|was|like)$/i.test(word)) return null;
      const second = /\s+or\s+(\S+)$/u.exec(more ?? "")?.[1];
      return context + labelled(word, label) + (second && namedWord(second) ? ` or ${label}` : (more ?? ""));
    },
  },
  {
    // A Welsh family by its name: "teulu'r Morganiaid", "teulu'r Jonesys" (never an ordinary word: "teulu'r Fro").
    kind: "name",
    pattern: /(?<![\p{L}\p{N}])(teulu['’]r\s+)(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/gu,
    replace: ([, family, word], label) => (COMMON.has(fold(word)) || classify(fold(word)) === "word" ? null : family + label),
  },
  {
    // A family by its surname in the plural: "the Dunmores", "the Joneses", "the Fitzgeralds' dog". Only a surname the
    // lists know as a name and no dictionary knows as a word ("the Browns" could be a team), after "the". A programme
    // named after a family ("the Simpsons") is taken too: rare in an answer, and the price of catching families.
    // Where the sentence says where they live, a surname in lower case or one that is also a word counts too: "the
    // pritchards next door", "The Dobsons at Ghyll Bank" (never "the neighbours next door", "the lads from…").
    kind: "name",
    pattern: /(?<![\p{L}\p{N}])([Tt]he\s+)(\p{L}[\p{Ll}'’-]+?)(e?s)(?=['’]?(?![\p{L}\p{N}]))/gu,
    replace: ([m, the, stem, plural], label, _lang, { offset, input }) => {
      // Not a shop or a bank named after its founder ("the Morrisons", "the Barclays fraud team").
      if (classify(fold(stem + plural)) === "not") return null;
      // "Joneses" is "Jones" + "es"; "Dunmores" is "Dunmore" + "s", which the lazy stem reads as "Dunmor" + "es".
      const singular = fold(stem) + (plural === "es" && !/(?:s|sh|ch|x|z)$/u.test(fold(stem)) ? "e" : "");
      if (COMMON.has(singular) || PEOPLE_WORDS.has(singular)) return null;
      const cls = classify(singular);
      if (cls === "name" && isCapitalised(stem)) return the + label;
      const lives = WHERE_THEY_LIVE.test(input.slice(offset + m.length, offset + m.length + 40));
      return lives && (cls === "name" || (cls === "ambiguous" && isCapitalised(stem))) ? the + label : null;
    },
  },
  {
    // "y Rhingyll Jones", "Cwnstabl Mair Evans", "PS Khan", "Det Con ali": a rank, then a name.
    kind: "name",
    pattern: new RegExp(`(${B}(?:${WELSH_TITLE}|${ENGLISH_RANK})\\.?\\s+)${WORD}${E}`, "giu"),
    replace: ([, title, word], label) => {
      // "PS" in capitals only: in lower case it is the end of a message ("ps dont tell him").
      if (/^ps\b/i.test(title) && !/^PS\b/.test(title)) return null;
      // An ordinary word after it is what the title goes with ("Cynghorydd Sir", "Det Con Unit"), not a name.
      const cls = classify(fold(word.replace(/['’]s$/, "")));
      return namedWord(word) && cls !== "word" && (isCapitalised(word) || isListedName(fold(word)) || cls === "name")
        ? title + labelled(word, label)
        : null;
    },
  },
  {
    // "his surname is Patel", "her last name's kowalczyk", "ei enw fo ydi dion roberts", "ei gyfenw hi yw Huws".
    kind: "name",
    pattern: new RegExp(`(${B}${NAME_STATED}(?:\\s*[:–-])?\\s*['"“‘]?)${WORD}${E}`, "giu"),
    replace: ([, context, word], label) => (namedWord(word) ? context + labelled(word, label) : null),
  },
  {
    // "Smiler maen nhw'n ei alw fe": a capitalised word before "they call him" is the name they call him.
    kind: "name",
    pattern: new RegExp(`${B}(\\p{Lu}[\\p{L}'’-]*)(?=[,]?\\s+${THEY_CALL}\\b)`, "gu"),
    replace: ([, word], label) => (namedWord(word) ? labelled(word, label) : null),
  },
  {
    // "maen nhw'n ei alw'n Smiler", "yn cael ei galw'n Bel": what someone is called, after the verb.
    kind: "name",
    pattern: new RegExp(`(${B}(?:ei|eu)\\s+(?:alw|galw)['’]n\\s+['"“‘]?)${WORD}${E}`, "giu"),
    replace: ([, context, word], label) => (namedWord(word) ? context + labelled(word, label) : null),
  },
  {
    // "mae o'n galw ei hun yn Smiler", "yn galw'i hunan yn 'Sali'": what someone calls themself. In lower case only a
    // name the lists know, since a description follows as often ("yn galw ei hun yn arwr", "yn dda").
    kind: "name",
    pattern: new RegExp(`(${B}(?:alw|galw)(?:\\s+ei|['’]i)\\s+hun(?:an)?\\s+yn\\s+['"“‘]?)${WORD}${E}`, "giu"),
    replace: ([, context, word], label) => {
      const folded = fold(word.replace(/['’]s$/, ""));
      const named = isCapitalised(word) ? namedWord(word) : isListedName(folded) || classify(folded) === "name";
      return named ? context + labelled(word, label) : null;
    },
  },
  {
    // A surname spelled out letter by letter: "W-I-E-C-Z-O-R-E-K", "k.o.w.a.l". Not a word spelled for emphasis
    // ("N-O-T-H-I-N-G").
    kind: "name",
    pattern: new RegExp(`${B}\\p{L}(?:[-.]\\p{L}){3,24}${E}`, "gu"),
    replace: ([m], label) => {
      const joined = fold(m.replace(/[-.]/g, ""));
      return COMMON.has(joined) || classify(joined) === "word" || (/^(?:\p{L}\.){2,}/u.test(m) && joined.length <= 4)
        ? null
        : label;
    },
  },
  {
    // Welsh says whose son or wife someone is with the name straight after: "mab Dilwyn", "gwraig Gareth", "ffrind Nia"
    // (Dilwyn's son). A capital there is a person unless the word is never a name ("merch Cymru").
    kind: "name",
    pattern: new RegExp(
      `(${B}(?:mab|fab|merch|ferch|gwraig|wraig|gŵr|ŵr|brawd|frawd|chwaer|nain|taid|ffrind|cariad|gariad|cymydog|gymydog|cymdoges|gymdoges)\\s+)(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)${E}`,
      "gu",
    ),
    replace: ([, context, word], label, lang) => (lang === "cy" && namedWord(word) ? context + labelled(word, label) : null),
  },
  {
    // A nickname in lower case: "big mick from the flats", "lil jay". A name the lists know or a word no list knows after
    // "big"/"lil" (redact.ts takes the adjective with it); not "big man", "lil bro".
    kind: "name",
    pattern: new RegExp(`(${B}(?:big|lil)\\s+)(\\p{Ll}{2,12})${E}`, "gu"),
    replace: ([m, context, word], label, _lang, { offset, input }) => {
      const folded = fold(word);
      const cls = classify(folded);
      if (COMMON.has(folded) || PEOPLE_WORDS.has(folded) || SLANG.has(folded) || TEXT_SPEAK.has(folded)) return null;
      if (isListedName(folded) || cls === "name" || cls === "unknown") return context + label;
      // A name that is also a word ("big mick", "big mo"), or a short word no name list holds ("big tel"), only opening
      // a clause and before what the sentence says of a person: not "a big bill from the council".
      const before = input.slice(Math.max(0, offset - 6), offset);
      const after = input.slice(offset + m.length, offset + m.length + 16);
      const opens = /(?:^|[.!?,;:(]|\s(?:and|n|&|with|wiv))\s*$/iu.test(before);
      return (cls === "ambiguous" || (cls === "word" && folded.length <= 4)) && opens && NICKNAME_NEXT.test(after)
        ? context + label
        : null;
    },
  },
  {
    // A family's child or children by the surname: "the Tanner boy", "the Okoro twins", "the Price family". Not a
    // people, a faith or a kind ("the Polish family", "the Asian lads", "the new boy").
    kind: "name",
    pattern: new RegExp(
      `(${B}the\\s+)(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?=\\s+(?:boy|boys|girl|girls|lad|lads|kid|kids|family|brothers|sisters|twins|household)${E})`,
      "gu",
    ),
    replace: ([, context, word], label) => {
      const folded = fold(word);
      const cls = classify(folded);
      if (COMMON.has(folded) || GROUPS.has(folded) || (/(?:ish|ese|ian|an|i)$/.test(folded) && cls === "unknown")) return null;
      return cls === "name" || cls === "ambiguous" || cls === "unknown" ? context + label : null;
    },
  },
  {
    // Someone spoken to by name at the start of what was said: "'Frank, we'll do what we can'", "“Sue, sit down”".
    kind: "name",
    pattern: new RegExp(`((?:^|[\\s(])['"“‘])(\\p{Lu}\\p{Ll}+)(?=,\\s)`, "gu"),
    replace: ([, context, word], label) => {
      const folded = fold(word);
      const cls = classify(folded);
      return !COMMON.has(folded) && (cls === "name" || cls === "ambiguous") ? context + label : null;
    },
  },
];
