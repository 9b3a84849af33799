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
 * month (redact-dates.ts). Helpline numbers are phone numbers. Names come from
 * titles, relations and "called" here, then from the name lists (redact-names.ts).
 */
import { classify, COMMON, isAmbiguousName, isListedName } from "./name-lists";
import {
  DAY_MONTH_FIGURES,
  DAY_OF_MONTH,
  HOLIDAY_DATE,
  INCIDENT_DATE,
  describesIncident,
  generalisedDate,
  generalisedDay,
  generalisedFigures,
  generalisedHoliday,
  sentenceAround,
} from "./redact-dates";
import { collapseNameRuns, redactLooseNames } from "./redact-names";
import { redactAges, redactWorkplaces } from "./redact-workplaces";

export type RedactionKind =
  | "email"
  | "url"
  | "phone"
  | "postcode"
  | "address"
  | "insurance"
  | "handle"
  | "vehicle"
  | "reference"
  | "dob"
  | "date"
  | "workplace"
  | "age"
  | "name";

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

const B = "(?<![\\p{L}\\p{N}_])";
const E = "(?![\\p{L}\\p{N}_])";
const WORD = "(\\p{L}+(?:['’-]\\p{L}+)*)";
const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

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
      (isListedName(w) || cls === "name" || isAmbiguousName(w) || (cls === "ambiguous" && !/(?:ed|s)$/.test(w)))
    );
  // After "called" or "named" a word in no dictionary is a name too ("a lad called jonno").
  if (lowerCase === "named") return isListedName(w) || cls === "name" || cls === "unknown" || isAmbiguousName(w);
  return !COMMON.has(w);
}

/** Irregular verbs a name list also holds: after "my mum" they are what she did ("my mum rose", "my dad ran"). */
const PAST_TENSES = new Set(
  `ran held won fell read rose sat bit hit cut let put set shot drove drank sang swam wore felt kept left went came told
   said took gave got made knew thought found heard saw lost paid sent spent stood brought bought caught taught meant met
   slept wept dealt built lent fought understood forgot became began rang threw`.split(/\s+/),
);

/** Replaces the name but keeps a possessive: "Jason's car" becomes "[name]'s car". */
const nameLabel = (word: string, label: string) => label + (/['’]s$/.test(word) ? word.slice(-2) : "");

/** Every form a Welsh word takes after "fy", "ei", "ein" and "eu" (nasal, soft and aspirate mutations, h before a vowel). */
function mutations(word: string): string[] {
  if (/^(?:ch|ph|th|ff|dd)/.test(word)) return [word];
  const table: [string, string[]][] = [
    ["ll", ["l"]],
    ["rh", ["r"]],
    ["c", ["g", "ngh", "ch"]],
    ["p", ["b", "mh", "ph"]],
    ["t", ["d", "nh", "th"]],
    ["g", ["", "ng"]],
    ["b", ["f", "m"]],
    ["d", ["dd", "n"]],
    ["m", ["f"]],
  ];
  for (const [from, to] of table) if (word.startsWith(from)) return [word, ...to.map((t) => t + word.slice(from.length))];
  return /^[aeiouwyâêîôûŵŷ]/.test(word) ? [word, `h${word}`] : [word];
}

const RELATIONS_EN = `n[ei]{1,2}g?h?bou?rs? husband wife partner fianc[eé]e? ex-partner ex-husband ex-wife ex-boyfriend ex-girlfriend ex
  boyfriend girlfriend son daughter stepson stepdaughter brother sister step-?brother step-?sister friends? mates? mum mom mam dad
  mother father step-?dad step-?mum step-?father step-?mother uncle aunt auntie cousin nan nana gran grandma grandad grandson
  granddaughter nephew niece landlord landlady boss manager colleague carer (?:support\\s+)?worker caseworker advocate
  solicitor isva idva kids? children missus misses hubby bf gf fella bestie`;
const RELATIONS_CY = `cymydog cymdoges gŵr gwr gwraig partner cariad mab merch brawd chwaer ffrind mam tad modryb ewythr cefnder
  cyfnither cyn-bartner cyn-ŵr cyn-wr cyn-wraig cyn-gariad llystad llysfam cydweithiwr landlord bos nain taid mam-gu tad-cu ŵyr
  wyres plant gweithiwr`;
const RELATION = `(?:${[...RELATIONS_EN.split(/\s+/), ...RELATIONS_CY.split(/\s+/).flatMap(mutations)]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const TITLE =
  "(?:(?:detective|chief|acting|police|ditectif|dditectif|prif|uwch)\\s+)?(?:pcso|pc|dci|dc|ds|di|sgt|sergeant|serjeant|sarge|sarjant|sarj|insp|inspector|constable|cwnstabl|gwnstabl|officer|swyddog|arolygydd|supt|superintendent|mrs|mr|ms|miss|mx|dr|prof|nurse|nyrs|judge|barnwr|cllr|councillor|revd|rev)";
/** Titles that are abbreviations or ranks: the ones initials follow ("Mr J S", "DC R. Patel"), not "swyddog o…". */
const SHORT_TITLE =
  "(?:(?:detective|acting|police)\\s+)?(?:pcso|pc|dci|dc|ds|di|sgt|insp|supt|mrs|mr|ms|miss|mx|dr|prof|cllr|revd|rev|sergeant|constable|inspector)";
/** Short titles people also type in lower case ("pc hughes"); full words like "officer" are ordinary nouns too. */
const LOWER_CASE_TITLES = new Set(["pc", "dc", "ds", "sgt", "pcso", "dr", "mr", "mrs", "ms", "insp", "dci", "supt", "cllr"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr"]);
const ARTICLE = "(?:the|a|an|my|your|his|her|our|their|y|yr|fy|ei|eu|ein)";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|[td]achwedd|r?h?agfyr)\\.?";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|af|ail|il|ydd|edd|fed|ed|eg|ain)?(?:\\s+(?:of|o))?\\s+${MONTH},?\\s+(?:\\d{4}|['’]?\\d{2})|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})${E}`;
const BIRTH =
  "(?:born|d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday|b['’]?day|ganwyd|geni|ngeni|pen-?blwydd|mhen-?blwydd)";

/** Words that introduce a reference number, in English and Welsh, and what may stand between them and the number. */
const REFERENCE_WORDS =
  "(?:crime|incident|case|log|occurrence|report|reference|ref|urn|cad|cyfeirnod|rhif\\s+(?:y\\s+|yr\\s+)?(?:drosedd|trosedd|digwyddiad|achos|cyfeirnod))(?:\\s+(?:number|no\\.?|num|nr|ref(?:erence)?))?";
// Each part optional but never overlapping another, so a long run of spaces cannot be split many ways.
const REFERENCE_GAP = "\\s*(?:[:#.,–-]\\s*)?(?:(?:is|was|oedd|yw|ydy)\\s+)?";
/** "WP/23/004567", "1234 of 12/03" (an incident log and its day), "62 1100 4471 22". */
const REFERENCE =
  "[a-z]{0,4}[/-]?\\d[\\da-z]*(?:[/-][\\da-z]+){0,4}(?:\\s+(?:of|o)\\s+\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|(?:\\s\\d{2,6}){1,5})?";

const POSSESSIVE = "(?:my|our|his|her|their|fy|ei|ein|eu)";
const NAMED = "(?:named|aka|known\\s+as|o['’]r\\s+enw|call(?:ing|s)\\s+(?:him|her|them)sel(?:f|ves)|goes\\s+by|went\\s+by)";
const NAME_GAP = "(?:\\s*[,(–-]\\s*|\\s+)";
/** "called" alone is usually the verb ("I called Victim Support"), so it needs someone before it. */
const SOMEONE =
  "(?:man|woman|lad|lady|girl|boy|guy|bloke|fella|someone|somebody|person|kid|child|friend|one|he['’]?s|she['’]?s|is|was|were|are)";
const NAME_IS =
  "(?:(?:my|his|her|their|fy)\\s+(?:first\\s+|real\\s+|full\\s+)?(?:name|enw)(?:\\s+i)?(?:\\s+(?:is|was|yw|oedd)|['’]s)|(?:name|enw)\\s*[:–-])";

const digitCount = (s: string) => s.replace(/\D/g, "").length;
const isYear = (s: string) => /^(?:19|20)\d\d$/.test(s);
/** A real day and month (either way round), so "20-45-77" (a sort code) is not taken for a date. */
function isDate(s: string) {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const parts = iso ? [iso[3], iso[2]] : /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](?:\d{4}|\d{2}))?$/.exec(s)?.slice(1, 3);
  if (!parts) return false;
  const [a, b] = parts.map(Number);
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (b >= 1 && b <= 31 && a >= 1 && a <= 12);
}
/** A URL's trailing punctuation belongs to the sentence. */
const keepTrailing = (match: string, label: string) => label + (/[.,;:!?)\]'"’]+$/.exec(match)?.[0] ?? "");

type Rule = {
  kind: RedactionKind;
  pattern: RegExp;
  /** The replacement for one match, or null to leave it; by default the whole match becomes the label. */
  replace?: (groups: string[], label: string, lang: "en" | "cy", where: { offset: number; input: string }) => string | null;
};

const AT = "(?:\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+|\\s*@\\s+|\\s+@\\s*)";
const DOT = "(?:\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+|\\.)";
const TLD = "(?:com|org|net|uk|cymru|wales|ie|info|io|me|edu|gov|ac|co|biz|eu|de|fr|pl|ro|in|pk|us|example|email|online|mail)";
/** "jo (dot) bloggs at example dot com", "jo.bloggs[at]example.com": an address written so robots cannot read it. */
const SPELLED_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}_%+-]{1,64}(?:${DOT}[\\p{L}\\p{N}_%+-]{1,64}){0,4})(${AT})([\\p{L}\\p{N}-]{1,63}(?:${DOT}[\\p{L}\\p{N}-]{1,63}){0,3}${DOT}${TLD})${E}`,
  "giu",
);
/** A dotted word ending like a web address or a file ("bbc.co.uk", "notes.final.pdf"): not a handle. */
const TLD_END = new RegExp(`\\.(?:${TLD.slice(3, -1)}|html?|pdf|docx?|jpe?g|png|txt|js|ts|php)$`, "i");
const MAIL_HOSTS =
  /^(?:g?mail|hotmail|yahoo|outlook|icloud|live|btinternet|sky|aol|proton(?:mail)?|me|msn|virgin|talktalk|example)$/i;
const obfuscated = (part: string) => /\bdot\b|[(\[{<]/i.test(part);

const STREET_WORDS = `street st road rd lane ln avenue ave close cl drive dr way crescent cres terrace terr place pl court ct
  gardens gdns grove hill row square sq walk mews view rise parade green vale heights park croft wharf gate meadow meadows
  quay`.split(/\s+/);
const STREET_TYPE = `(?:${STREET_WORDS.join("|")})`;
/** The same with a capital first letter, for patterns that must tell capitals apart ("Ivy House, Mill Lane"). */
const STREET_TYPE_TITLE = `(?:${STREET_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|")})`;
const WELSH_STREET_WORDS =
  "heol stryd ffordd lôn lon rhodfa cilgant teras maes clos llwyn cae bryn pant ystâd stad dol parc llys cwrt bro rhes gerddi ael".split(
    " ",
  );
const WELSH_STREET = `(?:${WELSH_STREET_WORDS.join("|")})`;
/** The same as written after "ym", "yng", "i", "o" with its capital: "ym Mryn Awel", "yng Nghae Du", "i Heol…". */
const WELSH_STREET_MUTATED = `(?:${[...new Set(WELSH_STREET_WORDS.flatMap((w) => mutations(w)))]
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join("|")})`;
/** The same, as written at the start of a name, for patterns that must tell capitals apart ("Ffordd y Bont"). */
const WELSH_STREET_TITLE = `(?:${WELSH_STREET_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|")})`;
const UNIT =
  "(?:(?:flat|apartment|apt|unit|fflat)\\s*\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}(?:House|Court|Lodge|Buildings|Mansions|Tower|Heights|Point|Flats)(?:\\s*,\\s*|\\s+))?)?";
/** After the house number: a comma or spaces, never both ways of splitting one run of spaces. */
const HOUSE = "(?:(?:number|no\\.?|rhif)\\s*)?\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)";
/** Words that follow a number without naming a street: "3 hours on the road", "2 doors down the lane". */
const NOT_STREET_NAME = new Set(
  "hours minutes days weeks months years times miles doors houses people officers men women kids cars calls".split(" "),
);
/** "2 crown court", "the 3 magistrates court": courts that are institutions, not streets. */
const COURT_NAMES = /^(?:crown|magistrates['’]?|county|family|youth|coroners['’]?|high|appeal|supreme)$/i;
function isStreetName(words: string, type = ""): boolean {
  const list = words.trim().split(/\s+/);
  if (/^c(?:our)?t$/i.test(type) && COURT_NAMES.test(list.at(-1) ?? "")) return false;
  // "no 7 the crescent", "12 The Avenue": a street named by its type alone, after a house number (not "3 the road").
  if (list.length === 1 && /^the$/i.test(list[0]))
    return /^(?:crescent|avenue|parade|mews|terrace|grove|gardens|square|close|drive)$/i.test(type);
  if (list.every((w) => /^\p{Lu}/u.test(w))) return true;
  return list.every((w) => !COMMON.has(fold(w)) && !NOT_STREET_NAME.has(fold(w)));
}
const SOCIAL =
  "(?:insta(?:gram)?|ig|snap(?:chat)?|tik\\s?tok|twitter|facebook|fb|telegram|threads|discord|kik|x|username|user\\s?name|handle|gamer\\s?tag|account|profile|@)";
/** Words that name a National Insurance number, shortly before it. */
const NI_CONTEXT = /\b(?:ni|n\.i\.?|nino|insurance|yswiriant)\b/i;
const TWO_LETTER_WORDS = new Set("in on at is of to by or an as up we me he it so no do go my be us am if".split(" "));

/** Ordered: the most specific first, so a postcode is not taken for a reference, nor an e-mail for a name. */
const RULES: Rule[] = [
  {
    kind: "email",
    pattern: /(?<![\p{L}\p{N}._%+'’-])[\p{L}\p{N}._%+'’-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu,
  },
  {
    kind: "email",
    pattern: SPELLED_EMAIL,
    // "looked at facebook.com" is no address: a plain " at " needs a spelled dot, a dotted name or a mail host.
    // Nor is "up at example.com/news/…": a path after the domain makes it a web address.
    replace: ([m, local, at, domain], l, _lang, { offset, input }) =>
      input[offset + m.length] !== "/" &&
      (!/^\s+at\s+$/i.test(at) || obfuscated(m) || /[._\d]/.test(local) || MAIL_HOSTS.test(domain.split(/[\s.([{<]/)[0]))
        ? l
        : null,
  },
  {
    // "jobloggs at gmail", "jo@hotmail": a mail host is enough, even without ".com".
    kind: "email",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}(?:${AT}|@)(?:g?mail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|aol|protonmail)${E}`,
      "giu",
    ),
  },
  {
    kind: "url",
    pattern: new RegExp(`${B}(?:https?://|www\\.)[^\\s<>"]{1,2000}`, "giu"),
    replace: ([m], l) => keepTrailing(m, l),
  },
  {
    // A bare domain is only taken with a path ("example.co.uk/profile/jo"): "gov.uk" alone names no one.
    kind: "url",
    pattern: new RegExp(`${B}(?:[a-z0-9-]{1,63}\\.){1,8}[a-z]{2,24}/[^\\s<>"]{0,2000}`, "giu"),
    replace: ([m], l) => keepTrailing(m, l),
  },
  {
    kind: "handle",
    // Not a spreadsheet function ("@SUM(A1)"): a handle is never followed by a bracket.
    pattern: /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_@(])/gu,
  },
  {
    // A name people only use online: "kay.jones_x", "shannon_x_22", "rhys.j.2007" (an underscore, or dots and digits).
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}._%+@/-])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\p{L}\p{N}_@/]|\.[a-z0-9])/giu,
    replace: ([m], l) => (m.includes("_") || (/\./.test(m) && /\d/.test(m) && /[a-z]{2}/i.test(m)) ? l : null),
  },
  {
    // Three or more dotted words that are no web address: "kyle.morgan.official", "gwyn.ap.rhys".
    kind: "handle",
    pattern: /(?<![\p{L}\p{N}._%+@/-])\p{L}{2,}(?:\.\p{L}{2,}){2,4}(?![\p{L}\p{N}_@/]|\.\p{L})/gu,
    replace: ([m], l) => (TLD_END.test(m) ? null : l),
  },
  {
    // A profile or account by its quoted name: 'a profile called "amber rose xx"'.
    kind: "handle",
    pattern: new RegExp(
      `(${B}(?:profile|account|page|username|user\\s?name|cyfrif|proffil)\\s+(?:called|named|is|was|o['’]r\\s+enw|yw|oedd)\\s+["“‘'])([^"”’'\\n]{1,40})["”’']`,
      "giu",
    ),
    replace: ([m, context], l) => context + l + m.slice(-1),
  },
  {
    // "his snap is dazza_88", "on insta as jo.b.99", "username: shadowwolf": not "my insta is private".
    kind: "handle",
    pattern: new RegExp(
      `(${B}${SOCIAL}(?:\\s+(?:name|handle|account|id|username))?(?:\\s*[:-]\\s*|\\s+(?:is|was|yw|oedd|as|called|named)\\s+))(@?[\\p{L}\\p{N}_.]{2,30})${E}`,
      "giu",
    ),
    replace: ([, context, handle], l) => {
      const bare = handle.replace(/^@/, "").replace(/\.$/, "");
      // An account or profile number is a reference ("account is 12345678"), not a name.
      if (!/\p{L}/u.test(bare)) return null;
      if (!handle.startsWith("@") && !/[\d_.]/.test(bare)) {
        const cls = classify(fold(bare));
        if (cls === "word" || cls === "not" || (cls !== "unknown" && isCapitalised(bare))) return null;
      }
      return context + l + (handle.endsWith(".") ? "." : "");
    },
  },
  {
    kind: "dob",
    pattern: new RegExp(`(${B}${BIRTH}(?!\\p{L})[^\\d\\n]{0,25}?)(${DATE})`, "giu"),
    replace: ([, context], l) => context + l,
  },
  { kind: "dob", pattern: new RegExp(`${B}${DATE}(?=[^\\d\\n]{0,15}?${BIRTH}${E})`, "giu") },
  {
    // "AB 12 34 56 C", "ab123456c", "A B 1 2 3 4 5 6 C": six digits between two letters and an optional A–D.
    kind: "insurance",
    // Lower-case letters apart from the digits ("ar 116 123", "yw 999 104 3382") are a word before a number: only with
    // the final letter or words that name the number. More digits after make it some other number.
    pattern: new RegExp(
      `${B}([a-z]{2}|[A-Z][\\s.-][A-Z])([\\s.-]?)\\d(?:[\\s.-]?\\d){5}([\\s.-]?[a-d])?${E}(?![\\s.-]?\\d)`,
      "giu",
    ),
    replace: ([m, letters, gap, suffix], l, _lang, { offset, input }) =>
      gap &&
      letters !== letters.toUpperCase() &&
      (TWO_LETTER_WORDS.has(letters.toLowerCase()) ||
        (!suffix && !NI_CONTEXT.test(input.slice(Math.max(0, offset - 40), offset))))
        ? null
        : keepTrailing(m, l),
  },
  {
    // A driving licence number: five letters of the surname (9 for short ones), six digits, initials, a digit, two
    // letters ("WATKI704118SJ9XY").
    kind: "reference",
    pattern: new RegExp(`${B}[a-z9]{5}\\d{6}[a-z9]{2}\\d[a-z]{2}(?:\\s?\\d{2})?${E}`, "giu"),
  },
  {
    // An IP address ("203.0.113.47") points to a home or a phone as surely as a number.
    kind: "reference",
    pattern: new RegExp(
      `${B}(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)${E}(?!\\.\\d)`,
      "gu",
    ),
    // Not a version or a list of small numbers ("1.2.3.4"): an address has long parts.
    replace: ([m], l) => (m.split(".").filter((part) => part.length >= 2).length >= 2 ? l : null),
  },
  {
    // A bank account as an IBAN, in capitals, spaced in fours or not: "GB29 NWBK 6016 1331 9268 19".
    kind: "reference",
    pattern: new RegExp(`${B}[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?${E}`, "gu"),
    replace: ([m], l) => (digitCount(m) >= 8 ? l : null),
  },
  {
    // Numbers after words that name them: "incident 1234 of 12/03", "Crime ref 62 1100 4471 22", "cyfeirnod 62/11223/23".
    kind: "reference",
    pattern: new RegExp(`(${B}${REFERENCE_WORDS}${REFERENCE_GAP})(${REFERENCE})${E}`, "giu"),
    replace: ([, context, ref], l) => (digitCount(ref) >= 4 && !isYear(ref) ? context + l : null),
  },
  {
    // A day and its month, with or without a year: "he punched me on 1st Jan", "my hearing was set for 21 January".
    kind: "date",
    pattern: INCIDENT_DATE,
    // A day with its time ("on 22 July at 3.10pm", "at 6am on Tuesday 5 September") is as exact as a full date.
    replace: (groups, _l, lang) => generalisedDate(groups[0], groups, lang),
  },
  {
    // A holiday with its year: "on Christmas Eve 2022" becomes "in December 2022".
    kind: "date",
    pattern: HOLIDAY_DATE,
    replace: (groups, _l, lang) => generalisedHoliday(groups, lang),
  },
  {
    // A day and month in figures, in a sentence about the incident: "he robbed my phone on 5/8" → "in August".
    kind: "date",
    pattern: DAY_MONTH_FIGURES,
    replace: (groups, _l, lang, { offset, input }) =>
      describesIncident(sentenceAround(input, offset, groups[0].length)) ? generalisedFigures(groups, lang) : null,
  },
  {
    // A day without its month, in a sentence about the incident: "on Tuesday the 3rd" becomes "that month".
    kind: "date",
    pattern: DAY_OF_MONTH,
    replace: ([m], _l, lang, { offset, input }) =>
      describesIncident(sentenceAround(input, offset, m.length)) ? generalisedDay(m, lang) : null,
  },
  {
    // A payment card: sixteen digits in fours ("4000 0012 3456 7899"), before the phone rules take part of it.
    kind: "reference",
    pattern: new RegExp(`${B}\\d{4}(?:[ -]?\\d{4}){3}${E}`, "gu"),
  },
  {
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}+])(?:\+|00)\s?[1-9]\d{0,2}(?:\s?\(0\)\s?|[\s.-]{0,2})\d(?:[\s.()-]{0,2}\d){5,12}(?!\p{N})/gu,
    replace: ([m], l) => (digitCount(m) >= 9 ? l : null),
  },
  {
    kind: "phone",
    // Any spacing, even a space between every digit: "0 7 7 0 0 9 0 0 1 2 3". Freephone numbers (0800, 0808) belong
    // to services and helplines, never to one person, so they stay: "Live Fear Free, 0808 80 10 800".
    pattern: /(?<![\p{L}\p{N}+])(?:\(0\d{2,4}\)\s?\d(?:[\s.-]?\d){4,7}|0(?:[\s.()-]{0,2}\d){9,10})(?!\p{N})/gu,
    replace: ([m], l) => (digitCount(m) >= 10 && !/^080[08]/.test(m.replace(/\D/g, "")) ? l : null),
  },
  { kind: "postcode", pattern: new RegExp(`${B}[a-z]{1,2}\\d[a-z\\d]?\\s?\\d[a-z]{2}${E}`, "giu") },
  {
    // A flat in a named building, with or without the street: "Apartment 12, Mercury House, Hanover Quay", "flat 2
    // kingfisher court", "Flat 6, Marina Court, Ferry Road". Before the street rule, which would take "6, Marina Court".
    kind: "address",
    pattern: new RegExp(
      `${B}(?:flat|apartment|apt|unit|fflat)\\s*\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)((?:[\\p{L}'’-]+\\s+){1,2})(?:House|Court|Lodge|Buildings|Mansions|Tower|Heights|Point|Flats|Block|Apartments)(?:\\s*,\\s*(?:[\\p{L}'’-]+\\s+){1,3}${STREET_TYPE}${E}|\\s*,\\s*${WELSH_STREET}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3})?${E}`,
      "giu",
    ),
    replace: ([m, building], l) => (isStreetName(building) ? keepTrailing(m, l) : null),
  },
  {
    // "flat 3, 27 Gladstone Street", "12a high st", "27 gladstone road"; not "3 hours on the road".
    kind: "address",
    pattern: new RegExp(`${B}${UNIT}${HOUSE}((?:[\\p{L}'’-]+\\s+){1,3}?)(${STREET_TYPE})\\.?${E}`, "giu"),
    replace: ([m, name, type], l) => (isStreetName(name, type) ? keepTrailing(m, l) : null),
  },
  {
    // "27 Heol y Coed", "fflat 2, 5 Stryd Fawr": the Welsh street word comes first.
    kind: "address",
    pattern: new RegExp(`${B}${UNIT}${HOUSE}(${WELSH_STREET})((?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3})${E}`, "giu"),
    // With a capital street word the name is in capitals too: "7 Dol Afon since March" keeps "since March".
    replace: ([, street, rest], l) => {
      if (!/^\p{Lu}/u.test(street)) return l;
      const words = rest.split(/(?=\s)/);
      let keep = 0;
      while (keep < words.length && /^\s+(?:y|yr|\p{Lu}.*)$/u.test(words[keep])) keep += 1;
      while (keep > 0 && /^\s+(?:y|yr)$/.test(words[keep - 1])) keep -= 1;
      return keep === 0 ? null : l + words.slice(keep).join("");
    },
  },
  {
    // A street named as where someone lives, without a number: "he lives on Gladstone Street".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:live[sd]?|living|address\\s+is|moved\\s+to|staying|byw|yn\\s+byw)\\s+(?:on|in|at|to|yn|ar|ym|yng)\\s+)((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}|${WELSH_STREET_MUTATED}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3})${E}`,
      "gu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // House names: "Rose Cottage", "Ty Gwyn", "yn Nhŷ'r Ysgol", "5 The Paddocks", with the street after them if any.
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}(?:Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Bungalow|Villa|Manor|Grange|Rectory|Vicarage|House(?=\\s*,\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}))|(?:Tŷ|Ty|Dŷ|Dy|Nhŷ|Nhy|Bwthyn|Fwthyn|Fferm|Tyddyn|Dyddyn|Nhyddyn)(?:['’]r)?\\s+\\p{Lu}[\\p{L}'’-]*|${HOUSE}The\\s+\\p{Lu}[\\p{L}'’-]+)(?:\\s*,\\s*(?:${WELSH_STREET_TITLE}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}))?${E}`,
      "gu",
    ),
  },
  {
    // A house by its name where someone lives or as an address: "he lives at Bryn Awel", "living at Pen y Bryn",
    // "Fy nghyfeiriad i yw Bryn Awel, Ffordd y Graig", "Address: Hafod Wen". Not "lives in Cardiff", "lives at Tesco", nor where someone stays ("staying at Travelodge").
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:(?:[Ll]ive[sd]?|[Ll]iving)\\s+at\\s+|[Aa]ddress(?:\\s+(?:is|was)|\\s*:)\\s*|(?:[Nn]ghyfeiriad|[CcGg]yfeiriad)(?:\\s+i)?(?:\\s+(?:yw|ydy)|\\s*:)\\s*))(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3}(?:\\s*,\\s*(?:${WELSH_STREET_TITLE}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}))?)${E}`,
      "gu",
    ),
    replace: ([, context, place], l) => {
      const first = fold(place.split(/\s+/)[0]);
      const cls = classify(first);
      return cls === "not" || /^(?:the|a|an|my|his|her|their)$/.test(first) ? null : context + l;
    },
  },
  {
    // A house name written in lower case where it is given as an address: "my address is rose cottage".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:address\\s+is|live[sd]?\\s+(?:at|in)|living\\s+(?:at|in))\\s+)((?:[\\p{L}'’-]+\\s+){1,2}(?:cottage|farm|lodge|barn|bungalow|villa|manor|grange|rectory|vicarage|house))${E}`,
      "giu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // The street after an address already found: "[address], Ffordd Pen-y-Bryn", "[address], Mill Lane".
    kind: "address",
    pattern: new RegExp(
      `(?:${B}(?:[Ff]lat|[Ff]flat|FLAT|[Aa]partment|[Aa]pt|[Uu]nit)\\s*\\d{1,4}[a-z]?\\s*(?:,\\s*)?)?(\\[(?:address|cyfeiriad)\\])(?:\\s*,\\s*(?:${WELSH_STREET_TITLE}(?:[\\s-]+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE})${E})?`,
      "gu",
    ),
    replace: ([m, label]) => (m === label ? null : label),
  },

  { kind: "vehicle", pattern: new RegExp(`${B}[a-z]{2}\\d{2}\\s?[a-z]{3}${E}`, "giu") },
  {
    // "reg plate wk 19 vfe", "AB 12 CDE": spaced plates only in capitals or after words that name them.
    kind: "vehicle",
    pattern: new RegExp(
      `(${B}(?:reg(?:istration)?|plate|number\\s+plate|rhif\\s+cofrestru|cofrestriad)(?:\\s+(?:no\\.?|number|plate))?(?:\\s*[:-]\\s*|\\s+(?:is|was|oedd|yw)\\s+|\\s+))([a-z]{2}\\s?\\d{2}\\s?[a-z]{3}|[a-z]\\d{1,3}\\s?[a-z]{3}|[a-z]{3}\\s?\\d{1,3}[a-z])${E}`,
      "giu",
    ),
    replace: ([, context], l) => context + l,
  },
  { kind: "vehicle", pattern: new RegExp(`${B}[A-Z]{2}\\s\\d{2}\\s[A-Z]{3}${E}`, "gu") },
  {
    // "sort code 20-45-77": six digits in pairs, a bank's.
    kind: "reference",
    pattern: new RegExp(`(${B}sort\\s*code\\s*(?:[:-]\\s*|is\\s+|was\\s+)?)(\\d{2}[\\s-]?\\d{2}[\\s-]?\\d{2})${E}`, "giu"),
    replace: ([, context], l) => context + l,
  },
  // Older plates ("L123 ABC", "ABC 123D") only in capitals: in lower case they look like ordinary words.
  { kind: "vehicle", pattern: new RegExp(`${B}(?:[A-Z]\\d{1,3}\\s?[A-Z]{3}|[A-Z]{3}\\s?\\d{1,3}[A-Z])${E}`, "gu") },
  {
    kind: "reference",
    pattern: new RegExp(`${B}[a-z]{1,4}(?:[/-]?\\d{5,}|[/-]\\d{2,}(?:[/-][\\da-z]{2,}){0,3})${E}`, "giu"),
    replace: ([m], l) => (digitCount(m) >= 5 ? l : null),
  },
  {
    // Letters and digits mixed in one word: a prison number ("A4471CK"), a CPS reference ("51YJ1234523").
    kind: "reference",
    pattern: new RegExp(`${B}(?:[a-z]{1,3}\\d{4,}[a-z]{1,3}|\\d{2,}[a-z]{1,4}\\d{4,}[a-z]{0,3})${E}`, "giu"),
  },
  {
    // Digits joined by slashes or dashes: a reference unless it is a date, a year range or small ("24/7", "6-8").
    kind: "reference",
    pattern: /(?<![\p{L}\p{N}£$€/-])\d+(?:[/-]\d+){1,4}(?![\p{L}\p{N}]|[/-]\d)/gu,
    replace: ([m], l) => (digitCount(m) < 5 || isDate(m) || /^(?:19|20)\d\d[/-](?:(?:19|20)?\d\d)$/.test(m) ? null : l),
  },
  {
    // Long runs, or groups of digits that add up to one (card, account and reference numbers); not money, not years.
    kind: "reference",
    pattern: /(?<![\p{L}\p{N}£$€.,])\d{2,}(?: \d{2,}){0,5}(?![\p{L}\p{N}]|[.,]\d)/gu,
    replace: ([m], l) => {
      const groups = m.split(" ");
      if (groups.length === 1) return m.length >= 5 ? l : null;
      // A freephone number in groups ("0808 80 10 800") belongs to a helpline, as in the phone rule.
      if (/^080[08]/.test(m.replace(/\D/g, "")) && digitCount(m) <= 11) return null;
      return digitCount(m) >= 9 && !groups.every(isYear) ? l : null;
    },
  },
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
    pattern: new RegExp(`(${B}${ARTICLE}\\s+)?(${B}${TITLE})(\\.\\s*|\\s+)(?:\\d{2,5}\\s+)?${WORD}${E}`, "giu"),
    replace: ([, article, title, gap, word], l) => {
      const fullStop = gap.startsWith(".");
      const short = LOWER_CASE_TITLES.has(fold(title));
      // "the Inspector. Then…" and "the PC. He…" end one sentence and start another; "a Mr. Jenkins" does not.
      if (fullStop && (!short || (article && !HONORIFICS.has(fold(title))))) return null;
      const lowerCase = short && !article && title.split(/\s+/).length === 1 ? "uncommon" : "listed";
      return isName(word, lowerCase) ? `${article ?? ""}${title}${gap}${nameLabel(word, l)}` : null;
    },
  },
  {
    // A relation, then a name: "my neighbour gary", "my partner's brother Liam", "fy nghymydog Gareth", "my daughter (Megan)".
    kind: "name",
    pattern: new RegExp(
      `(${B}${POSSESSIVE}\\s+(?:${RELATION}['’]s\\s+)?${RELATION}(?:\\s+(?:called|${NAMED}))?${NAME_GAP})${WORD}${E}`,
      "giu",
    ),
    // In brackets straight after a relation, a word is a name unless it is an ordinary one: "his mate (tj)".
    replace: ([m, context, word], l, _lang, { offset, input }) =>
      isName(word, "relation") ||
      (/\(\s*$/.test(context) && /^\s*\)/.test(input.slice(offset + m.length, offset + m.length + 3)) && isName(word, "named"))
        ? context + nameLabel(word, l)
        : null,
  },
  {
    // A nickname: "everyone knows him as Tank", "known as 'Smiler'", "calls himself Kingpin". A capital letter is
    // enough here, even on an everyday word; in lower case the word must not be an ordinary one.
    kind: "name",
    pattern: new RegExp(
      `(${B}(?:known\\s+as|know[sn]?\\s+(?:him|her|them)\\s+as|knew\\s+(?:him|her|them)\\s+as|nicknamed|nickname\\s+(?:is|was)|(?:call|calls|called)\\s+(?:him|her|them)sel(?:f|ves)|goes\\s+by|went\\s+by)\\s+['"“‘]?)${WORD}${E}`,
      "giu",
    ),
    replace: ([, context, word], l) =>
      (isCapitalised(word) && classify(fold(word.replace(/['’]s$/, ""))) !== "not") || isName(word, "named")
        ? context + nameLabel(word, l)
        : null,
  },
  {
    // "a man called Kevin", "named Chantelle", "dyn o'r enw Rhys", "my name is Dan", "Enw: Carys". Not "I called Victim Support".
    kind: "name",
    pattern: new RegExp(`(${B}(?:${SOMEONE}\\s+called|${NAMED}|${NAME_IS})\\s*)${B}${WORD}${E}`, "giu"),
    replace: ([, context, word], l) => (isName(word, "named") ? context + nameLabel(word, l) : null),
  },
];

const NICKNAME_ADJECTIVE = {
  en: new RegExp(`${B}(?:big|lil)\\s+(?=\\[name\\])`, "giu"),
  cy: new RegExp(`${B}(?:big|lil)\\s+(?=\\[enw\\])`, "giu"),
};

export function redact(text: string, lang: "en" | "cy" = "en"): { text: string; found: Partial<Record<RedactionKind, number>> } {
  const labels = LABELS[lang];
  const found: Partial<Record<RedactionKind, number>> = {};
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const named = typeof args.at(-1) === "object";
      const groups = args.slice(0, named ? -3 : -2) as string[];
      const where = { offset: args.at(named ? -3 : -2) as number, input: args.at(named ? -2 : -1) as string };
      const replaced = rule.replace ? rule.replace(groups, labels[rule.kind], lang, where) : labels[rule.kind];
      if (replaced === null) return groups[0];
      found[rule.kind] = (found[rule.kind] ?? 0) + 1;
      return replaced;
    });
  }
  const places = redactWorkplaces(out, labels.workplace);
  if (places.count) found.workplace = places.count;
  const loose = redactLooseNames(places.text, labels.name, lang);
  if (loose.count) found.name = (found.name ?? 0) + loose.count;
  // A nickname's adjective goes with it: "big [name]", "lil [name]".
  const named = collapseNameRuns(loose.text, labels.name).replace(NICKNAME_ADJECTIVE[lang], "");
  const ages = redactAges(named, labels.name, labels.age);
  if (ages.count) found.age = ages.count;
  return { text: ages.text, found };
}
