/**
 * Postcodes and street addresses without one: a number and a street ("flat 3, 27 Gladstone Street", "27 Heol y
 * Coed"), flats in named buildings, house names ("Rose Cottage", "Tŷ Gwyn", "ym Mryn Awel") and the street or second
 * line after an address already found. Pure; part of redact.ts's ordered rules, after phone numbers.
 */
import { classify, COMMON, isEverydayWord, isNearWord, isUkPlace, isUkPlaceName } from "./name-lists";
import { unmutated, WELSH_WORDS } from "./redact-names-welsh";
import { B, E, fold, isCapitalised, keepTrailing, MONTHS_CY, MONTHS_EN, mutations, type Rule, WEEKDAYS_EN } from "./redact-rule";

const STREET_WORDS = `street st road rd lane ln avenue ave close cl drive dr way crescent cres terrace terr place pl court ct
  gardens gdns grove hill row square sq walk mews view rise parade green vale heights park croft wharf gate meadow meadows
  quay tce`.split(/\s+/);
const STREET_TYPE = `(?:${STREET_WORDS.join("|")})`;
/** The same with a capital first letter, for patterns that must tell capitals apart ("Ivy House, Mill Lane"). */
const STREET_TYPE_TITLE = `(?:${STREET_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|")})`;
const WELSH_STREET_WORDS =
  "heol stryd stryt ffordd lôn lon rhodfa cilgant teras maes clos llwyn cae bryn pant ystâd stad dol parc llys cwrt bro rhes gerddi ael bwthyn tyddyn".split(
    " ",
  );
const WELSH_STREET = `(?:${WELSH_STREET_WORDS.join("|")})`;
/** The same as written after "ym", "yng", "i", "o" with its capital: "ym Mryn Awel", "yng Nghae Du", "i Heol…". */
const WELSH_STREET_MUTATED = `(?:${[...new Set(WELSH_STREET_WORDS.flatMap((w) => mutations(w)))]
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join("|")})`;
/** The same, as written at the start of a name, for patterns that must tell capitals apart ("Ffordd y Bont"). */
const WELSH_STREET_TITLE = `(?:${WELSH_STREET_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|")})`;
/** Words after a street's name that make it a school's or surgery's: "Heol Las Comprehensive", "Albany Road Primary". */
const SCHOOL_WORD =
  "(?:Comprehensive|Comp|Primary|School|High|Academy|Nursery|Infants|Juniors|Surgery|Medical|Practice|Chapel|Church|Baptist|Methodist|Community|Leisure|Sports)(?![\\p{L}\\p{N}])";
const SCHOOL_WORD_ALONE = new RegExp(`^${SCHOOL_WORD}$`, "u");
const UNIT =
  "(?:(?:flat|apartment|apt|unit|fflat)\\s*\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}(?:House|Court|Lodge|Buildings|Mansions|Tower|Heights|Point|Flats)(?:\\s*,\\s*|\\s+))?)?";
/** After the house number: a comma or spaces, never both ways of splitting one run of spaces. */
const HOUSE = "(?:(?:number|no\\.?|rhif)\\s*)?\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)";
/** Words that follow a number without naming a street: "3 hours on the road", "2 doors down the lane". */
const NOT_STREET_NAME = new Set(
  "hours minutes days weeks months years times miles doors houses people officers men women kids cars calls".split(" "),
);
/** What a street in lower case follows: "on cedar grove", "in lodge lane", "ar heol fach". */
const LOWER_STREET_CONTEXT = "on|off|near|along|down|up|behind|outside|past|opposite|round|at|in|ar|yn|ger";
/** A word of a lower-case street's name: never a word of its place ("at the spar on st johns road" starts at "st"). */
const LOWER_STREET_WORD = `(?!(?:${LOWER_STREET_CONTEXT}|the|a|an)\\s)\\p{Ll}[\\p{L}'’-]*\\s+`;
/** Words before "lane" or "street" that name a part of a road or an idiom, never a street: "bus lane", "memory lane". */
const LANE_NOT_A_STREET = new Set(
  "bus cycle bike fast slow inside outside middle overtaking memory easy civvy sesame day christmas xmas carnival pride victory easter remembrance dashcam cctv camera doorbell".split(
    " ",
  ),
);
/** Words that never start a street's name in lower case: articles, possessives, numbers in words, generic roads. */
const NOT_A_STREET_NAME = new Set(
  `the a an my your his her its our their this that these those any no some every each one other another all both either
   neither such same own which what whose me him them us i he she it we they and or but of to in on at by for from with
   high main ring slip service access toll dirt farm country dual link relief bypass one-way cul-de-sac wrong right left
   first second third last next end top bottom far near usual local busy quiet`.split(/\s+/),
);
/** Words after a house number that say where or with whom, never the street's name: "at 3a the broadway over the bookies". */
const LIVES_AT_STOP = new Set(
  "over above below behind opposite next near with now since for n and but so cos with till until in on by off".split(" "),
);
/** How Welsh farms' and houses' names start: "cae'r gors", "bryn eithin", "pant glas", "tŷ hen". */
const FARM_NAME_START =
  /^(?:cae|bryn|pant|pen|penlan|tŷ|ty|nant|cwm|glan|maes|coed|llwyn|bron|cefn|pwll|rhyd|tal|tre|hafod|bwlch|blaen|dol|dôl|ffynnon|gwern|llety|plas|ael|gallt|allt|waun|rhos|tir|fron|ddôl|henllys|bod|caer)$/u;
/** Welsh words of land that farms are named by, beyond those that start their names: "y graig", "y waun". */
const LAND_WORDS_CY = new Set(
  "craig cors gwaun melin garth gelli celli foel moel wern lan ddôl dol fron ffridd hendre".split(" "),
);
/** Whether a Welsh word, as written or unmutated, is a word of land a farm's name starts with ("graig" of "craig"). */
const isLandWord = (folded: string) =>
  [folded, ...unmutated(folded)].some((w) => FARM_NAME_START.test(w) || LAND_WORDS_CY.has(w));
/** What stands between commas after a home that is no house's name: a day, a night, a season, the police. */
const NOT_A_HOUSE_CY =
  /^(?:nos|noson|dydd|ddydd|bore|fore|prynhawn|pnawn|nadolig|heddlu|heddiw|neithiwr|ddoe|llynedd|haf|gaeaf|gwanwyn|hydref|wythnos|penwythnos|mam|dad|nain|taid)(?![\p{L}])/iu;
/** Welsh words of dwelling a house's name starts with, beyond the words of land: "clwt y bont", "tan y bryn". */
const HOUSE_NAME_START_CY = new Set("tan clwt bro rhes erw llys cwrt tyn ty'n".split(" "));
/** Welsh words that go on a house's name after its first: "clwt y bont", "tan y bryn", "maes isaf". */
const PLACE_WORDS_CY = new Set(
  `pont bont bryn fryn felin melin afon nant coed goed castell gastell eglwys capel llan derwen dderwen onnen wen gwyn
   du ddu mawr fawr bach fach isaf uchaf newydd hen glas las coch goch deg dderi mor môr`.split(/\s+/),
);
/** Names given to estates and closes with their article: "12 the ridings", "2 the paddocks", "6 the maltings". */
const ESTATE_NAMES = new Set(
  `ridings paddocks willows maltings beeches laurels meadows orchards pines limes elms oaks hollies spinney mews
   cloisters granary stables sidings wharf quadrant courtyard coppice hawthorns birches firs cedars poplars chestnuts
   rowans larches sycamores brambles briars heathers ferns glebe leas crofts shires links downs chase rise`.split(/\s+/),
);
/** What kind of farm an English word before "farm" says, never its name: "pig farm", "christmas tree farm". */
const FARM_KIND_EN = new Set(
  `dairy pig pigs sheep cattle beef poultry chicken chickens turkey fish trout salmon fruit arable wind solar city family
   local organic neighbouring neighbours nearby next big small little old new working livestock cannabis weed puppy
   mink fur dog horse stud deer goat alpaca mushroom strawberry christmas pick-your-own wedding school open hobby
   factory battery server troll click content data crypto scam free range soft play care community rescue livery egg
   health sewage hill derelict remote drugs drug skunk grow petting pony trekking rare breeds visitor wildlife butterfly
   adventure theme fun`.split(/\s+/),
);
/** The words English farms are named by, alone before "farm": "Brook Farm", "Manor Farm", "Top Farm". */
const FARM_NAME_WORDS_EN = new Set(
  "brook bank manor grange lodge moor mill hall wood oak ash elm beech willow rose ivy holly top lower upper higher middle home church park glebe abbey priory marsh fen heath common".split(
    " ",
  ),
);
/** Welsh words that carry a sentence on, never a farm's name: "y ffarm, wrth gwrs,", "y ffarm, yn anffodus,". */
const WELSH_STOP_WORDS = new Set(
  "wrth gwrs yn anffodus wir wedyn eto hefyd felly beth bynnag chwaith bellach rŵan nawr heddiw ddoe eleni llynedd druan fel arfer".split(
    " ",
  ),
);
/** Public buildings named "… House": never someone's home. */
const PUBLIC_HOUSES = new Set(
  "companies broadcasting bush somerset mansion portcullis customs opera white trinity senate guild court council town county police station custom halfway".split(
    " ",
  ),
);
/** Welsh words that describe a street rather than name it: "ar stryd brysur", "yn lôn gul". */
const WELSH_DESCRIBING = new Set("fawr brysur dawel gul hir arall nesa nesaf agosa gefn gyhoeddus breifat osgoi".split(" "));
/** Words that start a farm's place in the sentence, never its name: "off us at tregarthen farm" looks from "at". */
const FARM_NAME_STOP = "(?:at|to|on|off|from|near|the|a|an|my|our|his|her|their|us|me|him|them|we|i)\\s";

/** What kind of farm a Welsh word after "fferm" says, never its name: "fferm wynt", "fferm laeth", "fferm y teulu". */
const FARM_KIND_CY = new Set(
  "wynt gwynt laeth llaeth deulu teulu fawr fach leol organig ddefaid defaid wartheg gwartheg foch moch solar ni fi nhw chi ei eu hon honno yma yna 'ma 'na nos dydd bore arall eraill gyfagos gerllaw nesaf nesa agosaf".split(
    " ",
  ),
);

/** The first words of Welsh house and farm names, with their mutations after "i", "o", "yn": "Fryn", "Mryn", "Hafod". */
const HOUSE_WORDS_MUTATED = [
  ...new Set(
    "bryn hafod hendre hafoty cefn pant bron glan gwern llwyn tyddyn bwlch ffynnon bod plas cae coed rhos"
      .split(" ")
      .flatMap((w) => mutations(w)),
  ),
]
  .filter((w) => w.length >= 3)
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join("|");
/** Words that describe a Welsh house or farm ("Isaf", "Las", "Teg"), with a capital or, as people type them, without. */
const HOUSE_ADJECTIVE =
  "Isaf|Uchaf|Ucha|Isa|Las|Lwyd|Llwyd|Wen|Gwyn|Wyn|Teg|Deg|Du|Ddu|Goch|Coch|Newydd|Awel|Hir|Felen|Melyn|Olau|Golau|Eithin|Derw|Helyg|Onnen|Celyn"
    .split("|")
    .map((w) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}`)
    .join("|");
/** Places where a street is named for the public, not the person: "the station on Queen Street". */
const PUBLIC_PLACE =
  /\b(?:(?<!petrol\s|fire\s)station|court|courts|police|custody|hospital|library|museum|castle|cathedral|stadium|council|town\s+hall|university|cinema|theatre|station['’]s|a&e|sarc|job\s*centre|jobcentre|bank(?!\s+(?:card|account|details|transfer|statement|app))|shopping|centre|center|office|offices|market|arcade|precinct|cid|held\s+(?:at|in)|reported\s+it\s+(?:at|to)|heard\s+at|game|match|fans|ground|gig|concert|protest)\b/i;
/** A stop on a journey, not a place of the person's: "got off at Queen Street", "the train to Lime Street", "a taxi
 * from Westgate Street", "on my way to Princes Street". */
const JOURNEY_STOP =
  /\b(?:got|get|gets|getting)\s+off\b|\bchange[sd]?\s+at\s+$|\b(?:train|trains|tube|platform|tram|metro|rail|taxi|cab|uber|drove|driving|walked|way|headed|heading)\b|\bbus\s+(?:to|from)\s+$/i;
/** Streets known for something else than the people on them: a soap, a government, a market, a studio, a ground, a
 * station. */
const FAMOUS_STREETS = new Set(
  `wall street|downing street|coronation street|sesame street|harley street|fleet street|baker street|regent street|oxford street
   |bond street|carnaby street|tottenham court road|euston road|lime street|penny lane|elland road|portman road
   |carrow road|anfield road|street view|death row|food court|safe place`
    .split("|")
    .map((w) => w.trim()),
);
/** Street words that also name squares, quays and parades where crowds go ("Leicester Square", "Mermaid Quay", "Lord
 * Mayor's Parade"): a street only after "on", "off", "near" and the like, never after "at", "to" or "from". (A hill has
 * its own, narrower check.) */
const OPEN_SPACE_TYPE = /^(?:Square|Quay|Wharf|Parade|Place|View)$/;
/** The street words a street named anywhere ends with, in capitals. */
const NAMED_STREET_TYPE =
  "Street|Road|St|Rd|Hill|Row|Square|Place|Parade|View|Quay|Wharf|Lane|Lanes|Avenue|Ave|Close|Drive|Court|Crescent|Terrace|Grove|Gardens|Way|Walk|Mews";
const MONTH_OR_DAY = new Set([...MONTHS_EN, ...WEEKDAYS_EN, ...MONTHS_CY]);
/** A home before what it is above or beside: "the flat ", "flat 3 ", "a room ". */
const HOME_BEFORE = `${B}(?:the\\s+|a\\s+)?(?:flat|fflat|house|room|rooms|maisonette|bedsit|apartment)(?:\\s+\\d{1,4}[a-z]?)?\\s+`;
/** Words that describe a street rather than name it: "on a busy road", "lives on the main street". */
const STREET_DESCRIPTION = new Set(
  "busy main quiet same long big little dead-end private new old country back side high top bottom other next nice posh rough".split(
    " ",
  ),
);
/** "2 crown court", "the 3 magistrates court", "Swansea Coroner's Court": courts that are institutions, not streets. */
const COURT_NAMES =
  /^(?:crown|magistrates['’]?|county|family|youth|coroners?['’]?s?|high|appeal|supreme|civil|combined|justice|law|probate|centre|tribunal|employment)$/i;
function isStreetName(words: string, type = ""): boolean {
  const list = words.trim().split(/\s+/);
  if (/^c(?:our)?t$/i.test(type) && COURT_NAMES.test(list.at(-1) ?? "")) return false;
  // "no 7 the crescent", "12 The Avenue": a street named by its type alone, after a house number (not "3 the road").
  if (list.length === 1 && /^the$/i.test(list[0]))
    return /^(?:crescent|avenue|parade|mews|terrace|grove|gardens|square|close|drive)$/i.test(type);
  if (list.every((w) => /^\p{Lu}/u.test(w))) return true;
  return list.every((w) => !COMMON.has(fold(w)) && !NOT_STREET_NAME.has(fold(w)));
}

export const ADDRESS_RULES: Rule[] = [
  { kind: "postcode", pattern: new RegExp(`${B}[a-z]{1,2}\\d[a-z\\d]?\\s?\\d[a-z]{2}${E}`, "giu") },
  {
    // A flat in a named building, with or without the street: "Apartment 12, Mercury House, Hanover Quay", "flat 2
    // kingfisher court", "Flat 6, Marina Court, Ferry Road". Before the street rule, which would take "6, Marina Court".
    kind: "address",
    pattern: new RegExp(
      `${B}(?:flat|apartment|apt|unit|fflat)\\s*\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)((?:[\\p{L}'’-]+\\s+){1,2})(?:House|Court|Lodge|Buildings|Mansions|Tower|Heights|Point|Flats|Block|Apartments|Lofts|Wharf|Residences)(?:\\s*,\\s*(?:[\\p{L}'’-]+\\s+){1,3}${STREET_TYPE}${E}|\\s*,\\s*${WELSH_STREET}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3})?${E}`,
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
    pattern: new RegExp(`${B}${UNIT}${HOUSE}(${WELSH_STREET})((?:[\\s-]+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3})${E}`, "giu"),
    // With a capital street word the name is in capitals too: "7 Dol Afon since March" keeps "since March".
    replace: ([, street, rest], l) => {
      if (!/^\p{Lu}/u.test(street)) return l;
      const words = rest.split(/(?=[\s-])/);
      let keep = 0;
      while (keep < words.length && /^[\s-]+(?:y|yr|\p{Lu}.*)$/u.test(words[keep])) keep += 1;
      while (keep > 0 && /^[\s-]+(?:y|yr)$/.test(words[keep - 1])) keep -= 1;
      return keep === 0 ? null : l + words.slice(keep).join("");
    },
  },
  {
    // A street named as where someone lives, without a number: "he lives on Gladstone Street".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:live[sd]?|living|address\\s+is|moved\\s+to|staying|byw|yn\\s+byw)\\s+(?:on|in|at|to|yn|ar|ym|yng)\\s+)((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}|${WELSH_STREET_MUTATED}(?:\\s+(?:y|yr)\\s+\\p{Ll}[\\p{L}'’-]*|(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}))${E}`,
      "gu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // House names: "Rose Cottage", "Ty Gwyn", "yn Nhŷ'r Ysgol", "5 The Paddocks", with the street after them if any.
    kind: "address",
    pattern: new RegExp(
      `${B}(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:and|&)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+)?(?:Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Bungalow|Villa|Manor|Grange|Rectory|Vicarage|House(?=\\s*,\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}))|(?:Tŷ|Ty|Dŷ|Dy|Nhŷ|Nhy|Bwthyn|Fwthyn|Fferm|Tyddyn|Dyddyn|Nhyddyn)(?:['’]r|['’]n(?:\\s+y)?|n\\s+y|\\s+y|\\s+yr)?\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr)\\s+\\p{Lu}[\\p{L}'’-]*)?(?:\\s+(?:Du|Ddu|Goch|Gwyn|Wen|Las|Lwyd|Fawr|Fach|Uchaf|Isaf|Newydd|Melyn|Felen|Hir|Bach|Mawr))?|${HOUSE}The\\s+\\p{Lu}[\\p{L}'’-]+)(?:\\s*,\\s*(?:${WELSH_STREET_TITLE}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}))?${E}`,
      "gu",
    ),
  },
  {
    // A house by its name where someone lives or as an address: "he lives at Bryn Awel", "living at Pen y Bryn",
    // "Fy nghyfeiriad i yw Bryn Awel, Ffordd y Graig", "Address: Hafod Wen". Not "lives in Cardiff", "lives at Tesco", nor where someone stays ("staying at Travelodge").
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:(?:[Ll]ive[sd]?|[Ll]iving)\\s+at\\s+(?:\\d{1,4}[a-z]?,?\\s+)?|[Aa]ddress(?:\\s+(?:is|was)|\\s*[:,])\\s*|(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:house|home|cottage|farm)\\s*,\\s*|(?:[Nn]ghyfeiriad|[CcGg]yfeiriad)(?:\\s+i)?(?:\\s+(?:yw|ydy)|\\s*[:,])\\s*|(?:[Ee]in|[Ff]y|[Ee]i)\\s+(?:nh[ŷy]|t[ŷy]|cartref|nghartref|gartref)\\s*,\\s*))((?:The\\s+(?=\\p{Lu}))?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3}(?:\\s*,\\s*(?:${WELSH_STREET_TITLE}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}${STREET_TYPE_TITLE}))?)${E}`,
      "gu",
    ),
    replace: ([, context, place], l) => {
      // "The Old Forge": a house named with its article; the name after it decides.
      const first = fold(place.replace(/^The\s+/, "").split(/\s+/)[0]);
      const cls = classify(first);
      // The house number goes with the name: "lives at 4a Brynhyfryd".
      return cls === "not" || /^(?:the|a|an|my|his|her|their)$/.test(first)
        ? null
        : context.replace(/\d{1,4}[a-z]?,?\s+$/, "") + l;
    },
  },
  {
    // A house name written in lower case where it is given as an address: "my address is rose cottage". Not "lives in
    // the house" or "a big old farm": an article or a word that describes starts no name.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:address\\s+is|live[sd]?\\s+(?:at|in)|living\\s+(?:at|in))\\s+)((?:[\\p{L}'’-]+\\s+){1,2}(?:cottage|farm|lodge|barn|bungalow|villa|manor|grange|rectory|vicarage|house))${E}`,
      "giu",
    ),
    replace: ([, context, house], l) =>
      /^(?:the|a|an|my|his|her|our|their|that|this|same|big|small|little|old|new|council|rented|shared|halfway|safe|family)\s/i.test(
        house,
      )
        ? null
        : context + l,
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
  {
    // A flat after the address, or the town between it and its postcode: "[address], flat 2b", "[address], Ely,
    // [postcode]". A flat before a label the other rules left behind: "Fflat [cyfeiriad]".
    kind: "address",
    pattern: new RegExp(
      `(?:${B}(?:[Ff]lat|[Ff]flat|[Aa]partment|[Uu]nit)\\s+)?(\\[(?:address|cyfeiriad)\\])(?:(?:\\s*,\\s*|\\s+)(?:(?:House|Hall|Lodge|Court)(?:\\s*,\\s*|\\s+))?(?:flat|fflat|apartment|apt|unit|room|ystafell)\\s*\\d{1,4}[a-z]?${E}|\\s*,\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*(?=\\s*,?\\s*\\[(?:postcode|cod post)\\]))?`,
      "giu",
    ),
    replace: ([m, label]) => (m === label ? null : label),
  },
  {
    // A named street without a number, of the kinds people live on: "on Elm Close", "number 9 on Elm Close", "Brynmawr
    // Terrace". Streets and roads are also where shops, courts and stations are ("on Queen Street"), so they need a
    // number or someone living there (the rules above).
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:number|no\\.?|rhif)\\s*\\d{1,4}[a-z]?\\s+(?:on|in|ar|yn)\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2})(?:Close|Crescent|Grove|Gardens|Terrace|Drive|Avenue|Lane|Mews|Rise|Way|Walk|Tce)${E}`,
      "gu",
    ),
    replace: ([m, words], l) =>
      /^(?:Memory|Lovers)\s/.test(words) ||
      words.split(/\s+/).some((w) => w && (COMMON.has(fold(w)) || classify(fold(w)) === "not"))
        ? null
        : keepTrailing(m, l),
  },
  {
    // A Welsh street by its name, without a number: "ar Heol Trefgarn", "ar Heol y Bont", "Lôn yr Eglwys". Not the high
    // street ("y Stryd Fawr"), which every town has.
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Rodfa|Cilgant|Gilgant|Nghilgant|Teras|Deras|Nheras|Clos|Cwrt|Gwrt|Nghwrt|Rhes|Gerddi)(?:\\s+(?:y|yr)|['’]r)?|Maes\\s+(?:y|yr))\\s*(\\p{Lu}[\\p{L}'’-]*)((?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})${E}(?!\\s+${SCHOOL_WORD})`,
      "gu",
    ),
    // "Heol Cae Gwyn", "Cwrt Coed Duon": the name's other capitalised words go too; "y Stryd Fawr" and "Ffordd Osgoi" stay.
    replace: ([m, name, more], l) => {
      // (a street named for a town is a street: "Ffordd Caergybi", "Heol Caerllion")
      if (/^(?:Fawr|Fach|Osgoi)$/.test(name) || (classify(fold(name)) === "not" && !isUkPlace(fold(name)) && !more)) return null;
      const rest = more.split(/\s+/).filter(Boolean);
      // "Heol Gam Primary": a school's name, which the workplace rules take whole.
      if (rest.some((w) => SCHOOL_WORD_ALONE.test(w))) return null;
      let keep = rest.length;
      while (keep > 0 && (COMMON.has(fold(rest[keep - 1])) || MONTH_OR_DAY.has(fold(rest[keep - 1])))) keep -= 1;
      return (
        l +
        m.slice(
          m.length -
            rest
              .slice(keep)
              .map((w) => ` ${w}`)
              .join("").length,
        )
      );
    },
  },
  {
    // A street in lower case by its abbreviated type, or a Welsh one with its article: "on cwm rd", "i live on
    // sycamore cres", "ar heol y nant". An abbreviation is what people type for a street, never for a thing.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:on|in|off|near|along|down|up|at|ar|yn|oddi\\s+ar)\\s+)((?:${LOWER_STREET_WORD}){1,2}(?:rd|cres|tce|ave|st|ln|cl|dr|gdns|terr)|(?:heol|stryd|ffordd|lôn|lon)\\s+(?:y|yr)\\s+\\p{Ll}[\\p{L}'’-]*)${E}`,
      "gu",
    ),
    replace: ([, context, street], l) =>
      street
        .split(/\s+/)
        .slice(0, -1)
        .some((w) => (COMMON.has(fold(w)) && !/^(?:y|yr)$/.test(w)) || /^(?:high|main)$/i.test(w))
        ? null
        : context + l,
  },
  {
    // A street, then its house number: "Pen-y-Lan Hill, number 114", "Lôn Ceiriog, rhif 7", "[cyfeiriad] rhif 4".
    kind: "address",
    pattern: new RegExp(
      `(?:${B}(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}${STREET_TYPE_TITLE}|\\[(?:address|cyfeiriad)\\])(?:\\s*,\\s*|\\s+)(?:number|no\\.?|rhif)\\s*\\d{1,4}[a-z]?${E}`,
      "gu",
    ),
  },
  {
    // What else belongs to an address already found: the street type left after a house name ("[address] Road"),
    // a second address joined by "off" or "near", and the village or town after it ("[address], Lower Pentre,").
    kind: "address",
    pattern: new RegExp(
      `(?:${B}\\d{1,4}[a-z]?,?\\s+)?(\\[(?:address|cyfeiriad)\\])(?:\\s+(?:${STREET_TYPE_TITLE}|Cottages?|Farm|Barn|Lodge|Flats|farm|flats)${E}|,?\\s+(?:off|near|by|oddi\\s+ar)\\s+\\[(?:address|cyfeiriad)\\]|\\s*,\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s+)?\\p{Lu}[\\p{L}'’-]*(?=\\s*(?:[,.;!?\\n]|$)))`,
      "gu",
    ),
    replace: ([, label]) => label,
  },
  {
    // A house number before an address the other rules found: "rhif 3, [cyfeiriad]", "number 12 [address]", "Flat 3, 18
    // [address]" (the street the names pass would not know).
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:[Ff]lat|[Ff]flat|[Aa]partment)\\s*\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+))?(?:(?:number|no\\.?|rhif)\\s*)?\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)(\\[(?:address|cyfeiriad)\\])`,
      "giu",
    ),
    replace: ([, label]) => label,
  },
  {
    // The town after an address, in lower case: "[cyfeiriad], pwllheli a ma…", "[address], cricieth, just round…". A
    // word no dictionary knows, or a place the lists know.
    kind: "address",
    pattern: /(\[(?:address|cyfeiriad)\])\s*,\s*(\p{Ll}[\p{L}'’-]{2,})(?![\p{L}\p{N}])/gu,
    replace: ([m, label, town]) => {
      const cls = classify(fold(town));
      return !COMMON.has(fold(town)) && (cls === "unknown" || cls === "not") ? label : m;
    },
  },
  {
    // A street in lower case where someone lives: "i live on maple drive", "he lives on elm road", "outside my house on
    // maple way". Not "on the main
    // road", "on a busy street", "on our road": every word before the type must be no ordinary or describing word.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:live[sd]?|living|moved\\s+(?:to|into)|staying|stays|(?:my|our|his|her|their)\\s+(?:house|flat|home|shop|garden|drive))\\s+(?:on|in|at|off)\\s+)((?:\\p{Ll}[\\p{L}'’-]*\\s+){1,2}(?:street|road|lane|avenue|close|drive|way|crescent|terrace|grove|gardens|place|court|mews|rise|walk|view|row|square|rd|st|ave|ln|cl|dr|cres|tce|gdns))${E}`,
      "gu",
    ),
    replace: ([, context, street], l) =>
      street
        .split(/\s+/)
        .slice(0, -1)
        .every((w) => !COMMON.has(fold(w)) && !STREET_DESCRIPTION.has(fold(w)) && classify(fold(w)) !== "not")
        ? context + l
        : null,
  },
  {
    // A house by the name it is called: "our house is called The Willows", "a house called Hafan", "Bryn Teg yw enw'r
    // tŷ", "the farm is Pen y Graig". The names rule would take it for a person.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:[Hh]ouse|[Hh]ome|[Cc]ottage|[Ff]arm|[Bb]ungalow|[Tt]ŷ|[Tt]y|[Ff]ferm|[Bb]wthyn)\\s+(?:(?:is|was)\\s+)?(?:called|named|o['’]r\\s+enw)\\s+["“‘']?|${B}(?:[Ff]arm|[Cc]ottage|[Hh]ouse\\s+name)\\s+(?:is|was)\\s+)((?:The\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3})${E}|${B}(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3})(?=\\s+(?:yw|oedd|ydy|ydi)\\s+enw['’]r\\s+(?:tŷ|ty|fferm|bwthyn|cartref))`,
      "gu",
    ),
    replace: ([, context, house, welsh], l) => {
      const name = house ?? welsh;
      if (!/^\p{Lu}/u.test(name)) return null;
      // "the cottage is Victorian": after a bare "is", one word describes the place rather than names it.
      if (context && !/called|named|enw/i.test(context) && !/\s/.test(name)) return null;
      return classify(fold(name.replace(/^The\s+/, "").split(/\s+/)[0])) === "not" ? null : (context ?? "") + l;
    },
  },
  {
    // A home on a named street: "the house on Elm Road", "his flat in Clive Street", "number 14 on the corner of Elm
    // Road", "2 doors down from me on Clive Street". A street alone is where shops and courts are too; a home on it is
    // someone's.
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:[Ff]lat|[Ff]flat|[Aa]partment|[Uu]nit)\\s*\\d{1,4}[a-z]?|(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Aa])\\s+(?:(?:last|first|end|corner|white|red|blue|green|yellow|big|little|old|new)\\s+)?(?:house|flat|home|bungalow|cottage|maisonette|bedsit)|(?:number|no\\.?|rhif)\\s*\\d{1,4}[a-z]?|\\d{1,2}\\s+doors?\\s+(?:down|up|along|away)\\s+from\\s+(?:me|us|him|her|them|my\\s+(?:house|flat|mum['’]s|nan['’]s))|next\\s+door\\s+to\\s+(?:me|us))(?:\\s+on\\s+the\\s+corner\\s+of|\\s+(?:on|in|off))\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}${STREET_TYPE_TITLE}|${WELSH_STREET_TITLE}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3})${E}`,
      "gu",
    ),
    replace: ([m], l) => (/\b(?:High|Main)\s+(?:Street|St|Road|Rd)$|Stryd\s+Fawr$/.test(m) ? null : l),
  },
  {
    // A Welsh home on a named street: "y tŷ olaf ar Stryd Glanrafon", "i'r fflat ar Heol y Bont".
    kind: "address",
    pattern: new RegExp(
      `${B}(?:[Yy]|[Yy]r|[Ii]['’]r|[Ee]i|[Ff]y)\\s+(?:d?t?h?[ŷy]|nh[ŷy]|fflat|bwthyn|cartref|gartref)(?:\\s+(?:olaf|cyntaf|gwyn|mawr|bach|newydd|cornel))?\\s+(?:ar|yn|ym)\\s+(?:\\[cyfeiriad\\]|\\[address\\]|${WELSH_STREET_TITLE}(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){1,3}${E})`,
      "gu",
    ),
    replace: ([m], l) => (/Stryd\s+Fawr$/.test(m) ? null : l),
  },
  {
    // Where someone lives told by what is below or beside it: "the flat above the bakery on Commercial Street", "flat 3
    // above the chemist on dock st", "we live above the chip shop on Market Street". A flat or house word, or living,
    // before it (one of them must start the match, so the pattern is not tried from every word); the street after it
    // named or already found.
    kind: "address",
    pattern: new RegExp(
      `(?:(${B}(?:live[sd]?|living|staying|stay|i['’]?m|we['’]?re|its|it['’]s|address\\s+is)\\s+(?:in\\s+|at\\s+)?)(${HOME_BEFORE})?|(${HOME_BEFORE}))(?:above|over|upstairs\\s+from|behind|next\\s+door\\s+to|opposite)\\s+(?:the|a)\\s+(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+\\s+(?:on|in|off)\\s+(\\[(?:address|cyfeiriad)\\]|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}${STREET_TYPE_TITLE}${E}|(?:\\p{Ll}[\\p{L}'’-]*\\s+){1,2}(?:rd|st|ave|ln|cres|tce|road|street|lane)${E})`,
      "giu",
    ),
    // The pattern is case-blind for its words, so the street is checked here: a label, capitalised words before the
    // street type, or lower-case words no dictionary knows ("dock st"); not "the main road".
    replace: ([, living, , , street], l) => {
      const words = street.split(/\s+/).slice(0, -1);
      const named =
        street.startsWith("[") ||
        words.every((w) => /^\p{Lu}/u.test(w) && !COMMON.has(fold(w))) ||
        words.every((w) => !COMMON.has(fold(w)) && /^(?:rd|st|ave|ln|cres|tce)$/i.test(street.split(/\s+/).at(-1) ?? ""));
      return named && !/^(?:High|Main)\s/.test(street) ? (living ?? "") + l : null;
    },
  },
  {
    // A house number, then a name with no street word: "number 9 Glan yr Afon", "rhif 4 Pen y Bryn", "at 12 Maes yr
    // Haf", "no 7 Bryn Celyn". After "number" any capitalised name; after a bare number only the Welsh "X y/yr Y" shape.
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:[Nn]umber|[Nn]o\\.?|[Rr]hif)\\s*\\d{1,4}[a-z]?,?\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3})|\\d{1,4}[a-z]?,?\\s+\\p{Lu}[\\p{L}'’-]*\\s+(?:y|yr)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)${E}`,
      "gu",
    ),
    replace: ([m, name], l) => {
      if (name !== undefined) {
        const first = fold(name.split(/\s+/)[0]);
        if (COMMON.has(first) || /^(?:bus|the|and|but|then|was|is|on|in|at|i|he|she|they|we|it)$/.test(first)) return null;
        if (MONTH_OR_DAY.has(first)) return null;
      }
      return keepTrailing(m, l);
    },
  },
  {
    // A street named where something of the person's happened, lived or worked: "the lads from the flats on Clarence
    // Road", "outside the Co-op on Station Road", "the residents of Ferndale Road", "the corner of Oxford Road and
    // Grafton Street", "halls at Forest Court". A named street beside an attack, a home or a shop narrows an answer to
    // a few doors, so every street named in capitals goes, whatever its words ("Church Lane", "Green Lanes"). Not a
    // public building's street ("the station on Queen Street", "the court is on Westgate Street"), a stop on a
    // journey ("got off at Queen Street"), a high or main street, a court of law ("Swansea Crown Court"), a street
    // known for something else ("Wall Street") or one followed by its direction ("Cowbridge Road East").
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:on|off|near|along|down|up|behind|outside|opposite|by|round|around|in|of|at|from|to|into|onto|past|across|and|(?:block|flats|building|street|road|estate),)\\s+)((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${NAMED_STREET_TYPE})\\.?)${E}(?!\\s+(?:East|West|North|South|entrance|branch|station|exit|car\\s+park|Primary|School|Surgery|police|Police|Station|hospital|Hospital|library|Library|court|Court|campus|retail|shopping|leisure|Leisure|train|bus|Bus|Metro|metro|tram|Tram|Studios|studios|Policing|magistrates|Magistrates|crown|Crown|county|County|coroners?|Coroners?)\\b)`,
      "gu",
    ),
    replace: ([, context, street], l, _lang, { offset, input }) => {
      const words = street.split(/\s+/);
      const type = (words.pop() ?? "").replace(/\.$/, "");
      // (a high street is everyone's, "Cardiff High Street" too; a part of one is a few doors: "on Lower High Street")
      const part = /^(?:Lower|Upper|Old|Little|Great)$/.test(words[0]);
      if (!part && words.some((w) => /^(?:High|Main)$/.test(w))) return null;
      if (
        words.some(
          (w) =>
            /^(?:The|A|An|Wall|Downing|My|Your|His|Her|Our|Their|Its|Google|ID|Identity)$/.test(w) ||
            LANE_NOT_A_STREET.has(fold(w)),
        )
      )
        return null;
      if (FAMOUS_STREETS.has(`${words.join(" ")} ${type}`.toLowerCase())) return null;
      // (a saint, not a street: "Clee St Margaret"; a hill is a street only where one lives or walks on it: "on Tower
      // Hill", not "the car park at Merry Hill")
      if (type === "St" && /^\s+\p{Lu}/u.test(input.slice(offset + context.length + street.length))) return null;
      if (type === "Hill" && !/^(?:on|off|along|up|down)\s/i.test(context)) return null;
      if (
        OPEN_SPACE_TYPE.test(type) &&
        !/^(?:on|off|near|along|down|up|behind|outside|opposite|by|round|around|in)\s|,/i.test(context)
      )
        return null;
      // (the soap, not a street: "we watched Coronation Street"; a court of law: "Swansea Crown Court")
      if (/^Coronation$/.test(words[0]) && /^Street$/.test(type)) return null;
      if (/^c(?:our)?t$/i.test(type) && COURT_NAMES.test(words.at(-1) ?? "")) return null;
      // (a word of the sentence's own before the capitals: "in Drive", "on Monday Road" are no streets)
      if (words.some((w) => MONTH_OR_DAY.has(fold(w)))) return null;
      const before = input.slice(Math.max(0, offset - 30), offset);
      const clause = before.slice(before.search(/[^.!?;,\n]*$/));
      // "on Castle Road. Then…": the full stop after "Rd." or a sentence's end stays with the sentence.
      return PUBLIC_PLACE.test(clause + context) || JOURNEY_STOP.test(before + context)
        ? null
        : context + keepTrailing(street, l);
    },
  },
  {
    // A farm or a cottage named after a comma, in any case: "ffarm dad, cae'r gors,", "ma'r ffarm, bryn eithin, di
    // colli…", "our farm, Penrhiw, has had…". Words no dictionary knows or with capitals, one to three, that end the
    // clause; never a remark ("the farm, sadly,", "y ffarm, wrth gwrs,").
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:(?:y|yr|['’]r|the|our|my|his|her|their|fy|ein)\\s+)?(?:ffarm|fferm|farm|bwthyn|cottage|tyddyn)(?:\\s+(?:dad|mam|taid|nain|tad-cu|tadcu|mamgu|mam-gu|ni|fi|nhw|teulu|drws\\s+nesa|drws\\s+nesaf|next\\s+door))?\\s*,\\s*)(\\p{L}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{L}[\\p{L}'’-]*)){0,2})(?=\\s*(?:[,.;]|$))`,
      "giu",
    ),
    // A name of capitals that no list calls a place or a day ("Penrhiw"), or in lower case two words or more that start
    // as Welsh farms' names start ("cae'r gors", "bryn eithin"): never a remark or a time ("a'r sied", "bore Sul",
    // "tbh", "Christmas").
    replace: ([, context, name], l) => {
      const words = name.split(/\s+/).filter((w) => !/^(?:y|yr)$/iu.test(w));
      if (words.length === 0) return null;
      const bare = (w: string) => fold(w.replace(/['’]r$/u, ""));
      const carriesOn = (w: string) => COMMON.has(bare(w)) || NOT_A_STREET_NAME.has(bare(w)) || WELSH_STOP_WORDS.has(bare(w));
      if (words.some(carriesOn)) return null;
      // (a farm's name starts with a Welsh word of land and may go on with any: "bryn eithin", "cae'r gors")
      if (words.length >= 2 && FARM_NAME_START.test(bare(words[0]))) return context + l;
      const capitals = words.every(
        (w) => isCapitalised(w) && !WELSH_WORDS.has(bare(w)) && classify(bare(w)) !== "not" && classify(bare(w)) !== "word",
      );
      return capitals ? context + l : null;
    },
  },
  {
    // A farm by its name, then "farm", in any case: "from the yard at pant y wern farm", "at Glan yr Afon farm". Words no
    // English dictionary knows (Welsh ones, mostly), with Welsh "y"/"yr" between; not "at the farm", "at my farm".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:at|from|to|near|on|off|behind|outside|its|it['’]s)\\s+)((?!${FARM_NAME_STOP})\\p{L}[\\p{L}'’-]*(?:\\s+(?:y|yr|(?!${FARM_NAME_STOP})\\p{L}[\\p{L}'’-]*)){0,3})\\s+[Ff]arm${E}`,
      "gu",
    ),
    // (a word the names list knows counts too: "at tregarthen farm", "at Bevan's farm" is a family's; so does a Welsh
    // name of land in two words or more, "from pen y bryn farm", or two words or more that say no kind of farm, "at
    // hollow tree farm", or one word no common one, "at brook farm"; never "at pig farm", "at christmas tree farm")
    replace: ([, context, name], l) => {
      const words = name.split(/\s+/).filter((w) => !/^(?:y|yr)$/.test(w));
      const folded = words.map((w) => fold(w));
      if (folded.length === 0 || folded.some((w) => FARM_KIND_EN.has(w))) return null;
      if (folded.length >= 2 && FARM_NAME_START.test(folded[0])) return context + l;
      if (folded.some((w) => NOT_A_STREET_NAME.has(w) && !/^(?:high|top|bottom|far)$/.test(w))) return null;
      if (folded.length >= 2 && folded.every((w) => classify(w) !== "not")) return context + l;
      // (one word: a name no dictionary knows, or one of the words English farms are named by: "at brook farm")
      return folded.length === 1 &&
        !COMMON.has(folded[0]) &&
        (["unknown", "name"].includes(classify(folded[0])) || FARM_NAME_WORDS_EN.has(folded[0]))
        ? context + l
        : null;
    },
  },
  {
    // A farm by its name after the Welsh word, in any case, the word with it: "o fferm tŷ gwyn yn llandysul" → "o
    // [cyfeiriad] yn llandysul", "fferm trefach ger…",
    // "ar fferm pen y bryn yn…". Up to where the sentence goes on; not what kind of farm it is ("fferm wynt", "fferm
    // laeth", "fferm y teulu").
    kind: "address",
    pattern: new RegExp(
      `(${B}(?<!siop\\s)(?:fferm|ffarm)\\s+)((?!(?:ym|yng|yn|ar|o|i|gefn|ganol|nghanol|ei|eu|fy|dy|ni|chi|nhw|mis|bob|dros|mor|rhy|eitha|reit|jyst|bron|tua|thua|tuag|rywbryd|rhywbryd|neithiwr|ddoe|echnos|heddiw|eto)(?![\\p{L}])|y\\s+(?:mis|wythnos|llynedd|noson|nos|bore|diwrnod|penwythnos|pnawn|prynhawn)(?![\\p{L}])|yr\\s+(?:wythnos|haf|hydref|gaeaf|hwyr)(?![\\p{L}]))\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{L}[\\p{L}'’-]*)){0,3}?)(?=\\s+(?:yn|ger|ym|yng|a|ac|ond|lle|efo|gyda|i|sy|oedd|wedi|di|neithiwr|ddoe|heddiw|echnos|wedyn|eto|['’]to|hefyd|rŵan|nawr|bob|dros|tan|ers|nos|bore|pnawn|prynhawn|dydd|ddydd|ganol|nghanol|ar|am|mewn|heb|dan|gan|o|wrth|at|hefo|nes|y\\s+(?:bore|nos|llynedd|wythnos))(?![\\p{L}])|\\s*[,.;!?)]|$)`,
      "giu",
    ),
    replace: ([, , name], l) => {
      // (in lower case: a capitalised farm name is the older rules', which keep "fferm" before the label)
      if (!/^\p{Ll}/u.test(name)) return null;
      const words = name.split(/\s+/).filter((w) => !/^(?:y|yr)$/i.test(w));
      if (words.length === 0 || words.some((w) => FARM_KIND_CY.has(fold(w)))) return null;
      // (a Welsh word of land starts it, mutated or not, as farms are named: "fferm pen y bryn", "fferm y graig",
      // "fferm tyddyn gwyn")
      if (isLandWord(fold(words[0])) && (words.length >= 2 || /^(?:y|yr)\s/i.test(name))) return l;
      return words.every((w) => !COMMON.has(fold(w)) && !NOT_A_STREET_NAME.has(fold(w))) &&
        words.some((w) => ["unknown", "name"].includes(classify(fold(w))))
        ? l
        : null;
    },
  },
  {
    // A farm or house named in brackets after it, in any case: "my uncle's farm (bryn hyfryd)", "our cottage (Ty Nant)".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:farm|farmhouse|cottage|smallholding|bungalow|fferm|ffarm|bwthyn|tyddyn)\\s*\\(\\s*)(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3})(?=\\s*\\))`,
      "giu",
    ),
    replace: ([, context, name], l) =>
      name.split(/\s+/).every((w) => /^(?:y|yr)$/i.test(w) || !COMMON.has(fold(w))) &&
      name.split(/\s+/).some((w) => classify(fold(w)) !== "word")
        ? context + l
        : null,
  },
  {
    // A house named in apposition to the home: "the farm, Cefn Isaf, was targeted", "ein tŷ ni, Bryn Awel,", "i'n tŷ
    // ni, Awel y Môr,", "Mae'r
    // fferm, Tyddyn Isaf, …", or straight after a farm's word in Welsh ("fferm Cefn Isaf").
    kind: "address",
    pattern: new RegExp(
      `((?:${B}(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]|[Yy]r|[Ee]in|[Ff]y|[Ee]i|[Ee]u)\\s+|(?<=\\p{L})['’][rn]\\s+)(?:farm|farmhouse|cottage|smallholding|bungalow|fferm|ffarm|bwthyn|tyddyn|nhŷ|tŷ|ty|dŷ|thŷ|cartref|gartref|chartref|nghartref)(?:\\s+ni|\\s+i)?\\s*,\\s*)(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3})(?=\\s*,)|${B}([Ff]ferm|[Ff]farm)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:y|yr|\\p{Lu}[\\p{L}'’-]*)){0,3})${E}`,
      "gu",
    ),
    replace: ([, context, name, farm, farmName], l) => {
      const house = name ?? farmName;
      if (classify(fold(house.split(/\s+/)[0])) === "not" && !/\s/.test(house)) return null;
      // (a time or a body between the commas is no house: "i'n tŷ ni, Nos Sul, yn feddw", "Heddlu Dyfed Powys")
      if (NOT_A_HOUSE_CY.test(house)) return null;
      return name !== undefined ? context + l : `${farm} ${l}`;
    },
  },
  {
    // The town after an address, then the sentence going on: "[cyfeiriad], Llanberis pan ddechreuodd…", "[address],
    // Treharris when it started". A capitalised word that is no ordinary one.
    kind: "address",
    pattern: /(\[(?:address|cyfeiriad)\])\s*,\s*(\p{Lu}[\p{L}'’-]+)(?=\s+\p{Ll})/gu,
    replace: ([m, label, town]) => {
      const cls = classify(fold(town));
      // A capital is enough here: a town's name is often a dictionary word too ("Bethesda", "Bargoed").
      return !COMMON.has(fold(town)) && cls !== "name" ? label : m;
    },
  },
  {
    // A street in lower case after "on", "in", "behind"…, with no article: "on cedar grove", "the shops on heol fach",
    // "on lodge lane", "outside 3 rhodfa'r parc". Not "on the main road", "on my way", "in any way", "in first place":
    // no article, possessive or describing word, and "way" and "place" only with a capital.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:${LOWER_STREET_CONTEXT}|tu\\s+allan\\s+i|y\\s+tu\\s+ôl\\s+i)\\s+)((?:\\d{1,4}[a-z]?\\s+)?(?:(?:the\\s+)?${LOWER_STREET_WORD}(?:(?:y|yr)\\s+)?(?:${LOWER_STREET_WORD})?(?:street|road|lane|avenue|close|drive|grove|terrace|crescent|gardens|mews|rise|walk|parade|view|rd|st|ave|ln|cl|dr|cres|tce|gdns)|(?:heol|stryd|lôn|lon|rhodfa|cwrt|teras|cilgant)(?:['’]r\\s*|\\s+)\\p{Ll}[\\p{L}'’-]*))${E}`,
      "gu",
    ),
    replace: ([, context, street], l) => {
      // (after "the", only words no dictionary knows, and a road: "on the hagley rd", not "on the old road")
      const article = /^the\s/.test(street);
      const words = street
        .replace(/^the\s+/, "")
        .replace(/^\d{1,4}[a-z]?\s+/, "")
        .split(/\s+|(?<=['’]r)/)
        .map((w) => fold(w.replace(/['’]r$/, "")));
      const welsh = /^(?:heol|stryd|lôn|lon|rhodfa|cwrt|teras|cilgant)$/.test(words[0]);
      const named = welsh ? words.slice(1) : words.slice(0, -1);
      if (named.length === 0) return null;
      if (named.some((w) => NOT_A_STREET_NAME.has(w) || STREET_DESCRIPTION.has(w) || NOT_STREET_NAME.has(w))) return null;
      if (welsh && named.some((w) => WELSH_DESCRIBING.has(w))) return null;
      const type = words.at(-1) ?? "";
      const unknown = (w: string) => /^(?:y|yr)$/.test(w) || (["unknown", "name"].includes(classify(w)) && !COMMON.has(w));
      // (a word typed one letter wrong is the word, not a name: "on the wrng road", "in ful view")
      const named4 = (w: string) => /^(?:y|yr)$/.test(w) || (unknown(w) && (w.length >= 6 || (w.length >= 4 && !isNearWord(w))));
      if (article && !(/^(?:rd|road)$/.test(type) && named.every(named4))) return null;
      // (a view or a parade by name only: "on kingsdown parade", not "in full view", "on a parade")
      if (/^(?:view|parade)$/.test(type) && !named.every(named4)) return null;
      // (lanes of a road and idioms: "in the bus lane", "down memory lane", "on easy street")
      if (named.some((w) => LANE_NOT_A_STREET.has(w))) return null;
      return context + l;
    },
  },
  {
    // A house by "no" and its number after a place word: "my neighbour at no 12", "he lives at no. 4", "from no 7
    // across the road". Not "no 1 fan", "no 10 bus": a noun after it says what the number counts.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:at|from|to|outside|opposite|near|lives\\s+at|live\\s+at|living\\s+at|neighbou?rs?\\s+at|yn|o|i)\\s+)(?:[Nn]o\\.?|[Nn]umber|[Rr]hif)\\s*\\d{1,4}[a-z]?${E}(?!\\s+(?:bus|fan|priority|one|choice|spot|hit|single|seed|ranked|in\\s+the|on\\s+the\\s+list)\\b)`,
      "gu",
    ),
    replace: ([m, context], l, _lang, { offset, input }) => {
      // "number" alone is a house only where someone lives or a neighbour is; "no" is what people write for one.
      if (
        /^(?:[Nn]umber|[Rr]hif)/.test(m.slice(context.length)) &&
        !/\b(?:neighbou?rs?|lives?|living|next\s+door|cymydog|byw)\b/i.test(
          input.slice(Math.max(0, offset - 40), offset + context.length),
        )
      )
        return null;
      return context + l;
    },
  },
  {
    // A Welsh house or farm name after "i", "yn", "o", "ger": a house word (mutated or not) and a word that describes
    // it, "i Fryn Teg", "yn Hafod Wen", "o Hafod Isaf", "ger Cefn Llwyd". Not towns ("Cefn Mawr", "Pen-y-bont"): the
    // describing word is never "Mawr" or "Bach", and a hyphenated name is a town's.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:i|yn|ym|yng|o|ger|at|to|from|in|tu\\s+allan\\s+i)\\s+)((?:${HOUSE_WORDS_MUTATED})\\s+(?:${HOUSE_ADJECTIVE}))${E}(?!-)`,
      "gu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // A block and a flat, either way round, and the estate after them: "block C, flat 14", "flat 6 block B", "fflat 3,
    // bloc A", "flat 14 on the Hollybush estate".
    kind: "address",
    pattern: new RegExp(
      `${B}(?:(?:[Bb]lock|[Bb]loc)\\s+[A-Za-z0-9]{1,2}(?:\\s*,\\s*|\\s+)(?:[Ff]lat|[Ff]flat)\\s*\\d{1,4}[a-z]?|(?:[Ff]lat|[Ff]flat)\\s*\\d{1,4}[a-z]?(?:\\s*,\\s*|\\s+)(?:[Bb]lock|[Bb]loc)\\s+[A-Za-z0-9]{1,2}|(?:[Ff]lat|[Ff]flat)\\s*\\d{1,4}[a-z]?(?=\\s+on\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}[Ee]state))${E}(?:\\s+on\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,2}[Ee]state${E})?`,
      "gu",
    ),
  },
  {
    // A Welsh name of the "X y Y" shape where someone lives, with no street word: "she lives on Glan yr Afon", "he's
    // moved to Bryn y Mor", "byw ar Pen y Bryn". After "on", "at", "to" or "ar" only ("lives in Betws y Coed" is a town).
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:live[sd]?|living|staying|stays|moved|moving|byw|symud(?:odd)?|(?:he|she|they)['’](?:s|re)|(?:he|she)\\s+is)\\s+(?:on|at|to|ar|i)\\s+)(\\p{Lu}[\\p{L}'’-]*\\s+(?:y|yr)\\s+\\p{Lu}[\\p{L}'’-]*)${E}`,
      "gu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // The rest of a hyphenated street's name after the part already taken: "[cyfeiriad]-y-lan" (of "Heol Pen-y-lan").
    kind: "address",
    pattern: /(\[(?:address|cyfeiriad)\])(?:-(?:y|yr|r|\p{L}{2,20})){1,3}(?![\p{L}\p{N}-])/gu,
    replace: ([, label]) => label,
  },
  {
    // A flat by its number alone, where someone is or is from: "the woman in flat 3b", "her mates from flat 9".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:in|from|at|to|of|yn|o)\\s+)((?:flat|fflat)\\s*\\d{1,3}[a-z]?)${E}(?!\\s*(?:%|minutes?|mins?|hours?|times|pounds|quid|percent))`,
      "giu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // A house by its number alone, where someone is from or who lives there: "the lads from number 16", "Mr Jones o rif
    // 23", "the people at number 41", "outside number 17". (Not "came to number 112" or "waited at number 3": a bus stop or a room as often.)
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:from|o|outside|opposite|(?:people|family|lads?|woman|man|neighbours?|couple|kids|tenants?|lot|girl|boy|bloke|fella|missus|wife|husband|partner)\\s+(?:at|in))\\s+)((?:number|no\\.|num|r?h?if)\\s*\\d{1,4}[a-z]?)${E}(?!\\s*(?:%|am\\b|pm\\b))`,
      "giu",
    ),
    replace: ([, context], l) => context + l,
  },
  {
    // A house by its number and a Welsh name of place, in any case: "at 41 caer felin", "sy'n byw yn 6 clwt y bont",
    // "at 9 tan y bryn". After "at", "from", "outside" or "byw yn"; the name's first word is a word of land or dwelling,
    // and it goes on only by the words Welsh names of place are made of ("y", "bont", "felin", "isaf"). "yn 3 cae mawr"
    // (three big fields), "in 2 pen drives" and "ar 6 tan y nos" are counts and times.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:at|from|outside|(?:byw|fyw|aros)\\s+(?:yn|ym|ar))\\s+)(\\d{1,4}[a-z]?\\s+)(\\p{L}[\\p{L}'’]*)((?:\\s+\\p{L}[\\p{L}'’-]*){1,2})${E}`,
      "giu",
    ),
    replace: ([, context, , first, rest], l) => {
      const f = fold(first);
      if (!(isLandWord(f) || HOUSE_NAME_START_CY.has(f))) return null;
      const words = rest.trim().split(/\s+/);
      let end = 0;
      while (end < words.length) {
        const w = fold(words[end]);
        if (!(/^(?:y|yr)$/.test(w) || isLandWord(w) || PLACE_WORDS_CY.has(w))) break;
        end += 1;
      }
      while (end > 0 && /^(?:y|yr)$/.test(fold(words[end - 1]))) end -= 1;
      if (end === 0) return null;
      const left = words.slice(end).join(" ");
      return context + l + (left ? ` ${left}` : "");
    },
  },
  {
    // A house by its number on an estate named with its article, where someone lives, or a street in one word: "my
    // mum at 12 the ridings", "her bungalow at 2 the paddocks", "from 6 kingsway". Names estates are given, after a
    // person or a home ("At 11 the chase ended" is a time); a word no dictionary knows ending as streets do, not "in 5
    // anway".
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:(?:mum|mam|mother|dad|father|nan|nana|nain|gran|granny|grandad|granddad|grandma|auntie|aunt|aunty|uncle|sister|brother|neighbou?r|house|home|bungalow|flat|place|gaff|lives|lived|living|live)\\s+at|from)\\s+)(\\d{1,4}[a-z]?\\s+)(?:the\\s+(\\p{L}+)|(\\p{L}{3,}(?:way|gate)))${E}`,
      "giu",
    ),
    replace: ([, context, , estate, street], l) => {
      if (estate !== undefined) return ESTATE_NAMES.has(fold(estate)) ? context + l : null;
      const f = fold(street!);
      return COMMON.has(f) || isEverydayWord(f) ? null : context + l;
    },
  },
  {
    // A plot on a caravan or holiday park, by its number: "our static at Golden Sands, plot 114", "plot 14 at the park";
    // not "lost the plot 2 years ago".
    kind: "address",
    pattern: new RegExp(
      `${B}plot\\s+(?:no\\.?\\s*|number\\s+)?\\d{1,4}[a-z]?${E}(?!\\s*(?:years?|yrs?|months?|weeks?|days?|times|mins?|minutes|hours?|%))`,
      "giu",
    ),
  },
  {
    // Where someone lives, by a number and what follows it: "he lives at 7 mercer house", "i live at 3a the broadway
    // over the bookies", "she lives at number 40". The words after the number up to three, until one that is ordinary
    // or says where ("over", "with", "now"); the number alone is an address too.
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:live|lives|living|lived|stay|stays|staying|stayed)\\s+at\\s+)((?:(?:number|no\\.?|num)\\s*)?\\d{1,4}[a-z]?(?:\\s+\\p{L}[\\p{L}'’-]*){0,3})`,
      "giu",
    ),
    replace: ([, context, place], l) => {
      const words = place.split(/\s+/);
      let end = 1;
      while (end < words.length) {
        const w = fold(words[end]);
        if (NOT_STREET_NAME.has(w)) return null;
        if (w !== "the" && (COMMON.has(w) || LIVES_AT_STOP.has(w))) break;
        end += 1;
      }
      if (fold(words[end - 1]) === "the") end -= 1;
      const rest = words.slice(end).join(" ");
      return context + l + (rest ? ` ${rest}` : "");
    },
  },
  {
    // A flat in a building named with its article, as people type it: "flat 6 the maltings", "flat 3 the old chapel,
    // rhiw road", "Flat 2, The Granary".
    kind: "address",
    pattern: new RegExp(
      `${B}(?:flat|fflat|apartment|apt)\\s*\\d{1,3}[a-z]?,?\\s+[Tt]he\\s+(?:[Oo]ld\\s+)?(\\p{L}[\\p{L}'’-]+)(?:\\s*,\\s*\\p{L}[\\p{L}'’-]+\\s+(?:${STREET_TYPE}|${STREET_TYPE_TITLE}))?${E}`,
      "gu",
    ),
    replace: ([, word], l) =>
      COMMON.has(fold(word)) ||
      /^(?:same|other|next|last|first|whole|rest|back|front|top|bottom|new|end|best|worst)$/iu.test(word)
        ? null
        : l,
  },
  {
    // A house by its own name after a word of place: "the neighbours at Ivy House", "waited with him at Netherfield
    // House", "burgled at The Old Forge", "we live at the old dairy". Never a public building ("Companies House",
    // "Broadcasting House") or a house described ("at the White House").
    kind: "address",
    pattern: new RegExp(
      `(${B}(?:at|from|to|outside|into|in|near)\\s+)((?:\\p{Lu}[\\p{L}'’-]*\\s+House|[Tt]he\\s+[Oo]ld\\s+(?:[Ff]orge|[Rr]ectory|[Vv]icarage|[Dd]airy|[Cc]hapel|[Ss]chool(?:\\s+[Hh]ouse)?|[Pp]ost\\s+[Oo]ffice|[Mm]ill|[Bb]arn|[Bb]akery|[Ss]mithy|[Gg]ranary|[Ss]tables|[Cc]oach\\s+[Hh]ouse|[Mm]anse|[Pp]arsonage|[Ff]armhouse|[Oo]rchard|[Ss]choolhouse))${E})`,
      "gu",
    ),
    replace: ([, context, house], l) => {
      const first = fold(house.split(/\s+/)[0]);
      if (/^the$/i.test(first)) return context + l;
      return COMMON.has(first) || PUBLIC_HOUSES.has(first) || classify(first) === "not" ? null : context + l;
    },
  },
  {
    // An address line's town goes with it: "[address], Amlwch," and "[cyfeiriad], Llanfihangel, [cod post]", "[address]
    // keswick n…", "[address], Hatfield Peverel now". In any case and with or without the comma, a town the gazetteer
    // knows whole; otherwise, after the comma, a capitalised word or two that end the line (punctuation, the end or a
    // postcode), never one of the ordinary words. A town alone elsewhere is never personal.
    kind: "address",
    pattern: /(\[(?:address|cyfeiriad)\])(,?[ \t]+)(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){0,2})/gu,
    replace: ([, label, gap, words], _l, _lang, { offset, input }) => {
      const parts = words.split(/([ \t]+)/);
      // (a town that is also an ordinary word, "Over", "Street", "Sale", only with its capital)
      const plain = (w: string) => !COMMON.has(fold(w)) && (isCapitalised(w) || classify(fold(w)) !== "word");
      for (let k = parts.length; k >= 1; k -= 2) {
        const town = parts.slice(0, k).join("");
        if (isUkPlaceName(town) && town.split(/[ \t]+/).every(plain)) return label + parts.slice(k).join("");
      }
      if (!gap.startsWith(",")) return null;
      for (let k = Math.min(parts.length, 3); k >= 1; k -= 2) {
        const town = parts.slice(0, k).join("");
        const at = offset + label.length + gap.length + town.length;
        const next = input.slice(at, at + 30);
        if (
          town.split(/[ \t]+/).every((w) => isCapitalised(w) && !COMMON.has(fold(w))) &&
          /^[ \t]*(?:[,.;:!?)]|$|\[(?:postcode|cod post)\])/u.test(next)
        )
          return label + parts.slice(k).join("");
      }
      return null;
    },
  },
];
