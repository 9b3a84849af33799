/**
 * Redaction of free text at ingest: what panels and the public may read.
 * Pure. Replaces personal details with labelled placeholders in the
 * respondent's language. It is a safety net, not a guarantee: analysts still
 * read with care, and the unredacted text is kept only for the retention period.
 *
 * It runs on every submission, so every pattern is linear: quantifiers are
 * bounded or cannot overlap, and words are judged in callbacks rather than by
 * backtracking. Emergency and short service numbers (999, 101, 111, 116 123),
 * times, money, years and ages stay; a date only counts as a date of birth next
 * to words that say so, and the exact date of an incident is generalised to its
 * month (redact-dates.ts). Helpline numbers are phone numbers. The rules live
 * by kind in this folder and run in one order, most specific first:
 * redact-contacts.ts (e-mail, web, social media names, phones),
 * redact-identifiers.ts (dates of birth, NI, licences, references, plates),
 * redact-dates.ts, redact-addresses.ts; names from titles, relations and
 * "called" here, then workplaces (redact-workplaces.ts) and the name lists
 * (redact-names.ts).
 */
import { classify, COMMON, isAmbiguousName, isEverydayWord, isListedName, isUkPlace, isWelshName } from "./name-lists";
import { ADDRESS_RULES } from "./redact-addresses";
import { CONTACT_RULES, PHONE_RULES } from "./redact-contacts";
import { DATE_RULES } from "./redact-dates";
import { CARD_RULES, IDENTIFIER_RULES, LATE_IDENTIFIER_RULES } from "./redact-identifiers";
import { NAME_CONTEXT_RULES } from "./redact-name-context";
import { PAST_TENSES, PEOPLE_WORDS, PERSON_VERBS, PET_WORDS, TITLE_WORDS } from "./redact-names-words";
import { collapseNameRuns, redactLooseNames } from "./redact-names";
import { joinProperRuns } from "./redact-proper-runs";
import { B, E, fold, isCapitalised, mutations, type RedactionKind, type Rule, WORD } from "./redact-rule";
import { addTagged } from "./redact-tagger";
import { redactAges, redactWorkplaces, withBranch } from "./redact-workplaces";

export type { RedactionKind } from "./redact-rule";

const LABELS: Record<"en" | "cy", Record<RedactionKind, string>> = {
  en: {
    email: "[email address]",
    url: "[web address]",
    phone: "[phone number]",
    postcode: "[postcode]",
    address: "[address]",
    insurance: "[National Insurance number]",
    handle: "[social media name]",
    date: "",
    vehicle: "[vehicle registration]",
    reference: "[reference number]",
    dob: "[date of birth]",
    workplace: "[workplace or school]",
    age: "[age]",
    name: "[name]",
  },
  cy: {
    email: "[cyfeiriad e-bost]",
    url: "[cyfeiriad gwe]",
    phone: "[rhif ffôn]",
    postcode: "[cod post]",
    address: "[cyfeiriad]",
    insurance: "[rhif Yswiriant Gwladol]",
    handle: "[enw cyfryngau cymdeithasol]",
    date: "",
    vehicle: "[rhif cofrestru cerbyd]",
    reference: "[cyfeirnod]",
    dob: "[dyddiad geni]",
    workplace: "[gweithle neu ysgol]",
    age: "[oed]",
    name: "[enw]",
  },
};

/**
 * Whether a word in a name position is a name. A capital letter is evidence enough unless the word is an ordinary
 * one; a lower-case word needs more: the name list, or (after an abbreviated title such as "pc") not being common.
 */
function isName(word: string, lowerCase: "listed" | "named" | "relation" | "uncommon") {
  const w = fold(word.replace(/['’]s$/, ""));
  const cls = classify(w);
  if (cls === "not") return false;
  if (isCapitalised(word)) return !COMMON.has(w) || w === "will" || w === "may"; // "my son Will", "fy merch May"
  if (lowerCase === "listed") return isListedName(w) || cls === "name";
  // After a relation ("my mate jade", "my dad frank") a name kept here that is also a word counts too.
  if (lowerCase === "relation")
    return (
      !PAST_TENSES.has(w) &&
      !PRESENT_TENSES.has(w) && // "my kids go to school", "my neighbours say"
      !RELATION_WORD.test(w) && // "my ex-husband's surname"
      !OWNED_THINGS.has(w) && // "my mates house", "my nans car"
      (isListedName(w) || cls === "name" || isAmbiguousName(w) || (cls === "ambiguous" && !/(?:ed|s)$/.test(w)))
    );
  // After "called" or "named" a word in no dictionary is a name too ("a lad called jonno").
  // So is a name the registry knows that is also a word ("calld himself billy"), unless it reads as a verb or a plural.
  if (lowerCase === "named")
    return (
      isListedName(w) ||
      cls === "name" ||
      cls === "unknown" ||
      isAmbiguousName(w) ||
      (cls === "ambiguous" && !/(?:ed|ing|s)$/.test(w))
    );
  // After a short title in lower case ("pc", "pcso"): any word but the commonest, and not a dictionary's verb ("the new
  // pcso seems nice", "pc turned up").
  return !COMMON.has(w) && !(cls === "word" && /(?:s|ed|ing)$/.test(w));
}

/** Everyday verbs a name list also holds: after "my kids" or "my neighbours" they are what they do. */
const PRESENT_TENSES = new Set(
  `go goes do does say says work works walk walks live lives come comes play plays stay stays know knows want wants
   need needs like likes love loves get gets keep keeps call calls try tries tell tells help helps look looks run runs
   sit sits see sees hear hears leave leaves visit visits stop stops`.split(/\s+/),
);

/** What people are called that is no nickname: "everyone calls her stupid". */
const INSULTS = new Set(
  "stupid thick fat ugly useless liar scum mental crazy weird gay slag slut grass snitch nonce paedo freak loser idiot thief junkie smackhead druggie retard spastic retarded psycho sad dumb lazy".split(
    " ",
  ),
);

/** People's habit of calling someone something, in the present: "everyone calls him", "they call her". */
const HABITUAL_CALL = /(?:everyone|everybody|they|people|we|u|ppl)\s+calls?\s+(?:him|her|them)\s+['"“‘]?$/iu;

/**
 * An everyday word as a nickname, by the habit it is said with ("everyone calls him spud, he…", "known as dizzy round
 * the estate"), at the end of its clause: not "they called him a liar", "they call him names", "calls her stupid".
 */
function habitualNickname(word: string, before: string, after: string): boolean {
  const w = fold(word);
  const habit =
    HABITUAL_CALL.test(before) ||
    (/known\s+as\s+['"“‘]?$/iu.test(before) &&
      /^\s+(?:round|around|on\s+the\s+estate|to\s+everyone|by\s+everyone|in\s+the\s+village)\b/iu.test(after));
  return (
    habit &&
    classify(w) === "word" &&
    !COMMON.has(w) &&
    !/(?:s|ed|ing|ly)$/.test(w) &&
    !INSULTS.has(w) &&
    /^\s*(?:[,.;!?)]|$|\s+(?:n|and|but|cos|round|on|from|coz)\b)/iu.test(after.slice(0, 8))
  );
}

/** Replaces the name but keeps a possessive: "Jason's car" becomes "[name]'s car". */
const nameLabel = (word: string, label: string) => label + (/['’]s$/.test(word) ? word.slice(-2) : "");

const RELATIONS_EN = `n[ei]{1,2}g?h?bou?rs? husband wife partner fianc[eé]e? ex-partner ex-husband ex-wife ex-boyfriend ex-girlfriend ex
  boyfriend girlfriend son daughter stepson stepdaughter brother sister step-?brother step-?sister friends? mates? mum mom mam dad
  mother father step-?dad step-?mum step-?father step-?mother uncle aunt auntie cousin nan nana gran grandma grandad grandson
  granddaughter nephew niece landlord landlady boss manager colleague carer (?:support\\s+)?worker caseworker advocate
  solicitor isva idva kids? children missus misses hubby bf gf fella bestie housemates? flatmates? roommates? classmates? assistant apprentice
  coursemates? workmates?`;
const RELATIONS_CY = `cymydog cymdoges gŵr gwr gwraig partner cariad mab merch brawd chwaer ffrind mam tad modryb ewythr cefnder
  cyfnither cyn-bartner cyn-ŵr cyn-wr cyn-wraig cyn-gariad llystad llysfam cydweithiwr landlord bos nain taid mam-gu tad-cu ŵyr
  wyres plant gweithiwr`;
const RELATION = `(?:${[...RELATIONS_EN.split(/\s+/), ...RELATIONS_CY.split(/\s+/).flatMap(mutations)]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const RELATION_WORD = new RegExp(`^${RELATION}$`, "iu");
/** Welsh adjectives that follow a relation ("fy mrawd bach", "fy chwaer fawr", "fy mab hynaf"): never a name there. */
const WELSH_RELATION_ADJECTIVES = new Set(
  "bach fach bychan fychan mawr fawr hyna hynaf hena henaf ifanc ieuenga ieuengaf ifanca ifancaf annwyl druan".split(" "),
);
/** What a relation owns, written without the apostrophe ("my mates house"): never the relation's name. */
const OWNED_THINGS = new Set("house flat place car van home garden room door party phone bike".split(" "));
const TITLE =
  "(?:(?:detective|chief|acting|police|ditectif|dditectif|prif|uwch|staff|charge)\\s+)?(?:pcso|pc|dci|dc|ds|di|sgt|sergeant|serjeant|sarge|sarjant|sarj|insp|inspector|constable|cwnstabl|gwnstabl|officer|swyddog|arolygydd|supt|superintendent|mrs|mr|ms|miss|mx|dr|prof|nurse|nyrs|judge|barnwr|cllr|councillor|revd|rev)";
/** Titles that are abbreviations or ranks: the ones initials follow ("Mr J S", "DC R. Patel"), not "swyddog o…". */
const SHORT_TITLE =
  "(?:(?:detective|acting|police)\\s+)?(?:pcso|pc|dci|dc|ds|di|sgt|insp|supt|mrs|mr|ms|miss|mx|dr|prof|cllr|revd|rev|sergeant|constable|inspector)";
/** Short titles people also type in lower case ("pc hughes"); full words like "officer" are ordinary nouns too. */
const LOWER_CASE_TITLES = new Set(["pc", "dc", "ds", "sgt", "pcso", "dr", "mr", "mrs", "ms", "insp", "dci", "supt", "cllr"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr"]);
const ARTICLE = "(?:the|a|an|my|your|his|her|our|their|y|yr|fy|ei|eu|ein)";

const POSSESSIVE = "(?:my|our|his|her|their|fy|ei|ein|eu)";
/** Before a relation: "my lil brother ollie", "her older sister Amy". */
const RELATION_ADJECTIVE = "(?:lil|little|big|baby|older|younger|oldest|eldest|youngest|twin|half|kid|best)";
/** "calls himself", and as people type it: "calld hisself", "callin herself", "cald themself". */
const CALLS_SELF = "(?:call(?:ing|ed|s|d|in|z)?|cald)\\s+(?:him|his|her|them|their)sel(?:f|ves)";
const NAMED = `(?:named|aka|known\\s+as|o['’]r\\s+enw|${CALLS_SELF}|goes\\s+by|went\\s+by|(?:us(?:ing|ed|es)|under|by|gave|giving|gives)\\s+the\\s+name(?:\\s+of)?)`;
/** Between a relation and a name: a comma, a bracket, a dash with spaces ("my daughter - Megan"), or spaces; never a
 * hyphen inside a word ("fy mam-gu"). */
const NAME_GAP = "(?:\\s*[,(–]\\s*|\\s+-\\s*|\\s+)";
/** A pet just before "is called", "was named": its name is no person's. */
const PET_BEFORE = new RegExp(`(?:${PET_WORDS})s?(?:['’]s)?\\s+(?:(?:is|was)\\s+)?$`, "iu");
/** "called" alone is usually the verb ("I called Victim Support"), so it needs someone before it. */
const SOMEONE =
  "(?:man|woman|lad|lady|girl|boy|guy|bloke|fella|someone|somebody|sum1|some1|sumone|sumbody|person|kid|child|friend|one|he['’]?s|she['’]?s|is|was|were|are)";
const NAME_IS =
  "(?:(?:my|his|her|their|fy)\\s+(?:first\\s+|real\\s+|full\\s+)?(?:name|enw)(?:\\s+i)?(?:\\s+(?:is|was|yw|oedd)|['’]s)|(?:my|his|her)\\s+(?:real\\s+)?names(?=\\s)|(?:name|enw)\\s*[:–-])";

/** What a family does, after its surname in the plural: "the kendricks been bullyin", "the mcdonaghs again". */
const FAMILY_AFTER =
  /^(?:\s+(?:again|family|lot|clan|next\s+door|over\s+the\s+road|down\s+the\s+road|(?:have|had|has|are|were|r|been|keep|kept|run|ran|live|lived|who|that|they|own|always)\b)|\s*,\s*(?:they|who|them|everyone|every1)\b)/iu;
/** Shops, pubs, parties and bands named like a family: "the sainsburys have been robbed", "y Tories", "i'r Morrisons". */
const NOT_A_FAMILY =
  /^(?:mcdonalds|mcdonald['’]s|sainsburys|sainsbury['’]s|greggs|morrisons|harveys|wetherspoons|o['’]neills|dunelms|timpsons|boots|tories|gallaghers|simpsons|kardashians|beatles|waltons|osbournes|proclaimers)$/u;

/** Ordered: the most specific first, so a postcode is not taken for a reference, nor an e-mail for a name. */
const RULES: Rule[] = [
  ...CONTACT_RULES,
  ...IDENTIFIER_RULES,
  ...DATE_RULES,
  ...CARD_RULES,
  ...PHONE_RULES,
  ...ADDRESS_RULES,
  ...LATE_IDENTIFIER_RULES,
  {
    // A title, then initials: "Mr J S", "mr j s", "Miss R. J. Castellanos" (the surname after them goes with the names
    // pass). Not "asked the Dr I was…" nor "Mr A" as a word: a lone "I" or "a" is only an initial with a full stop.
    kind: "name",
    pattern: new RegExp(`(${B}${SHORT_TITLE}\\.?\\s+)((?:\\p{L}(?:\\.\\s*|\\s+)){0,2}\\p{L}\\.?)(?![\\p{L}\\p{N}_])`, "giu"),
    replace: ([, context, initials], l) => {
      const letters = initials.replace(/[.\s]/g, "");
      // "a", "i", "o", "y" and "e" are words in English or Welsh: an initial only with a full stop.
      if (!initials.includes(".") && /^[iaoye]$/i.test(letters[0])) return null;
      if (!/^\p{Lu}+$/u.test(letters) && !/^\p{Ll}+$/u.test(letters)) return null;
      // A lower-case title needs lower-case initials ("mr j s"); a capital one needs capitals ("Mr J S").
      if (/^\p{Ll}/u.test(letters) && /^\p{Lu}/u.test(context) && !initials.includes(".")) return null;
      return context + l;
    },
  },
  {
    // A title, then a name: "PC Jones", "Sgt.Thomas", "pc hughes", "Sarjant Evans", "PC 4471 Davies" (the collar number goes too).
    kind: "name",
    // (a title straight after another is the next match's: "the school officer sgt malik")
    pattern: new RegExp(
      `(${B}${ARTICLE}\\s+)?(${B}${TITLE})(\\.\\s*|\\s+)(?:\\d{2,5}\\s+|(\\[(?:reference number|cyfeirnod)\\]\\s+))?(?!${SHORT_TITLE}\\.?\\s)${WORD}${E}`,
      "giu",
    ),
    // (a collar number already taken stays with its label: "pc [cyfeirnod] hughes" → "pc [cyfeirnod] [enw]")
    replace: ([, article, title, gap, collar, word], l) => {
      const fullStop = gap.startsWith(".");
      const short = LOWER_CASE_TITLES.has(fold(title));
      // "the Inspector. Then…" and "the PC. He…" end one sentence and start another; "a Mr. Jenkins" does not.
      if (fullStop && (!short || (article && !HONORIFICS.has(fold(title))))) return null;
      const lowerCase = short && !article && title.split(/\s+/).length === 1 ? "uncommon" : "listed";
      // (after a collar number a verb follows as often as a name, "PC [reference number] dealt with it": a name the
      // lists know, or a capitalised word no dictionary does)
      const f = fold(word);
      if (collar && !(classify(f) === "name" || (isCapitalised(word) && !isEverydayWord(f) && classify(f) !== "word")))
        return null;
      return isName(word, lowerCase) ? `${article ?? ""}${title}${gap}${collar ?? ""}${nameLabel(word, l)}` : null;
    },
  },
  {
    // A relation, then a name: "my neighbour gary", "my partner's brother Liam", "fy nghymydog Gareth", "my daughter (Megan)".
    kind: "name",
    pattern: new RegExp(
      `(${B}${POSSESSIVE}\\s+(?:${RELATION}['’]s\\s+)?(?:${RELATION_ADJECTIVE}\\s+)?${RELATION}(?:[\\s-]in[\\s-]law)?(?:\\s+(?:called|${NAMED}))?${NAME_GAP})${WORD}${E}`,
      "giu",
    ),
    // In brackets straight after a relation, a word is a name unless it is an ordinary one: "his mate (tj)". A Welsh
    // adjective after the relation says which one: "fy mrawd bach", "fy merch hynaf".
    replace: ([m, context, word], l, _lang, { offset, input }) =>
      (!WELSH_RELATION_ADJECTIVES.has(fold(word)) && isName(word, "relation")) ||
      (/\(\s*$/.test(context) && /^\s*\)/.test(input.slice(offset + m.length, offset + m.length + 3)) && isName(word, "named"))
        ? context + nameLabel(word, l)
        : null,
  },
  {
    // A nickname: "everyone knows him as Tank", "known as 'Smiler'", "calls himself Kingpin". A capital letter is
    // enough here, even on an everyday word; in lower case the word must not be an ordinary one.
    kind: "name",
    pattern: new RegExp(
      `(${B}(?:known\\s+(?:(?:locally|round\\s+here|around\\s+here|on\\s+the\\s+estate|in\\s+the\\s+village)\\s+)?(?:to\\s+(?:everyone|everybody|all|people|us|them|the\\s+police)\\s+)?as|(?:call|calls|called)\\s+(?:him|her|them)(?!sel)|(?:they|everyone|everybody|people|we|u)\\s+(?:call|calls|called)(?!\\s+(?:him|her|them|me|us)(?![\\p{L}]))|know[sn]?\\s+(?:him|her|them)\\s+as|knew\\s+(?:him|her|them)\\s+as|nicknamed|nickname\\s+(?:is|was)|${CALLS_SELF}|goes\\s+by|went\\s+by)\\s+['"“‘]?)${WORD}${E}`,
      "giu",
    ),
    // A family title before a name is the title, and the name after it goes with the names pass ("call him 'Uncle Ray'").
    replace: ([m, context, word], l, _lang, { offset, input }) => {
      const after = input.slice(offset + m.length, offset + m.length + 24);
      if (TITLE_WORDS.has(fold(word)) && /^\s+\p{L}/u.test(after.slice(0, 2))) return null;
      const named =
        (isCapitalised(word) && classify(fold(word.replace(/['’]s$/, ""))) !== "not") ||
        isName(word, "named") ||
        habitualNickname(word, input.slice(Math.max(0, offset - 12), offset) + context, after);
      return named ? context + nameLabel(word, l) : null;
    },
  },
  {
    // "a man called Kevin", "named Chantelle", "dyn o'r enw Rhys", "my name is Dan", "Enw: Carys". Not "I called Victim Support".
    kind: "name",
    // A nickname's "big" or "lil" stays with the context: "a lad called big tel".
    pattern: new RegExp(
      `(${B}(?:${SOMEONE}\\s+called|${NAMED}|${NAME_IS})\\s*['"“‘]?(?:(?:big|lil)\\s+)?)${B}${WORD}${E}`,
      "giu",
    ),
    // Not what a pet is called: "the puppy is called Milo", "our cat was named Tigger".
    replace: ([m, context, word], l, _lang, { offset, input }) => {
      if (PET_BEFORE.test(input.slice(Math.max(0, offset - 24), offset))) return null;
      // "an actual named person to ring", "a named officer": after "named", a word for a person is the person.
      if (/^named/i.test(m.trimStart()) && /^(?:person|officer|contact|worker|individual|member|people)$/i.test(word))
        return null;
      // A family title is the title: "used the name 'Uncle Dev'" leaves "Uncle" to the names pass.
      if (TITLE_WORDS.has(fold(word)) && /^\s+\p{L}/u.test(input.slice(offset + m.length, offset + m.length + 2))) return null;
      // After "big" or "lil" any word that is not a common one is the nickname ("called big tel").
      const nickname = /(?:big|lil)\s+$/iu.test(context) && !COMMON.has(fold(word)) && classify(fold(word)) !== "not";
      // A town that is a first name too, before a surname: "a man called Barry Tudor", "named Chester Morris".
      const surname = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(input.slice(offset + m.length, offset + m.length + 30));
      const firstOfTwo =
        isCapitalised(word) &&
        surname !== null &&
        classify(fold(word)) !== "word" &&
        classify(fold(surname[1])) === "name" &&
        !isEverydayWord(fold(surname[1])) &&
        !isUkPlace(fold(surname[1]));
      return nickname || isName(word, "named") || firstOfTwo ? context + nameLabel(word, l) : null;
    },
  },
  {
    // A first name in lower case after the role of someone at a place: "the landlord mick helped him", "the manager dave
    // said". Only a name the lists know that no dictionary knows as a word ("the landlord said" stays).
    kind: "name",
    pattern: new RegExp(
      `(${B}(?:the|our|their|y)\\s+(?:landlord|landlady|manager|bouncer|doorman|barman|barmaid|owner|gaffer|foreman|caretaker|janitor|postman|postie|milkman|plumber|builder|carer|warden|steward|supervisor)\\s+)(\\p{Ll}[\\p{L}'’-]*)${E}`,
      "gu",
    ),
    // (a name that is a word too only before what a person does: "the owner grace said", not "the landlord will help")
    replace: ([m, context, word], l, _lang, { offset, input }) => {
      const f = fold(word);
      const next = /^[ \t]+(\p{L}+)/u.exec(input.slice(offset + m.length, offset + m.length + 20))?.[1]?.toLowerCase() ?? "";
      const clear = classify(f) === "name" && !isEverydayWord(f);
      // (never a word for a person or a cost: "the owner lad told me", "the plumber bill came to 300 quid")
      const both =
        classify(f) === "ambiguous" &&
        !COMMON.has(f) &&
        !PEOPLE_WORDS.has(f) &&
        !/^(?:bill|rose)$/.test(f) &&
        next !== "came" &&
        (PERSON_VERBS.has(next) || PAST_TENSES.has(next));
      return clear || both ? context + nameLabel(word, l) : null;
    },
  },
  {
    // A family by its surname in the plural: "Mae'r Pughs wedi bod yn codi ofn", "y teulu 'na, y Bevans", "its the
    // mcdonaghs again", "that family the kendricks". Welsh makes no plural with "-s", so after its article a name so
    // made is a family; in English, in lower case, a surname the lists know with what a family does after it.
    kind: "name",
    pattern: new RegExp(`((?:${B}(?:the|them|y|yr)|(?<=\\p{L})['’]r)\\s+)(\\p{L}[\\p{L}'’]+s)${E}`, "giu"),
    replace: ([m, context, word], l, lang, { offset, input }) => {
      const f = fold(word);
      if (NOT_A_FAMILY.test(f)) return null;
      const surname = [f.slice(0, -1), f.endsWith("es") ? f.slice(0, -2) : ""].some(
        (stem) => stem.length >= 3 && classify(stem) === "name" && !isUkPlace(stem),
      );
      const welshArticle = /^(?:y|yr|['’]r)\s/iu.test(context);
      if (welshArticle) return lang === "cy" && surname && isCapitalised(word) ? context + l : null;
      const irish = /^(?:mc|mac|o['’])\p{L}{3,}s$/u.test(f) && !isEverydayWord(f.slice(0, -1));
      // (never a word in the plural: "the bobbies who came", "when the buses were off")
      if (isCapitalised(word) || !(surname || irish) || isEverydayWord(f)) return null;
      const after = input.slice(offset + m.length, offset + m.length + 24);
      const before = input.slice(Math.max(0, offset - 24), offset);
      return FAMILY_AFTER.test(after) || /family\s*$/iu.test(before) ? context + l : null;
    },
  },
  ...NAME_CONTEXT_RULES,
];

/** A pattern around the answer's name label, made once for each language: "[name]" in English, "[enw]" in Welsh. */
const perLanguage = (make: (label: string, welsh: boolean) => RegExp) => ({
  en: make("\\[name\\]", false),
  cy: make("\\[enw\\]", true),
});

/** A surname in lower case after a title and a first name already taken: "pc [name] adey", "mrs [enw] pritchard". */
const TITLED_SURNAME = perLanguage(
  (label, welsh) =>
    new RegExp(
      `(?<![\\p{L}])((?:pc|pcso|dc|ds|sgt|sarj|${welsh ? "sarjant|" : ""}mr|mrs|ms|miss|dr)[ \\t]+${label})[ \\t]+(\\p{Ll}[\\p{L}'’-]{2,})(?![\\p{L}])`,
      "gu",
    ),
);
/** A nickname in quotes between a name and a surname is one name: "[name] 'gaz' pryce", "[enw] “Bomber” Davies". */
const QUOTED_NICKNAME = perLanguage(
  (label) => new RegExp(`${label}[ \\t]+['‘"“][\\p{L}'’-]{2,20}['’"”](?:[ \\t]+(?:${label}|(\\p{L}[\\p{L}'’-]+)))?`, "gu"),
);
/** A nickname's adjective goes with it: "big [name]", "lil [name]", "skinny [name]". */
const NICKNAME_ADJECTIVE = perLanguage((label) => new RegExp(`${B}(?:big|lil|skinny)\\s+(?=${label})`, "giu"));

/**
 * A Welsh epithet after a first name is part of the name, as people in Wales call each other: "Wil bach", "Dei Tŷ
 * Capel", "Gareth y Cigydd", "Wil Siop", "Jac y Gof", and a patronymic, "Dewi ap Gwyn" (the first name is taken
 * already; its epithet goes with it).
 */
const EPITHET = perLanguage(
  (label) =>
    new RegExp(
      `(?<=${label})[ \\t]+(?:bach|fach|mawr|fawr|siop|garej|post|glo|llaeth|(?:y|yr)[ \\t]+(?:cigydd|gof|saer|post|felin|crydd|bwtsiar|siop|garej|ffarm|fferm|plismon|pobydd|bobydd|glo|llaeth|dafarn|tafarn|capel|ysgol|banc)|t[ŷy][ \\t]+[\\p{L}'’-]+|(?:ap|ab)[ \\t]+\\p{L}[\\p{L}'’-]+)(?![\\p{L}\\p{N}])`,
      "giu",
    ),
);

/** A name taken before a street's word is the street's, after a word of place: "on [name] street" (of "tennyson
 * street"), "ar [enw] road"; not a surname that is a street's word ("mrs [name] lane"). */
const NAMED_STREET = perLanguage(
  (label) =>
    new RegExp(
      `${label}[ \\t]+(?:street|st|road|rd|lane|avenue|ave|close|drive|terrace|crescent|grove|gardens|way|parade|walk|mews|row|rise|view)(?![\\p{L}\\p{N}])`,
      "giu",
    ),
);

const PLACE_BEFORE = /(?:^|[^\p{L}])(?:on|in|at|from|to|off|near|down|up|along|round|of|ar|yn|o|i)[ \t]+$/iu;

const WORD_SHAPE = "[\\p{L}][\\p{L}'’-]*";
const WORDS = new RegExp(WORD_SHAPE, "gu");
/** A label the rules put in, or a word: what the name-repetition pass walks. */
const LABEL_OR_WORD = new RegExp(`\\[[^\\]]*\\]|${WORD_SHAPE}`, "gu");
const wordsOf = (text: string) => text.replace(/\[[^\]]*\]/g, " ").match(WORDS) ?? [];

/** The words a name rule took out: those of what it matched that are not in what it put back ("PC Hughes" → "Hughes"). */
function takenOut(before: string[], after: string[], into: Map<string, string>) {
  const left = new Map<string, number>();
  for (const word of after) left.set(word, (left.get(word) ?? 0) + 1);
  for (const word of before) {
    const n = left.get(word) ?? 0;
    if (n > 0) left.set(word, n - 1);
    else into.set(word.replace(/['’]s$/u, ""), word);
  }
}

/**
 * A person named once is the same person wherever they are named again in the answer: "the lad called dean hollis
 * … dean knows where I live". Every other whole-word mention of a name the rules took out goes too. A word that is
 * also an ordinary word ("will", "rose", "mark") goes again only written as it was taken (capitalised stays
 * capitalised), so "my son Will … he will not" keeps the verb; short words and words never names are left.
 */
function sameNamesAgain(text: string, names: Map<string, string>, label: string): { text: string; count: number } {
  // Clear names by their folded form; names that are also words exactly as written.
  const clear = new Set<string>();
  const asWritten = new Set<string>();
  for (const name of names.keys()) {
    const folded = fold(name);
    if (name.length < 3 || classify(folded) === "not" || TITLE_WORDS.has(folded)) continue;
    // A name that is one of the commonest words ("will", "may") is a name again only with its capital.
    if (COMMON.has(folded) && !isCapitalised(name)) continue;
    if (COMMON.has(folded) || classify(folded) === "word" || isAmbiguousName(folded)) asWritten.add(name);
    else clear.add(folded);
  }
  if (clear.size === 0 && asWritten.size === 0) return { text, count: 0 };
  let count = 0;
  const out = text.replace(LABEL_OR_WORD, (word, offset: number) => {
    if (word.startsWith("[")) return word;
    const bare = word.replace(/['’]s$/u, "");
    // A capital at a sentence's start says nothing ("Mark my words" is not the Mark already named) unless what follows
    // is what a person does ("Jack has done half the street").
    const sentenceStart = isCapitalised(bare) && /(?:^|[.!?…]\s*|\n\s*)$/u.test(text.slice(Math.max(0, offset - 3), offset));
    const next = /^\s+([\p{L}'’]+)/u.exec(text.slice(offset + word.length, offset + word.length + 24))?.[1];
    const again =
      clear.has(fold(bare)) || (asWritten.has(bare) && (!sentenceStart || (next !== undefined && PERSON_VERBS.has(fold(next)))));
    if (!again) return word;
    count += 1;
    return label;
  });
  return { text: out, count };
}

type Redacted = { text: string; found: Partial<Record<RedactionKind, number>> };

/**
 * An answer with every detail that could identify someone replaced by a label of its kind, in the answer's language:
 * the rules by kind, then what the tagger is sure of that no rule took (ADR 0011, addendum of 7 December, the tagger).
 */
export function redact(text: string, lang: "en" | "cy" = "en"): Redacted {
  const ruled = redactByRules(text, lang);
  const tagged = addTagged(text, ruled.text, lang, LABELS[lang]);
  const found = { ...ruled.found };
  for (const [kind, n] of Object.entries(tagged.found) as [RedactionKind, number][]) found[kind] = (found[kind] ?? 0) + n;
  return { text: tagged.text, found };
}

/** The rules alone: what the tagger is measured against. */
export function redactByRules(text: string, lang: "en" | "cy" = "en"): Redacted {
  const labels = LABELS[lang];
  const found: Partial<Record<RedactionKind, number>> = {};
  const names = new Map<string, string>();
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const named = typeof args.at(-1) === "object";
      const groups = args.slice(0, named ? -3 : -2) as string[];
      const where = { offset: args.at(named ? -3 : -2) as number, input: args.at(named ? -2 : -1) as string };
      const replaced = rule.replace ? rule.replace(groups, labels[rule.kind], lang, where) : labels[rule.kind];
      if (replaced === null) return groups[0];
      found[rule.kind] = (found[rule.kind] ?? 0) + 1;
      if (rule.kind === "name") takenOut(wordsOf(groups[0]), wordsOf(replaced), names);
      return replaced;
    });
  }
  const places = redactWorkplaces(out, labels.workplace);
  if (places.count) found.workplace = places.count;
  const loose = redactLooseNames(places.text, labels.name, lang);
  if (loose.count) {
    found.name = (found.name ?? 0) + loose.count;
    takenOut(wordsOf(places.text), wordsOf(loose.text), names);
  }
  const again = sameNamesAgain(loose.text, names, labels.name);
  if (again.count) found.name = (found.name ?? 0) + again.count;
  // A nickname's adjective goes with it: "big [name]", "lil [name]".
  const named = collapseNameRuns(again.text, labels.name)
    .replace(NICKNAME_ADJECTIVE[lang], "")
    // (the word after it only when it is no ordinary word: "[name] 'gaz' pryce", not "[name] 'Tank' laughs")
    .replace(QUOTED_NICKNAME[lang], (m: string, surname?: string) =>
      surname === undefined
        ? labels.name
        : COMMON.has(fold(surname)) || ["word", "not"].includes(classify(fold(surname)))
          ? labels.name + m.slice(m.lastIndexOf(surname) - 1)
          : labels.name,
    );
  const surnamed = named
    // (a patronymic only by a name, in capitals or a Welsh one: "[enw] ap Gwyn", "[enw] ap gwyn"; not "[name] ap on my
    // phone", "[enw] ap tracio")
    .replace(EPITHET[lang], (m: string) => {
      const ap = /^[ \t]+(?:ap|ab)[ \t]+(\p{L}[\p{L}'’-]+)$/iu.exec(m);
      return ap && !(/^\p{Lu}/u.test(ap[1]) || isWelshName(fold(ap[1]))) ? m : "";
    })
    // (a surname no dictionary knows as a word: "pc [name] adey were", not "mrs [name] said")
    .replace(TITLED_SURNAME[lang], (m: string, titled: string, word: string) =>
      ["unknown", "name"].includes(classify(fold(word))) && !COMMON.has(fold(word)) ? titled : m,
    );
  const streets = surnamed.replace(NAMED_STREET[lang], (m: string, offset: number, input: string) => {
    if (!PLACE_BEFORE.test(input.slice(Math.max(0, offset - 8), offset))) return m;
    found.address = (found.address ?? 0) + 1;
    return labels.address;
  });
  const runs = joinProperRuns(streets, labels);
  if (runs.count) found.workplace = (found.workplace ?? 0) + runs.count;
  // (a workplace's branch goes with it, and an address's town: "[workplace or school] in Llandeilo", "[address] near
  // Kington")
  const placed = withBranch(withBranch(runs.text, labels.workplace), labels.address, true);
  const ages = redactAges(placed, labels.name, labels.age);
  if (ages.count) found.age = ages.count;
  return { text: ages.text, found };
}
