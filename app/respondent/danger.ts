/**
 * Danger-now detection in free-text answers.
 *
 * When an answer suggests the respondent may be in danger now (a threat, a weapon, being trapped, living with
 * the person who hurt them, thoughts of suicide or self-harm), the thank-you page leads with emergency help.
 *
 * Over-inclusive by design. A false alarm only shows 999 and the helplines more prominently; a miss could leave
 * someone without them. So past events that read like present ones ("he said he would kill me") are flagged too,
 * and only ordinary idioms ("dying to know", "kill the engine", "I felt safe") are kept out.
 *
 * The flag is never linked to a person: it is stored on the response as a yes/no and staff only ever see how
 * many responses to a survey raised it, under the same small-number suppression as every other count.
 *
 * Phrases are plain words so safeguarding leads can review them. Two marks keep the list short:
 * `{a|b|c}` offers alternatives (an empty one makes the slot optional) and `word*` matches any ending
 * ("threaten*" → threatens, threatened, threatening). Matching ignores case, accents, apostrophes (’ or '),
 * punctuation and repeated spaces, and is always on whole words.
 */

/** Phrases in English and Welsh that suggest someone is in danger now; maintained here, reviewed by safeguarding leads. */
export const DANGER_PHRASES: { en: readonly string[]; cy: readonly string[] } = {
  en: [
    // Threats to life or of violence
    "kill {me|us|my}",
    "threat* to kill",
    "{will|would|going to|gonna|gunna|wants to|threaten* to|tried to|trying to|try to|he'll|she'll|they'll} {hurt|stab|shoot|strangle|find} {me|us|my kids|my children|my baby|my family}",
    "{is|keeps|still|he's|she's|they're|he is|she is|they are} {hurting|hitting|beating|choking|strangling|threatening} {me|us}",
    "{he|she|they} {hits|beats|chokes|strangles|kicks|punches|hurts} {me|us}",
    "{stab|shoot|strangle} me",
    // Strangulation is a recognised marker of high risk even when it is in the past.
    "{strangled|strangling|choked|choking} {me|us}",
    "{scared|afraid|frightened|terrified|fear|fearful|feared|fearing} for my {life|safety|kids|children|family}",
    "{i'm|i am|im|i'm still|i am still} {scared|afraid|frightened|terrified} {of him|of her|of them|he will|she will|they will|he'll|she'll|they'll}",
    "{has|have|got|carrying|carries|holding|with} a {knife|gun|weapon|blade|machete|firearm}",
    // Where the person who hurt them is
    "{he is|he's|she is|she's|they are|they're|someone is|somebody is} {still |}{outside|at my door|at the door|in my house|in the house|in my garden|here now}",
    "outside my {house|home|flat|door|window} {now|right now|again}",
    "{coming|come} {for me|to get me|after me}",
    "{keeps|keep|is|are|still|been|he's|she's|they're} {following|watching|stalking} {me|us|my house}",
    "stalking me",
    "{turns|turned|turning|keeps turning|keep turning} up at my {house|home|work|door|flat|school}",
    "know* where {i|we} live",
    "{found out|find out} where {i|we} live",
    "{knows|has|found} my address",
    "still {live|living|lives|stay|staying} with {him|her|them|me|my abuser|my attacker|the abuser}",
    "{live|living} with my {abuser|attacker}",
    // Feeling unsafe now
    "{i'm|i am|im|we're|we are|i'm still|i am still|i feel|i still feel|we feel} {not safe|unsafe|in danger}",
    "{don't|do not|dont|doesn't|never|no longer} feel safe",
    "{not safe|unsafe} {at|in} {home|my home|my house|my flat|the house}",
    "not safe {anymore|any more|now}",
    "in {immediate|real} danger",
    "in danger now",
    "{my kids are|my children are|we're still|still} in danger",
    // Trapped, or asking for help now
    "locked {me|us} in",
    "locked in",
    "won't let me {leave|out|go}",
    "{i'm|i am|im} trapped",
    "{help me|help us} {now|right now|please}",
    "please help {me|us}",
    "{someone|somebody} help me",
    "need help {now|right now}",
    "{send|call} {help|the police|police} now",
    // Suicide and self-harm
    "{kill|killing} myself",
    "{end|ending|take|taking} my {own |}life",
    "{end|ending} it all",
    "{feel like|thinking of|thinking about|want to} ending it",
    "{want|wanna|wanting|going} to die",
    "wish i {was|were} dead",
    "better off dead",
    "{don't|do not} want to {live|be alive|be here anymore|be here any more}",
    "no {point|reason} {in living|living|to live|in going on}",
    "can't go on {anymore|any more|like this}",
    "suicid*",
    "self {harm*|injur*}",
    "selfharm*",
    "{hurt|hurting|harm|harming|cut|cutting|injure|injuring|starve|starving} myself",
    "{take|taking} an overdose",
  ],
  cy: [
    // Bygythiadau i fywyd neu drais
    "{mynd i|bygwth|bydd e'n|bydd o'n|bydd hi'n|wnaiff e|wnaiff o|wnaiff hi|neith o|neith e} {fy lladd|fy mrifo|fy nhrywanu}",
    "{mynd|bygwth} {i'n|i'm} {lladd|mrifo|nhrywanu}",
    "bygwth {lladd|fy lladd}",
    "{mae e'n|mae o'n|mae hi'n|maen nhw'n|mae e yn|mae o yn|mae hi yn} {fy mrifo|fy nharo|fy mygwth|fy nhagu}",
    "{ofn|ofni|poeni} am fy mywyd",
    "mae arna i ofn",
    "mae ofn arna i",
    "mae gen i ofn",
    "{dw i'n|dwi'n|rydw i'n|rwy'n|dw i mor|dwi mor} ofnus",
    "{ganddo|ganddo fe|ganddo fo|ganddi|ganddi hi|gyda fe|gydag e|gydag o|gyda hi|ganddyn nhw|gyda nhw} {gyllell|wn|arf}",
    "gyda chyllell",
    // Ble mae'r person
    "{mae e|mae o|mae fe|mae hi|maen nhw} {tu allan|y tu allan|wrth y drws|yn y tŷ|yma nawr|yma rŵan}",
    "tu allan {i'r tŷ|i fy nhŷ|i'r drws|i fy nrws}",
    "gwybod {ble|lle} {dw i'n|dwi'n|rydw i'n|rwy'n|ydw i'n|ydyn ni'n|dyn ni'n} byw",
    "gwybod fy nghyfeiriad",
    "dal {i fyw|yn byw} {gydag e|gyda fe|gyda fo|gydag o|gydag ef|gyda hi|gyda nhw|gyda'r camdriniwr}",
    "{yn fy nilyn|fy stelcian}",
    // Ddim yn ddiogel
    "{dydw i|dw i|dwi|rydw i|rwy|dydyn ni|dyn ni} ddim yn {ddiogel|teimlo'n ddiogel|teimlo yn ddiogel}",
    "ddim yn ddiogel {gartref|adref|adre|yn y tŷ|nawr|rŵan}",
    "{teimlo'n|teimlo yn} anniogel",
    "mewn perygl",
    // Wedi'u cloi i mewn, neu'n gofyn am help nawr
    "{fy nghloi|cloi fi|cloi ni|ein cloi} {i mewn|mewn|yn y tŷ}",
    "{helpwch|helpa|help} fi",
    "{helpwch|helpa} ni {nawr|rŵan|plis}",
    "angen help {nawr|rŵan|ar unwaith}",
    // Hunanladdiad a hunan-niweidio
    "{lladd|ladd} fy {hun|hunan}",
    "{eisiau|isio|isie|moyn} marw",
    "{ddim|dim} eisiau byw",
    "dim {pwynt|rheswm} {byw|i fyw}",
    "{gorffen|diweddu|rhoi diwedd ar} fy mywyd",
    "hunanladd*",
    "hunan {niweidio|niwed|anafu}",
    "{niweidio|brifo|anafu|torri} fy {hun|hunan}",
    "gorddos",
  ],
};

type Token = { word: string; prefix: boolean };

/** Lower case, no accents, no apostrophes ("he’s" and "hes" are one word), then words only. */
function tokenise(text: string, allowWildcard = false): string[] {
  const folded = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, "");
  return folded.split(allowWildcard ? /[^\p{L}\p{N}*]+/u : /[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "{a|b} c" → ["a c", "b c"]. Groups do not nest. */
function expand(phrase: string): string[] {
  const group = /\{([^{}]*)\}/.exec(phrase);
  if (!group) return [phrase];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return group[1].split("|").flatMap((option) => expand(before + option + after));
}

/** Each phrase as a sequence of tokens, indexed by its first word so a text is read once. */
function compile(phrases: readonly string[]) {
  const byFirstWord = new Map<string, Token[][]>();
  const wildFirst: Token[][] = [];
  for (const phrase of phrases)
    for (const variant of expand(phrase)) {
      const tokens = tokenise(variant, true).map((t) => ({ word: t.replace(/\*$/, ""), prefix: t.endsWith("*") }));
      if (tokens.length === 0) continue;
      if (tokens[0].prefix) wildFirst.push(tokens);
      else byFirstWord.set(tokens[0].word, [...(byFirstWord.get(tokens[0].word) ?? []), tokens]);
    }
  return { byFirstWord, wildFirst };
}

const MATCHER = compile([...DANGER_PHRASES.en, ...DANGER_PHRASES.cy]);

const fits = (token: Token, word: string | undefined) =>
  word !== undefined && (token.prefix ? word.startsWith(token.word) : word === token.word);

function matchesAt(words: string[], start: number, tokens: Token[]) {
  return tokens.every((token, i) => fits(token, words[start + i]));
}

/** True when any of the texts (in any language; check both lists always, people mix languages) suggests danger now. */
export function suggestsDanger(texts: readonly string[]): boolean {
  return texts.some((text) => {
    const words = tokenise(text);
    return words.some(
      (word, start) =>
        (MATCHER.byFirstWord.get(word) ?? []).some((tokens) => matchesAt(words, start, tokens)) ||
        MATCHER.wildFirst.some((tokens) => matchesAt(words, start, tokens)),
    );
  });
}
