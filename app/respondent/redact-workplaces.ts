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
import {
  classify,
  COMMON,
  isCuratedName,
  isEverydayWord,
  isListedName,
  isNearWord,
  isUkPlace,
  isUkPlaceName,
  isWelshName,
} from "./name-lists";
import { unmutated, WELSH_WORDS } from "./redact-names-welsh";
import { PEOPLE_WORDS } from "./redact-names-words";
import { redactPubs } from "./redact-pubs";
import { fold, isCapitalised, MONTHS_CY, MONTHS_EN, WEEKDAYS_CY, WEEKDAYS_EN } from "./redact-rule";

/** What works, teaches or studies somewhere, then the word before the place. */
const AT_WORK =
  "(?:work(?:s|ed|ing|in)?|(?<!(?:a|the|this|that|last|next|one|\\d)\\s)wk|wrk(?:s|in|ing)?|werk(?:s|in)?|clean(?:s|ed|ing)?|train(?:s|ing)?|swim(?:s|ming)?|box(?:ing)?(?=\\s+at\\s)|(?:get|gets|got)\\s+(?:my|his|her|our)\\s+(?:hair|nails|haircut|hair\\s+cut)\\s+(?:done|cut)|do\\s+(?:saturdays|sundays|weekends|nights|lates|shifts)|job|shifts?|employed|volunteer(?:s|ed|ing)?|teach(?:es|ing)?|taught|teacher|stud(?:y|ies|ied|ying)|student|pupil|nurse|placement|apprentice(?:ship)?|cleaner|carer|cashier|receptionist|manager|boss|supervisor|colleagues?)(?:\\s+(?:nights|days|evenings|weekends|shifts|part[\\s-]time|full[\\s-]time|behind\\s+the\\s+(?:counter|bar|till|tills)|on\\s+the\\s+(?:tills|checkouts?|door|desk|wards?)))?\\s+(?:at|for)";
/**
 * A place of one's own, named after a comma or in brackets: "his workplace, the Amazon warehouse", "my work (Aldi in
 * Barry)", "I run a café, the Bluebell…", "I own a café called The Coffee Pot".
 */
/** The kinds of place someone runs or owns: "a small café", "the shop". */
const OWN_KIND = "(?:café|cafe|shop|pub|salon|business|restaurant|takeaway|garage|hotel|firm|company)";
const OWN_PLACE = `(?:(?:my|our|his|her|their)\\s+(?:(?:sons?|daughters?|kids?|child|children|boys?|girls?|lads?|grandsons?|granddaughters?)['’]?s?\\s+)?(?:workplace|work|job|employer|company|firm|office|shop|café|cafe|pub|business|salon|restaurant|takeaway|garage|school|college|uni|nursery|nail\\s+bar|barbers|bakery|chippy|florists|newsagents?|off[\\s-]+licence|offy)\\s*[,(]|(?:run|runs|ran|own|owns|owned|manage|manages)\\s+(?:a|an|the|my|our)\\s+(?:small\\s+|little\\s+|lil\\s+|local\\s+|family\\s+)?${OWN_KIND}(?:\\s*[,(]|\\s+(?:called|named)))`;
/**
 * Running, owning or driving for a place, and shifts there: "I run the Golden Wok", "the bloke who runs Kebab King",
 * "the manager of Fairway Garden Centre", "I drive for Redline Cars", "on nights at Castlegate Distribution". Only a
 * named place follows (placeEnd): "runs the estate", "own a car" and "run the risk" name nothing; "I run a café, the
 * Bluebell…" is OWN_PLACE's.
 */
const RUNS_PLACE =
  "(?:(?:i|we|he|she|they|who|that|dad|mum|husband|wife|partner)\\s+(?:run|runs|ran|own|owns|owned|manage|manages|managed)(?!\\s+(?:a|an)\\s)|(?:manager|manageress|owner|owners|landlord|landlady|licensee)\\s+of|(?:drive|drives|drove|driving|drivin)\\s+(?:a\\s+(?:cab|taxi|van|lorry)\\s+)?for|on\\s+(?:nights|days|lates|earlies|shift|shifts|the\\s+(?:tills|door|doors|bar))\\s+at)";
/** Going to a place is only a school when the place's own name says so ("goes to Cardiff High"; not "went to Tesco"). */
/** Someone's job, then where: "he's a bouncer at Pryzm", "I work as a carer for …" (not a visitor, victim or witness). */
const JOB_AT =
  "(?:i['’]m|i\\s+am|he['’]s|she['’]s|they['’]re|is|was|am|as)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?!(?:victim|witness|patient|customer|visitor|guest|passenger|regular)\\b)(?:\\p{L}+(?:er|or|ist|ian|ant|ent|ess|ic|ee|man|woman|tender)|guard|chef|cook|clerk|tech)\\s+(?:at|for)";
// (never going past, round or through a place: "the bikes go past the school")
const GOES_TO =
  "(?:go(?:es)?|went|going|attend(?:s|ed|ing)?|started\\s+at|starts\\s+at|is\\s+in\\s+year\\s+\\d{1,2}\\s+at)(?:\\s+to)?(?!\\s+(?:past|by|round|around|through|thru|into|over|under|along|up|down|back|home|out|off|on|in|across|near|towards?)(?![\\p{L}]))";
const MY_PLACE =
  "(?:my|his|her|their|our)\\s+(?:uni|school|college|work(?:place)?|employer|job|shop|business|café|cafe|pub|salon|restaurant|takeaway|garage|firm|company|office)\\s+(?:is|was|=)";
/** Where someone is at work: "rang me at work at parkside gym", "at work, at the Northgate Foods depot", "turned up at my work fitzgeralds bakery". */
const AT_WORK_PLACE =
  "(?:(?:unpaid\\s+|annual\\s+|sick\\s+)?leave\\s+from\\s+|time\\s+off\\s+from\\s+|at\\s+(?:(?:my|his|her|their)\\s+)?work(?:place)?(?:\\s*,\\s*|\\s*\\(\\s*|\\s+)(?:(?:at|in)\\s+)?)";
/** Working, as the Welsh of North and South write it: "gweithio", "gwitho", "gweitho". */
const GWEITHIO = "(?:gweithio|gwitho|gweitho)";
const WELSH_AT_WORK = `(?:${GWEITHIO}['’]n\\s+(?:rhan|llawn)\\s+amser\\s+(?:yn|ym|yng|i|gyda|efo)|${GWEITHIO}['’]n|(?:${GWEITHIO}|gweithiodd|gwaith|swydd|dysgu|astudio|${GWEITHIO}\\s+fel\\s+\\p{L}+|${GWEITHIO}\\s+(?:shifft(?:iau)?|shiffts|shift(?:s)?)(?:\\s+(?:nos|dydd|hwyr|cynnar|nights?|days?))?|${GWEITHIO}\\s+(?:tu\\s+ôl|tu\\s+ol|y\\s+tu\\s+ôl)\\s+i['’]r\\s+(?:bar|cownter|til)|nyrs|athrawes|athro|myfyriwr|myfyrwraig)\\s+(?:yn|ym|yng|i|gyda|efo|at|ar|i['’]r|yn\\s+y))`;
/** Running a place in Welsh: "Dwi'n rhedeg Blodau'r Bont", "mae hi'n rhedeg siop Ty Coch". */
const WELSH_RUNS = "(?:rhedeg|redeg|berchen\\s+ar|perchen\\s+ar|perchennog)";
const WELSH_GOES_TO = "(?:mynd|fynd|mynychu|fynychu|dechrau|ddechrau)\\s+(?:i|i['’]r)";

/** A kind of place, the words for places people work or study at. */
const PLACE_KIND =
  "(?:pub|shop|café|cafe|restaurant|bar|hotel|salon|garage|nursery|school|college|factory|warehouse|office|club|gym|takeaway|care\\s+home|business|company|firm|practice|surgery|bakery|cwmni|siop|tafarn|caffi|bwyty|gwesty|garej|ffatri|swyddfa|feithrinfa|meithrinfa|ysgol|coleg|lle)";
/**
 * The place someone works, then its name after a comma: "the pub where I worked, the Farmers Arms", "y cwmni lle o'n i'n
 * gweithio, Bwyty'r Harbwr,".
 */
const WHERE_WORKED_COMMA = `${PLACE_KIND}(?:\\s+\\p{Ll}+)?\\s+(?:where|that|lle|ble)\\s+(?:i|he|she|we|they|(?:my|his|her|our)\\s+\\p{L}+|o['’]n\\s+i['’]n|ro['’]n\\s+i['’]n|dw\\s+i['’]n|mae\\s+(?:o|e|hi)['’]n|roedd\\s+(?:o|e|hi)['’]n|oedd\\s+(?:o|e|hi)['’]n|dan\\s+ni['’]n|ro['’]n\\s+ni['’]n|(?:mae|roedd|oedd)\\s+fy\\s+\\p{L}+\\s+yn)\\s*(?:used\\s+to\\s+|still\\s+)?(?:work(?:s|ed)?|wrk(?:s|d)?|gweithio|gwitho|study|studied|studies|teach(?:es)?|taught)(?:\\s+(?:at|in))?\\s*,`;
/** A child's nursery or school, or a place of work, named after a comma: "the nursery, Little Acorns on…". */
const KIND_COMMA =
  "(?:the|y|yr|['’]r)\\s+(?:nursery|school|college|primary|creche|crèche|after[\\s-]school\\s+club|childminder['’]?s|feithrinfa|meithrinfa|ysgol|ysgol\\s+feithrin|cylch\\s+meithrin)\\s*,";

const TRIGGER = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${AT_WORK}|${RUNS_PLACE}|${WELSH_RUNS}|${JOB_AT}|${MY_PLACE}|${OWN_PLACE}|${WELSH_AT_WORK}|${WHERE_WORKED_COMMA}|${KIND_COMMA})(?:\\s+|(?<=\\())|(${GOES_TO}|${WELSH_GOES_TO})\\s+|${AT_WORK_PLACE}|((?:work(?:s|ed|ing)?|wrk(?:s|in|ing)?)\\s+in)\\s+(?=the\\s))`,
  "giu",
);

/** Words that end the name of a place of work or study ("St Aidan's Primary", "the Admiral call centre"). */
const INSTITUTION = new Set(
  `school primary secondary high academy college uni university comp comprehensive nursery infants juniors sixth
   hospital surgery practice centre center call factory warehouse depot office offices store shop branch garage salon
   pub hotel restaurant cafe café site plant mill pharmacy chemist vets bakery scaffolding builders motors dental
   gym solicitors accountants opticians dentists dentist foods logistics takeaway chippy salon barbers garden nursery
   inn bar club leisure home firm company agency tyres autos carpets kitchens glazing electrical removals taxis cabs
   coaches flooring fencing landscaping construction lettings catering butchers florists engineering recycling
   grill kebabs pizzeria diner bistro tandoori balti nails beauty hairdressers tattoo tattoos ltd limited services
   printers print pizza pizzas wok
   ysgol ysgolion gyfun goleg coleg brifysgol prifysgol academi feithrinfa meithrinfa ysbyty swyddfa ffatri ward siop
   caffi tafarn gwesty bwyty garej cartref feddygfa meddygfa fferyllfa`.split(/\s+/),
);
/** Of those, the ones that make "goes to X" a school. */
const SCHOOL = new Set(
  "school primary secondary high academy college uni university comp comprehensive nursery infants juniors sixth ysgol gyfun goleg coleg brifysgol prifysgol academi feithrinfa meithrinfa".split(
    " ",
  ),
);
/** Times, not places: "worked at Christmas", "works at Tesco on Monday". */
const WHEN = new Set([
  ...WEEKDAYS_EN,
  ...MONTHS_EN,
  ...MONTHS_CY,
  ..."weekend weekends christmas easter night nights nadolig pasg".split(" "),
]);
/** Public bodies named alone are employers of thousands, not a place that points to one person. */
const GENERIC = new Set(
  `police council nhs government army navy raf court courts probation heddlu cyngor llywodraeth hospital station school
   college uni university centre center office shop pub job work home ysbyty ysgol coleg swyddfa gwaith siop caffi
   tafarn gwesty garej cartref gym bar club cafe café restaurant salon garage factory warehouse hotel takeaway nursery
   bwyty ffatri house flat place area estate street road park busnes`.split(/\s+/),
);
const JOINERS = new Set(["of", "and", "&", "y", "yr", "de", "la"]);
const STREET = /^(?:rd|road|st|street|lane|ln|avenue|ave|way|drive|dr|close|terrace|heol|stryd|ffordd|lôn|lon)\.?$/;

type Word = { start: number; end: number; text: string; folded: string; capital: boolean };

/** Up to `max` words after `from`, each separated from the last by spaces only. */
function wordsAfter(text: string, from: number, max: number): Word[] {
  const out: Word[] = [];
  const pattern = /[ \t]*(\[[^\]\n]{1,40}\]|&|[\p{L}\p{N}][\p{L}\p{N}'’&-]*)/uy;
  pattern.lastIndex = from;
  for (let k = 0; k < max; k += 1) {
    const at = pattern.lastIndex;
    const m = pattern.exec(text);
    if (!m || (k > 0 && m.index === at && !/^[ \t]/.test(m[0]))) break;
    const word = m[1].replace(/['’](?:s|r)$/, "");
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
  CHAIN.test(w.folded) ||
  (w.folded.length > 1 && // ("at work n i couldnt talk": "n" is "and")
    !COMMON.has(w.folded) &&
    !/^\d+$/.test(w.folded) &&
    !GENERIC.has(w.folded) &&
    ["unknown", "name", "not"].includes(classify(w.folded)));
const TAIL = /[ \t]+(?:in|on|at|near|off|yn|ym|yng|ar)(?=[ \t])/iuy;

/** What work is for, not where: "work for nothin", "worked for free", "work for ages". */
const NOT_A_PLACE = new Set(
  "nothin nothing nowt free ages years months weeks days hours me him her them us myself yourself cash money peanuts".split(" "),
);
const TOWN_AFTER_IN = /(?:^|\s)(?:yn|in)\s$/i;
/** Chains: workplaces after "work in" or "work at" in any case ("i work at costa", though "costa" is a word too), and
 * a shop's name before its street. */
const CHAIN =
  /^(?:tesco|asda|aldi|lidl|morrisons|sainsbury['’]?s|greggs|primark|boots|costa|mcdonald['’]?s|kfc|spar|iceland|argos|amazon|wilko|subway|co-?op|londis|nisa|costcutter|wetherspoons|spoons|waitrose|superdrug|poundland|currys|halfords|screwfix|nandos|starbucks|farmfoods|premier|budgens|one-?stop)$/u;
/** Services for victims and public bodies, named alone (a town before them at most): never a workplace detail here. */
const SERVICE = new RegExp(
  `^(?:[\\p{L}'-]+ )?(?:${[
    "sarc",
    "the sarc",
    "refuge",
    "the refuge",
    "lloches",
    "a&e",
    "cps",
    "the cps",
    "crown prosecution service",
    "victim support",
    "cymorth i ddioddefwyr",
    "witness service",
    "witness care",
    "gofal tystion",
    "women's aid",
    "cymorth i fenywod",
    "rape crisis",
    "nspcc",
    "childline",
    "samaritans",
    "citizens advice",
    "cyngor ar bopeth",
    "social services",
    "gwasanaethau cymdeithasol",
    "probation",
    "idva",
    "isva",
    "mash",
    "live fear free",
    "byw heb ofn",
    "new pathways",
  ].join("|")})$`,
  "u",
);

/** Words that say what kind of place it is, not which: "the local pub", "the chip shop", "the big garden centre". */
const DESCRIPTIVE = new Set(
  `local same new old big small little corner chip kebab fish coffee charity pound betting phone sweet paper card car
   petrol call garden leisure sports shoe clothes gift book nearest other main village town family this that our my his
   her their a an one two some every any all night day late early hour part full time high street retail care nursing
   fast food takeaway pizza burger indian chinese hair nail beauty private public council government same`.split(/\s+/),
);
/**
 * A place named in lower case by ordinary words before the word for what it is: "the red dragon pub", "prices
 * scaffolding". At least two such words (one, "the chip shop", says only what kind of place it is), none of them a
 * word that describes a kind; the index of the institution word, or -1.
 */
function lowerCaseName(words: Word[], from: number): number {
  for (let j = from + 1; j < words.length && j <= from + 3; j += 1) {
    const w = words[j];
    // "greenfields care home", "ash grove nursing home": the kind of home is part of the word for what it is.
    if (HOME_KIND.has(w.folded) && words[j + 1]?.folded === "home") return j + 1;
    if (INSTITUTION.has(w.folded)) return j - from >= 2 || TRADE.has(w.folded) ? j : -1;
    if (w.capital || w.text.startsWith("[")) return -1;
  }
  return -1;
}
/** Trades that follow a business's own name: "prices scaffolding", "jones builders" (one word before is enough). */
const TRADE = new Set(
  `scaffolding builders motors solicitors accountants foods logistics roofing plumbing haulage joinery tyres tyre autos
   cars carpets kitchens windows glazing electrical electrics cleaning removals taxis cabs coaches travel flooring fencing
   landscaping construction developments properties lettings estates printing catering butchers florists bathrooms
   plant hire engineering fabrications recycling skips storage grill kebabs pizzeria diner bistro tandoori balti
   barbers nails beauty hairdressers tattoo tattoos ltd limited services printers print pizza pizzas wok fryer fryers
   parcels couriers kitchen express fitness spice bites supplies`.split(/\s+/),
);
const HOME_KIND = new Set(["care", "nursing", "residential"]);
/** When and how much, after a place and a comma: never its name ("the salon, nights mostly,"). */
const WHEN_WORDS = new Set(
  "nights days mornings evenings weekends mostly full part time early late sometimes usually always never now then".split(" "),
);
const lowerCaseOrdinary = (w: Word) =>
  !w.capital &&
  !w.text.startsWith("[") &&
  !/\d/.test(w.folded) &&
  !DESCRIPTIVE.has(w.folded) &&
  !JOINERS.has(w.folded) &&
  !WHEN.has(w.folded);
/** Welsh words that describe a place rather than name it: "y siop leol", "y caffi newydd", "y garej fawr". */
const WELSH_DESCRIPTIVE = new Set(
  "leol lleol fawr mawr fach bach newydd hen agosaf arall gornel cornel drws nesa nesaf ola olaf gyntaf cyntaf prysur".split(" "),
);
/** Welsh words that end a place's name written in lower case ("garej pen y bont ac yn…", "siop sglods y cei a…"), and
 * the verbs of work after "yn" ("gweitho shifft nos yn danfon parseli"). */
const WELSH_STOP = new Set(
  `danfon ddanfon gyrru dreifio glanhau llnau coginio gweini gwerthu helpu edrych cario pacio llwytho casglu gofalu
   nyrsio rhan hwyr llawn galed amser cynnar adre adref a ac ond yn ym yng i efo gyda hefo bob pan ers achos felly ar am o wedi mae ma oedd roedd dwi fi fo fe hi nhw ni chi
   dim jyst heddiw ddoe nos bore neu sy sydd lle ble pryd yno fan na dros drwy tan nes erbyn hefyd ddim wnaeth nath
   mi fy dy ei ein eu eich i'r o'r a'r yr y heddiw fory yfory eto chwaith bellach rŵan nawr wedyn eleni llynedd er
   cyfamser diwedd dechrau canol`.split(/\s+/),
);

/** A place said by what it is, then named after a comma: "the care home, Sunnyside,", "y cartref gofal, plas y coed,". */
// (where it is may come between: "the chicken shop on the corner, chick n grill,", "the chippy in porthleven, the
// jolly fryer,")
const APPOSITION =
  /(?:(?:the|a|an|y|yr)[ \t]+)?((?:\p{Ll}[\p{L}'’-]*[ \t]+){0,2}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:on|in|at|by|yn|ar)[ \t]+(?:the[ \t]+)?\p{Ll}[\p{L}'’-]*)?)[ \t]*,[ \t]*(?:(?:the|y)[ \t]+(?=\p{Ll}))?(\p{L}[\p{L}'’-]*(?:[ \t]+(?:&|\p{L}[\p{L}'’-]*)){0,3})(?=[ \t]*(?:[,.;]|$))/uy;

function appositionEnd(text: string, from: number, welsh: boolean): number {
  APPOSITION.lastIndex = from;
  const m = APPOSITION.exec(text);
  if (!m) return -1;
  const kind = m[1].split(/[ \t]+/);
  // (the word for what it is comes before where it is)
  const at = kind.findIndex((w) => /^(?:on|in|at|by|yn|ar)$/.test(w));
  if (!(at < 0 ? kind : kind.slice(0, at)).some((w) => INSTITUTION.has(fold(w.replace(/['’]r$/, ""))))) return -1;
  const name = m[2].split(/[ \t]+/);
  // (a person's name in lower case there is the person's: "my boss at the salon, nicola hale, told me")
  if (!welsh && /^\p{Ll}/u.test(name[0]) && (isListedName(fold(name[0])) || isCuratedName(fold(name[0])))) return -1;
  const joiner = (f: string, k: number) => k > 0 && k < name.length - 1 && /^(?:y|yr|of|and|&|n)$/.test(f);
  const fits = (w: string, k: number) => {
    const f = fold(w);
    if (joiner(f, k)) return true;
    if (/^\p{Lu}/u.test(w)) return !COMMON.has(f) || k > 0;
    if (welsh) return !WELSH_STOP.has(f) && !COMMON.has(f);
    // In lower case a word no list knows, or ordinary words that read as a name of their own: joined ("chick n
    // grill"), or ending in a trade ("bengal spice", "east midlands parcels"); never a remark ("the gym, obviously,",
    // "the salon, nights mostly,", "the garage, full time,").
    return !COMMON.has(f) && !WHEN_WORDS.has(f) && (["unknown", "name"].includes(classify(f)) || ownName);
  };
  const folded = name.map((w) => fold(w));
  const ownName =
    name.length >= 2 &&
    (folded.some((f, k) => joiner(f, k) && /^(?:n|and|&)$/.test(f)) ||
      INSTITUTION.has(folded[folded.length - 1]) ||
      TRADE.has(folded[folded.length - 1]) ||
      folded.some((f) => ["unknown", "name", "not"].includes(classify(f))));
  return name.every(fits) ? from + m[0].length : -1;
}

/** Where the name of a place of work or study that starts at `from` ends, or -1 when there is none. */
/** After "my son's school," a name in lower case up to the next comma: "st aidans,", "ysgol bro,". */
const NAMED_BEFORE_COMMA = /((?:\p{L}[\p{L}'’-]*[ \t]+){0,3}\p{L}[\p{L}'’-]*)(?=[ \t]*[,.;])/uy;
/** A name in lower case before the street it is on, after "our takeaway,": "spice hut on [address]", "the golden dragon
 * on [address]". */
const NAMED_BEFORE_PLACE =
  /((?:the[ \t]+)?(?:\p{L}[\p{L}'’-]*[ \t]+){0,2}\p{L}[\p{L}'’-]*)(?=[ \t]+(?:on|in|off)[ \t]+\[(?:address|cyfeiriad)\])/uy;
/** Words that count or compare, never a place's name: "like many on [address]", "one of several on…". */
const SOME_OF = new Set("like many most some others other all every each few several lots loads plenty".split(" "));
function commaNameEnd(text: string, from: number): number {
  NAMED_BEFORE_PLACE.lastIndex = from;
  const placed = NAMED_BEFORE_PLACE.exec(text);
  if (placed) {
    // (any words that are no commonest word and no time: "spice hut", "sweet treats"; not "like many others",
    // "nights mostly")
    const words = placed[1].split(/[ \t]+/).map((w) => fold(w));
    const named = words[0] === "the" ? words.slice(1) : words;
    if (
      named.every((w) => !COMMON.has(w) && !WHEN_WORDS.has(w) && !WHEN.has(w) && !SOME_OF.has(w) && classify(w) !== "not") &&
      !named.every((w) => DESCRIPTIVE.has(w) || INSTITUTION.has(w))
    )
      return from + placed[0].length;
  }
  NAMED_BEFORE_COMMA.lastIndex = from;
  const m = NAMED_BEFORE_COMMA.exec(text);
  if (!m) return -1;
  const words = m[1].split(/[ \t]+/).map((w) => fold(w.replace(/['’]s$/, "")));
  if (words.some((w) => COMMON.has(w) && !/^(?:st|saint)$/.test(w))) return -1;
  return words.some((w) => ["unknown", "name"].includes(classify(w))) ? from + m[0].length : -1;
}

function placeEnd(text: string, from: number, needSchool: boolean, label: string, afterComma = false): number {
  // (a time is when, not where: "on the door at 2am", "on nights at 10.30")
  if (/^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|yb|yh)?(?![\p{L}\p{N}])/iu.test(text.slice(from, from + 8))) return -1;
  const byApposition = needSchool ? -1 : appositionEnd(text, from, label.startsWith("[gweithle"));
  if (byApposition > 0) return byApposition;
  if (afterComma && !/^[ \t]*\p{Lu}/u.test(text.slice(from, from + 3))) {
    const byComma = commaNameEnd(text, from);
    if (byComma > 0) return byComma;
  }
  const words = wordsAfter(text, from, 8);
  let i = 0;
  if (words[0] && /^(?:the|y|yr)$/.test(words[0].folded)) i = 1;
  const first = i;
  let school = false;
  let end = -1;
  let institutionTaken = false;
  const welsh = label.startsWith("[gweithle");
  for (; i < words.length; i += 1) {
    const w = words[i];
    const institution = INSTITUTION.has(w.folded);
    if (w.text.startsWith("[")) {
      // A school already found by its name: "teaching at [workplace or school] in Llandaff" takes the place too.
      if (w.text !== label || i > first) break;
      school = true;
      end = w.end;
      continue;
    }
    if (WHEN.has(w.folded)) break;
    // "at work in Ramsgate": a town alone is where the work is, not which ("Ramsgate Motors" is a place of work).
    if (
      i === first &&
      w.capital &&
      isUkPlace(w.folded) &&
      !(
        words[i + 1]?.capital ||
        INSTITUTION.has(words[i + 1]?.folded ?? "") ||
        /^[ \t]*(?:&|and\b)/u.test(text.slice(w.end, w.end + 6))
      )
    )
      return -1;
    // "the manager of Fairway Garden Centre I'd like…": "I" starts what the writer says next.
    if (/^i(?:['’](?:d|m|ve|ll))?$/.test(w.folded)) break;
    // "colli fy swydd yn y cyfamser": Welsh words that carry the sentence on are never a place's name.
    if (welsh && !w.capital && i === first && WELSH_STOP.has(w.folded)) break;
    if (i === first && lowerCaseOrdinary(w) && !unknownWord(w)) {
      const j = lowerCaseName(words, i);
      if (
        j > 0 &&
        words.slice(i, j).every((v) => lowerCaseOrdinary(v) || (HOME_KIND.has(v.folded) && words[j].folded === "home"))
      ) {
        school ||= SCHOOL.has(words[j].folded);
        institutionTaken = true;
        end = words[j].end;
        i = j;
        continue;
      }
    }
    // In Welsh, a place written in lower case goes on after the word for what it is: "garej pen y bont", "siop
    // sglods y cei", until a word that carries the sentence on.
    // "y siop leol", "y garej fawr": words that say what kind of place end it (and leave it a kind of place).
    if (welsh && institutionTaken && !w.capital && WELSH_DESCRIPTIVE.has(w.folded)) break;
    if (welsh && institutionTaken && !w.capital && !INSTITUTION.has(w.folded) && !WELSH_STOP.has(w.folded)) {
      end = w.end;
      continue;
    }
    if (welsh && institutionTaken && /^(?:y|yr)$/.test(w.folded) && words[i + 1] && !WELSH_STOP.has(words[i + 1].folded))
      continue;
    // "oakfield care home": the kind of home goes with the word for what it is.
    if (!welsh && i > first && HOME_KIND.has(w.folded) && words[i + 1]?.folded === "home") {
      institutionTaken = true;
      end = words[i + 1].end;
      i += 1;
      continue;
    }
    // In English a name ends with the word for what it is: "parkside gym infront of…", "the red dragon pub n…".
    if (!welsh && institutionTaken && !w.capital && !institution) break;
    if (institution) institutionTaken = true;
    if (w.capital) {
      if (institution) school ||= SCHOOL.has(w.folded);
    } else if (
      institution &&
      (i > first ||
        words[i + 1]?.capital ||
        (words[i + 1] !== undefined && unknownWord(words[i + 1])) ||
        (welsh && words[i + 1] !== undefined && !WELSH_STOP.has(words[i + 1].folded)))
    )
      school ||= SCHOOL.has(w.folded);
    else if (JOINERS.has(w.folded) && i > first && words[i + 1]?.capital) continue;
    else if (!unknownWord(w)) {
      // One ordinary word inside the name, before where it is: "tesco extra in llanelli" (never a verb in the past:
      // "my shift at the Plough ended at 11").
      TAIL.lastIndex = w.end;
      if (!(i > first && !COMMON.has(w.folded) && !/ed$/.test(w.folded) && TAIL.test(text))) break;
    }
    end = w.end;
  }
  const taken = words.slice(first, i);
  if (end < 0 || (needSchool && !school)) return -1;
  if (taken.length === 1 && GENERIC.has(taken[0].folded)) return -1;
  // "time off work for nothin", "worked for free": what it was for, not where.
  if (taken.length >= 1 && NOT_A_PLACE.has(taken[0].folded)) return -1;
  // "o'r gwaith yn Wrecsam": a town alone after "work in" says where, not which workplace.
  if (
    taken.length === 1 &&
    taken[0].capital &&
    TOWN_AFTER_IN.test(text.slice(Math.max(0, from - 4), from)) &&
    classify(taken[0].folded) === "not" &&
    !CHAIN.test(taken[0].folded)
  )
    return -1;
  // Courts are where cases are heard, not where the person works: "a witness at Cardiff Crown Court".
  if (taken.some((w) => /^(?:court|courts|tribunal|magistrates|llys)$/.test(w.folded))) return -1;
  // Services a victim is sent to are no one's workplace here: "the nurse at the SARC", "a worker from Victim Support".
  if (SERVICE.test(taken.map((w) => w.folded).join(" "))) return -1;
  // A place after it: "in Caerphilly", "on newport rd", "yn Wrecsam".
  TAIL.lastIndex = end;
  if (TAIL.exec(text)) {
    const place = wordsAfter(text, TAIL.lastIndex, 4);
    let placeEnd = -1;
    for (let k = 0; k < place.length; k += 1) {
      const w = place[k];
      if (WHEN.has(w.folded)) break;
      // "…in [address] Then we…", "in Neath He said": the commonest words start what comes next.
      if (w.capital && COMMON.has(w.folded)) break;
      if (k > 0 && JOINERS.has(w.folded) && place[k + 1]?.capital) continue;
      if (
        (w.capital && !w.text.startsWith("[")) ||
        (k > 0 && STREET.test(w.folded)) ||
        // In Welsh a lower-case word after "yn" is the sentence going on ("yn y SARC yn dyner iawn") unless it is a place.
        (w.folded.length >= 3 && !COMMON.has(w.folded) && (welsh ? classify(w.folded) === "not" : classify(w.folded) !== "word"))
      )
        placeEnd = w.end;
      else break;
    }
    if (placeEnd > 0) end = placeEnd;
  }
  return end;
}

/** Words that only say what kind of school it is: a school named by them alone names no one's school. */
const SCHOOL_KIND = new Set(
  "the a our my st saint primary secondary high school infants junior juniors academy comprehensive comp nursery gynradd gyfun uwchradd gymraeg babanod feithrin meithrin catholic church community county welsh english grammar free independent private state special village local new old rc cofe dref pentre pentref leol newydd fawr fach sul arbennig".split(
    " ",
  ),
);
/** A school by its name, wherever it is written: "St Aidan's Primary", "Cardiff High", "cwmderi comp", "Ysgol Pant y Brwyn". */
const NAMED_SCHOOL = new RegExp(
  [
    "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,4})(?:Primary|Infants?|Juniors?|Academy|Comprehensive|Comp|High|Nursery|School|College|Sixth[ \\t]+Form(?:[ \\t]+College)?)(?:[ \\t]+School)?(?![\\p{L}\\p{N}]|[ \\t]+(?:Street|St|Road|Rd|Court|Sheriff|of))",
    // ("oakfield high" too, by its own name: every word before "high" must be no dictionary's, as below)
    "(?<![\\p{L}\\p{N}])((?:[a-z][a-z'’-]+[ \\t]+){1,2})(?:comp|primary|academy|high[ \\t]+school|high(?![ \\t]+(?:st|street|rd|road|court|school))|juniors|infants|uni|college|school)(?![\\p{L}\\p{N}])",
    // (a capital word after the optional "y"/"yr", so that "ysgol y dderwen" is left to the lower-case form below)
    "(?<![\\p{L}\\p{N}])((?:[Yy]sgol|[CcG]oleg|[Nn]gholeg|[PpB]rifysgol|[Mm]hrifysgol)(?:[ \\t]+(?:y|yr))?[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,4})",
    // In lower case, only words no dictionary knows and no article before: "ysgol bro ddyfnant" (not "ysgol is shit",
    // "i'r ysgol er gwaethaf popeth").
    "(?<![\\p{L}\\p{N}])(?<!(?:['’]r|\\by|\\byr|\\bthe)[ \\t])(ysgol(?:[ \\t]+(?:y|yr|[a-zâêîôûŵŷ][a-zâêîôûŵŷ'’-]*)){1,4}?)(?=[ \\t]*[,.;!?]|$|[ \\t]+(?:when|and|but|where|so|cos|n|pan|a|ac|ond|lle|achos|felly|keep|keeps|kept|yn|efo|gyda|with|every|is|was|are|were|have|has|had|di|wedi|bob|ers|tan|by|after|ar|at|on|near|for|last|this|o|i)(?![\\p{L}]))",
    // "the University of Salford", "uni of greenwich": a university by its place.
    "(?<![\\p{L}\\p{N}])((?:[Tt]he[ \\t]+)?(?:[Uu]niversity|[Uu]ni)[ \\t]+of[ \\t]+(?:the[ \\t]+)?)(\\p{L}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?)(?![\\p{L}\\p{N}])",
  ].join("|"),
  "gu",
);

/** Welsh place words that start a school's own name: "Coed Glas Primary", "cwm eithin comp". */
const WELSH_NAME_START =
  /^(?:st|saint|coed|bryn|pen|cwm|pant|nant|glan|maes|tre|llan|aber|caer|pont|ty|tŷ|bro|gwaun|rhos|cefn|llwyn|ffynnon|hafod|plas)$/i;

/**
 * Wales's further-education colleges and its universities by their own names, in any case and mutated: "coleg menai",
 * "o goleg cambria", "Coleg y Cymoedd", "ym Mhrifysgol Bangor", "prifysgol de cymru". The colleges are few and named
 * here; a university by its town.
 */
const WELSH_COLLEGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[CcGg]oleg|[Nn]gholeg)[ \\t]+(?:menai|cambria|gwent|sir[ \\t]+g[âa]r|ceredigion|powys|g[ŵw]yr|y[ \\t]+cymoedd|penybont|pen-y-bont|merthyr(?:[ \\t]+tudful)?|llandrillo|harlech|meirion-dwyfor|caerdydd[ \\t]+a['’]r[ \\t]+fro)(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:[PpBb]rifysgol|[Mm]hrifysgol)[ \\t]+(?:bangor|aberystwyth|abertawe|caerdydd|wrecsam|de[ \\t]+cymru|met[ \\t]+caerdydd|cymru[ \\t]+y[ \\t]+drindod[ \\t]+dewi[ \\t]+sant)(?![\\p{L}\\p{N}])`,
  "gu",
);

function redactNamedSchools(text: string, label: string): { text: string; count: number } {
  let count = 0;
  text = text.replace(WELSH_COLLEGE, () => {
    count += 1;
    return label;
  });
  const out = text.replace(
    NAMED_SCHOOL,
    (
      m: string,
      capitals?: string,
      lower?: string,
      welshCapital?: string,
      welshLower?: string,
      _universityLead?: string,
      universityPlace?: string,
      offset?: number,
    ) => {
      // "the University of Salford": any place but an ordinary word ("the university of life").
      if (universityPlace !== undefined) {
        if (universityPlace.split(/[ \t]+/).some((w) => COMMON.has(fold(w)) || classify(fold(w)) === "word")) return m;
        count += 1;
        return label;
      }
      if (welshLower !== undefined) {
        const words = welshLower.split(/[ \t]+/).slice(1);
        // (a Welsh word of place starts the name: "ysgol tan y bryn", "ysgol gyfun cwm-y-nant", "ysgol maes yr afon")
        const named = words.filter((w) => !SCHOOL_KIND.has(fold(w)));
        if (
          named.length >= 2 &&
          WELSH_NAME_START.test(named[0].split("-")[0]) &&
          !named.slice(1).some((w) => WELSH_STOP.has(fold(w)) && !/^(?:y|yr)$/.test(w))
        ) {
          count += 1;
          return label;
        }
        if (
          words.every((w) => SCHOOL_KIND.has(fold(w)) || /^(?:y|yr)$/.test(w)) ||
          words.some((w) => !/^(?:y|yr)$/.test(w) && (COMMON.has(fold(w)) || WELSH_STOP.has(fold(w)))) ||
          !words.some((w) => ["unknown", "not", "name"].includes(classify(fold(w))))
        )
          return m;
        count += 1;
        return label;
      }
      const welsh = welshCapital;
      if (welsh !== undefined) {
        const words = welsh.split(/[ \t]+/);
        while (words.length > 1 && /^(?:y|yr)$/.test(words.at(-1)!)) words.pop();
        if (!words.slice(1).some((w) => !SCHOOL_KIND.has(fold(w)))) return m;
        count += 1;
        return label + welsh.slice(words.join(" ").length);
      }
      const before = (capitals ?? lower)!;
      const words = before.trim().split(/[ \t]+/);
      let skip = 0;
      // "When St Aidan's Primary rang": the words before the school's own name stay.
      const common = (w: string) => COMMON.has(fold(w)) || /^(?:at|in|to|from|the|a|an|my|his|her|our|their|is|was)$/i.test(w);
      const ordinary = (w: string) => common(w) || classify(fold(w.replace(/['’]s$/, ""))) === "word";
      while (
        skip < words.length &&
        (COMMON.has(fold(words[skip])) ||
          // ("outside meadowvale academy": in lower case the ordinary words before the name stay)
          (lower !== undefined && skip < words.length - 1 && ordinary(words[skip]) && !WELSH_NAME_START.test(words[skip])) ||
          (skip === 0 &&
            capitals !== undefined &&
            // (mid-sentence a capital is the writer's: "at Felling Moor Academy", "from Greystone Vale College")
            /(?:^|[.!?:;"“]\s*)$/u.test(text.slice(Math.max(0, (offset ?? 0) - 3), offset ?? 0)) &&
            // "Coed Glas Primary", "Bryn Celyn": Welsh place words start a school's own name.
            !WELSH_NAME_START.test(words[skip]) &&
            classify(fold(words[skip])) === "word" &&
            // "Hillcrest Academy": a word that is also in the dictionary is the school's own name when nothing but the
            // kind of school follows it.
            words.slice(skip + 1).some((w) => !SCHOOL_KIND.has(fold(w.replace(/['’]s$/, ""))))))
      )
        skip += 1;
      const own = words.slice(skip);
      if (!own.length || own.every((w) => SCHOOL_KIND.has(fold(w.replace(/['’]s$/, ""))))) return m;
      // In lower case every word of the name must be no ordinary one: "my daughter's at uni" names no university.
      // (its first word no dictionary's, the next at least no common word: "hilbre view high")
      if (lower !== undefined && ((ordinary(own[0]) && !WELSH_NAME_START.test(own[0])) || own.slice(1).some(common))) return m;
      // (a school in lower case by "school" alone only by a name no list knows, of six letters or more: "oakfield
      // school", not "sunday school", "driving school", "welsh school")
      if (lower !== undefined && /school$/.test(m) && !/high[ \t]+school$/.test(m)) {
        // (never a possessive or a plural, a typed word or joined words: "my daughters' school", "secondry school",
        // "welsh-medium school")
        if (
          own.some(
            (w) =>
              !["unknown", "name"].includes(classify(fold(w))) ||
              w.length < 6 ||
              /(?:s|['’])$/.test(w) ||
              /-/.test(w) ||
              isNearWord(fold(w)),
          )
        )
          return m;
      }
      count += 1;
      return (
        words
          .slice(0, skip)
          .map((w) => `${w} `)
          .join("") + label
      );
    },
  );
  return { text: out, count };
}

/** A town, or a month and year, between a place and what says someone works there: " in Tenby", " ym Mhwllheli",
 * " yn y Fenni". */
const TOWN_BETWEEN_SHAPE = "[ \\t]+(?:in|on|yn|ym|yng|ar)[ \\t]+(?:y[ \\t]+)?\\p{L}+(?:[ \\t]+\\d{4})?";

/** A place named, then "where I work": "outside the spar on [address] where i work nights". */
const WHERE_I_WORK = new RegExp(
  [
    // (after "was" too: "the pub was the Ship Inn, where I have worked"; and Welsh "i'r", "o'r": "tu allan i'r Llew Coch")
    "(?:(?<=(?<![\\p{L}])(?:outside|at|in|into|inside|near|by|behind|opposite|from|past|i|yn|yng|ym|o|ddrws|drws)[ \\t]{1,3}|\\p{L}['’]r[ \\t]{1,3})(?:(?:the|y|yr)[ \\t]{1,3})?|(?<=(?<![\\p{L}])(?:was|is)[ \\t]{1,3})(?:the|y|yr)[ \\t]{1,3}|(?<=(?<![\\p{L}])(?:[dt]afarn|nhafarn)[ \\t]{1,3}(?:y|yr)[ \\t]{1,3}))",
    "(\\p{L}[\\p{L}'’&-]*(?:[ \\t]{1,3}(?:and|&|a|y|yr)[ \\t]{1,3}\\p{L}[\\p{L}'’&-]*|(?:[ \\t]{1,3}(?!(?:in|yn|ym|yng|on|ar)[ \\t])\\p{L}[\\p{L}'’&-]*){1,2})?)((?:[ \\t]{1,3}(?:on|in)[ \\t]{1,3}\\[[^\\]\\n]{1,30}\\])?)",
    // A month between them: "outside the Red Lion in February 2026, where I work".
    // A town between them too: "tu allan i'r Llew Du ym Mhwllheli, lle dw i'n gweithio".
    // (or after a comma: "yng Nghapel Bethania, Aberteifi, lle rwy'n addoli")
    `(?=(?:${TOWN_BETWEEN_SHAPE}|[ \\t]*,[ \\t]+\\p{Lu}[\\p{L}'’-]+)?[ \\t]{0,3},?[ \\t]{1,3}(?:`,
    // "where I work", "where I have worked", "where he drinks", "the gym i work at".
    "where[ \\t]{1,3}(?:i|he|she|we|they|my[ \\t]{1,3}kids|the[ \\t]{1,3}kids|(?:my|his|her)[ \\t]{1,3}\\p{L}+(?:[ \\t]{1,3}\\[[^\\]\\n]{1,20}\\])?)(?:['’]ve|[ \\t]{1,3}(?:have|has|had|used[ \\t]{1,3}to|still|always))?[ \\t]{1,3}(?:work|works|worked|wrk|wrks|study|studies|teach|teaches|volunteer|volunteers|volunteered|train|trains|trained|drink|drinks|drank|drunk|drinking|go|goes)\\b",
    "|the[ \\t]{1,3}\\p{L}+[ \\t]{1,3}(?:i|he|she|we|they)[ \\t]{1,3}(?:work|works|worked|wrk|wrks)[ \\t]{1,3}(?:at|in)\\b",
    // "lle dwi'n gweithio", "lle mae fy ngwraig [enw] yn gweithio", "lle ma'n yfed".
    // (a kind of place between: "i'r Llew Du, y dafarn lle rwy'n gweithio")
    "|(?:(?:y|yr)[ \\t]{1,3}(?:dafarn|siop|caffi|garej|clwb|gwesty|bwyty|salon)[ \\t]{1,3})?lle[ \\t]{1,3}(?:byddaf[ \\t]{1,3}yn|bydda[ \\t]{1,3}i['’]n|fydda[ \\t]{1,3}i['’]n|dwi['’]n|dw[ \\t]{1,3}i['’]n|rwy['’]n|rydw[ \\t]{1,3}i['’]n|wi['’]n|ma['’]n|mae['’]n|o['’]n[ \\t]{1,3}i['’]n|(?:r?oedd|mae)[ \\t]{1,3}(?:o|e|hi)['’]n|(?:mae|roedd|oedd)[ \\t]{1,3}(?:o|e|hi|fy[ \\t]{1,3}\\p{L}+(?:[ \\t]{1,3}\\[[^\\]\\n]{1,20}\\])?)[ \\t]{1,3}yn|fi['’]n|ni['’]n)[ \\t]{1,3}(?:gweithio|gwitho|gweitho|yfed|addoli|chwarae|whare|astudio|mynd[ \\t]{1,3}bob)(?![\\p{L}])",
    "))",
  ].join(""),
  "giu",
);

/** "and" inside a place's name: "the Dog and Gun", "y Llong a'r Angor". */
const JOINERS_AND = new Set(["and", "&", "a", "y", "yr"]);

/** The town between a place and "where I work" ("the Harbour Grill in Tenby, where…"): the town is not the place. */
const TOWN_BETWEEN = new RegExp(`^${TOWN_BETWEEN_SHAPE}`, "u");

/** Welsh words for a kind of place, never a place's name: "yn y dre, lle ni'n chwarae", "yn y pentre". */
const WELSH_PLACE_KINDS = new Set("dre tre tref dref pentre pentref ddinas dinas wlad gwlad stad ystad".split(" "));

function redactWhereIWork(text: string, label: string): { text: string; count: number } {
  let count = 0;
  let out = "";
  let at = 0;
  WHERE_I_WORK.lastIndex = 0;
  for (let m = WHERE_I_WORK.exec(text); m; m = WHERE_I_WORK.exec(text)) {
    const end = m.index + m[0].length;
    const words = m[1]
      .split(/[ \t]+/)
      .map(fold)
      .filter((w, k, all) => !(k > 0 && k < all.length - 1 && JOINERS_AND.has(w)));
    // (a common word in a name of capitals is part of it: "the Three Horseshoes", "the Old Bell")
    const capitals = words.length > 1 && m[1].split(/[ \t]+/).every((w) => isCapitalised(w) || JOINERS_AND.has(fold(w)));
    if (
      words.some((w) => ((COMMON.has(w) || WHEN.has(w)) && !capitals) || DESCRIPTIVE.has(w) || WELSH_PLACE_KINDS.has(w)) ||
      (words.length === 1 && GENERIC.has(words[0]))
    ) {
      // A shorter name may start further on ("in February outside wetherspoons where i work"): look again from the
      // next word of this one, not from its end.
      const next = /[ \t]+/g;
      next.lastIndex = m.index;
      WHERE_I_WORK.lastIndex = next.exec(text) && next.lastIndex < end ? next.lastIndex : end;
      continue;
    }
    out += text.slice(at, m.index) + label;
    at = end;
    count += 1;
    // The town after it is said of the place, never a second place of work.
    WHERE_I_WORK.lastIndex = end + (TOWN_BETWEEN.exec(text.slice(end, end + 60))?.[0].length ?? 0);
  }
  return { text: at > 0 ? out + text.slice(at) : text, count };
}

/**
 * A place named after saying one works or drinks there, after a comma: "the vape shop i work at, Cloud Nine", "yn y
 * caffi lle rwy'n gweithio, Caffi'r Bont", "lle dwi'n gweithio, vape haven". Up to three words that end the clause; in
 * lower case none may be an ordinary word ("where I work, nobody cares" names no place).
 */
const NAMED_AFTER = new RegExp(
  [
    "((?:where[ \\t]{1,3}(?:i|he|she)(?:['’]ve|[ \\t]{1,3}(?:have|has))?[ \\t]{1,3}(?:work|works|worked|wrk|study|studies)",
    "|(?:i|he|she)[ \\t]{1,3}(?:work|works|worked|wrk)[ \\t]{1,3}(?:at|in)",
    "|(?:gym|pub|club|cafe|café|bar|church|mosque|chapel)[ \\t]{1,3}(?:i|he|she|we|they)[ \\t]{1,3}(?:go|goes|went)[ \\t]{1,3}to",
    "|lle[ \\t]{1,3}(?:dwi['’]n|dw[ \\t]{1,3}i['’]n|rwy['’]n|rydw[ \\t]{1,3}i['’]n|wi['’]n|(?:mae|ma)[ \\t]{1,3}(?:o|e|hi)['’]n)[ \\t]{1,3}(?:gweithio|yfed))",
    "[ \\t]*,[ \\t]*(?:(?:sef|namely)[ \\t]{1,3}(?:y[ \\t]{1,3}|yr[ \\t]{1,3})?)?)((?:the[ \\t]{1,3})?\\p{L}[\\p{L}'’&-]*(?:[ \\t]{1,3}\\p{L}[\\p{L}'’&-]*){0,2}?)",
    "(?=[ \\t]*(?:[,.;:!?)]|$)|[ \\t]{1,3}(?:on|in|ar|yn|ym)[ \\t])",
  ].join(""),
  "giu",
);

function redactNamedAfter(text: string, label: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(NAMED_AFTER, (m: string, before: string, name: string) => {
    const words = name.split(/[ \t]+/).filter((w) => !/^the$/i.test(w));
    const folded = words.map((w) => fold(w));
    if (
      folded.every((w) => COMMON.has(w) || WHEN.has(w)) ||
      /^(?:like|um|erm|tbh|honestly|basically|literally|yeah|anyway)$/.test(folded[0])
    )
      return m;
    if (
      !words.some(isCapitalised) &&
      folded.some((w) => COMMON.has(w) || WHEN.has(w) || DESCRIPTIVE.has(w) || classify(w) === "word")
    )
      return m;
    count += 1;
    return before + label;
  });
  return { text: out, count };
}

/** A place's name in brackets, up to the bracket's end or where it is: "the cosy cup" of "(the cosy cup on …)". */
const OWN_PLACE_BRACKET = new RegExp(`${OWN_KIND}\\s*\\(\\s*$`, "iu");
const IN_BRACKETS =
  /^[ \t]*(?:the[ \t]+)?[\p{L}'’&-]+(?:[ \t]+[\p{L}'’&-]+){0,4}?(?=[ \t]*\)|[ \t]+(?:on|in|at|off|yn|ar)[ \t])/iu;
/** A saint's name as schools carry it: "st benedicts", "St Joseph's". */
const SAINT_NAME = "(?:st\\.?|saint)[ \\t]+\\p{L}+(?:['’]s|s)(?![\\p{L}\\p{N}])";
const SAINT = new RegExp(`^${SAINT_NAME}`, "iu");
/** A school by its saint, in any case: "st anselms primary", "St Mary's RC School", "outside st bedes school". */
const SAINT_SCHOOL = new RegExp(
  `(?<![\\p{L}\\p{N}])${SAINT_NAME}[ \\t]+(?:rc[ \\t]+|c[ \\t]+of[ \\t]+e[ \\t]+|catholic[ \\t]+|church[ \\t]+in[ \\t]+wales[ \\t]+)?(?:primary|school|juniors|infants|high|academy|comp|college)(?:[ \\t]+school)?(?![\\p{L}\\p{N}])`,
  "giu",
);
/** A church by its saint where someone worships or helps: "outside st josephs church after mass", "St Aidan's Church,
 * where we go every Sunday". A church named for a wedding or as a landmark stays ("married at St Mary's Church"). */
const SAINT_CHURCH = new RegExp(
  `(?<![\\p{L}\\p{N}])${SAINT_NAME}[ \\t]+(?:church|chapel)(?:[ \\t]+hall)?(?![\\p{L}\\p{N}])`,
  "giu",
);
const WORSHIPS =
  /\b(?:mass|every[ \t]+sunday|on[ \t]+sundays|bob[ \t]+sul|where[ \t]+(?:i|we|he|she|they)[ \t]+(?:go|goes|worship|volunteer|help|do)|my[ \t]+church|our[ \t]+church|congregation|parishioner|attend)\b/iu;

/** A school by its saint straight after the word for it: "kids school st mary's", "his school, St Joseph's". */
const SCHOOL_SAINT = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:school|skl|skool|ysgol|college|nursery)(?:[ \\t]*,[ \\t]*|[ \\t]+(?:is|was|=)[ \\t]+|[ \\t]+))${SAINT_NAME}`,
  "giu",
);

/**
 * A hospital by its "Royal" name where someone works: "working nights in A&E at the Royal Devon and Exeter", "Dr
 * [name] at the Royal Gwent" (a person named, then where they are). Not where someone was treated ("the A&E staff at
 * the Royal Infirmary"), never the Royal Mail, Navy or a pub ("the Royal Oak").
 */
const ROYAL =
  /(?<![\p{L}\p{N}])(?:the[ \t]+)?Royal[ \t]+(\p{Lu}[\p{L}'’-]+)(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+(?:Hospital|Infirmary))?(?![\p{L}\p{N}])/gu;
const NOT_ROYAL = new Set(
  "mail navy marines air society family courts court mint legion albert academy bank opera welsh oak british college institution shakespeare ballet variety parks engineers signals artillery".split(
    " ",
  ),
);
/** Someone works there: the sentence says so, or a person just named is "at" it ("Dr [name] at the Royal Gwent"). */
const HOSPITAL_WORK = /\b(?:work(?:s|ed|ing)?|shifts?|my\s+job)\b/iu;
const NAMED_AT = /\[(?:name|enw)\][ \t]+(?:at|in|from|yn|o)[ \t]+$/u;

function redactRoyalHospitals(text: string, label: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(ROYAL, (m: string, first: string, offset: number) => {
    if (NOT_ROYAL.has(fold(first))) return m;
    // The sentence it stands in, up to 160 characters before and 80 after.
    const before = text.slice(Math.max(0, offset - 160), offset);
    const after = text.slice(offset + m.length, offset + m.length + 80);
    const sentence = before.slice(before.search(/[^.!?\n]*$/)) + after.slice(0, after.search(/[.!?\n]|$/));
    if (!HOSPITAL_WORK.test(sentence) && !NAMED_AT.test(before)) return m;
    count += 1;
    return label;
  });
  return { text: out, count };
}

/** Heads of places people go for care, worship or sport, named by a place's own word: "Bethesda Chapel", "Maes Gwyn day centre". */
const SERVICE_HEADS =
  "[Ss]urgery|Chemists?|Pharmacy|Chapel|Gym|Fitness|(?:Day|Youth|Community|Medical|Health)[ \\t]+Centre|(?:day|youth|community|medical|health)[ \\t]+centre|Youth[ \\t]+Club";
/**
 * A business by its own name, wherever it stands: capitalised words, then a word only a business ends its name with
 * ("Shree Stores", "Rapid Cars Birkenhead", "Halewood Tyre & Exhaust", "Velvet Lounge", "KPN Wholesale", "Zainab's
 * Fabrics"). Its name is the writer's or someone's they know, as writers mark it; a public service never ends so
 * ("Victim Support", "Crown Court", "Job Centre" stay).
 */
const BUSINESS_HEAD = `(?:Stores|Cars|Cabs|Taxis|Motors|Autos|Lounge|Wholesale|Solutions|Ltd|Limited|Fabrics|Haulage|Exhausts?|Tyres|Roofing|Plumbing|Electricals?|Builders|Joinery|Lettings|Fisheries|Butchers|Bakery|Barbers|Boutique|Kebabs?|Pizzas?|Tandoori|Balti|Carpets|Kitchens|Glazing|Removals|Scaffolding|Landscaping|Fencing|Flooring|Catering|Logistics|Couriers|Mini[ \\t]+Mart|Mart|Nails|Beauty|Hair|[Cc]are[ \\t]+[Hh]ome|[Nn]ursing[ \\t]+[Hh]ome|Home[ \\t]+Care|Leisure[ \\t]+Centre|Sports[ \\t]+Centre|(?:Rugby|Boxing|Cricket|Golf|Bowls|Snooker|Social|Working[ \\t]+Men['’]?s)[ \\t]+Club|Vets|Veterinary[ \\t]+Surgery|Dental[ \\t]+Practice|${SERVICE_HEADS})`;
/** Gyms known by ordinary words, as people name them: "Pure Gym", "Anytime Fitness", "Snap Fitness". */
const GYM_CHAINS = /^(?:Pure|Anytime|Snap|JD|Gold['’]s|Everlast|Energie|Nuffield|Bannatyne['’]?s)$/u;
/**
 * Words that say whose or what kind a place for care, worship or sport is, not its own name: "the Islamic Community
 * Centre", "the Baptist Chapel", "the Walk-in Medical Centre", "the Crossfit Gym", "my MP's Surgery".
 */
const NOT_A_PLACE_NAME =
  /^(?:islamic|muslim|sikh|hindu|jewish|buddhist|christian|somali|irish|kurdish|polish|caribbean|chinese|african|asian|indian|pakistani|bangladeshi|welsh|scottish|english|baptist|methodist|wesleyan|pentecostal|congregational|presbyterian|catholic|anglican|evangelical|unitarian|quaker|calvinistic|independent|walk-in|covid|mp|mps|nhs|gp|gps|crossfit|mma|zumba|pilates|yoga|kids|women['’]?s|mens|men['’]?s|ladies|lgbt|lgbtq|24|24hr|24-hour|lloyds|rowlands|day|night)$/u;
const SERVICE_HEAD = new RegExp(`(?:${SERVICE_HEADS})$`, "u");
const BUSINESS = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:&|and)[ \\t]+|[ \\t]+)){1,3})${BUSINESS_HEAD}(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*(?=[ \\t]*[,.;:!?)]))?(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * A Welsh business by its kind and its own name, as Welsh names them: with the article, "Caffi'r Cloc", "Siop y Pentan",
 * "Siop Lyfrau'r Hen Bont"; after a first name, "Siop Nia", "Caffi Gwenno"; a club of a sport by its village, "Clwb
 * Rygbi Llanrug", "glwb rygbi pwllheli". Never a service or a kind ("Siop Siarad", "Clwb Ieuenctid", "Caffi Trwsio",
 * "Siop y Post", "Caffi'r Llyfrgell"), a chain ("siop Asda"), a city's or a nation's club ("Clwb Pêl-droed Wrecsam"),
 * or a capital that starts the next sentence ("es i i'r siop Roedd…": only a name the lists know follows a bare kind).
 */
const WELSH_BUSINESS = new RegExp(
  [
    // (the article's form: "Caffi'r X", "Siop y X")
    `(?<![\\p{L}\\p{N}'’])(?:[CGcg]affi|[Nn]ghaffi|[Ss]iop(?:[ \\t]+[Ll]yfrau)?)(?:['’]r[ \\t]*|[ \\t]+(?:y|yr)[ \\t]+)(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?)(?![\\p{L}\\p{N}])`,
    // (a first name after the bare kind: "Siop Nia")
    `(?<![\\p{L}\\p{N}'’])(?:[CGcg]affi|[Nn]ghaffi|[Ss]iop)[ \\t]+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?![\\p{L}\\p{N}'’])`,
    // (a club of a sport or a leisure centre by its place, in capitals or not)
    `(?<![\\p{L}\\p{N}'’])(?:[CcGg]lwb|[Nn]ghlwb)[ \\t]+(?:[Rr]ygbi|[Pp]êl-droed|[Gg]olff|[Bb]owlio|[Bb]ocsio|[Cc]riced)[ \\t]+(\\p{L}[\\p{L}'’-]+)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}'’])(?:[CcGg]anolfan|[Nn]ghanolfan)[ \\t]+[Hh]amdden[ \\t]+(\\p{L}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?)(?![\\p{L}\\p{N}])`,
    // (a surgery or a care home by its name in capitals: "Meddygfa'r Bont", "Nghartref Gofal Bryn Awel"; in lower case
    // the article is the next word's, "ffoniodd y feddygfa'r heddlu")
    `(?<![\\p{L}\\p{N}'’])(?:[MmFf]eddygfa|[CcGg]artref[ \\t]+[Gg]ofal|[Nn]ghartref[ \\t]+[Gg]ofal|[Cc]hartref[ \\t]+[Gg]ofal)(?:['’]r[ \\t]*(\\p{Lu}[\\p{L}'’-]*)|[ \\t]+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?))(?![\\p{L}\\p{N}])`,
  ].join("|"),
  "gu",
);
/** What follows "Meddygfa" or "Cartref Gofal" as its kind or a day, never its name: "Cartref Gofal Preifat", "Ddydd Llun". */
const NOT_A_CARE_NAME = new Set(
  "newydd preifat teulu saesneg cymraeg dementia dydd ddydd roedd mae nos bore lleol gorau henoed nyrsio arbenigol".split(" "),
);
/** What follows "Caffi'r" or "Siop y" as the kind of shop it is, never its name. */
const WELSH_SHOP_KINDS = new Set(
  "post llyfrgell gornel pentref pentre dre dref ddinas farchnad orsaf ganolfan ysgol ysbyty eglwys capel neuadd amgueddfa parc traeth cei maes".split(
    " ",
  ),
);
/** A small business named for its trade "by" its owner, as salons and trades are: "hair by jade", "Roofing by Dean",
 * "tresses by tasha"; never a body's own hair ("grabbed by her hair by Kyle") or a time ("nails by June"). */
const TRADE_BY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!(?:my|her|his|their|your|our)[ \\t])(?:hair|nails|nailz|lashes|brows|beauty|tresses|roofing|plumbing|tattoos?|ink|glam|makeup|make-up)[ \\t]+by[ \\t]+(\\p{L}[\\p{L}'’-]+)(?![\\p{L}\\p{N}])`,
  "giu",
);
/** Cities and nations whose clubs and centres are everyone's, never one person's: "Clwb Pêl-droed Wrecsam". */
const BIG_PLACES = new Set(
  "caerdydd cardiff abertawe swansea casnewydd newport wrecsam wrexham bangor cymru wales lloegr england prydain".split(" "),
);
/** Months, which a trade is done by, not a person: "nails by June". */
const MONTHS = new Set([...MONTHS_EN, ...MONTHS_CY]);
/** A month or an English weekday: a time, never a name of a place ("Monday Surgery", "the firm, Monday to Friday,"). */
const isCalendarWord = (folded: string) => MONTHS.has(folded) || WEEKDAYS_EN.includes(folded);
const NOT_A_WELSH_BUSINESS =
  /\b(?:Cymru|Prydain|Lloegr|Spar|Tesco|Co-op|Aldi|Lidl|Costa|Greggs|Boots|Asda|Iceland|Morrisons|Starbucks|Sainsbury['’]?s)\b/;

function redactBusinesses(text: string, label: string): { text: string; count: number } {
  let count = 0;
  text = text.replace(TRADE_BY, (m: string, owner: string) => {
    // (an owner's first name, not "hair by the roots", "cut my hair by myself", "nails by June")
    const f = fold(owner);
    if (COMMON.has(f) || MONTHS.has(f) || !["name", "ambiguous"].includes(classify(f))) return m;
    count += 1;
    return label;
  });
  text = text.replace(WELSH_BUSINESS, (m: string, ...groups: (string | undefined)[]) => {
    const [named, person, club, centre, careArticle, careNamed] = groups;
    if (NOT_A_WELSH_BUSINESS.test(m)) return m;
    // (a surgery's or home's kind after the article is no name: "meddygfa'r pentref"; a name in capitals is)
    if (careArticle !== undefined) {
      const f = fold(careArticle);
      if ([f, ...unmutated(f)].some((w) => WELSH_SHOP_KINDS.has(w))) return m;
    }
    // (nor a city's, nor one Welsh word that starts the next sentence: "yn y Cartref Gofal Roedd…")
    if (careNamed !== undefined) {
      const words = careNamed.split(/[ \t]+/).map(fold);
      if (
        BIG_PLACES.has(words[0]) ||
        NOT_A_CARE_NAME.has(words[0]) ||
        (words.length === 1 && (WELSH_WORDS.has(words[0]) || isEverydayWord(words[0])))
      )
        return m;
    }
    if (named !== undefined) {
      const first = fold(named.split(/[ \t]+/)[0]);
      if ([first, ...unmutated(first)].some((w) => WELSH_SHOP_KINDS.has(w))) return m;
    }
    // (a first name the lists know, no word of either language: "Siop Nia", not "Siop Siarad", "siop Dydd Sadwrn")
    if (
      person !== undefined &&
      !(isWelshName(fold(person)) || (classify(fold(person)) === "name" && !WELSH_WORDS.has(fold(person))))
    )
      return m;
    // (a village or a place no list knows, not a city or a nation: "clwb rygbi llanrug", not "Clwb Pêl-droed Wrecsam",
    // "clwb rygbi merched", "clwb golff hwnnw")
    const place = club ?? centre;
    if (place !== undefined) {
      const f = fold(place.split(/[ \t]+/)[0]);
      const village = isUkPlace(f) || (/-/.test(f) && WELSH_NAME_START.test(f.split("-")[0]));
      if (!village || BIG_PLACES.has(f)) return m;
    }
    count += 1;
    return label;
  });
  const out = text.replace(BUSINESS, (m: string, before: string) => {
    const words = before
      .trim()
      .split(/[ \t]+/)
      .filter((w) => !/^(?:&|and)$/.test(w));
    // "The", "A", "My": not the name; at least one word of the name must be no ordinary word.
    const own = words.filter((w) => !/^(?:the|a|an|my|our|his|her|their|y|yr)$/i.test(w));
    const ordinary = (w: string) => COMMON.has(fold(w.replace(/['’]s$/u, ""))) || DESCRIPTIVE.has(fold(w));
    if (own.length === 0) return m;
    if (SERVICE_HEAD.test(m)) {
      // (a surgery, chapel, centre or gym by a name no dictionary knows, "Llys Meddyg surgery", "Stretton Chemist",
      // "Perry's Gym"; never by what it does, whose it is or a word anyone uses, "Knee Surgery", "Monday Surgery", "the
      // Baptist Chapel", "Riverside Health Centre", "the Climbing Gym")
      // (an acronym is what kind, "GP surgery"; a town before a lower-case kind is which one, "the Horsham surgery")
      const lowerHead = /(?:surgery|centre)$/u.test(m);
      const ownWord = (w: string) => {
        const f = fold(w.replace(/['’]s$/u, ""));
        return (
          /\p{Ll}/u.test(w) &&
          // ("Perry's Gym", "Dai's Fitness": someone's, by a name the lists know, even one that is a word too)
          (!isEverydayWord(f) || (/['’]s$/u.test(w) && ["name", "ambiguous"].includes(classify(f)))) &&
          !ordinary(w) &&
          !isCalendarWord(f) &&
          !NOT_A_PLACE_NAME.test(f) &&
          !CHAIN.test(f) &&
          !(lowerHead && isUkPlace(f))
        );
      };
      // (a gym's chain is a name in ordinary words: "Pure Gym", "Anytime Fitness")
      if (!own.some(ownWord) && !(/(?:Gym|Fitness)$/u.test(m) && own.length === 1 && GYM_CHAINS.test(own[0]))) return m;
    } else if (own.every(ordinary)) return m;
    count += 1;
    const lead = words.length > own.length ? before.slice(0, before.indexOf(own[0])) : "";
    return lead + label;
  });
  return { text: out, count };
}

/**
 * A delivery or ride platform someone works for: "I deliver for Deliveroo", "as a Just Eat courier", "deliverin for uber
 * eats", "parcels for evri", "dwi'n danfon bwyd i just eat". Named alone ("I ordered from Just Eat") it stays.
 */
const PLATFORM =
  "(?:deliveroo|just[ \\t]+eat|uber[ \\t]+eats|uber|evri|hermes|dpd|yodel|amazon(?:[ \\t]+flex)?|bolt|stuart|gophr)";
const GIG = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])((?:deliver(?:s|ed|ing|in)?|driv(?:e|es|ing|in)|work(?:s|ing|in)?|rid(?:e|es|ing|in)|parcels|danfon(?:[ \\t]+bwyd)?|gweithio|dreifio|gyrru)[ \\t]+(?:for|with|i|efo|gyda|i['’]r)[ \\t]+)${PLATFORM}(?![\\p{L}\\p{N}])`,
    `|(?<![\\p{L}\\p{N}])((?:as|being)[ \\t]+an?[ \\t]+)${PLATFORM}(?=[ \\t]+(?:courier|driver|rider|delivery)(?![\\p{L}]))`,
  ].join(""),
  "giu",
);

function redactPlatforms(text: string, label: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(GIG, (_m: string, works?: string, as?: string) => {
    count += 1;
    return (works ?? as ?? "") + label;
  });
  return { text: out, count };
}

/**
 * A business by its name, on the street the rules have already taken: "at the Lidl on [address]", "the londis on
 * [address]", "raja mini mart on [address]", "y Spar ar [cyfeiriad]". A shop with its street is one place, so its name
 * goes too. The name is a chain's, or words of which one at least is no ordinary word; never "our house", "the
 * flats", "the corner shop" or a person just named.
 */
const ON_STREET = /(?<![\p{L}\p{N}])((?:[\p{L}][\p{L}'’&-]*[ \t]+){1,3}?)(?=(?:on|in|ar|yn)[ \t]+\[(?:address|cyfeiriad)\])/gu;
const ARTICLE_OR_OWNER = /^(?:the|a|an|y|yr|'r|my|our|his|her|their|your|at|in|outside|from|near|to|i|i['’]r|yn|ym|o)$/iu;

const WORKS_AT_BEFORE =
  /(?:work|works|worked|working|wrk|wrks|job|shift|shifts|volunteer|volunteers)[ \t]+(?:at|in)(?:[ \t]+(?:the|a))?[ \t]*$/iu;

function redactBusinessOnStreet(text: string, label: string): { text: string; count: number } {
  const welsh = text.includes("[cyfeiriad]");
  if (!welsh && !text.includes("[address]")) return { text, count: 0 };
  let count = 0;
  const out = text.replace(ON_STREET, (m: string, run: string, offset: number) => {
    // A longer name with capitals before this run is some other pass's to take whole ("Sparkle Hand Car Wash on …").
    if (/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, offset - 24), offset))) return m;
    const all = run.trim().split(/[ \t]+/);
    // The name starts after the last article, owner or preposition: "at the Lidl" → "Lidl".
    let start = 0;
    for (let k = all.length - 1; k >= 0; k -= 1)
      if (ARTICLE_OR_OWNER.test(all[k])) {
        start = k + 1;
        break;
      }
    const words = all.slice(start);
    if (words.length === 0) return m;
    const folded = words.map((w) => fold(w));
    const chain = folded.some((w) => CHAIN.test(w)) || /^co[ \t]+op$/iu.test(words.join(" "));
    // (a capital opening a sentence says nothing: "Parked on [address]", "Mae'n byw yn [cyfeiriad]")
    const opens = start === 0 && /(?:^|[.!?:;]\s*)$/u.test(text.slice(Math.max(0, offset - 3), offset));
    // After words that say someone works there, a name of ordinary words is the place's own: "i work at the bargain booze
    // on [address]" (not "the corner shop", a kind of place).
    const worksThere = WORKS_AT_BEFORE.test(text.slice(Math.max(0, offset - 30), offset) + all.slice(0, start).join(" "));
    const own = (w: string, f: string, k: number) =>
      !COMMON.has(f) &&
      !DESCRIPTIVE.has(f) &&
      !GENERIC.has(f) &&
      !PEOPLE_WORDS.has(f) &&
      (isCapitalised(w)
        ? !(opens && k === 0) && !/['’]/u.test(w) && !isUkPlace(f)
        : // (in Welsh a lower-case word the English lists do not know is as likely Welsh: "byw yn [cyfeiriad]")
          !welsh && (["unknown", "name"].includes(classify(f)) || (worksThere && words.length > 1 && classify(f) === "word")));
    if (!chain && !words.some((w, k) => own(w, folded[k], k))) return m;
    count += 1;
    const lead =
      run.slice(0, run.length - run.trimStart().length) +
      all
        .slice(0, start)
        .map((w) => `${w} `)
        .join("");
    return `${lead}${label} `;
  });
  return { text: out, count };
}

/**
 * A workplace named in apposition after the words that say it is one, up to the comma that closes it: "the care agency
 * I work for, Bright Horizons Homecare, did nothing", "the taxi firm i work for, aire valley cars, dont…", "the shop we
 * run, cuppa n cake, n we…". In any case, as people type names; never a phrase that carries the sentence on ("the firm
 * I work for, to be fair, …").
 */
const WORKPLACE_APPOSED = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:firm|company|agency|shop|caf[eé]|salon|business|garage|pub|restaurant|takeaway|factory|warehouse|office|club|gym|charity|nursery|care\\s+home|surgery|practice|school|college)[ \\t]+(?:(?:i|we|he|she|they|my\\s+\\p{L}+)[ \\t]+)(?:work|works|worked|run|runs|ran|own|owns|owned|manage|manages|managed|volunteer|volunteers)(?:[ \\t]+(?:for|at|in))?[ \\t]*,[ \\t]*)([\\p{L}'’&][\\p{L}\\p{N}'’&-]*(?:[ \\t]+[\\p{L}\\p{N}'’&][\\p{L}\\p{N}'’&-]*){0,4})(?=[ \\t]*,)`,
  "giu",
);
/** Words that carry a sentence on after a comma, never a business's first word. */
const CARRIES_ON = new Set(
  "to and but which who so as if when where because cos though although like i he she they we it there this that in on at for of the a an not never".split(
    " ",
  ),
);
/**
 * A business by what it is called: "a little cafe called the daily grind in sevenoaks", "a mosque, Masjid Al-Furqan",
 * "Masjid Al-Furqan, where I pray". A place of worship by its Arabic or Punjabi word is always named.
 */
const CALLED_BUSINESS = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:a|an|my|our|his|her|their)[ \\t]+(?:(?:little|small|new|local|family|lil)[ \\t]+)?(?:caf[eé]|shop|salon|pub|bar|restaurant|takeaway|firm|company|business|garage|gym|charity|agency|nursery|bakery|chippy|barbers?)[ \\t]+called[ \\t]+)((?:the[ \\t]+)?[\\p{L}'’&][\\p{L}'’&-]*(?:[ \\t]+(?!(?:in|on|at|n|and|but|which|where|that|near|off|by|with|for|from|was|is|has|had)(?![\\p{L}]))[\\p{L}'’&][\\p{L}'’&-]*){0,3})(?=[ \\t]+(?:in|on|at|n|and|but|which|where|that|near|off|by|with|for|from|was|is|has|had)(?![\\p{L}])|[ \\t]*[,.;:!?)]|$)|(?<![\\p{L}\\p{N}])(?:Masjid|Jamia|Gurdwara|Mandir)[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}`,
  "gu",
);

function redactAppositions(text: string, label: string): { text: string; count: number } {
  let count = 0;
  let out = text.replace(WORKPLACE_APPOSED, (m: string, before: string, name: string) => {
    const words = name.split(/[ \t]+/);
    const first = fold(words[0]);
    if (CARRIES_ON.has(first) || /\[/.test(name)) return m;
    // (a name has a word of its own, in capitals or no dictionary's; "honestly", "after the break-in", "Monday to
    // Friday", "every single day" are the sentence)
    const own = (w: string) => {
      const f = fold(w);
      if (isCalendarWord(f) || COMMON.has(f)) return false;
      return isCapitalised(w) || !isEverydayWord(f);
    };
    if (!words.some(own)) return m;
    count += 1;
    return before + label;
  });
  out = out.replace(CALLED_BUSINESS, (m: string, before?: string, name?: string) => {
    // (a kind of shop is no name: "a shop called the local", "a cafe called the community cafe")
    if (name !== undefined && name.split(/[ \t]+/).every((w) => COMMON.has(fold(w)) || /^the$/i.test(w))) return m;
    // (a place of worship's committee, trustees or day is no name: "the Gurdwara Committee", "the Gurdwara On Sunday")
    if (
      name === undefined &&
      m
        .split(/[ \t]+/)
        .slice(1)
        .some(
          (w) => COMMON.has(fold(w)) || WEEKDAYS_EN.includes(fold(w)) || /^(?:committee|trustees|board|staff|members)$/i.test(w),
        )
    )
      return m;
    count += 1;
    return (before ?? "") + label;
  });
  return { text: out, count };
}

/** The passes that find a place by its own shape, in this order, before the triggers below. */
const PASSES = [
  redactPlatforms,
  redactBusinesses,
  redactAppositions,
  redactRoyalHospitals,
  redactNamedSchools,
  redactWhereIWork,
  redactNamedAfter,
  redactPubs,
  redactBusinessOnStreet,
];

export function redactWorkplaces(text: string, label: string): { text: string; count: number } {
  let count = 0;
  for (const pass of PASSES) {
    const found = pass(text, label);
    text = found.text;
    count += found.count;
  }
  text = text
    .replace(SCHOOL_SAINT, (_m, before: string) => {
      count += 1;
      return before + label;
    })
    .replace(SAINT_SCHOOL, () => {
      count += 1;
      return label;
    })
    .replace(SAINT_CHURCH, (m: string, offset: number, input: string) => {
      const sentence = input.slice(Math.max(0, offset - 120), offset + m.length + 120);
      if (!WORSHIPS.test(sentence)) return m;
      count += 1;
      return label;
    });
  let out = "";
  let at = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const from = m.index + m[0].length;
    // "I work in the Spar", "works in the co-op": "in" only before a shop's own name, never "in the city" or "in Cardiff".
    if (m[3] !== undefined) {
      const next = wordsAfter(text, from, 2)[1];
      if (
        !next ||
        // ("at work in Ramsgate": a town is where the work is, not which)
        isUkPlace(next.folded) ||
        !(next.capital
          ? !COMMON.has(next.folded) && ["not", "unknown", "name"].includes(classify(next.folded))
          : unknownWord(next))
      )
        continue;
    }
    let end = placeEnd(text, from, m[2] !== undefined, label, m[0].trimEnd().endsWith(","));
    // "I run a lil cafe (the cosy cup on …)": in brackets after one's own place, its name whatever its words.
    if (end < 0 && OWN_PLACE_BRACKET.test(m[0])) {
      const inside = IN_BRACKETS.exec(text.slice(from, from + 80));
      if (inside) end = from + inside[0].length;
    }
    // "he goes to st benedicts", "she attends St Cuthbert's": a saint's name after going to, now, is a school (a place
    // once visited is not: "we went to St Ives").
    if (end < 0 && m[2] !== undefined && !/went/i.test(m[2])) {
      const saint = SAINT.exec(text.slice(from, from + 40));
      if (saint) end = from + saint[0].length;
    }
    if (end < 0) continue;
    // "the co op" written apart is one name, as "the co-op" is.
    if (/\bco$/i.test(text.slice(Math.max(0, end - 3), end)))
      end += /^[ \t]+op(?![\p{L}\p{N}])/iu.exec(text.slice(end, end + 6))?.[0].length ?? 0;
    // "the" goes with it: "a nurse at [workplace or school]" (the name was "the Heath hospital").
    out += text.slice(at, from) + label;
    at = end;
    count += 1;
    TRIGGER.lastIndex = end;
  }
  return { text: at > 0 ? out + text.slice(at) : text, count };
}

/**
 * The branch a workplace stands in goes with it: "[workplace or school] in Llandeilo", "… in the arndale", "… on the
 * high st in merthyr", "… yn bethesda", "… by Junction 28". Writers mark a chain's branch as one detail with where it
 * is, and a named workplace in a named small town points to one person as surely as an address. Only after a
 * workplace the rules have already found, so no sentence without one changes; never a time ("in March", "on Friday",
 * "in the morning"), a platform ("on Facebook") or a description ("in the stockroom").
 */
const BRANCH_PREPOSITION = /^(?:,?[ \t]+)(?:in|on|at|by|near|nr\.?|yn|ym|yng|ar|ger)[ \t]+/iu;
const TOWN_WITH_ARTICLE = /^,[ \t]+(?=(?:y|yr)[ \t]+(\p{L}[\p{L}'’-]*))/iu;
/** Or a comma before a town with its article, which then reads as the town: "[cyfeiriad], y barri". */
const townWithArticle = (after: string) => {
  const article = TOWN_WITH_ARTICLE.exec(after);
  return article && isUkPlace(fold(article[1])) ? article : null;
};
/** Shopping places named by what they are: "the precinct", "the high st", "the retail park". */
const SHOPPING_PLACE =
  /^the[ \t]+(?:(?:high|main)[ \t]+(?:st|street|rd|road)|retail[ \t]+park|shopping[ \t]+(?:centre|center)|indoor[ \t]+market|bus[ \t]+station|precinct|parade|arcade|strand|quayside|broadway|promenade|prom|seafront|pier|market|square|interchange)(?![\p{L}])/iu;
const NOT_BRANCH = new Set([
  ...MONTHS_EN,
  ...MONTHS_CY,
  ...WEEKDAYS_EN,
  ..."christmas boxing easter new facebook instagram snapchat tiktok whatsapp twitter youtube a&e i the my his her their our".split(
    " ",
  ),
]);

export function withBranch(text: string, label: string, address = false): string {
  // (also an address's: "[address] in Droitwich", "[address] near Kington", "[cyfeiriad] ger sanclêr")
  if (!text.includes(label)) return text;
  let out = "";
  let at = 0;
  for (let start = text.indexOf(label); start >= 0; start = text.indexOf(label, start + label.length)) {
    let end = start + label.length;
    // An address's village after a comma, as an address is written: "[cyfeiriad], Llangurig, ddwywaith".
    const village = address ? addressVillage(text.slice(end, end + 40)) : 0;
    if (village > 0) {
      out += text.slice(at, start) + label;
      at = end + village;
      continue;
    }
    // At most twice: "on the high st in merthyr".
    for (let k = 0; k < 2; k += 1) {
      const prep = BRANCH_PREPOSITION.exec(text.slice(end, end + 8)) ?? townWithArticle(text.slice(end, end + 30));
      if (!prep) break;
      const welshPrep = /(?:yn|ym|yng|ar|ger|y|yr)[ \t]*$/iu.test(prep[0]);
      const place = branchPlace(text.slice(end + prep[0].length, end + prep[0].length + 40), welshPrep);
      if (place === 0) break;
      end += prep[0].length + place;
    }
    if (end === start + label.length) continue;
    out += text.slice(at, start) + label;
    at = end;
  }
  return at > 0 ? out + text.slice(at) : text;
}

/**
 * The length of a village or district after an address and a comma, or after it in lower case when the gazetteer knows
 * it ("[address], Cwmdu, in March", "[address] splott on sunday"); 0 when the word may be a person's name or an
 * ordinary word, or when more of the sentence's words follow it in capitals.
 */
const ADDRESS_VILLAGE = /^,[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]*(?:[,.;:!?)]|$))/u;
function addressVillage(after: string): number {
  const comma = ADDRESS_VILLAGE.exec(after);
  if (comma) {
    const words = comma[1].split(/[ \t]+/).map((w) => fold(w));
    const placeLike = (f: string) =>
      !NOT_BRANCH.has(f) && !COMMON.has(f) && (isUkPlace(f) || ["unknown", "not"].includes(classify(f)));
    return words.every(placeLike) || isUkPlaceName(words.join(" ")) ? comma[0].length : 0;
  }
  const lower = /^[ \t]+(\p{Ll}[\p{L}'’-]+)(?![\p{L}\p{N}])/u.exec(after);
  if (!lower || NOT_BRANCH.has(lower[1]) || NOT_VILLAGE.has(lower[1]) || DAY_WORDS_CY.has(lower[1])) return 0;
  return classify(lower[1]) === "not" || (isUkPlace(lower[1]) && classify(lower[1]) === "unknown") ? lower[0].length : 0;
}
/** Welsh days, as written alone or after "nos", and times of day ("o flaen [cyfeiriad] nos sadwrn"): never a village. */
const DAY_WORDS_CY = new Set([...WEEKDAYS_CY, ..."lun fawrth wener nos dydd ddydd bore pnawn prynhawn".split(" ")]);
/** Words the never-a-name list holds with the places (family, languages, faiths): never a village. */
const NOT_VILLAGE = new Set(
  `mum mam dad nain taid nan gran nanna grandad mamgu mam-gu tadcu tad-cu dadcu english welsh polish urdu arabic punjabi
   bengali romanian somali cymraeg saesneg christian muslim jewish sikh hindu god jesus allah`.split(/\s+/),
);

/** The length of the place a branch is named by at the start of `after`, or 0. */
function branchPlace(after: string, welsh = false): number {
  const shopping = SHOPPING_PLACE.exec(after);
  if (shopping) return shopping[0].length;
  // "the arndale", "the metrocentre", "the Trinity": a centre by its own name, a word no dictionary knows or a capital
  // (in Welsh every word is one no English dictionary knows: "ar yr hewl fawr" is the main road, no branch).
  const the = /^(?:the|y|yr)[ \t]+([\p{L}][\p{L}'’-]*)(?![\p{L}\p{N}])/u.exec(after);
  if (the) {
    const f = fold(the[1]);
    const own =
      isUkPlace(f) || (isCapitalised(the[1]) ? !COMMON.has(f) && classify(f) !== "word" : !welsh && classify(f) === "unknown");
    return own && !NOT_BRANCH.has(f) ? the[0].length : 0;
  }
  // "Junction 28".
  const junction = /^(?:junction|j)[ \t]*\d{1,2}(?![\p{L}\p{N}])/iu.exec(after);
  if (junction) return junction[0].length;
  // A town: capitalised words ("Cross Hands", "Mangor"), or a town the gazetteer knows in lower case ("bethesda").
  const words = /^([\p{L}][\p{L}'’-]*)(?:[ \t]+([\p{L}][\p{L}'’-]*))?/u.exec(after);
  if (!words) return 0;
  const [, first, second] = words;
  const f = fold(first);
  if (NOT_BRANCH.has(f) || COMMON.has(f)) return 0;
  if (isCapitalised(first)) {
    if (classify(f) === "word" && !isUkPlace(f)) return 0;
    const two = second !== undefined && isCapitalised(second) && !NOT_BRANCH.has(fold(second));
    return two ? words[0].length : first.length;
  }
  if (second !== undefined && isUkPlaceName(`${first} ${second}`)) return words[0].length;
  if (!isUkPlace(f)) return 0;
  // "tooting broadway", "bromley south", "hexham market": a town's street, station or part goes with it.
  return second !== undefined && TOWN_PART.has(fold(second)) ? words[0].length : first.length;
}
const TOWN_PART = new Set(
  "broadway parade market station village centre high square green cross park north south east west central".split(" "),
);

/** Ages beside a name: "[name], 23,", "[name] (21)", "[name] is 79", "[enw], sy'n 12 oed", "[name], he's 17,". */
/** The age patterns for each name label, compiled once. */
const compiled = new Map<string, RegExp>();

export function redactAges(text: string, nameLabel: string, label: string): { text: string; count: number } {
  if (!text.includes(nameLabel)) return { text, count: 0 };
  const name = nameLabel.replace(/[[\]]/g, "\\$&");
  const age = "(?:1[01]\\d|\\d{1,2})";
  const years = "(?:\\s*(?:years?|yrs?)(?:\\s+old)?|\\s*(?:yo|y\\/o))?";
  const notAfter =
    "(?![\\p{L}\\p{N}]|[:.,]\\d|\\s*(?:%|am\\b|pm\\b|mins?\\b|minutes|hours|hrs|days|weeks|months|times|miles|quid|pounds|p\\b|o['’]clock|th\\b|st\\b|nd\\b|rd\\b))";
  let count = 0;
  const swap = (pattern: string, keep: (m: string, ...g: string[]) => string) => {
    let regex = compiled.get(pattern);
    if (!regex) compiled.set(pattern, (regex = new RegExp(pattern, "giu")));
    text = text.replace(regex, (m: string, ...g: string[]) => {
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
  // "[name] is 79", "[name], aged 16"; "[name], who is 19 and autistic" becomes "[name], [age] and autistic".
  swap(
    `(${name},?\\s+)(?:who\\s+is|who['’]s|who\\s+was)\\s+(?:only\\s+|just\\s+|now\\s+)?${age}${years}${notAfter}`,
    (_m, before) => before + label,
  );
  swap(
    `(${name},?\\s+(?:is|was|aged|age|turned)\\s+(?:only\\s+|just\\s+|now\\s+)?)${age}${years}${notAfter}`,
    (_m, before) => before + label,
  );
  // "[name] (she's 7)".
  swap(
    `(${name}\\s*\\(\\s*)(?:he|she|they)(?:['’]s|\\s+is|\\s+was|['’]re|\\s+are)\\s+${age}${years}(?=\\s*\\))`,
    (_m, before) => before + label,
  );
  // Welsh, the age first: "Dim ond 9 oed oedd [enw]".
  swap(`(?<![\\p{L}\\p{N}])${age}\\s+(?:mlwydd\\s+)?oed(?=\\s+(?:oedd|yw|ydy|ydi)\\s+${name})`, () => label);
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
