/**
 * Pubs where someone works or drinks. A pub's name is a place anyone may pass, so alone it stays ("a fight outside the
 * Red Lion"); where the sentence says someone works or drinks there, it points to them as surely as a workplace
 * ("my boss at the fox and hounds", "he's always in the king's head", "I work at the anchor on the prom", "the Royal
 * Oak, he's in there every night"). Pub names have their own vocabulary, and people type them in lower case, so the
 * shape is the pub words, not capitals. Pure; redact-workplaces.ts runs it with the other workplace rules.
 */
import { classify, COMMON } from "./name-lists";
import { fold } from "./redact-rule";

/** The last word of most pub names: "the Red Lion", "the King's Head", "the Ship Inn", "the Plough". */
const PUB_HEAD = `(?:arms|inn|tavern|head|heads|lion|oak|crown|anchor|bell|plough|plow|swan|ship|hart|horse|horses|bull|vaults|
  feathers|wheatsheaf|hounds|keys|castle|star|sun|moon|greyhound|fox|stag|unicorn|dragon|eagle|falcon|pheasant|
  mitre|ram|lamb|boar|cock|cricketers|huntsman|farmers|masons|angel|railway|victoria|albert|george|chequers|globe|
  woolpack|grapes|harp|rose|tap|bridge|mill|tree|goat|bear|harrow|duck|drake|pilot|gun|compasses|trout|dolphin|
  mermaid|pelican|sportsman|barrels|beehive|sheaf|partridge|ferret|crowns|bells|swans|oaks|feathers|fleece|
  delyn|telyn|llew|ddraig|goron|llong|afr|groom|flag|nelson|wellington|cow|sailor|mariners|smugglers)`.replace(/\s+/g, "");
/** A word before the head: "Red", "King's", "Royal", "Nags", "Old", "Black", "Three". One or two of them. */
const PUB_FIRST = `(?:red|white|black|golden|green|blue|royal|old|new|kings?|king['’]s|queens?|queen['’]s|nags?|nag['’]s|
  dukes?|duke['’]s|bishops?|three|two|seven|cross|rising|half|grey|brown|spotted|jolly|lord|lord['’]s|princes?|
  prince['’]s|coach|dog|fox|rose|hare|pig|plume|fleece|bull['’]s|travellers?|traveller['’]s|station|market|ship|
  bay|boars?|boar['’]s|anchor|dun|admiral)`.replace(/\s+/g, "");
/** "the fox and hounds", "the Rose & Crown", "the coach and horses", "the plume of feathers", "the Prince of Wales". */
const PUB_PAIR = `(?:fox|rose|coach|dog|horse|hare|cat|pig|crown|bell|plough|lamb|ship|anchor|stag)\\s+(?:and|&|n)\\s+${PUB_HEAD}|(?:plume|prince|duke|marquis|marquess|king|queen)\\s+of\\s+(?:feathers|wales|york|wellington|granby|cumberland|clarence|norfolk|devonshire|cornwall|prussia|denmark)`;
/** Welsh pub names, the noun before its adjective: "y Llew Coch", "y Ddraig Goch", "y Llong Wen". */
const PUB_CY = `(?:llew|ddraig|llong|goron|delyn|afr|tarw|ceffyl|seren|bedol|angor|hwch|ych)\\s+(?:coch|goch|du|ddu|gwyn|wen|aur|mawr|fawr|bach|fach|llwyd|lwyd|glas|las|gwyrdd|werdd)`;
/** A head only pubs have, after any one word: "the bridge tavern", "the Cross Inn", "the Tredegar Arms". */
const PUB_ONLY = `(?:arms|inn|tavern|vaults)`;
/** A name only a pub has, whatever is said around it: "the Cross Inn", "the fox and hounds", "y Llew Coch", "the Red Lion". */
const NAMED_PUB = `(?:\\p{L}[\\p{L}'’]*\\s+${PUB_ONLY}|${PUB_PAIR}|${PUB_CY}|(?:${PUB_FIRST}\\s+){1,2}${PUB_HEAD})`;
const PUB = `(?:the|['’]r|y|yr)\\s+(?:${NAMED_PUB}|${PUB_HEAD}(?=\\s*\\()|${PUB_HEAD}(?=\\s*,\\s*y\\s+dafarn))|(?:the|['’]r)\\s+${PUB_HEAD}(?=\\s+(?:pub|on|in|every)\\b|\\s*,\\s*(?:dwi|rwy|wi|fi|ma|mae|i['’]?m|i\\s+am|he['’]?s|she['’]?s|(?:we|i|they)\\s+go\\s+there\\s+(?:every|most))\\b)`;

/** Words for working somewhere, or working behind its bar: "works at", "my shift at", "my boss at", "on reception at". */
const STAFF =
  "work(?:s|ed|ing)?|shifts?|boss|manager|landlord|landlady|licensee|barman|barmaid|bar\\s+staff|behind\\s+the\\s+bar|on\\s+reception|bouncer|doorman|door\\s+staff";
/**
 * What, just before a pub, says someone works or drinks there: "work at", "my shift at", "my boss at", "the landlord of",
 * "always in", "drinks in", "a regular at", "my local,", "behind the bar at".
 */
const BEFORE = `(?:${STAFF}|wrk(?:s|in)?|werk(?:s)?|regulars?|regular\\s+customer|(?:drinks|(?<=(?:^|[^\\p{L}])(?:i|we|they|you|u|still|usually|always|both)\\s)drink)(?:\\s+with\\s+(?:him|her|them))?|yfed\\s+(?:yn|ym|yng)|always|every\\s+night|my\\s+local|his\\s+local|her\\s+local|their\\s+local|local)(?:\\s*,\\s*|\\s+)(?:(?:at|in|of|down|from)\\s+)?`;
/**
 * What, just after, says it: "(where i work)", ", where I drink most Fridays", ", where I have drunk", "is my local", ",
 * he's in there every night", ", i work there", "in March, i go there every wknd".
 */
const AFTER =
  "(?=(?:\\s+in\\s+(?:\\[[^\\]]+\\]|\\p{Lu}\\p{L}+))?(?:\\s*[(,]\\s*(?:where|were)|\\s+where)\\s+(?:i|he|she|we|they|(?:my|our|his|her)\\s+\\p{L}+(?:\\s+and\\s+i)?(?=\\s+(?:works?|worked|drinks?|drank|go\\s+(?:every|most)|goes\\s+(?:every|most))\\b))\\s+(?:(?:have|has|had|always|still)\\s+)?(?:work|works|worked|drink|drinks|drank|drunk|go|goes|(?:had|has|have)\\s+a\\s+(?:pint|drink))\\b|(?:\\s+(?:in\\s+\\p{L}+(?:\\s+\\p{L}+)?|that\\s+month|last\\s+\\p{L}+))?\\s*,\\s*(?:i|he|she|we|they)\\s+(?:work|works|drink|drinks|go|goes)\\s+(?:there|in\\s+there|(?:there\\s+)?(?:every|most)\\s+\\p{L}+)\\b|(?:\\s+in\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)?(?:\\s+(?:most|every)\\s+\\p{L}+)?\\s*,?\\s+(?:(?:which|that)\\s+)?(?:is|was|['’]s|its|it['’]s|it\\s+is)\\s+(?:my|his|her|their|our)\\s+local|\\s*,\\s*(?:he|she|they)['’]?(?:s|re|\\s+is|\\s+are)?\\s+(?:always\\s+)?in\\s+there\\s+every|\\s*,\\s*y\\s+dafarn\\s+(?:lle\\s+)?(?:dwi['’]n|dw\\s+i['’]n|rwy['’]n|wi['’]n|mae\\s+(?:o|e|hi)['’]n)\\s+(?:mynd|gweithio|yfed)|(?:\\s+(?:yn|ym|yng)\\s+\\p{L}+)?(?:\\s+bob\\s+\\p{L}+(?:\\s+\\p{L}+)?)?\\s*,?\\s+(?:y\\s+dafarn\\s+)?lle\\s+(?:dwi['’]n|dw\\s+i['’]n|rwy['’]n|wi['’]n|fi['’]n|ma['’]n\\s+\\p{L}+(?:\\s+i)?['’]n|mae\\s+(?:o|e|hi)['’]n|ma\\s+(?:o|e|hi)['’]n|mae\\s+fy\\s+\\p{L}+['’]n)\\s+(?:mynd|yfed|gweithio)|\\s*,\\s*(?:i['’]?m|i\\s+am|he['’]?s|she['’]?s|he\\s+is|she\\s+is)\\s+a\\s+regular\\b|(?:\\s+y\\s+mis\\s+hwnnw|\\s+(?:yn|ym|yng)\\s+\\p{L}+)?\\s*,\\s*(?:a\\s+)?(?:dwi['’]n|rwy['’]n|wi['’]n|fi['’]n|ma['’]n|mae['’]n|mae\\s+(?:o|e|hi)['’]n|ma\\s+(?:o|e|hi)['’]n)\\s+(?:mynd|yfed|gweithio)\\s+(?:yna|yno|'na|na)\\b)";

// (after such words a pub's head alone is its name: "bar staff at the feathers", "my boss at the Plough"; not the
// first word of another place's, "the doorman at the bridge club")
const PUB_AFTER_SIGNAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(${BEFORE})(${PUB}|(?:the|['’]r|y|yr)\\s+${PUB_HEAD})(?![\\p{L}\\p{N}]|\\s+(?:club|centre|center|hall|school|college|surgery|station|shop|store|road|street|lane|estate|hotel)\\b)`,
  "giu",
);
/** A pub by any name of capitals when what follows says it is someone's local: "The Marlborough, which is my local". */
const LOCAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Tt]he|y|yr)\\s+\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+)?(?=\\s*,?\\s+(?:which|that)\\s+(?:is|was|['’]s)\\s+(?:my|his|her|their|our)\\s+local(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:pub|n|and|but|so|too)\\b))`,
  "gu",
);
/**
 * A pub someone goes to every week, by a name only a pub has: "I go to the Drovers Arms every Friday", "he goes down
 * the red lion most nights" (not "I go to the bridge every morning", "the angel every sunday for mass").
 */
const GOES_EVERY = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:i|we|he|she|they|u|you|still|always|usually|been|bin|i['’]?ve\\s+been)\\s+(?:go|goes|went|used\\s+to\\s+go|goin|going)\\s+(?:to|down|in)\\s+)(?:the|y|yr)\\s+${NAMED_PUB}(?=\\s+(?:every|most)\\s+\\p{L})`,
  "giu",
);
// (Welsh "i'r", "o'r": the "'r" is the article, straight after a letter)
const PUB_BEFORE_SIGNAL = new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?=['’]r\\s))(${PUB})(?![\\p{L}\\p{N}])${AFTER}`, "giu");

/** After words that say someone works there, any name of capitals is the place: "on reception at the Premier Inn"
 * (after "at" or "of"; "works in the Bay" is an area). */
const STRONG_BEFORE = `(?:${STAFF}|steward|doorman|bouncer)\\s+(?:at|of)\\s+`;
const NAMED_AFTER_STRONG = new RegExp(
  `(?<![\\p{L}\\p{N}])(${STRONG_BEFORE})(?:the|y|yr)\\s+\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+)?(?![\\p{L}\\p{N}])`,
  "gu",
);

export function redactPubs(text: string, label: string): { text: string; count: number } {
  let count = 0;
  // "the" goes with the name, as with every workplace: "my boss at [workplace or school]".
  let out = text.replace(PUB_AFTER_SIGNAL, (_m, before: string) => {
    count += 1;
    return before + label;
  });
  out = out.replace(NAMED_AFTER_STRONG, (m: string, before: string) => {
    const name = m.slice(before.length).replace(/^(?:the|y|yr)\s+/u, "");
    // (never a public body or a kind: "works at the Council", "in the NHS")
    if (name.split(/\s+/).every((w) => COMMON.has(fold(w)) || classify(fold(w)) === "not")) return m;
    count += 1;
    return before + label;
  });
  out = out.replace(GOES_EVERY, (_m, before: string) => {
    count += 1;
    return before + label;
  });
  out = out.replace(LOCAL, () => {
    count += 1;
    return label;
  });
  out = out.replace(PUB_BEFORE_SIGNAL, (m: string) => {
    count += 1;
    // Welsh "i'r cricketers, y dafarn…": the article stays with the word before it ("i'r [gweithle neu ysgol]").
    return (/^['’]r\s+/u.exec(m)?.[0] ?? "") + label;
  });
  return { text: out, count };
}
