/**
 * Redaction of free text at ingest: what panels and the public may read.
 * Pure. Replaces personal details with labelled placeholders in the
 * respondent's language. It is a safety net, not a guarantee: analysts still
 * read with care, and the unredacted text is kept only for the retention period.
 *
 * It runs on every submission, so every pattern is linear: quantifiers are
 * bounded or cannot overlap, and words are judged in callbacks rather than by
 * backtracking. Emergency and short service numbers (999, 101, 111, 116 123),
 * times, money, years, ages and event dates stay; a date only counts as a date
 * of birth next to words that say so. Helpline numbers are phone numbers.
 */

export type RedactionKind = "email" | "url" | "phone" | "postcode" | "vehicle" | "reference" | "dob" | "name";

const LABELS: Record<"en" | "cy", Record<RedactionKind, string>> = {
  en: {
    email: "[email address]",
    url: "[web address]",
    phone: "[phone number]",
    postcode: "[postcode]",
    vehicle: "[vehicle registration]",
    reference: "[reference number]",
    dob: "[date of birth]",
    name: "[name]",
  },
  cy: {
    email: "[cyfeiriad e-bost]",
    url: "[cyfeiriad gwe]",
    phone: "[rhif ffôn]",
    postcode: "[cod post]",
    vehicle: "[rhif cofrestru cerbyd]",
    reference: "[cyfeirnod]",
    dob: "[dyddiad geni]",
    name: "[enw]",
  },
};

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Common first names in England and Wales. Words that are also ordinary words (Will, May, Mark, Grace, Rob…) are left to context rules. */
const FIRST_NAMES = words(`
  james john robert michael david richard joseph thomas charles christopher daniel matthew anthony donald paul steven stephen
  andrew kenneth joshua kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry
  justin scott brandon benjamin samuel gregory alexander patrick raymond dennis jerry tyler aaron adam nathan henry peter
  zachary douglas harold kyle noah gavin liam oliver harry charlie oscar leo alfie arthur freddie theo archie ethan sean shaun
  craig darren wayne carl neil ian alan keith stuart martin jamie luke connor callum declan kieran reece bradley jake josh
  joe tom dan matt chris mike steve dave tony phil andy lee lewis owen morgan jack frank
  mohammed muhammad mohammad mohamed ali omar ahmed ahmad hassan hussain imran bilal tariq kamal usman zain hamza yusuf ibrahim
  amir abdul raj arjun rohan sanjay deepak amit harpreet gurpreet kwame kofi emeka tunde piotr tomasz pawel krzysztof andrei
  dylan rhys owain gareth dafydd emyr huw ieuan iwan llyr rhodri sion aled bryn carwyn geraint gwilym idris meirion tomos
  osian elis macsen gethin dewi hywel iestyn gruffydd emlyn alun arwel dyfan gwion ianto hefin
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
  emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
  anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane
  olivia amelia isla ava mia ivy lily isabella sophia sophie ella freya evie poppy sienna chloe lucy ellie zara hannah
  charlotte katie kate gemma kirsty leanne kelly tracey tracy stacey natalie danielle claire clare joanne julie wendy zoe
  abigail chantelle courtney jodie lauren louise nicola rachael kayleigh bethany eleanor alice ruth sally kim paige
  aisha fatima ayesha amira leila priya sunita nadia sana zainab maryam amina aaliyah samira parveen shabana noor
  agnieszka katarzyna magdalena ewa marta joanna elena
  siobhan niamh cerys carys ffion nia seren gwen catrin elin eleri sian rhian bethan lowri megan mali alys efa manon nerys
  angharad eirlys heledd llinos menna mererid rhiannon tegan sioned elen gwenllian caitlin mared lleucu
`);

/** Ordinary words, English and Welsh, that follow a title or a relation without being a name ("the PC said", "fy mab yn"). */
const COMMON_WORDS = words(`
  a an the and or but if so as to of in on at by for from with about into onto over under after before since until than then
  who whom which that this these those there here when where what why how all any some every each both either neither no not
  nor yes only just also still even ever never always again too very really quite back out up down off away now later soon
  i me my mine you your he him his she her hers it its we us our they them their one two three first last next other another
  is are was were be been being am has have had do does did done can could will would shall should may might must
  isn't wasn't aren't weren't don't doesn't didn't hasn't haven't hadn't can't couldn't won't wouldn't shouldn't it's he's she's
  said says told tells asked asks came comes went goes rang rings phoned called calls spoke speaks took takes gave gives got
  gets kept keeps made makes let left arrived turned tried seemed looked knew knows thought wanted wants needed needs helped
  explained visited emailed texted wrote sent showed laughed shouted lied stopped started saw sees seen heard please
  thanks thank ok okay
  y yr ac ag â yn i o ar am at gyda heb dros drwy trwy fi fe e hi nhw ni chi ti mae roedd oedd yw ydy ydi sy sydd wedi ddim bod
  ond neu hefyd hwn hon hyn hynny yno yma ei eu fy ein eich na nad pan pob bob mewn rhywun neb dim erioed byth eto
`);
/** Calendar words and titles: capitalised, but not names. May, June, April and August are left out: they are names too. */
const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march july september october november december
  llun mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
  pc dc ds di dci pcso sgt sergeant inspector constable officer detective mr mrs ms miss dr police court crown station road
  street lane avenue close drive way park hospital support service services centre council victim victims heol stryd ffordd
`);

const B = "(?<![\\p{L}\\p{N}_])";
const E = "(?![\\p{L}\\p{N}_])";
const WORD = "(\\p{L}+(?:['’-]\\p{L}+)*)";
const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

/**
 * Whether a word in a name position is a name. A capital letter is evidence enough unless the word is an ordinary
 * one; a lower-case word needs more: the name list, or (after an abbreviated title such as "pc") not being common.
 */
function isName(word: string, lowerCase: "listed" | "uncommon") {
  const w = fold(word.replace(/['’]s$/, ""));
  if (w.length < 2 || NOT_NAMES.has(w)) return false;
  if (isCapitalised(word)) return !COMMON_WORDS.has(w) || w === "will" || w === "may"; // "my son Will", "fy merch May"
  return lowerCase === "listed" ? FIRST_NAMES.has(w) : !COMMON_WORDS.has(w);
}

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
  boyfriend girlfriend son daughter stepson stepdaughter brother sister step-?brother step-?sister friend mate mum mom mam dad
  mother father step-?dad step-?mum step-?father step-?mother uncle aunt auntie cousin nan nana gran grandma grandad grandson
  granddaughter nephew niece landlord landlady boss manager colleague carer (?:support\\s+)?worker caseworker advocate
  solicitor isva idva kids? children`;
const RELATIONS_CY = `cymydog cymdoges gŵr gwr gwraig partner cariad mab merch brawd chwaer ffrind mam tad modryb ewythr cefnder
  cyfnither cyn-bartner cyn-ŵr cyn-wr cyn-wraig cyn-gariad llystad llysfam cydweithiwr landlord bos nain taid mam-gu tad-cu ŵyr
  wyres plant gweithiwr`;
const RELATION = `(?:${[...RELATIONS_EN.split(/\s+/), ...RELATIONS_CY.split(/\s+/).flatMap(mutations)]
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const TITLE =
  "(?:(?:detective|chief|acting|police|ditectif|dditectif|prif|uwch)\\s+)?(?:pcso|pc|dci|dc|ds|di|sgt|sergeant|serjeant|sarge|sarjant|sarj|insp|inspector|constable|cwnstabl|gwnstabl|officer|swyddog|arolygydd|supt|superintendent|mrs|mr|ms|miss|mx|dr|prof|nurse|nyrs|judge|barnwr|cllr|councillor|revd|rev)";
/** Short titles people also type in lower case ("pc hughes"); full words like "officer" are ordinary nouns too. */
const LOWER_CASE_TITLES = new Set(["pc", "dc", "ds", "sgt", "pcso", "dr", "mr", "mrs", "ms", "insp", "dci", "supt", "cllr"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "dr"]);
const ARTICLE = "(?:the|a|an|my|your|his|her|our|their|y|yr|fy|ei|eu|ein)";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|[td]achwedd|r?h?agfyr)\\.?";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|af|ail|ydd|edd|fed|eg|ain)?(?:\\s+(?:of|o))?\\s+${MONTH},?\\s+(?:\\d{4}|['’]?\\d{2})|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})${E}`;
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
const NAMED = "(?:named|aka|known\\s+as|o['’]r\\s+enw)";
const NAME_GAP = "(?:\\s*[,(–-]\\s*|\\s+)";
/** "called" alone is usually the verb ("I called Victim Support"), so it needs someone before it. */
const SOMEONE =
  "(?:man|woman|lad|lady|girl|boy|guy|bloke|fella|someone|somebody|person|kid|child|friend|one|he['’]s|she['’]s|is|was|were|are)";
const NAME_IS =
  "(?:(?:my|his|her|their|fy)\\s+(?:first\\s+|real\\s+|full\\s+)?(?:name|enw)(?:\\s+i)?(?:\\s+(?:is|was|yw|oedd)|['’]s)|(?:name|enw)\\s*[:–-])";

const digitCount = (s: string) => s.replace(/\D/g, "").length;
const isYear = (s: string) => /^(?:19|20)\d\d$/.test(s);
const isDate = (s: string) => /^\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2}))?$|^\d{4}-\d{1,2}-\d{1,2}$/.test(s);
/** A URL's trailing punctuation belongs to the sentence. */
const keepTrailing = (match: string, label: string) => label + (/[.,;:!?)\]'"’]+$/.exec(match)?.[0] ?? "");

type Rule = {
  kind: RedactionKind;
  pattern: RegExp;
  /** The replacement for one match, or null to leave it; by default the whole match becomes the label. */
  replace?: (groups: string[], label: string) => string | null;
};

/** Ordered: the most specific first, so a postcode is not taken for a reference, nor an e-mail for a name. */
const RULES: Rule[] = [
  {
    kind: "email",
    pattern: /(?<![\p{L}\p{N}._%+'’-])[\p{L}\p{N}._%+'’-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu,
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
    kind: "dob",
    pattern: new RegExp(`(${B}${BIRTH}(?!\\p{L})[^\\d\\n]{0,25}?)(${DATE})`, "giu"),
    replace: ([, context], l) => context + l,
  },
  { kind: "dob", pattern: new RegExp(`${B}${DATE}(?=[^\\d\\n]{0,15}?${BIRTH}${E})`, "giu") },
  {
    // Numbers after words that name them: "incident 1234 of 12/03", "Crime ref 62 1100 4471 22", "cyfeirnod 62/11223/23".
    kind: "reference",
    pattern: new RegExp(`(${B}${REFERENCE_WORDS}${REFERENCE_GAP})(${REFERENCE})${E}`, "giu"),
    replace: ([, context, ref], l) => (digitCount(ref) >= 4 && !isYear(ref) ? context + l : null),
  },
  {
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}+])(?:\+|00)[1-9]\d{0,2}(?:\s?\(0\)\s?|[\s.-]?)\d(?:[\s.-]?\d){5,12}(?!\p{N})/gu,
    replace: ([m], l) => (digitCount(m) >= 9 ? l : null),
  },
  {
    kind: "phone",
    pattern: /(?<![\p{L}\p{N}+])(?:\(0\d{2,4}\)\s?\d(?:[\s.-]?\d){4,7}|0\d(?:[\s.-]?\d){8,9})(?!\p{N})/gu,
    replace: ([m], l) => (digitCount(m) >= 10 ? l : null),
  },
  { kind: "postcode", pattern: new RegExp(`${B}[a-z]{1,2}\\d[a-z\\d]?\\s?\\d[a-z]{2}${E}`, "giu") },
  { kind: "vehicle", pattern: new RegExp(`${B}[a-z]{2}\\d{2}\\s?[a-z]{3}${E}`, "giu") },
  // Older plates ("L123 ABC", "ABC 123D") only in capitals: in lower case they look like ordinary words.
  { kind: "vehicle", pattern: new RegExp(`${B}(?:[A-Z]\\d{1,3}\\s?[A-Z]{3}|[A-Z]{3}\\s?\\d{1,3}[A-Z])${E}`, "gu") },
  {
    kind: "reference",
    pattern: new RegExp(`${B}[a-z]{1,4}(?:[/-]?\\d{5,}|[/-]\\d{2,}(?:[/-][\\da-z]{2,}){0,3})${E}`, "giu"),
    replace: ([m], l) => (digitCount(m) >= 5 ? l : null),
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
      return digitCount(m) >= 9 && !groups.every(isYear) ? l : null;
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
    replace: ([, context, word], l) => (isName(word, "listed") ? context + nameLabel(word, l) : null),
  },
  {
    // "a man called Kevin", "named Chantelle", "dyn o'r enw Rhys", "my name is Dan", "Enw: Carys". Not "I called Victim Support".
    kind: "name",
    pattern: new RegExp(`(${B}(?:${SOMEONE}\\s+called|${NAMED}|${NAME_IS})\\s*)${WORD}${E}`, "giu"),
    replace: ([, context, word], l) => (isName(word, "listed") ? context + nameLabel(word, l) : null),
  },
  {
    kind: "name",
    pattern: new RegExp(`${B}(\\p{Lu}\\p{Ll}+)${E}`, "gu"),
    replace: ([, word], l) => (FIRST_NAMES.has(fold(word)) ? l : null),
  },
];

/** A capitalised word straight after a redacted name is its surname: "[name] Price". */
function redactSurnames(text: string, label: string) {
  const escaped = label.replace(/[[\]]/g, "\\$&");
  return text.replace(new RegExp(`${escaped}\\s+${WORD}${E}`, "gu"), (match, word: string) =>
    isCapitalised(word) && !COMMON_WORDS.has(fold(word)) && !NOT_NAMES.has(fold(word)) ? nameLabel(word, label) : match,
  );
}

export function redact(text: string, lang: "en" | "cy" = "en"): { text: string; found: Partial<Record<RedactionKind, number>> } {
  const labels = LABELS[lang];
  const found: Partial<Record<RedactionKind, number>> = {};
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const groups = args.slice(0, -2) as string[];
      const replaced = rule.replace ? rule.replace(groups, labels[rule.kind]) : labels[rule.kind];
      if (replaced === null) return groups[0];
      found[rule.kind] = (found[rule.kind] ?? 0) + 1;
      return replaced;
    });
  }
  out = redactSurnames(out, labels.name);
  return { text: out, found };
}
