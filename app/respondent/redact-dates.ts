/**
 * Exact dates of an incident, generalised to the month: "on 14/02/2025 at about 11pm" becomes "in February 2025",
 * "ar 14 Chwefror 2025" becomes "ym mis Chwefror 2025". A day and a place together can identify a case; the month
 * keeps what the answer means (how long ago, how long it took). Any day with its month is touched, with or without
 * a year and whatever the sentence is about ("on 12 May" → "in May": a hearing's day points to the case as surely as
 * the incident's); "in 2023" already says no more than a year. A time straight after the date goes with it. Dates of
 * birth are taken earlier, by their own rule. Pure and linear: one bounded pattern, judged in a callback.
 */
import { MONTHS_CY as MONTHS_CY_LOWER, MONTHS_EN as MONTHS_EN_LOWER, type Rule } from "./redact-rule";

/** Month names as the generalised date writes them: "February 2025", "Chwefror 2025". */
const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
const MONTHS_EN = MONTHS_EN_LOWER.map(capitalised);
const MONTHS_CY = MONTHS_CY_LOWER.map(capitalised);

/** Month words as people write them, English and Welsh (with the mutations that follow "mis" or "ym"). */
const MONTH_WORDS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^feb/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^may$/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^aug/, 8],
  [/^sep/, 9],
  [/^oct/, 10],
  [/^nov/, 11],
  [/^dec/, 12],
  [/^ionawr$/, 1],
  [/^c?hwefror$/, 2],
  [/^[mf]awrth$/, 3],
  [/^ebrill$/, 4],
  [/^[mf]ai$/, 5],
  [/^[mf]ehefin$/, 6],
  [/^g?orffennaf$/, 7],
  [/^awst$/, 8],
  [/^[mf]edi$/, 9],
  [/^hydref$/, 10],
  [/^[td]achwedd$/, 11],
  [/^r?h?agfyr$/, 12],
];

const MONTH =
  "(?:jan(?:uary|uray|ury|aury)?|feb(?:ruary|uary|urary|uray|rury|ury)?|mar(?:ch)?|apr(?:il|ill)?|may|june?|july?|aug(?:ust|st|usr)?|sep(?:t(?:ember|mber|emeber)?|tember|tmber)?|oct(?:ober|ober|obre)?|nov(?:ember|emeber|mber)?|dec(?:ember|emeber|mber)?|ionawr|c?hwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|[td]achwedd|r?h?agfyr)(?:(?<=(?<![\\p{L}])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\\.)?";
const ORDINAL = "(?:st|nd|rd|th|af|ail|il|ydd|edd|fed|ed|eg|ain)";
const YEAR = "(?:\\d{4}|['’]\\d{2})";
/** On, on the, ar, ar y; "(the) 14th (of) February 2025"; "February 14(th), 2025"; 14/02/2025; 2025-02-14. */
const WEEKDAY =
  "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:d?dydd|nos)\\s+(?:l?lun|[mf]awrth|[mf]ercher|iau|g?wener|sadwrn|sul)|(?:sadwrn|g?wener|[mf]ercher)(?=\\s+\\d)";
const LEAD = `(?:(?:overnight\\s+)?(?:on|ar|[bf]ore|noswaith)\\s+)?(?:the\\s+(?:night|morning|evening|afternoon|early\\s+hours)\\s+of\\s+)?(?:(?:${WEEKDAY}),?\\s+)?(?:(?:the|y|yr)\\s+)?`;
const DAY_MONTH_YEAR = `(\\d{1,2})${ORDINAL}?(?:\\s+(?:of|o\\s+fis|o|mis))?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?`;
const MONTH_DAY_YEAR = `(${MONTH})\\s+(\\d{1,2})(?:${ORDINAL}(?:,?\\s+(\\d{4}))?|,?\\s+(\\d{4}))`;
const NUMERIC = `(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})`;
const ISO = `(\\d{4})-(\\d{1,2})-(\\d{1,2})`;
/**
 * "at about 11pm", "around 23:15", "am tua 11yh", ", 11.30pm": a time needs a word before it, a clock or am/pm. A bare hour ("at 11", "am 10") is a time only when no unit or street follows it: "at 14 hazel grove" is an address,
 * "after 2 weeks" a count.
 */
const BARE_HOUR_END =
  "(?![:.]?\\d|\\s*(?:%|mins?\\b|minutes|hours?\\b|hrs?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|yrs?\\b|times|miles|people|officers|men|women|of\\b|o(?![\\p{L}'’])|(?:munud|funud|awr|oriau|diwrnod|niwrnod|wythnos|mis|fis|blynedd|mlynedd|milltir|filltir|car|gwaith|waith|ohonyn|ohonom|ohonoch)(?![\\p{L}]))|\\s+(?:[\\p{L}'’-]+\\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|way|crescent|cres|terrace|grove|gardens|court|place|view|walk|heol|stryd|ffordd|lôn|lon)\\b)";
const CLOCK = `(?:\\d{1,2}\\s+(?:to|past)\\s+\\d{1,2}(?![:.]?\\d)|half\\s+\\d{1,2}(?![:.]?\\d)|hann?[ae]r\\s+\\d{1,2}(?![:.]?\\d)(?:\\s+nos(?![\\p{L}]))?|\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|yb|yh|o['’]?clock|o['’]r\\s+gloch)|\\d{1,2}[:.]\\d{2}|\\d{1,2}${BARE_HOUR_END})(?:\\s?ish)?(?:\\s?(?:(?:yn\\s+)?y\\s+(?:nos|bore|bora|prynhawn|pnawn|p['’]nawn)|yr\\s+hwyr|at\\s+ni(?:gh)?te?|in\\s+the\\s+(?:morning|mornin|evening|evenin|afternoon|night)|pnawn|p['’]nawn|prynhawn))?`;
/** A clock that says it is one ("11pm", "23:40", "3 o'clock"): what a looser word before it ("after", "gone") needs. */
const EXACT_CLOCK = "\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|yb|yh|o['’]?clock|o['’]r\\s+gloch)(?:\\s?ish)?|\\d{1,2}[:.]\\d{2}";
/** A time in words: "hanner nos", "chwarter wedi deg y nos", "chwech y bore", "ten at night", "midnight". */
const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un\\s+ar\\s+ddeg|un|dau|dri|tri|bedwar|pedwar|phedwar|thri|bump|pump|phump|chwech|saith|wyth|naw|deg|ddeuddeg|deuddeg)";
const DAY_PART =
  "(?:pnawn|p['’]nawn|prynhawn|o['’]r\\s+gloch|y\\s+(?:nos|bore|bora|prynhawn|pnawn|p['’]nawn)|yr\\s+hwyr|at\\s+night|in\\s+the\\s+(?:morning|evening|afternoon)|o['’]clock)";
/** A number word only with the part of the day ("at one point" is no time). */
const WORD_TIME = `(?:midnight|midday|noon|teatime|tea\\s+time|lunchtime|lunch\\s+time|dinnertime|dinner\\s+time|bedtime|[cg]?h?anol\\s+(?:dydd|nos)|closing\\s+time|amser\\s+te|amser\\s+cinio|hanner\\s+nos|hanner\\s+dydd|half\\s+${NUMBER_WORD}(?:\\s+${DAY_PART})?|(?:quarter|half|twenty|ten|five|chwarter|hanner(?:\\s+awr)?|ugain|deng\\s+munud|pum\\s+munud)\\s+(?:past|to|wedi|i)\\s+(?:${NUMBER_WORD}|\\d{1,2}(?![:.]?\\d))(?:\\s+${DAY_PART})?|${NUMBER_WORD}(?:\\s+${DAY_PART}){1,2})`;
/** Words before a time: "at", "around", "at like", "at roughly", "tua", "o gwmpas". */
const TIME_WORD =
  "(?:at|@|am|around|about|approx(?:imately)?|tua|o\\s+gwmpas|bout|abt|round|roughly|bytu|ambytu)(?:\\s+(?:about|around|approx(?:imately)?|tua|like|roughly|maybe|bout|abt|just\\s+(?:after|before|gone|past)|gone|after))?";
/** Looser words before a time, which need a clock that says it is one: "just after 2am", "gone midnight", "ar ôl 10yh". */
const LOOSE_TIME_WORD =
  "(?:just\\s+(?:after|before|gone|past)|gone|after|before|sometime\\s+(?:after|before|around)|(?:jyst\\s+)?(?:ar\\s+[ôo]l|cyn)|ychydig\\s+(?:wedi|cyn|ar\\s+[ôo]l))";
/** "between 2 and 3am", "rhwng 2 a 3 y bore". */
const BETWEEN_TIMES = `(?:between|rhwng)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|yb|yh)?|midnight|hanner\\s+nos|${NUMBER_WORD})\\s+(?:and|&|to|a|ac|n|-)\\s+(?:${NUMBER_WORD}(?:\\s+${DAY_PART}){1,2}|\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|yb|yh|o['’]?clock|o['’]r\\s+gloch)(?:\\s+(?:(?:yn\\s+)?y\\s+(?:nos|bore|bora|prynhawn|pnawn|p['’]nawn)|in\\s+the\\s+(?:morning|evening|afternoon)|at\\s+night))?|\\d{1,2}\\s+(?:(?:yn\\s+)?y\\s+(?:nos|bore|bora|prynhawn|pnawn|p['’]nawn)|in\\s+the\\s+(?:morning|mornin|evening|evenin|afternoon|night)|at\\s+night))`;
const TIME = `(?:,?\\s+(?:late|early)\\s+(?:afternoon|evening|morning)|,?\\s+in\\s+the\\s+early\\s+hours|,?\\s+${TIME_WORD}\\s+(?:${CLOCK}|${WORD_TIME})|,?\\s+tua\\s+${NUMBER_WORD}(?![\\p{L}]|\\s+(?:o|y|yn|yr|mis|wythnos|diwrnod|awr|munud|blynedd|gwaith)\\b)|,?\\s+${LOOSE_TIME_WORD}\\s+(?:${EXACT_CLOCK}|midnight|midday|noon|hanner\\s+nos)|,?\\s+${BETWEEN_TIMES}|,?\\s+\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|yb|yh)|,?\\s+\\d{1,2}[:.]\\d{2})`;

/**
 * A time written before the date goes with it: "at 3am on the 1st jan", "about 11pm on 14/02/2025", "tua 2 y bore ar y
 * 7fed", "about half eleven on the night of the 6th". It needs a word of time, a clock that says it is one, or a time
 * in words, and "on", "ar" or a weekday after it ("I rang 3 times on the 5th" keeps its count).
 */
const TIME_BEFORE_CORE = `(?:${BETWEEN_TIMES}|${TIME_WORD}\\s+(?:${CLOCK}|${WORD_TIME})|${EXACT_CLOCK}|${WORD_TIME})`;
const TIME_BEFORE = `(?:${TIME_BEFORE_CORE}\\s+(?=(?:on|ar)\\s|(?:${WEEKDAY})[\\s,]))?`;
/** The time before a date, at the start of what a date rule matched: generalising drops it. */
const LEADING_TIME = new RegExp(`^${TIME_BEFORE_CORE}\\s+`, "iu");

/** The first day of a range before its month: "between 2 and 4 November", "rhwng 2 a 4 Tachwedd", "from the 3rd to the 5th of May". */
const DAY_RANGE_START = `(?:(?:between|rhwng)\\s+(?:(?:the|y)\\s+)?\\d{1,2}${ORDINAL}?\\s+(?:and|&|a|ac|a['’]r|n)\\s+|(?:from|o|o['’]r)\\s+(?:(?:the|y)\\s+)?\\d{1,2}${ORDINAL}?\\s+(?:to|till|until|i|i['’]r|tan)\\s+|\\d{1,2}${ORDINAL}?\\s*[-–]\\s*)(?:(?:the|y)\\s+)?`;
export const INCIDENT_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])${TIME_BEFORE}${LEAD}(?:(?:${DAY_RANGE_START})?${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${NUMERIC}|${ISO})(?![\\p{L}\\p{N}]|[/.-]\\d)((?:${TIME})(?![\\p{L}\\p{N}]))?`,
  "giu",
);

/** Ordinals after the first in a list of days: "on the 4th, 5th n 6th", "ar y 3ydd a'r 4ydd". */
const MORE_DAYS = `(?:(?:,?\\s+(?:and|&|n|or|to|till|til|until|a|ac|a['’]r|neu|tan|i['’]r)\\s+|\\s*[,–-]\\s*)(?:the\\s+|y\\s+)?\\d{1,2}${ORDINAL}){0,4}`;
/** What may follow a day without its month: punctuation, the end, or a word that carries the sentence on (not a noun). */
const AFTER_DAY =
  "(?![\\p{L}\\p{N}])(?=\\s*(?:[,.;:!?)\\n]|$)|\\s+(?:at|about|around|approx|just|when|and|after|before|late|early|in|last|this|am|tua|pan|ac|a|yn|ym|gyda|was|were|he|she|they|i|we|it|my|our|his|her|outside|near|ar|o|pm|n|cos|but|ond|roedd|wnaeth|daeth|by|then|so|til|till|until|tan|nes|erbyn|while|whilst|tra|to\\s+(?:say|tell|ask|let|check|see|explain|confirm|arrange)|(?:claiming|saying|pretending|shouting|demanding|telling|knocking|banging|trying|looking\\s+for)|is\\s+(?:when|the\\s+day)|y\\s+tu|tu|yng|ger|wrth|nath|aeth|odd|oedd|cafodd|ges|ces|gan\\s+(?:honni|ddweud|weiddi|fygwth|gnocio|guro))(?![\\p{L}\\p{N}])|\\s+@)";

/**
 * A day of the month without its month: "on Tuesday the 3rd", "tues the 3rd", "on the 14th", "ddydd Mawrth y 5ed",
 * "till the 24th", "it was the 23rd", "on the 4th, 5th n 6th". It needs a weekday, "on the"/"ar y" or a word of time
 * before it ("till", "since", "by", "it was", "tan", "ers"), and must not be followed by a noun ("the 3rd time", "the
 * 2nd hearing", "the 3rd floor"): only by punctuation, the end, or a word that carries the sentence on. A time after
 * it goes with it ("the 21st, about 2am"). Whatever the sentence is about: the day points to the case as a full date does.
 */
export const DAY_OF_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])${TIME_BEFORE}(?:(on|ar)\\s+(?:(?:(?:last|this|next)\\s+)?(${WEEKDAY})(?:\\s+(?:night|nite|morning|mornin|evening|afternoon))?,?\\s+(?:(?:the|y|yr)\\s+)?|(?:the\\s+night\\s+of\\s+the|the|y|yr)\\s+|(?=\\d))|(till|til|until|untill|since|by|it\\s+was|it['’]?s|tan|nes|ers|erbyn|between|from|(?:night|hours|morning|evening|weekend)\\s+of)\\s+(?:the|y|yr)\\s+|(?:(?:last|this|next)\\s+)?(${WEEKDAY})(?:\\s+(?:night|nite|morning|mornin|evening|afternoon))?,?\\s+(?:(?:the|y|yr)\\s+)?)\\d{1,2}${ORDINAL}${MORE_DAYS}(?:\\s+(?:of\\s+(?:this|last|that|the)\\s+month|o['’]r\\s+mis|y\\s+mis|(?:of\\s+)?(?:this|last|that)\\s+month))?(?:${TIME}(?![\\p{L}\\p{N}])|${AFTER_DAY})`,
  "giu",
);

/**
 * "that month" / "y mis hwnnw", in the language the date was written in (its lead word or weekday), with the lead
 * word's sense kept: "till the 24th" → "till later that month", "since the 3rd" → "since earlier that month", "it
 * was the 23rd" → "it was a day that month".
 */
export function generalisedDay(whole: string, lang: "en" | "cy", sentenceStart = true): string {
  const matched = whole.replace(LEADING_TIME, "");
  const lead =
    /^(?:(till|til|until|untill)|(since)|(by)|(it\s+was|it['’]?s|(?:night|hours|morning|evening|weekend)\s+of)|(tan|nes)|(ers)|(erbyn)|(between|from|last|this|next))\s/iu.exec(
      matched,
    );
  const welsh =
    /^(?:ar\s|d?dydd\s|nos\s|tan\s|nes\s|ers\s|erbyn\s)/iu.test(matched) ||
    (lang === "cy" &&
      !/^(?:on|mon|tue|wed|thu|fri|sat|sun|till?|until|since|by|it|between|from|night|hours|morning|evening|weekend|last|this|next)/iu.test(
        matched,
      ));
  let words = welsh ? "y mis hwnnw" : "that month";
  if (lead?.[1] || lead?.[5]) words = `${lead[0]}${welsh ? "yn ddiweddarach y mis hwnnw" : "later that month"}`;
  else if (lead?.[2] || lead?.[6]) words = `${lead[0]}${welsh ? "yn gynharach y mis hwnnw" : "earlier that month"}`;
  else if (lead?.[3] || lead?.[7]) words = welsh ? "yn ddiweddarach y mis hwnnw" : "later that month";
  else if (lead?.[4]) words = `${lead[0]}a day that month`;
  // "between the 12th and the 14th", "from the 3rd to the 7th", "last Tuesday the 14th": the days go to the month.
  return sentenceStart && /^\p{Lu}/u.test(whole) ? words[0].toUpperCase() + words.slice(1) : words;
}

/** Whether a match starts a sentence (so its replacement takes a capital): "Tuesday the 3rd" mid-sentence does not. */
const startsSentence = (input: string, offset: number) =>
  /(?:^|[.!?]\s*|\n\s*)$/.test(input.slice(Math.max(0, offset - 3), offset));

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  for (const [pattern, month] of MONTH_WORDS) if (pattern.test(w)) return month;
  return null;
}

function fullYear(year: string): number {
  const digits = year.replace(/\D/g, "");
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  return n <= 50 ? 2000 + n : 1900 + n;
}

/** The month and year (if written) of a date as matched, or null when it is not a real date (left to other rules). */
export function monthAndYear(groups: (string | undefined)[]): { month: number; year: number | null } | null {
  const [, d1, m1, y1, m2, d2, y2a, y2b, a, b, y3, iy, im, id] = groups;
  let day: number, month: number | null, year: number | null;
  if (d1 !== undefined) [day, month, year] = [Number(d1), monthOf(m1!), y1 ? fullYear(y1) : null];
  else if (m2 !== undefined) [day, month, year] = [Number(d2), monthOf(m2), y2a || y2b ? fullYear((y2a ?? y2b)!) : null];
  else if (a !== undefined) {
    // Day first, as in the UK, unless only the other way round makes sense (02/14/2025).
    const [x, y] = [Number(a), Number(b)];
    [day, month] = y <= 12 ? [x, y] : [y, x];
    year = fullYear(y3!);
  } else [year, month, day] = [Number(iy), Number(im), Number(id)];
  if (!month || month > 12 || day < 1 || day > 31 || (year !== null && (year < 1900 || year > 2100))) return null;
  return { month, year };
}

const WELSH_MONTH =
  /^(?:ionawr|c?hwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|[td]achwedd|r?h?agfyr)$/i;

/**
 * "in February 2025" after "on", "ym mis Chwefror 2025" after "ar", otherwise the month and year alone. The words
 * follow the date's own language where it shows one (its lead word or month name), else the answer's.
 */
export function generalisedDate(
  whole: string,
  groups: (string | undefined)[],
  lang: "en" | "cy",
  sentenceStart = true,
): string | null {
  const when = monthAndYear(groups);
  const time = LEADING_TIME.exec(whole);
  // ("overnight on 9 October" is "in October": the night is the date's)
  const rest = (time ? whole.slice(time[0].length) : whole).replace(/^overnight\s+(?=on\s)/iu, "");
  const matched = rest !== whole && /^\p{Lu}/u.test(whole) ? rest[0].toUpperCase() + rest.slice(1) : rest;
  if (!when) return null;
  // "on", "ar" or a weekday before the date: the month reads "in March" / "ym mis Mawrth".
  // (a range of days reads as its month too: "between 2 and 4 November" → "in November")
  const lead =
    /^(?:(on|ar|between|rhwng|from|o['’]r|o)\s|(d?dydd|nos|[bf]ore|noswaith)\s|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*[\s,]|(\d{1,2}\p{L}*\s*[-–]\s*\d))/iu.exec(
      matched,
    );
  const monthWord = groups[2] ?? groups[4];
  const welsh = lead
    ? ["ar", "rhwng", "o", "o'r", "o’r"].includes(lead[1]?.toLowerCase() ?? "") ||
      lead[2] !== undefined ||
      (lead[3] !== undefined && (monthWord ? WELSH_MONTH.test(monthWord.replace(/\.$/, "")) : lang === "cy"))
    : monthWord
      ? WELSH_MONTH.test(monthWord.replace(/\.$/, ""))
      : lang === "cy";
  // (a weekday's capital mid-sentence is the weekday's own: "on the night of Friday 12th January" reads "in January")
  const capital = /^\p{Lu}/u.test(matched) && sentenceStart;
  const month = (welsh ? MONTHS_CY : MONTHS_EN)[when.month - 1] + (when.year ? ` ${when.year}` : "");
  if (!lead) return month;
  return welsh ? `${capital ? "Ym" : "ym"} mis ${month}` : `${capital ? "In" : "in"} ${month}`;
}

/** The sentence a match stands in, the match included (up to 300 characters either side). */
export function sentenceAround(input: string, offset: number, length: number): string {
  const before = input.slice(Math.max(0, offset - 300), offset);
  const after = input.slice(offset + length, offset + length + 300);
  return (
    before.slice(before.search(/[^.!?\n]*$/)) +
    // The date itself, up to 80 characters (it can only be long through runs of spaces).
    input.slice(offset, offset + Math.min(length, 80)) +
    after.slice(0, after.search(/[.!?\n]|$/))
  );
}

/** Words that tell of the crime itself, in English and Welsh. */
const INCIDENT =
  /\b(?:happen(?:ed|s)?|happend|hapened|came\s+(?:for|after|at)\s+(?:me|us|him|her)|turned\s+up|it\s+was\s+on|waiting\s+(?:outside|for\s+me)|outside\s+my\s+(?:house|home|work|door|flat)|that\s+(?:night|day|morning|evening|afternoon)|threw|spat|damaged|set\s+fire|hurt|injured|touched|groped|scammed|slapped|strangled|chased|attack(?:ed)?|nharo|harodd|ymosododd|ymosodwyd|cicio|chicio|gwthio|gwthiodd|wthiodd|dorrodd|torri\s+i\s+mewn|assault(?:ed)?|hit|punch(?:ed)?|kick(?:ed)?|stab(?:bed)?|rap(?:ed|e)|rob(?:bed)?|mugged|burgl(?:ed|ary)|broke|broken|st[oa]le|stolen|smash(?:ed)?|threaten(?:ed)?|follow(?:ed)?|stalk(?:ed)?|jumped|grabb?(?:ed)?|beat(?:en)?|push(?:ed)?|harass(?:ed)?|abus(?:ed|e)|incident|crime|arrest(?:ed)?|break-in|broke\s+in|early\s+hours|digwydd(?:odd)?|ymosod(?:odd|iad)?|[dt]haro|daro|taro|tarodd|dwyn|dygwyd|bygwth|bygythiodd|torrodd|lladrad|curo|cicio)\b/iu;

export const describesIncident = (sentence: string) => INCIDENT.test(sentence);

/**
 * A day and month in figures without a year ("on 5/8", "ar 14/2", "30/9 at 10 to 8"), after "on" or "ar" or with a
 * time after it: it becomes its month, read day first as in the UK ("in August"); isDayMonth says when.
 */
export const DAY_MONTH_FIGURES = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])(?:((?:on|ar)\\s+(?:(?:${WEEKDAY}),?\\s+)?|(?:${WEEKDAY}),?\\s+|(?:since|ers|from\\s+the)\\s+)(?:(?:the|y)\\s+)?)?(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}]|[/.-]\\d)(${TIME}(?![\\p{L}\\p{N}]))?`,
  "giu",
);

/** A lead that keeps its sense before a day and month in figures: "since 12/03", "ers 12/03", "from the 22/11". */
const SINCE_LEAD = /^(?:since|ers|from)\s/i;

/**
 * Whether a day and month in figures is a date: after "on"/"ar" in a sentence about the incident, or with an exact
 * time after it ("30/9 at 10 to 8"), or written as only a date is ("on 16/07": a padded month or a day past 12).
 * Fractions and scores ("4/5 on the test", "5/8 of the way", "rated it 7/10") stay.
 */
function isDayMonth([m, lead, day, month, time]: (string | undefined)[], input: string, offset: number): boolean {
  const [d, mo] = [Number(day), Number(month)];
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
  if (/^\s+of\b/i.test(input.slice(offset + m!.length, offset + m!.length + 4))) return false;
  if (time) return true;
  if (!lead) return false;
  // ("since 12/03" is a date; "since 1/2 the officers…" a half): after "since" only a date as only a date is written
  if (SINCE_LEAD.test(lead)) return month!.startsWith("0") || day!.startsWith("0") || d > 12;
  return describesIncident(sentenceAround(input, offset, m!.length)) || month!.startsWith("0") || d > 12;
}

export function generalisedFigures([m, lead, , month]: (string | undefined)[], lang: "en" | "cy"): string {
  const welsh = lead ? /^(?:ar|d?dydd\s|nos\s|ers\s|tan\s)/i.test(lead) : lang === "cy";
  const name = (welsh ? MONTHS_CY : MONTHS_EN)[Number(month) - 1];
  // "since 12/03" → "since March", "ers 12/03" → "ers mis Mawrth": the lead's sense stays.
  if (lead && SINCE_LEAD.test(lead)) return `${lead.replace(/(?:the|y)\s+$/i, "")}${welsh ? `mis ${name}` : name}`;
  const words = welsh ? `ym mis ${name}` : `in ${name}`;
  return /^\p{Lu}/u.test(m!) ? words[0].toUpperCase() + words.slice(1) : words;
}

/** A month then its day, as in "jan 12 he came round", "on March 3": no year, no ordinal. Not "may" (the verb). */
export const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(on|ar)\\s+)?(?!may\\b|mai\\b|fai\\b)(${MONTH})\\s+(\\d{1,2})(?![\\p{L}\\p{N}]|[:.,/-]\\d|\\s*(?:%|am\\b|pm\\b|hours|hrs|mins|minutes|days|weeks|months|years|yrs|times|miles|people|officers|pounds|quid|of\\b|to\\b|-))(${TIME}(?![\\p{L}\\p{N}]))?`,
  "giu",
);

export function generalisedMonthDay([m, lead, monthWord, day]: (string | undefined)[], lang: "en" | "cy"): string | null {
  const month = monthOf(monthWord!);
  if (!month || Number(day) < 1 || Number(day) > 31) return null;
  const welsh = lead ? lead.toLowerCase() === "ar" : WELSH_MONTH.test(monthWord!.replace(/\.$/, "")) && lang === "cy";
  const name = (welsh ? MONTHS_CY : MONTHS_EN)[month - 1];
  if (!lead) return name;
  const words = welsh ? `ym mis ${name}` : `in ${name}`;
  return /^\p{Lu}/u.test(m!) ? words[0].toUpperCase() + words.slice(1) : words;
}

/** Days of the month in words, English and Welsh (with the forms after "y"): "the first", "y cyntaf", "yr ail ar bymtheg". */
const ORDINAL_WORD = `(?:(?:twenty|thirty)[\\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|cyntaf|gyntaf|ail|trydydd|drydydd|pedwerydd|bedwerydd|pumed|bumed|chweched|seithfed|wythfed|nawfed|degfed|unfed\\s+ar\\s+ddeg|deuddegfed|ddeuddegfed|pymthegfed|bymthegfed|ugeinfed|hugeinfed|(?:unfed|ail|trydydd|pedwerydd)\\s+ar\\s+(?:hugain|bymtheg|ddeg)|degfed\\s+ar\\s+hugain`;
/** "on the first of May", "ar y cyntaf o Fai", "the twenty-third of June 2024 at 9pm": the month, as with figures. */
export const ORDINAL_WORD_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(on|ar)\\s+)?(?:(?:the|y|yr)\\s+)?(?:${ORDINAL_WORD})\\s+(?:of|o|o\\s+fis)\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\p{L}\\p{N}])(?:${TIME}(?![\\p{L}\\p{N}]))?`,
  "giu",
);

export function generalisedOrdinalDate([m, lead, monthWord, year]: (string | undefined)[], lang: "en" | "cy"): string | null {
  const month = monthOf(monthWord!);
  // "the first of may be…": "may" in lower case after a day in words is the verb as often as the month.
  if (!month || (/^may$/.test(monthWord!) && !lead)) return null;
  const welsh = lead ? lead.toLowerCase() === "ar" : WELSH_MONTH.test(monthWord!.replace(/\.$/, "")) || lang === "cy";
  const name = (welsh ? MONTHS_CY : MONTHS_EN)[month - 1] + (year ? ` ${fullYear(year)}` : "");
  const words = welsh ? `ym mis ${name}` : `in ${name}`;
  return /^\p{Lu}/u.test(m!) ? words[0].toUpperCase() + words.slice(1) : words;
}

/** Days that name a date ("Christmas Eve 2022", "Nos Galan 2023"), with the month each falls in. */
const HOLIDAYS: [RegExp, number][] = [
  [/^(?:christmas|xmas)|boxing|nadolig|san\s+steffan/i, 12],
  [/^new\s+year['’]?s?\s+eve|^nos\s+galan/i, 12],
  [/^new\s+year|^dydd\s+calan/i, 1],
  [/^valentine|dwynwen/i, 2],
  [/^(?:bonfire|guy)/i, 11],
  [/^hallowe/i, 10],
  [/^st\.?\s+david|dewi/i, 3],
];
const HOLIDAY =
  "(?:christmas|xmas)\\s+(?:eve|day)|boxing\\s+day|new\\s+year['’]?s?\\s+(?:eve|day)|valentine['’]?s\\s+day|bonfire\\s+night|guy\\s+fawkes\\s+night|hallowe['’]?en|st\\.?\\s+david['’]?s\\s+day|(?:(?:noson|noswyl|d?dydd)\\s+)?nadolig|nos\\s+galan|d?dydd\\s+calan|d?dydd\\s+san\\s+steffan|d?dydd\\s+g[ŵw]yl\\s+dewi|d?dydd\\s+santes\\s+dwynwen";
/**
 * A holiday with its year or its time: "on Christmas Eve 2022" is as exact as "on 24/12/2022" and becomes "in
 * December 2022"; "on Christmas Eve at 6.30pm" and "3am on boxing day" are as exact as a day with its time, and
 * become "in December". A holiday alone ("since Christmas", "came out on new year's eve") stays: a season as often as
 * a day.
 */
export const HOLIDAY_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${TIME_BEFORE_CORE})\\s+(?=(?:on|ar)\\s))?(?:(on|ar)\\s+)?(${HOLIDAY})(?:\\s+(\\d{4})(?![\\p{L}\\p{N}])|(${TIME})(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])`,
  "giu",
);

/** A time that says it is one: a clock with am/pm or minutes, o'clock, a part of the day, or a time in words. */
const SAYS_TIME =
  /\d\s*(?:am|pm|yb|yh)\b|\d[:.]\d\d|o['’]?clock|o['’]r\s+gloch|in\s+the\s+(?:morning|mornin|evening|evenin|afternoon|night)|at\s+night|y\s+(?:nos|bore|prynhawn|pnawn)|yr\s+hwyr|midnight|midday|noon|hanner|half|quarter|chwarter|early\s+hours|late\s+|early\s+/iu;

export function generalisedHoliday([m, timeBefore, lead, day, year, timeAfter]: string[], lang: "en" | "cy"): string | null {
  // A holiday with a time is a day only when the time says it is one and "on"/"ar" says the holiday is when: "on
  // Christmas Eve at 6.30pm", not "on christmas eve at 2 different shops", "dros y Nadolig am 2 wythnos" or
  // "Halloween at 7pm is the worst time".
  const timed = (timeBefore || timeAfter) && lead && SAYS_TIME.test(timeBefore ?? timeAfter);
  if (!year && !timed) return null;
  const bare = day.replace(/^d?dydd\s+|^noswyl\s+|^noson\s+/i, "");
  const month = HOLIDAYS.find(([pattern]) => pattern.test(day) || pattern.test(bare))?.[1];
  if (!month) return null;
  const welsh = lead ? lead.toLowerCase() === "ar" : lang === "cy";
  const name = (welsh ? MONTHS_CY : MONTHS_EN)[month - 1] + (year ? ` ${year}` : "");
  if (!lead) return name;
  const words = welsh ? `ym mis ${name}` : `in ${name}`;
  return /^\p{Lu}/u.test(m) ? words[0].toUpperCase() + words.slice(1) : words;
}

const SORT_CODE_BEFORE = /(?:sort[\s-]*code|cod\s+didoli)\s*(?:is|was|yw|oedd)?\s*[:,-]?\s*$/iu;

/** The date rules, in redact.ts's order: after dates of birth and references, before card and phone numbers. */
export const DATE_RULES: Rule[] = [
  {
    // A day and its month, with or without a year: "he punched me on 1st Jan", "my hearing was set for 21 January".
    kind: "date",
    pattern: INCIDENT_DATE,
    // A day with its time ("on 22 July at 3.10pm", "at 6am on Tuesday 5 September") is as exact as a full date.
    // A sort code is no date ("sort code 20-11-44"): the sort code rule takes it.
    // "nos fawrth 11eg" is Tuesday night the 11th, not 11 March: the day rule below takes it.
    replace: (groups, _l, lang, { offset, input }) =>
      SORT_CODE_BEFORE.test(input.slice(Math.max(0, offset - 24), offset)) ||
      (groups[4] !== undefined &&
        /^[mf]awrth$/iu.test(groups[4]) &&
        /(?:^|[^\p{L}])(?:nos|d?dydd)\s+$/iu.test(input.slice(Math.max(0, offset - 8), offset)))
        ? null
        : generalisedDate(groups[0], groups, lang, startsSentence(input, offset)),
  },
  {
    // A month then its day: "jan 12 he came round" becomes "January he came round".
    kind: "date",
    pattern: MONTH_DAY,
    // After "in", "since" or "by" the month is the time and the number counts something: "in June 3 men came".
    replace: (groups, _l, lang, { offset, input }) =>
      /\b(?:in|since|by|during|until|till|from|before|after|ym|mis|ers)\s+$/i.test(input.slice(Math.max(0, offset - 8), offset))
        ? null
        : generalisedMonthDay(groups, lang),
  },
  {
    // A day in words with its month: "ar y cyntaf o Fai" becomes "ym mis Mai", "the first of June" "in June".
    kind: "date",
    pattern: ORDINAL_WORD_DATE,
    replace: (groups, _l, lang) => generalisedOrdinalDate(groups, lang),
  },
  {
    // A holiday with its year: "on Christmas Eve 2022" becomes "in December 2022".
    kind: "date",
    pattern: HOLIDAY_DATE,
    replace: (groups, _l, lang) => generalisedHoliday(groups, lang),
  },
  {
    // A day and month in figures: "he robbed my phone on 5/8" → "in August", "on 2/12 at 10am" → "in December".
    kind: "date",
    pattern: DAY_MONTH_FIGURES,
    replace: (groups, _l, lang, { offset, input }) =>
      isDayMonth(groups, input, offset) ? generalisedFigures(groups, lang) : null,
  },
  {
    // A log number's day: "[reference number] of the 17th", "[cyfeirnod] o'r 11eg" keep the number's label and lose the day.
    kind: "date",
    pattern:
      /(?<=\[(?:reference number|cyfeirnod)\])\s+(?:of\s+the\s+\d{1,2}(?:st|nd|rd|th)|o['’]r\s+\d{1,2}(?:af|il|ydd|edd|fed|ed|eg|ain))(?![\p{L}\p{N}])/giu,
    replace: () => "",
  },
  {
    // A day without its month: "on Tuesday the 3rd" becomes "that month", "till the 24th" "till later that month".
    kind: "date",
    pattern: DAY_OF_MONTH,
    replace: ([m], _l, lang, { offset, input }) => generalisedDay(m, lang, startsSentence(input, offset)),
  },
];
