/**
 * Identifiers: dates of birth, National Insurance numbers, driving licences, IP addresses, bank, card, reference,
 * prison and sort-code numbers, and vehicle registrations. Pure; part of redact.ts's ordered rules, in three groups
 * because the order matters: a date of birth before the dates of an incident, a card number before the phone rules,
 * and plates and loose digit runs after the addresses (a house number is no reference).
 */
import { classify, COMMON } from "./name-lists";
import { B, digitCount, E, fold, keepTrailing, type Rule } from "./redact-rule";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|[td]achwedd|r?h?agfyr)\\.?";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|af|ail|il|ydd|edd|fed|ed|eg|ain)?(?:\\s+(?:of|o))?\\s+${MONTH},?\\s+(?:\\d{4}|['’]?\\d{2})|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})${E}`;
const BIRTH =
  "(?:born|d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday|b['’]?day|ganwyd|geni|ngeni|pen-?blwydd|mhen-?blwydd)";

/** Words that introduce a reference number, in English and Welsh, and what may stand between them and the number. */
const REFERENCE_WORDS =
  "(?:crime|incident|case|log|occurrence|report|reference|ref|urn|cad|[cg]?h?yfeirnod|nghyfeirnod|r?h?if\\s+(?:y\\s+|yr\\s+)?(?:drosedd|trosedd|digwyddiad|achos|cyfeirnod))(?:\\s+(?:numbers|number|nos\\.?|no\\.?|num|nr|ref(?:erence)?)|\\s+(?:y|yr)\\s+(?:drosedd|achos|digwyddiad|alwad))?";
// Each part optional but never overlapping another, so a long run of spaces cannot be split many ways.
const REFERENCE_GAP = "(?:\\s+(?:f?i|ni|fo|hi))?\\s*(?:[:#.,–-]\\s*)?(?:(?:is|was|oedd|o['’]dd|odd|yw|ydy|ydi)\\s+)?";
/** "WP/23/004567", "1234 of 12/03" (an incident log and its day), "62 1100 4471 22", "6 2 1 1 0 0 4 4 7 1". */
const REFERENCE =
  "\\d(?:\\s\\d){5,15}(?!\\d)|[a-z]{0,4}[/-]?\\d[\\da-z]*(?:[/-][\\da-z]+){0,4}(?:\\s+(?:of|o)\\s+\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|(?:\\s\\d{2,6}){1,5})?";
const isYear = (s: string) => /^(?:19|20)\d\d$/.test(s);
/** Months in English and Welsh, mutated after a number ("2 Fawrth"), as a log number's day names them. */
const MONTH_WORDS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|mawrth|fawrth|ebrill|mai|fai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|dachwedd|rhagfyr";
/** A real day and month (either way round), so "20-45-77" (a sort code) is not taken for a date. */
function isDate(s: string) {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const parts = iso ? [iso[3], iso[2]] : /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](?:\d{4}|\d{2}))?$/.exec(s)?.slice(1, 3);
  if (!parts) return false;
  const [a, b] = parts.map(Number);
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (b >= 1 && b <= 31 && a >= 1 && a <= 12);
}
/** Words that name a National Insurance number, shortly before it. */
const NI_CONTEXT = /\b(?:ni|n\.i\.?|nino|insurance|yswiriant)\b/i;
/** Words for a police officer, in English and Welsh, before or near the officer's own number. */
const OFFICER =
  "officer|swyddog|pcso|pc|dc|ds|sgt|dci|di|cop|copper|policeman|policewoman|police\\s+officer|plismon|plismones|heddwas|sergeant|sarjant|constable|cwnstabl|gwnstabl|detective|ditectif|inspector|arolygydd";
const OFFICER_NEAR = new RegExp(`(?<![\\p{L}])(?:${OFFICER})(?:['’]?s)?(?![\\p{L}])`, "iu");
const TWO_LETTER_WORDS = new Set("in on at is of to by or an as up we me he it so no do go my be us am if".split(" "));

/** Dates of birth, National Insurance numbers and identifiers with a fixed shape or words that name them. */
export const IDENTIFIER_RULES: Rule[] = [
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
    // Not a version or a list of small numbers ("1.2.3.4"): an address has a long first part ("192.0.2.9"), long
    // parts, or the letters IP before it.
    replace: ([m], l, _lang, { offset, input }) =>
      m.split(".")[0].length >= 2 ||
      m.split(".").filter((part) => part.length >= 2).length >= 2 ||
      /\bip\b/i.test(input.slice(Math.max(0, offset - 30), offset))
        ? l
        : null,
  },
  {
    // An IPv6 address after the letters IP: "his IP was 2001:db8::1".
    kind: "reference",
    pattern: /(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){1,7}(?::|(?::[0-9a-f]{1,4}){1,6}|[0-9a-f]{1,4})(?![\p{L}\p{N}:])/giu,
    replace: ([m], l, _lang, { offset, input }) =>
      /[a-f]|::/i.test(m) && /\bip(?:v6)?\b/i.test(input.slice(Math.max(0, offset - 30), offset)) ? l : null,
  },
  {
    // A bank account as an IBAN, in capitals, spaced in fours or not: "GB29 NWBK 6016 1331 9268 19".
    kind: "reference",
    pattern: new RegExp(`${B}[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?${E}`, "gu"),
    replace: ([m], l) => (digitCount(m) >= 8 ? l : null),
  },
  {
    // A log number by its day, wherever the sentence names it: "was 2215 of 09/03/2025", "1147 of 2 June", "0356 o
    // 14/03/2025", "0213 o'r 19/08". A count of things has no day ("500 of the 600"), and money has its sign.
    kind: "reference",
    pattern: new RegExp(
      `(?<![£$€\\p{L}\\p{N}.,])\\d{3,5}\\s+(?:of|o|o['’]r)\\s+(?:the\\s+)?(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th|af|ydd|ed|fed|eg|ain|il)?(?:\\s+(?:of|o))?\\s+(?:${MONTH_WORDS})(?:\\s+\\d{4})?)${E}`,
      "giu",
    ),
    replace: ([m], l) => (isYear(m.slice(0, 4)) && /^\d{4}\s/.test(m) ? null : l),
  },
  {
    // Numbers after words that name them: "incident 1234 of 12/03", "Crime ref 62 1100 4471 22", "cyfeirnod 62/11223/23".
    kind: "reference",
    pattern: new RegExp(`(${B}${REFERENCE_WORDS}${REFERENCE_GAP})(${REFERENCE})${E}`, "giu"),
    // An acronym straight before the number is part of it: "logged as CAD 2291" → "logged as [reference number]".
    replace: ([, context, ref], l) =>
      digitCount(ref) >= 4 && !isYear(ref) ? (/^(?:CAD|URN)\s+$/.test(context) ? l : context + l) : null,
  },
  {
    // The last digits of a card or account: "my account ending 4417", "card ending in 9032", "cerdyn sy'n gorffen
    // gyda 4417", "bank card (the one ending 4410)", "her card number and everythin. ended 2281". Short, but with the
    // bank they point to one person.
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:last\\s+(?:(?:4|four)\\s+)?(?:digits|numbers)(?:\\s+(?:of|on)\\s+(?:my|his|her|the|their|our)\\s+(?:bank\\s+|debit\\s+|credit\\s+)?(?:card|account)(?:\\s+(?:he|she|they|that|which)\\s+(?:used|had|took|tried))?)?(?:\\s*[:,-]\\s*|\\s+(?:are|were|is|was)\\s+|\\s+)|(?:card|account|acc|a/c|cerdyn|gerdyn|ngherdyn|cyfrif|gyfrif|nghyfrif|(?:phone|mobile)(?=\\s+(?:number|no))|number|mobile)(?:\\s+(?:number|no\\.?|rhif))?(?:[\\s,.(]+(?!ending|endin|ends|ended|finishing|finishes|yn\\s+gorffen|sy['’]n|oedd)[\\p{L}'’]+){0,4}[\\s,.(]+(?:(?:that\\s+|which\\s+)?(?:ending|endin|ends|ended|finishing|finishes)(?:\\s+(?:in|with))?|(?:sy['’]n|oedd\\s+yn|yn)\\s+gorffen(?:\\s+(?:gyda|efo|â|ag|yn|mewn))?)(?:\\s*[:-]\\s*|\\s+)(?:(?:in|with)\\s+)?))(\\d{3,4})${E}`,
      "giu",
    ),
    // "the account ended in 2019" is a year. Also "the last four digits of my card are 4417".
    replace: ([, context, digits], l) => (isYear(digits) && /\b(?:ended|finished)\b/i.test(context) ? null : context + l),
  },
  {
    // An officer's number said as a number: "officer number 5521", "PC no. 2291", "the copper's number was 6630",
    // "swyddog rhif 3318". A short rank keeps no "number" (the names rule would take it for a name after "PC").
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:${OFFICER})(?:['’]?s)?\\s+)((?:(?:collar|badge|shoulder|warrant|id|coler)\\s+)?(?:number|no\\.?|num|#|rhif)(?:\\s*[:#-]\\s*|\\s+(?:is|was|yw|oedd|ydy)\\s+|\\s*))(\\d{2,6})${E}`,
      "giu",
    ),
    replace: ([, officer, numberWords], l) =>
      /^(?:pcso|pc|dc|ds|sgt|di|dci)\s+$/i.test(officer) ? officer + l : officer + numberWords + l,
  },
  {
    // A collar number in brackets after a rank and a name: "PC Hughes (4417)", "Sgt Amy Lloyd (2290)".
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:pcso|pc|dc|ds|sgt|sergeant|constable|cwnstabl|rhingyll)\\.?\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s*\\(\\s*)\\d{3,5}(?=\\s*\\))`,
      "giu",
    ),
    replace: ([, before], l) => before + l,
  },
  {
    // An officer's collar (shoulder, warrant, badge) number: "collar number 5521", "rhif coler 4471", "PC 1234 was
    // rude", "officer 4471" (three to five digits, not a time or a count: "officer 2", "PC 1000 hours"); before a name
    // ("PC 4471 Davies") the names rule takes both.
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:collar|shoulder|warrant|badge|epaulette)\\s*(?:number|no\\.?|num|#)?(?:\\s*[:#,-]\\s*|\\s+(?:is|was|were|said|says|read|reads|showed)\\s+|\\s+)|${B}r?h?if\\s+(?:coler|ysgwydd)(?:\\s+(?:yw|oedd|ydy))?\\s+|${B}(?:PCSO|PC|DC|DS|Sgt|Sarjant|Cwnstabl|pcso|pc|dc|ds|sgt|[Oo]fficer|[Ss]wyddog|[Cc]onstable|[Ss]ergeant|[Ii]nspector|[Dd]etective|[Aa]rolygydd)\\s+(?=\\d{3,5}(?![\\p{L}\\p{N}]|[.,:]\\d|\\s*(?:am|pm|hours|hrs|mins|minutes|people|officers|times|calls)\\b)))(\\d{2,6})${E}`,
      "giu",
    ),
    replace: ([m, context], l, _lang, { offset, input }) =>
      /^(?:collar|shoulder|warrant|badge|epaulette|r?h?if)/i.test(context) ||
      !/^\s+\p{Lu}\p{Ll}/u.test(input.slice(offset + m.length, offset + m.length + 3))
        ? context + l
        : null,
  },
  {
    // A collar number after the officer's rank and name: "PC Jones 3318", "Sgt Evans, 4471," (the names rule takes
    // the name).
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:PCSO|PC|DC|DS|DI|Sgt|Sarjant|Cwnstabl|Constable|Sergeant|Inspector|pc|pcso|dc|ds|sgt)\\.?\\s+\\p{Lu}[\\p{L}'’-]+,?\\s+)(\\d{3,5})${E}(?![.,:]\\d|\\s*(?:am|pm|hours|hrs|mins|minutes|people|officers|times|calls)\\b)`,
      "gu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // A reference of letters and numbers joined by slashes: "VS/7730/K", "2025/DP/3391", "CR/2025/55190". The letters
    // in capitals (so "and/or" and "w/e" stay), and at least four digits (so "A/B", "24/7" stay).
    kind: "reference",
    pattern: /(?<![\p{L}\p{N}/])(?:[A-Z]{1,5}|\d{1,8})(?:\/(?:[A-Z]{1,5}|\d{1,8})){1,4}(?![\p{L}\p{N}]|\/[\p{L}\p{N}])/gu,
    replace: ([m], l) => (/(?:^|\/)[A-Z]+(?:\/|$)/.test(m) && digitCount(m) >= 4 ? l : null),
  },
];

/** A payment card: before the phone rules, which would take part of it. */
export const CARD_RULES: Rule[] = [
  {
    // A payment card: sixteen digits in fours ("4000 0012 3456 7899"), before the phone rules take part of it.
    kind: "reference",
    pattern: new RegExp(`${B}\\d{4}(?:[ -]?\\d{4}){3}${E}`, "gu"),
  },
];

/** Vehicle registrations, sort codes and loose runs of digits: after the addresses. */
/** A car's make just before a word: what follows is its model ("Mazda MX5", "BMW X5", "Ford Focus ST2"). */
const CAR_MAKE_BEFORE =
  /(?:^|[^\p{L}])(?:mazda|bmw|audi|ford|focus|fiesta|vauxhall|nissan|toyota|honda|kia|hyundai|mercedes|merc|volvo|vw|volkswagen|golf|seat|skoda|peugeot|renault|citroen|mini|fiat|tesla|lexus|jaguar|land\s+rover|range\s+rover|porsche|suzuki|subaru|mitsubishi|dacia)\s+$/iu;
/** After three capitals, the words that say they are a plate's end: "KLT at the end of the plate", "XPD on the reg". */
const THREE_LETTERS_AFTER = /^\s+(?:at\s+the\s+end|on\s+the\s+(?:end|reg|plate|number\s+plate))\b/iu;
/** Words that say a sentence is about a vehicle. */
const VEHICLE_WORDS =
  /(?<![\p{L}])(?:car|cars|van|vans|motor|vehicle|reg|registration|plate|plates|motorbike|moped|scooter|taxi|lorry|truck|transit|corsa|fiesta|polo|astra|clio|bmw|audi|merc|mercedes|rover|landrover|pickup|jeep|quad|tractor|trailer|dashcam|anpr|cerbyd|cofrestru|pl[âa]t)(?![\p{L}])/iu;
/** Letters and digits that are no plate: ordinals, times, measures, consoles, networks, drives, CCTV and Welsh ordinals. */
const NOT_PLATE =
  /^(?:st|nd|rd|th|am|pm|hr|hrs|yr|yrs|min|mins|wk|wks|ft|kg|km|mm|cm|ml|mph|cc|bhp|gb|tb|mb|wd|il|ydd|fed|ed|ain|eg|af|dr|ppl|pc|ps\d|mp\d|xbox|cctv|dvd|suv|mot|dvla|cps|nhs|asb|gps|bmw|vw|kfc|rac|aa|uk|gb|ipad|4x4)$/iu;
/**
 * Whether the sentence at `offset` speaks of a vehicle. The answer's sentences are found once per answer (the last
 * answer asked about is remembered), so many plate-shaped words in one long sentence cost one pass, not one each.
 */
let vehicleInput = "";
let vehicleSentences: { end: number; vehicle: boolean }[] = [];
function inVehicleSentence(input: string, offset: number): boolean {
  if (input !== vehicleInput) {
    vehicleInput = input;
    vehicleSentences = [];
    const boundary = /[.!?](?=\s|$)|\n/g;
    let start = 0;
    for (let m = boundary.exec(input); m; m = boundary.exec(input)) {
      vehicleSentences.push({ end: m.index + 1, vehicle: VEHICLE_WORDS.test(input.slice(start, m.index + 1)) });
      start = m.index + 1;
    }
    vehicleSentences.push({ end: input.length + 1, vehicle: VEHICLE_WORDS.test(input.slice(start)) });
  }
  let lo = 0;
  let hi = vehicleSentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vehicleSentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return vehicleSentences[lo].vehicle;
}

/**
 * Part of a plate after the words that say so, its digit apart from its letters or not ("starting yk62", "reg ending 4
 * lmx"): never a word, nor a count after a digit ("reg ending 5 yrs old", "ended 2 mph over").
 */
const plateEnd: NonNullable<Rule["replace"]> = ([, context, part], l) => {
  const letters = part!.replace(/^\d\s?/, "");
  if (letters !== part && NOT_PLATE.test(letters)) return null;
  return classify(fold(letters)) === "word" ? null : context + l;
};

export const LATE_IDENTIFIER_RULES: Rule[] = [
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
    // Part of a plate: "the reg started ND69", "plate ending in XKD", "something like ND69" in a sentence about a car,
    // and a plate's first half or one with a letter missing near words for a car ("partial plate ND69", "AB12 C?E").
    kind: "vehicle",
    pattern: new RegExp(
      `(${B}(?:part\\s+of\\s+the\\s+(?:reg(?:istration)?|plate|number\\s+plate)\\s+(?:was|is)\\s+|(?:reg(?:istration)?|plate)\\s+(?:had|has)\\s+(?=\\S+\\s+in\\b)|rhan\\s+o['’]r\\s+(?:rhif|plât)\\s+(?:oedd|yw)\\s+|(?:(?:reg(?:istration)?|plate|number\\s+plate|rhif\\s+cofrestru)(?:\\s+(?:no\\.?|number|plate))?\\s+(?:(?:was|is|oedd)\\s+)?(?:start(?:ed|s|ing)?|began|begins|beginning|end(?:ed|s|ing)?|finish(?:ed|es|ing)?)(?:\\s+(?:in|with))?\\s+|(?:something|summat|rhywbeth)\\s+(?:like|fel)\\s+)))([A-Z]{1,3}\\d{1,3}[A-Z]{0,3}|\\d{1,3}\\s?[A-Z]{2,3}|[A-Z]{2,3})${E}`,
      "gu",
    ),
    replace: ([m, context, part], l, _lang, { offset, input }) =>
      /^(?:reg|plate|number|rhif|part|rhan)/i.test(context) ||
      /\b(?:car|van|motor|vehicle|reg|plate|motorbike|bike|taxi|lorry|fan|cerbyd)\b/i.test(
        input.slice(Math.max(0, offset - 80), offset + m.length + 40),
      )
        ? /^(?:A|I|OK|TV|UK|USA|CPS|PC|CCTV)$/.test(part)
          ? null
          : context + l
        : null,
  },
  {
    kind: "vehicle",
    pattern: new RegExp(`${B}[A-Z]{2}\\d{2}(?:\\s?[A-Z?*_]{0,2}[?*_][A-Z?*_]{0,2})?${E}(?![?*_])`, "gu"),
    // Not a postcode district where someone is ("parked in CF10").
    replace: ([m], l, _lang, { offset, input }) =>
      !/\b(?:in|near|from|around|yn|ym|ger)\s+$/i.test(input.slice(Math.max(0, offset - 8), offset)) &&
      /\b(?:car|van|motor|vehicle|reg|plate|motorbike|bike|taxi|lorry|fan|cerbyd|registration|cofrestru)\b/i.test(
        input.slice(Math.max(0, offset - 80), offset + m.length + 40),
      )
        ? l
        : null,
  },
  {
    // A spaced plate in lower case, "rn 63 kxj": only when its first letters are two consonants (Welsh "yn 88 oed" has
    // a vowel), its last three no word and without the I and Q plates never use ("on 10 may", "up 20 mph" stay).
    kind: "vehicle",
    pattern: new RegExp(`${B}([a-z]{2})\\s\\d{2}\\s([a-z]{3})${E}`, "gu"),
    replace: ([, first, last], l) =>
      TWO_LETTER_WORDS.has(first) ||
      !/^[b-df-hj-np-tvxz]{2}$/.test(first) ||
      /[iq]/.test(last) ||
      COMMON.has(last) ||
      classify(last) !== "unknown"
        ? null
        : l,
  },
  {
    // "sort code 20-45-77": six digits in pairs, a bank's.
    kind: "reference",
    pattern: new RegExp(`(${B}sort\\s*code\\s*(?:[:-]\\s*|is\\s+|was\\s+)?)(\\d{2}[\\s-]?\\d{2}[\\s-]?\\d{2})${E}`, "giu"),
    replace: ([, context], l) => context + l,
  },
  {
    // An officer's number in apposition, the officer named just before: "the officer, number 4471, was rude", "Roedd y
    // swyddog a ddaeth i'r tŷ, rhif 3318, yn…". Three digits or more, and no street after it (a house number).
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:[Nn]umber|[Nn]o\\.?|[Rr]h?if)(?:\\s+(?:y\\s+swyddog|was|is|oedd|yw|ydy|i\\s+mi|to\\s+me)){0,2}(?:\\s*[:,]\\s*|\\s*))(\\d{3,6})${E}(?!\\s*(?:,\\s*)?\\p{Lu}|\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:street|road|lane|avenue|close|drive|way|rd|st)\\b)`,
      "gu",
    ),
    replace: ([, context], l, _lang, { offset, input }) => {
      const before = input.slice(Math.max(0, offset - 70), offset);
      const clause = before.slice(before.search(/[^.!?\n]*$/));
      // "came to number 112", "outside number 140": a house.
      if (/\b(?:to|at|from|outside|in|near|opposite|past|i|yn|ger|tu\s+allan\s+i)\s+$/i.test(clause)) return null;
      return OFFICER_NEAR.test(clause + context) ? context + l : null;
    },
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
    // Part of a plate after the word for it, in any case: "reg started wd67", "half the reg ba19", "part of the plate,
    // YS7". Letters and digits both, so "the reg was gone" and "reg 2" stay.
    kind: "vehicle",
    pattern: new RegExp(
      `(${B}(?:reg(?:istration)?|plate|number\\s+plate)(?:\\s+(?:was|is|started|starts|starting|began|begins|begun|ended|ending|ends|had))?(?:\\s+(?:with|in))?(?:\\s+(?:(?:something|summat|sumthin|sumfin)\\s+)?(?:like|lyk))?(?:\\s*[:,-]\\s*|\\s+)?)([a-z]{1,3}\\d{1,3}[a-z]{0,3}|[a-z]{2}\\s\\d{2})${E}((?:\\s+(?:or|n|and|/)\\s+[a-z]{2}\\d{2}${E})?)`,
      "giu",
    ),
    // ("reg something like ln20 or ln21": the second guess too)
    replace: ([, context, , or], l) => context + l + (or ? or.replace(/[a-z]{2}\d{2}$/iu, l) : ""),
  },
  {
    // Part of a plate after the car it is on, or the letters counted: "a blue corsa starting yk62", "the van ending in
    // 4 LMX", "I got the last three letters, KFN". Letters and digits as a plate has them, never a word.
    kind: "vehicle",
    pattern: new RegExp(
      `(${B}(?:(?:car|van|corsa|fiesta|polo|astra|clio|zafira|transit|qashqai|juke|bmw|audi|merc|mercedes|range\\s+rover|pickup|pick-up|jeep|taxi|lorry|truck|motorbike|moped)\\s+(?:starting|starts|started|beginning|begins|ending|ends|ended)(?:\\s+(?:with|in))?\\s+|(?:last|first)\\s+(?:two|three|four|2|3|4)\\s+(?:letters|digits|numbers|characters)(?:\\s+(?:were|was|are|is))?\\s*[,:-]?\\s*))([a-z]{2}\\d{2}|\\d?\\s?[A-Z]{2,3}|[A-Z]{2}\\d{2})${E}`,
      "gu",
    ),
    replace: plateEnd,
  },
  {
    // The end of a plate in letters alone, after the words that say so: "reg ending kwz", "reg ending 4 lmx", "reg yn gorffen efo lpx",
    // "reg yn gorffen efo 7HJ". Not a word ("reg ending in the 90s" has no letters to take).
    kind: "vehicle",
    pattern: new RegExp(
      `(${B}(?:reg(?:istration)?|plate|rhif\\s+cofrestru|pl[âa]t)\\s+(?:(?:was|is|oedd)\\s+)?(?:ending|ends|ended|finishing|finishes|(?:yn|sy['’]n|oedd\\s+yn)\\s+(?:gorffen|dechrau|dechre|dechra|cychwyn))(?:\\s+(?:in|with|efo|gyda|â|ag))?\\s+)(\\d?\\s?[a-z]{2,3}|[a-z]{2}\\d{2})${E}`,
      "giu",
    ),
    replace: plateEnd,
  },
  {
    // More numbers in a list after one taken: "log numbers [reference number], 0587 n 1123", "2231 a 2417".
    kind: "reference",
    pattern: new RegExp(
      `(\\[(?:reference number|cyfeirnod)\\])((?:(?:\\s*,\\s*|\\s+(?:and|n|&|a|ac|or|neu)\\s+)(?:\\d{3,8}(?![\\p{L}\\p{N}]|\\s*(?:%|am\\b|pm\\b|times|calls|hours|days|weeks|people|quid|pounds))|\\[(?:reference number|cyfeirnod)\\])){1,6})`,
      "giu",
    ),
    replace: ([, first, list], l) => first + list.replace(/\d{3,8}/g, (digits) => (isYear(digits) ? digits : l)),
  },
  {
    // A reference's tail after the part already taken: "[cyfeirnod]-0457" (of "DP-20250311-0457"), "[reference
    // number]/B".
    kind: "reference",
    pattern: /(\[(?:reference number|cyfeirnod)\])[/-][\dA-Za-z]{1,12}(?![\p{L}\p{N}])/gu,
    replace: ([, label]) => label,
  },
  {
    // The last four digits of a card or account in Welsh: "pedwar rhif ola'r cerdyn, 5521", "4 rhif olaf y cyfrif: 8830".
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:pedwar|4)\\s+rhif\\s+ola(?:f|['’]r)\\s+(?:y\\s+|fy\\s+|ei\\s+)?(?:cerdyn|gerdyn|ngherdyn|cyfrif|gyfrif|nghyfrif)(?:\\s*[:,-]\\s*|\\s+(?:oedd|yw|ydy)\\s+|\\s+))(\\d{4})${E}`,
      "giu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // Four digits after "ending" are the end of a card or an account, whatever names it: "my santander one ending 8820",
    // "ending 9043, was compromised", "cerdyn fi'n gorffen yn 6631". Not a year ("the lease ending 2027"), nor a count or
    // a time.
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:ending|endin|ends|ended|gorffen|orffen|gorffan|orffan|diweddu|ddiweddu)(?:\\s+(?:in|with|gyda|efo|yn|â|ag))?(?:\\s*[:-]\\s*|\\s+))(\\d{4})${E}(?!\\s*(?:%|am\\b|pm\\b|hours|hrs|mins|people|times|quid|pounds))`,
      "giu",
    ),
    replace: ([, context, digits], l) => (isYear(digits) ? null : context + l),
  },
  {
    // The last digits said in Welsh: "pedwar digid olaf fy ngherdyn, sef 5072", "y digidau olaf oedd 4417", "rhoies i'r
    // rhifau olaf, 7702".
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:digid|digidau|rhif|rhifau|rifau)\\s+olaf?(?:(?:[\\s,]+[\\p{L}'’]+){0,4}?[\\s,]+(?:sef|oedd|yw|ydi|ydy|ydyn|oedden)\\s+|\\s*,\\s*))(\\d{3,4})${E}`,
      "giu",
    ),
    replace: ([, context, digits], l) => (isYear(digits) || /^(?:101|999|111|112)$/.test(digits) ? null : context + l),
  },
  {
    // Part of a plate, in a sentence about a vehicle, by its shape alone: "a white van with pn61 on the reg", "reg endin
    // 7xk", "rhan o'r rhif cofrestru, FN6,", "ending in XPD". Letters and digits as plates mix them (never a road, a
    // time, an ordinal, a measure or a console); three capitals alone only after the words that say it is an end or a
    // start.
    kind: "vehicle",
    pattern: new RegExp(
      `(${B}(?:(?:ending|endin|ends|ended|starting|startin|starts|started|beginning)(?:\\s+(?:in|with|efo|gyda))?\\s+)?)([A-Z]{2}\\d{1,2}|[A-Z]{1,2}\\d{1,2}[A-Z]{1,3}|\\d[A-Z]{2,3}|[a-z]{2}\\d{2}|\\d[a-z]{2,3}|[A-Z]{3})${E}`,
      "gu",
    ),
    replace: ([, context, part], l, _lang, { offset, input }) => {
      // (three capitals alone only after the words that say so, or before "at the end", "on the plate")
      if (
        /^[A-Z]{3}$/.test(part) &&
        !context &&
        !THREE_LETTERS_AFTER.test(input.slice(offset + part.length, offset + part.length + 24))
      )
        return null;
      // (a car's model after its make, a road, a channel: "a Mazda MX5", "up the A1M", "S4C"; two letters and two
      // digits are a plate's first half whatever comes before: "range rover LR19", and so is what a plate is said to
      // start or end with: "a silver golf starting ny16")
      if (
        (!(context && /^[A-Za-z]{2}\d{2}$/.test(part)) &&
          !/^[A-Z]{2}\d{2}$/.test(part) &&
          CAR_MAKE_BEFORE.test(input.slice(Math.max(0, offset - 14), offset))) ||
        /^(?:[ABM]\d{1,4}M?|S4C|BBC\d|ITV\d)$/i.test(part)
      )
        return null;
      // (a postcode district where something is: "parked in CF10", "from LL55")
      if (
        !context &&
        /(?:^|\s)(?:in|near|from|to|at|round|around|outside|off|yn|ym|o|i|ger)\s+$/iu.test(
          input.slice(Math.max(0, offset - 8), offset),
        )
      )
        return null;
      if (NOT_PLATE.test(part.replace(/^\d/, "")) || NOT_PLATE.test(part)) return null;
      // (a school year in lower case: "my yr10 exams"; "YR7" in capitals is a plate's start)
      if (/^y(?:r)?\d{1,2}$/.test(part)) return null;
      // (a year's or a count's end is no plate: "99s"; a word in capitals is a word: "CAR")
      if (/^[A-Za-z]{3}$/.test(part) && classify(fold(part)) === "word") return null;
      return inVehicleSentence(input, offset + context.length) ? context + l : null;
    },
  },
  {
    // A card by four of its digits straight after the word: "the long number off her card 4929", "card no 4411".
    kind: "reference",
    pattern: new RegExp(
      `(${B}(?:card|cerdyn|gerdyn|ngherdyn)\\s+(?:(?:number|no\\.?|rhif)\\s+)?)(\\d{4})${E}(?!\\s*(?:%|am|pm))`,
      "giu",
    ),
    replace: ([, context, digits], l) => (isYear(digits) ? null : context + l),
  },
];
