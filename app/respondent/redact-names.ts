/**
 * The last redaction pass: names that no title, relation or "called" introduced. A linear scan over the words (run
 * twice, so a name found later in the sentence helps the words before it), each judged by the name lists
 * (name-lists.ts) and by its neighbours:
 * - a clear name goes wherever it stands, capitalised ("Okafor was rude") or in lower case ("me and dave");
 * - a name that is also a word (Mark, Grace, Dean) goes only beside another name ("Mark Pearce", "Daniel Price"),
 *   mid-sentence after a word that introduces a person ("was", "from", "asked", "gan"…), as a possessive
 *   ("Dean's car") or before "from" ("sue from next door"): "Mark my words" and "Rose bushes" stay;
 * - a capitalised word in no list is a name mid-sentence unless it reads as a place or an organisation (after "in",
 *   "the", or beside ordinary capitalised words as in "Hanover Quay"), and at the start of a sentence when a
 *   description follows ("Osagie, my husband", "Ifeoma at the SARC");
 * - after "the", "a" or "y" nothing is a name ("the Co-op", "a Grace period"); "Clare's Law" is a law.
 * Labels already in the text count as names for their neighbours, and runs of name labels become one.
 */
import {
  classify,
  COMMON,
  isAmbiguousName,
  isCuratedName,
  isEverydayWord,
  isListedName,
  isWelshName,
  type NameClass,
} from "./name-lists";

/** Words after which a name that is also a word is taken as a name ("spoke to Will", "gan Rhys"). */
const INTRODUCERS_EN = new Set(
  `was is from with and to by called named asked told thanked met saw contacted emailed rang phoned texted said
   thank thanks ask tell call ring text for about or but nor via hi dear & n`.split(/\s+/),
);
const INTRODUCERS_CY = new Set(
  `gan efo gyda â a ac oedd yw ydy wrth dywedodd meddai gofynnodd ffoniodd galwodd daeth gwelodd and with
   from was gwelais siaradais ffoniais cwrddais cwrdd diolch gofynnais dywedais ddywedodd wnaeth mai taw`.split(/\s+/),
);
/** Forms of "to be" that start a Welsh sentence before its subject ("Roedd Nimco yn…"). */
const WELSH_BE = new Set("roedd oedd mae bydd fydd doedd dydy nid ydy ydi bu buodd".split(" "));
/** "a" and "ac" join anything in Welsh ("Heddlu a Throseddu"): for a word in no list they need a name beside them. */
const WEAK_INTRODUCERS_CY = new Set(["a", "ac"]);
/** Where a lower-case name is a name: after these (and the introducers above). */
const PEOPLE_WORDS = new Set(
  `dad mum mam mom son daughter brother sister ex partner boyfriend girlfriend husband wife friend mate mates neighbour
   cousin uncle aunt auntie nan gran nana grandad fiance fiancee stepdad stepmum landlord boss officer copper pc
   witnesses witness interpreter worker lads lad girls bloke guy bf gf hubby bro sis fella missus bestie fam`.split(/\s+/),
);
/** Before a lower-case first name that is also a word, when a surname follows it ("my ex grant [name]"). */
const LOWER_FIRST_NAME_CONTEXT = new Set([
  ...PEOPLE_WORDS,
  ..."ex called named was is with by and n like to from me told asked thank thanks".split(" "),
]);
const ARTICLES_EN = new Set(["the", "a", "an", "this", "that", "our", "their"]);
const ARTICLES_CY = new Set(["y", "yr", "'r"]);
/** Where a capitalised word in no list is a place: "in Cowbridge", "ger Llanfair". */
const PLACE_WORDS = new Set("in into near outside around at through across towards yn ym yng ger tu".split(" "));
/** Places by their endings, for "to" and "from" ("moved to Cowbridge", "from Aberdare"). */
const PLACE_ENDING =
  /(?:ton|ford|bridge|bury|ham|field|port|mouth|wich|by|thorpe|minster|stow|ley|wood|pool|dale|gate|ing|caster|chester|fawr|fach|^llan|^aber|^caer|^pont|^tre|^cwm|^pen|^porth|^ystrad)/;
const AND = new Set(["and", "&", "a", "ac", "n"]);
const WAS = new Set(["was", "is", "oedd", "yw", "ydy"]);
/** Welsh patronymics: "Siân ferch Huw", "Dafydd ap Gwilym". */
const PATRONYMIC = new Set(["ap", "ab", "ferch", "verch", "fab"]);
/** Months that are names too: only a title or a relation makes them names (handled before this pass). */
const MONTH_NAMES = new Set(["may", "june", "april", "august", "mai", "mehefin"]);
/** Welsh words that are also Welsh names: never a name in lower case ("ei dai", "gwen", "elin"). */
const WELSH_WORDS = new Set(
  `dai cai gwen gwyn elin non nest haf eira bryn glyn wyn mai tegid hedd awen heulwen seren beth dan pen ben mam tad
   gwawr wawr alaw enfys tirion glesni llinos eirlys gwenith derwen celyn awel llew math gwern buddug dilys nant afon
   teg haul tegan ffion tesni eirian eiry`.split(/\s+/),
);
/**
 * Words that together are never a person, although a list holds a name among them: "Siôn Corn" (Father Christmas),
 * charities and services whose names are ordinary words ("Live Fear Free", "Byw Heb Ofn"). Folded, in sequence.
 */
const NOT_NAME_PHRASES = [
  "sion corn",
  "father christmas",
  "live fear free",
  "byw heb ofn",
  "victim support",
  "cymorth i ddioddefwyr",
  "citizens advice",
  "women's aid",
  "cymorth i fenywod",
  "hope house",
  "safer wales",
  "new pathways",
  "llwybrau newydd",
  "new year",
  "new year's",
  "new years",
  "boxing day",
  "good friday",
  "carol singers",
  "carol service",
  "carol concert",
  "bank holiday",
  "bank holidays",
  "mother's day",
  "mothers day",
  "father's day",
  "fathers day",
  "valentine's day",
  "valentines day",
  "st david's day",
  "st davids day",
  "guy fawkes",
  "bonfire night",
  "gwyl dewi",
  "dydd gwyl dewi",
  "gwyl san steffan",
].map((phrase) => phrase.split(" "));
const PHRASE_STARTS = new Set(NOT_NAME_PHRASES.map((phrase) => phrase[0]));
/** The protected phrase a word may start, also mutated in Welsh ("gan Gymorth i Ddioddefwyr"). */
const phraseStart = (folded: string, welsh: boolean) =>
  PHRASE_STARTS.has(folded) ? folded : welsh ? unmutated(folded).find((w) => PHRASE_STARTS.has(w) && w.length > 3) : undefined;
/** A capitalised word before these names a place or a building, not a person: "Westgate Street", "Morriston Hospital". */
const PLACE_AFTER = new Set(
  `street st road rd lane avenue ave close drive way crescent terrace place court gardens grove square walk mews
   parade hospital school college university station centre center surgery park estate house hall church chapel
   bridge river prison academy stadium arena retail shopping pub inn hotel library leisure sant`.split(/\s+/),
);
/** A capitalised word after these is part of a place: "River Taff", "Mount Pleasant", "St Fagans", "Upper Boat". */
const PLACE_BEFORE = new Set(
  `river mount st saint port upper lower north south east west afon mynydd porth eglwys capel ysgol ysbyty canolfan
   castell tafarn gwesty neuadd coleg prifysgol plas pont parc`.split(/\s+/),
);
/** What a person does: a word in no list that starts a sentence before one of these is a name ("Ayodele said…"). */
const PERSON_VERBS = new Set(
  `said says told asked rang phoned called texted messaged emailed hit punched kicked slapped pushed grabbed shouted
   screamed swore threatened came turned helped promised explained listened lied laughed smiled sent knew wanted
   tried kept followed stalked attacked assaulted stole broke smashed spat refused admitted denied pleaded pled
   got gave took made left moved lives lived works worked stayed visited visits keeps won't wont didn't didnt never
   always still has had and`.split(/\s+/),
);
/** What follows a possessive name written without its apostrophe: "jades mum", "kaydens house". */
const OWNED =
  /^\s+(?:mum|mam|dad|brother|sister|mate|mates|nan|gran|house|flat|place|car|bf|gf|boyfriend|girlfriend|ex|cousin)\b/i;
/** What only a person does: a name that is also a word is a name before one ("grace told me", "Bill said"). */
const STRONG_PERSON_VERBS = new Set(
  `said says told tells asked rang rings phoned texted txted messaged emailed hit punched kicked slapped pushed grabbed
   shouted screamed swore threatened attacked assaulted stole smashed spat lied laughed admitted denied pleaded`.split(/\s+/),
);
/** Where a sentence or clause starts: the word before such a subject ("and grace told me", "then Bill said"). */
const CLAUSE_START = new Set(["", "and", "then", "but", "cos", "coz", "so", "n", "when", "because", "until", "after", "that"]);
/** Words for people or roles that are names too ("Judge said", "my mate said"): never a name before a verb. */
const ROLES = new Set(
  `judge doctor nurse staff lawyer solicitor barrister friend boss guard mate lad man boy husband son copper cousin
   officer police sergeant detective witness victim neighbour teacher manager worker security someone everyone nobody
   mum dad mam wife partner brother sister daughter girl woman bloke guy ex family kids people`.split(/\s+/),
);
/**
 * What a Welsh word would be without the mutation it may carry ("Fair" → "Mair", "Ddafydd" → "Dafydd", "Nghatrin"
 * → "Catrin"): soft, nasal and aspirate mutations reversed, every possible source, folded.
 */
function unmutated(folded: string): string[] {
  const out: string[] = [];
  const swap = (from: string, to: string[]) => {
    if (folded.startsWith(from)) for (const t of to) out.push(t + folded.slice(from.length));
  };
  swap("ngh", ["c"]);
  swap("mh", ["p"]);
  swap("nh", ["t"]);
  swap("ng", ["g"]);
  swap("ch", ["c"]);
  swap("ph", ["p"]);
  swap("th", ["t"]);
  swap("dd", ["d"]);
  swap("f", ["m", "b"]);
  swap("g", ["c"]);
  swap("b", ["p"]);
  if (!folded.startsWith("dd")) swap("d", ["t"]);
  swap("l", ["ll"]);
  swap("r", ["rh"]);
  swap("m", ["b"]);
  swap("n", ["d"]);
  if (/^(?:w|r|l|[aeiouy])/.test(folded)) out.push(`g${folded}`); // "Wen" → "Gwen", "Areth" → "Gareth"
  return out;
}
/** A description after a name: "Osagie, my husband", "Heulwen, y swyddog". */
const APPOSITION = /^,\s+(?:my|our|his|her|their|the|a|an|fy|ein|ei|eu|y|yr)\s/iu;
/** The same for a name that is also a word: it needs a person's description ("Grace, my daughter"; not "Rose, the word"). */
const APPOSITION_PERSON = /^,\s+(?:my|our|his|her|their|fy|ein|ei|eu)\s/iu;
/** Or a role that only a person has: "Ray, the volunteer driver who…", "Faith, a support worker,". */
const ROLE_WORDS =
  "interpreter|translator|usher|clerk|carer|mentor|keyworker|son|daughter|brother|sister|husband|wife|partner|boyfriend|girlfriend|mum|dad|mother|father|friend|mate|cousin|nephew|niece|volunteer|driver|officer|nurse|doctor|worker|caseworker|advocate|isva|idva|solicitor|barrister|sergeant|detective|constable|inspector|pcso|manager|teacher|counsellor|neighbour|man|woman|lad|girl|boy|guy|bloke|lady|landlord|landlady|witness|paramedic|receptionist|swyddog|gweithiwr|nyrs|meddyg|cymydog|cymdoges|dyn|ddyn|dynes|ferch|bachgen|gyrrwr|yrrwr|athro|athrawes";
const APPOSITION_ROLE = new RegExp(`^,\\s+(?:the|a|an|y|yr)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_WORDS})s?\\b`, "iu");
/** The same without the comma, at the start of a sentence: "Bill the landlord changed the locks". */
const BARE_ROLE = new RegExp(`^\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_WORDS})s?\\b`, "iu");
/** "Oluwaseun was the only PCSO who…", "Nimco was my ISVA": who a word in no list was, at the start of a sentence. */
const WAS_ROLE = new RegExp(
  `^\\s+(?:was|is)\\s+(?:the|my|our|a|an)\\s+(?:only\\s+|first\\s+|best\\s+|one\\s+)?(?:${ROLE_WORDS}|one|person|copper|isva|idva|pc|dc|family\\s+liaison)s?\\b`,
  "iu",
);
/** A Welsh sentence that puts the person first: "Eira oedd yr unig un…", "Awel oedd enw'r swyddog", "Gwen oedd hi'n galw ei hun". */
const WELSH_CLEFT = /^\s+oedd\s+(?:yr\s+unig\s+\p{L}+|enw['’]r|ei\s+h?enw|(?:hi|e|o|fe|fo)['’]n\s+(?:galw|cael\s+ei\s+galw))/iu;
/** "Iris was the name of the volunteer", "Walker was his surname": a word the sentence says is a name. */
const WAS_NAME =
  /^\s+(?:was|is|oedd|yw|ydy)\s+(?:the\s+name|(?:his|her|my|their|our)\s+(?:sur|first\s+|real\s+|last\s+|nick)?name|(?:ei|fy)\s+(?:h?enw|gyfenw))\b/iu;
/** Where a person is from or works, in lower case: "from the witness service", "at the front desk" (not "at the end"). */
const FROM_SERVICE =
  /^\s+(?:from|at)\s+(?:the|my|our|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:service|services|desk|team|unit|office|council|station|charity|support|care|police|court|hospital|surgery|school|college|centre|refuge|helpline|housing|reception|cps|isva|idva|project|hub|ward|clinic|sarc)\b/u;
/** Seasons, months and virtues that are names too: never a name for what follows them ("Summer at the caravan…"). */
const SEASONS = new Set(["summer", "autumn", "winter", "spring", "may", "june", "april", "august", "hope", "faith", "joy"]);
/** Where someone lives, after their name: "dave next door", "heulwen drws nesa". */
const NEXT_DOOR = /^\s+(?:next\s+door|across\s+the\s+road|over\s+the\s+road|drws\s+nesa|drws\s+nesaf)\b/iu;
/** Animals: a name described as one is a pet's ("Paisley, his Staffordshire terrier"), and pets' names stay. */
const PET_WORDS =
  "cat|cats|dog|dogs|puppy|puppies|pup|kitten|kittens|pet|pets|terrier|spaniel|labrador|lab|collie|staffie|staffy|husky|poodle|greyhound|lurcher|rabbit|hamster|horse|horses|pony|parrot|budgie|tortoise|ci|cŵn|cwn|gi|cath|gath|cathod|ceffyl|geffyl";
const PET_APPOSITION = new RegExp(
  `^,?\\s+(?:my|our|his|her|their|the|a|an|fy|ein|ei|eu|y|yr)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PET_WORDS})s?\\b`,
  "iu",
);
const PET = new RegExp(`^(?:${PET_WORDS})$`, "iu");
/** People's words a name in apposition follows: "the witness care officer, Rose, explained", "ma'r hogyn, tyler price,". */
const APPOSED_TO = new Set(
  `officer worker volunteer driver nurse doctor manager teacher neighbour landlord landlady solicitor barrister advocate
   isva idva pcso constable sergeant detective inspector witness paramedic receptionist caseworker counsellor lad girl
   boy man woman guy bloke fella lady kid son daughter brother sister friend mate partner husband wife boyfriend
   girlfriend ex cousin uncle aunt copper cop hogyn hogan boi dyn ddyn dynes bachgen fachgen merch ferch cymydog gymydog cymdoges
   swyddog plismon heddwas gwr gŵr gwraig ffrind mab brawd chwaer`.split(/\s+/),
);
/** An age after a name at the start ("Will was only fourteen when…"): a place or a thing has no age. */
const WAS_AGED =
  /^\s+(?:was|is|were)\s+(?:only\s+|just\s+|barely\s+|nearly\s+|still\s+|about\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a\s+(?:baby|toddler|child|teenager|kid))(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?:\s*[,.;!?]|\s+(?:when|and|at|but|then|in|on)\b|\s*$)/iu;
/** What a sentence says only of a person: "grace was lovely to me", "dean was so rude". */
const PERSON_DESCRIBED =
  /^\s+(?:was|is|were)\s+(?:so\s+|really\s+|very\s+|dead\s+|well\s+|proper\s+|always\s+|just\s+)?(?:lovely|kind|rude|brilliant|amazing|horrible|nasty|helpful|unhelpful|sound|decent|fab|patient|supportive|aggressive|drunk|angry|violent|scary|caring|friendly|useless|sarcastic|dismissive|abusive|screaming|shouting|crying|laughing)\b/iu;
/** What only a person keeps doing or has done to them: "kept messaging me", "was sobbing", "was arrested". */
const PERSON_DOING =
  /^\s+(?:(?:kept|keeps|keep|was|is|were|started|has\s+been|had\s+been|won['’]?t\s+stop|never\s+stops?)\s+(?:messaging|texting|calling|ringing|phoning|following|threatening|harassing|stalking|shouting|screaming|sobbing|crying|laughing|swearing|hitting|punching|kicking|watching|staring|abusing|bullying|lying|turning\s+up|coming\s+round|knocking)|(?:was|is|got|has\s+been|had\s+been|were)\s+(?:arrested|charged|cautioned|convicted|sentenced|remanded|bailed|interviewed|jailed|released\s+on\s+bail))\b/iu;
/** Where a person lives, after their name: "Nick from the flat above", "Jo from next door", "Sam at number 12". */
const FROM_HOME =
  /^\s+(?:from|at|in)\s+(?:(?:the\s+)?(?:flat|house)\s+(?:above|below|upstairs|downstairs|opposite|next\s+door)|next\s+door|upstairs|downstairs|across\s+the\s+road|over\s+the\s+road|number\s+\d+|no\.?\s*\d+)\b/iu;
/** What only a person does, after a first name kept here at the start ("Grace helped me", "Will hugged her"); not
 * "came" or "took", which a bill or the dawn do too. */
const KEPT_NAME_VERBS = new Set(
  "helped hugged cried listened smiled promised explained visited drove walked waited knew wanted tried reassured saw heard witnessed noticed reported warned apologised apologized".split(
    " ",
  ),
);
/** A first name kept here or a name that is also a word, as written: "Ivy", "Jade". */
const isNameKeptHere = (word: string | undefined) =>
  word !== undefined && (isCuratedName(word.toLowerCase()) || isAmbiguousName(word.toLowerCase()));
/** Verbs of telling or contacting someone: a name the lists know follows them even in lower case. */
const CONTACT_VERBS = new Set("told texted txted messaged rang phoned emailed asked thanked met contacted".split(" "));
/** Shorthand people type, which the name lists may hold as surnames or nothing at all: never a name in lower case. */
const TEXT_SPEAK = new Set(
  "obvs tbh idk lol omg thx pls plz ppl tho thru innit cuz coz bc rn smh ngl imo btw fyi asap wtf ffs tmrw tmw msg msgs txt txts bday".split(
    " ",
  ),
);
/** Prepositions after which a lower-case word before "from" is a thing, not a person ("on bail from…"). */
const THING_PREPOSITIONS = new Set(["on", "in", "at", "of", "under", "into", "onto", "without", "for"]);
/** Family titles written before a name, as a title is: "Gran Pat", "Uncle Will", "Anti Mair". */
const KIN_TITLES = new Set(
  "uncle auntie aunt aunty nan nana nanna gran granny grandad grandma grampy cousin yncl anti bopa modryb".split(" "),
);
/** Words written as a title before a name ("Judge Harcourt", "Uncle Tariq", "Anti Glenys"): before a name they are its
 * title, not a first name, though a person may bear one as a surname ("PC Judge"). */
const TITLE_WORDS = new Set([
  ...KIN_TITLES,
  ..."judge nurse councillor detective superintendent sister father ewythr cynghorydd rhingyll cwnstabl".split(" "),
]);
/** Words that end a name said in thanks: "thanks sue, very helpful", "cheers dave!". */
const THANKS = new Set(["thanks", "thank", "cheers", "ta", "thx", "diolch"]);
/** Titles typed in lower case before a first name that is also a word: "pc will brown". */
const LOWER_TITLES = new Set(["pc", "dc", "ds", "sgt", "pcso", "insp", "dci", "mr", "mrs", "ms", "dr", "cllr"]);

const ACRONYMS = new Set("nhs cps isva idva pcso dci gp ae sarc mash marac ipcc iopc dvla dwp hmrc bbc itv rspca".split(" "));

const TOKEN = /(\[[^\]\n]{1,40}\])|(\p{L}[\p{L}\p{M}'’-]*)/gu;

type Token = { start: number; end: number; text: string; label: boolean };

/** Lower case without accents; most words are plain ASCII and skip the Unicode work. */
const fold = (word: string) =>
  /^[A-Za-z'-]*$/.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
const bareOf = (word: string) => word.replace(/['’]s$/, "");
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

function classOf(folded: string): NameClass {
  const whole = classify(folded);
  if (whole !== "unknown" || !/[-']/.test(folded)) return whole;
  // "Okonkwo-Smith", "Mary-Jane", "O'Neill": the first real part decides ("Co-op" has none).
  const parts = folded.split(/[-']/).filter((part) => part.length > 2);
  return parts.length ? classify(parts[0]) : whole;
}

/** Whether a word starts a sentence: nothing before it but spaces, or the end of a sentence, a line or a quote. */
const startsSentence = (before: string) => /(?:^|[.!?:;"“(\n]|\s[-–•*])\s*$/u.test(before.slice(-6));

export function redactLooseNames(text: string, label: string, lang: "en" | "cy"): { text: string; count: number } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], label: m[1] !== undefined });
  }
  const isName: boolean[] = tokens.map((t) => t.label && t.text === label);
  /** Names written as possessives without the apostrophe ("jades"): what follows them is theirs, not a surname. */
  const owners: boolean[] = [];
  // Whether only spaces stand between a token and the next, and whether a token starts a sentence: asked many times
  // per token, so worked out once.
  const spacedNext: boolean[] = tokens.map(
    (t, i) => i + 1 < tokens.length && /^[ \t]+$/.test(text.slice(t.end, tokens[i + 1].start)),
  );
  const spaced = (a: number, b: number) => b === a + 1 && spacedNext[a];
  const startCache: (boolean | undefined)[] = [];
  const opensSentence = (i: number) =>
    (startCache[i] ??= startsSentence(text.slice(Math.max(0, tokens[i].start - 6), tokens[i].start)));
  const folds = tokens.map((t) => (t.label ? "" : fold(bareOf(t.text))));
  const known: (NameClass | undefined)[] = [];
  const welsh = lang === "cy";
  /** A Welsh capitalised word that is a mutated first name kept here ("Fair", "Ddafydd") counts as that name. */
  const mutatedName = (i: number) =>
    welsh &&
    isCapitalised(tokens[i].text) &&
    unmutated(folds[i]).some((w) => isCuratedName(w) && !WELSH_WORDS.has(w) && classify(w) !== "not");
  const classAt = (i: number) => {
    if (known[i] !== undefined) return known[i];
    let cls = tokens[i].label ? "not" : classOf(folds[i]);
    if (cls !== "name" && cls !== "not" && mutatedName(i)) cls = "name";
    // "yn Gymraeg", "i Gaerdydd", "o Wlad Pwyl": a mutated word that is never a name unmutated is none mutated.
    if (cls === "unknown" && welsh && isCapitalised(tokens[i].text) && unmutated(folds[i]).some((w) => classify(w) === "not"))
      cls = "not";
    return (known[i] = cls);
  };
  const introducers = welsh ? INTRODUCERS_CY : INTRODUCERS_EN;
  /** In Welsh, a verb in the past ("Dywedodd", "Gwelais", "Tarodd") introduces its subject or object too. */
  const introduces = (word: string) =>
    introducers.has(word) || (welsh && word.length >= 5 && /(?:odd|ais)$/.test(word) && word !== "digwyddodd");
  const nextWord = (i: number) => (i + 1 < tokens.length && spaced(i, i + 1) && !tokens[i + 1].label ? folds[i + 1] : "");
  /** "grace told me", "Bill said", "and dean hit him": a subject at the start of a clause, before what a person does. */
  const subjectOfPersonVerb = (i: number, prevWord: string) =>
    CLAUSE_START.has(prevWord) && !ROLES.has(folds[i]) && STRONG_PERSON_VERBS.has(nextWord(i));
  /** "mark was the 1 who hit me", "It was Hunter who…", "robbo and deano were the ones who…": before "was the one who". */
  const wasTheOneWho = (i: number) =>
    /^\s+(?:(?:and|n|&)\s+\p{L}+\s+)?(?:was|is|were)\s+(?:the\s+(?:ones?|1|person|guy|lad|man|woman|girl|bloke)|him|her)\s+(?:who|that)\s/iu.test(
      text.slice(tokens[i].end, tokens[i].end + 50),
    );
  /** Words inside a phrase that is never a person ("Siôn Corn", "Live Fear Free"): never names. */
  const protectedWord: boolean[] = new Array(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i += 1) {
    const first = phraseStart(folds[i], welsh);
    if (!first) continue;
    for (const phrase of NOT_NAME_PHRASES) {
      if (first !== phrase[0] || i + phrase.length > tokens.length) continue;
      let k = 1;
      while (
        k < phrase.length &&
        (folds[i + k] === phrase[k] || unmutated(folds[i + k]).includes(phrase[k])) &&
        /^[ \t]+$/.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))
      )
        k += 1;
      if (k === phrase.length) for (let j = i; j < i + k; j += 1) protectedWord[j] = true;
    }
  }
  // Pets: "Victoria and Albert, my two cats", "Paisley, his terrier", "our dog Max", "a cat called Tigger".
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].label || !/^\p{Lu}/u.test(tokens[i].text)) continue;
    const before = i > 0 ? folds[i - 1] : "";
    const petBefore =
      i > 1 &&
      spaced(i - 1, i) &&
      (PET.test(before) || ((before === "called" || before === "named") && PET.test(folds[i - 2]))) &&
      (PET.test(before) ? /^(?:my|our|his|her|their|the|a|fy|ein|ei|eu|y|yr)$/.test(folds[i - 2]) : true);
    if (!petBefore && !PET_APPOSITION.test(text.slice(tokens[i].end, tokens[i].end + 50))) continue;
    protectedWord[i] = true;
    // The names listed before it are pets too: "Victoria and Albert, my two cats", "Tigger, Smudge and Max, our cats".
    for (let k = i; k >= 1 && i - k < 8; ) {
      if (k >= 2 && AND.has(folds[k - 1]) && spaced(k - 1, k) && spaced(k - 2, k - 1) && /^\p{Lu}/u.test(tokens[k - 2].text)) {
        protectedWord[k - 2] = true;
        k -= 2;
      } else if (/^,[ \t]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && /^\p{Lu}/u.test(tokens[k - 1].text)) {
        protectedWord[k - 1] = true;
        k -= 1;
      } else break;
    }
  }
  /** A single capital letter, as an initial: "J." or "J" (not "I", nor "A" without a full stop). */
  const isInitial = (i: number) => {
    const t = tokens[i].text;
    if (t.length !== 1 || tokens[i].label) return false;
    const dotted = text[tokens[i].end] === ".";
    return /\p{Lu}/u.test(t) ? dotted || (t !== "I" && t !== "A") : false;
  };
  /** The gap after an initial: "J. Smith", "J.Smith", "J Smith", "R. J. Castellanos". */
  const initialGap = (a: number, b: number) =>
    /^\.?[ \t]*$/.test(text.slice(tokens[a].end, tokens[b].start)) && tokens[b].start > tokens[a].end;
  /** The next word (right after spaces) is a name, or could be a surname: "Mark Pearce", "Hodan Warsame". */
  const nextIsName = (i: number, loose: boolean) => {
    if (i + 1 >= tokens.length || !spaced(i, i + 1)) return false;
    if (isName[i + 1]) return true;
    if (!isCapitalised(tokens[i + 1].text) || protectedWord[i + 1]) return false;
    const cls = classAt(i + 1);
    // Loosely, two capitalised words a name list knows ("Mark Pearce") or one in no list ("Hodan Warsame").
    return cls === "name" || (loose && (cls === "unknown" || (cls === "ambiguous" && classAt(i) === "ambiguous")));
  };
  /** "Heddwyn a Gwenllian", "Florin and Mihai", "grace n rose": joined by "and" to a name. */
  const besideNameByAnd = (i: number, onlyAfter = false) =>
    (!onlyAfter && i + 2 < tokens.length && spaced(i, i + 1) && AND.has(folds[i + 1]) && spaced(i + 1, i + 2) && isName[i + 2]) ||
    (i >= 2 && spaced(i - 1, i) && AND.has(folds[i - 1]) && spaced(i - 2, i - 1) && isName[i - 2]);
  /** "Amber, Holly and Jade", "Kayden, Tyler": beside a name in a list, with a comma between. */
  const besideNameByComma = (i: number) =>
    (i + 1 < tokens.length && isName[i + 1] && /^,[ \t]+$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) ||
    (i > 0 &&
      isName[i - 1] &&
      !/['’]s$/.test(tokens[i - 1].text) &&
      /^,[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start)));
  /** The next word starts the name of a place or building: "Westgate Street", "Morriston Hospital". */
  const beforePlaceWord = (i: number) =>
    i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text) && PLACE_AFTER.has(folds[i + 1]);
  /** Straight before a name found already ("grant [name]", "Paddy [name]"): a first name that is also a word. */
  const beforeFoundName = (i: number) => i + 1 < tokens.length && spaced(i, i + 1) && isName[i + 1];
  /** "the witness care officer, Rose, explained", "ma'r hogyn, tyler price, di…": a name in apposition to a person,
   * straight after the word for them and a comma, then a comma or what a person does. */
  const apposedToPerson = (i: number) =>
    i > 0 &&
    !tokens[i - 1].label &&
    (APPOSED_TO.has(folds[i - 1]) ||
      // "ma'n chwaer i, ffion,", "my brother's mate, dean,"
      ((folds[i - 1] === "i" || folds[i - 1] === "fi") && i > 1 && spaced(i - 2, i - 1) && APPOSED_TO.has(folds[i - 2]))) &&
    /^,[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) &&
    /^(?:\s+\p{L}+){0,2}?\s*,|^\s+(?:who|said|told|explained|was|is|has|had|came|helped|di|wedi|oedd|yn)\b/iu.test(
      text.slice(tokens[i].end, tokens[i].end + 30),
    );

  /** The next 60 characters, for patterns that look further ahead than the usual 12. */
  const longAfter = (i: number) => text.slice(tokens[i].end, tokens[i].end + 60);
  /** What the sentence goes on to say only of a person, after a first name kept here at its start: "Penny was the
   * interpreter", "Will was only fourteen", "grace was lovely", "Brook kept messaging me", "Chase was arrested", "Nick
   * from the flat above", "Ivy, who lives next door", "Hazel saw". Seasons and virtues only with a role ("Faith was my
   * ISVA"; not "Hope was the only one"). */
  const saysPerson = (i: number) => {
    const ahead = longAfter(i);
    if (WAS_ROLE.test(ahead) && !/^\s+\S+\s+\S+\s+(?:(?:only|first|best)\s+)?(?:one|person)\b/iu.test(ahead)) return true;
    if (SEASONS.has(folds[i])) return false;
    return (
      WAS_AGED.test(ahead) ||
      PERSON_DESCRIBED.test(ahead) ||
      PERSON_DOING.test(ahead) ||
      FROM_HOME.test(ahead) ||
      /^,\s+who\s/iu.test(ahead) ||
      KEPT_NAME_VERBS.has(nextWord(i))
    );
  };

  const judge = (i: number): boolean => {
    const t = tokens[i];
    const folded = folds[i];
    if (protectedWord[i]) return false;
    if (
      TITLE_WORDS.has(folded) &&
      isCapitalised(t.text) &&
      i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      (isName[i + 1] || isCapitalised(tokens[i + 1].text))
    )
      return false;
    const prev = i > 0 && spaced(i - 1, i) ? i - 1 : -1;
    const prevWord = prev >= 0 && !tokens[prev].label ? folds[prev] : "";
    const afterName = prev >= 0 && isName[prev] && !/['’]s$/.test(tokens[prev].text) && !owners[prev];
    const possessive = /['’]s$/.test(t.text);
    const after = text.slice(t.end, t.end + 12);
    /** "[name] or gazza", "Jac neu Jacko": another name for the same person. */
    const orAfterName = (prevWord === "or" || prevWord === "neu") && i >= 2 && spaced(i - 2, i - 1) && isName[i - 2];
    const articles = welsh ? ARTICLES_CY : ARTICLES_EN;
    // "J. Pemberton", "R. J. Castellanos": initials before a name go with it.
    if (isInitial(i)) {
      let j = i + 1;
      // At most three initials ("R. J. K. Smith"): a long run of single letters is no name, and stays linear.
      while (j < tokens.length && j - i < 3 && isInitial(j) && initialGap(j - 1, j)) j += 1;
      return j < tokens.length && initialGap(j - 1, j) && (isName[j] || (isCapitalised(tokens[j].text) && classAt(j) === "name"));
    }
    // "Mae", "Roedd": the verb that opens a Welsh sentence, never a name before one.
    if (welsh && WELSH_BE.has(folded)) return false;
    // "yng Ngwynedd", "ym Mangor": a nasal mutation after "yng"/"ym" is a place.
    if (welsh && (prevWord === "yng" || prevWord === "ym")) return false;
    // "that bartek lad", "this kayden kid": a clear name between a pointing word and a word for a person.
    if (
      (prevWord === "that" || prevWord === "this") &&
      classAt(i) === "name" &&
      folded.length >= 3 &&
      /^\s+(?:lad|girl|bloke|guy|fella|woman|man|kid|boy|lady)\b/iu.test(after)
    )
      return true;
    // "our ffion", "our Kayleigh": in much of Wales and the north, a relative; a clear name stays one after "our".
    const ourName = (prevWord === "our" || prevWord === "their") && classAt(i) === "name" && isListedName(folded);
    if (articles.has(prevWord) && !afterName && !ourName) return false;
    if (/^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(t.text)) return false; // "PCSOs", "GPs": acronyms in the plural
    // "Siân ferch Huw", "Rhys ap Gwilym": the patronymic word goes with the names.
    if (PATRONYMIC.has(folded) && afterName && i + 1 < tokens.length && spaced(i, i + 1) && isName[i + 1]) return true;
    if (isCapitalised(t.text)) {
      // "May and her husband came round": a month is a person only beside their family.
      if (MONTH_NAMES.has(folded)) return prev < 0 && !welsh && /^\s+(?:and|&)\s+(?:his|her|their)\s/iu.test(after);
      const cls = classAt(i);
      if (cls === "not") return false;
      // "Eglwys Dewi Sant", "River Taff": a word that starts a place's name is no name itself.
      if (PLACE_BEFORE.has(folded) && i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text))
        return false;
      if (possessive && /^\s+law\b/i.test(after)) return false; // "Clare's Law", "Sarah's Law"
      // "King's Cross", "St Mary's Hospital": a possessive before an ordinary capitalised word names a place.
      // A clear name keeps its possessive: "Zainab's New Year party".
      if (
        possessive &&
        cls !== "name" &&
        i + 1 < tokens.length &&
        spaced(i, i + 1) &&
        isCapitalised(tokens[i + 1].text) &&
        (classAt(i + 1) === "word" || (classAt(i + 1) === "ambiguous" && !isCuratedName(folds[i + 1])))
      )
        return false;
      if (prev < 0 && !COMMON.has(folded) && WAS_NAME.test(longAfter(i))) return true;
      // "Westgate Street", "River Taff": part of a place's name, unless a name stands right before it.
      if (!afterName && (beforePlaceWord(i) || (prev >= 0 && isCapitalised(tokens[prev].text) && PLACE_BEFORE.has(prevWord))))
        return false;
      const start = prev < 0 && opensSentence(i);
      const midSentence = !start && !(i > 0 && opensSentence(i));
      // "It was Hunter who…", "and Faith, who…": a person is "who"; places are "where", organisations "which".
      const who = (introducers.has(prevWord) || WAS.has(prevWord)) && /^,?\s+who\s/i.test(after);
      // After an ordinary capitalised word, a run of capitals is the name of something ("Live Fear Free").
      const afterTitleWord =
        prev >= 0 && !isName[prev] && isCapitalised(tokens[prev].text) && !COMMON.has(prevWord) && classAt(prev) === "word";
      if (cls === "name")
        return !(start && welsh && (!isCuratedName(folded) || WELSH_WORDS.has(folded))) || WELSH_CLEFT.test(longAfter(i));
      if (cls === "ambiguous")
        return (
          afterName ||
          (!SEASONS.has(folded) && !ROLES.has(folded) && apposedToPerson(i)) ||
          // "Will was only fourteen when…", "Grace came round": a first name kept here, at the start, before an age or
          // what a person does.
          (start &&
            !welsh &&
            // (the modal "will" is never followed by "was" or a past tense)
            (isNameKeptHere(folded) || folded === "will") &&
            !ROLES.has(folded) &&
            saysPerson(i)) ||
          possessive ||
          who ||
          orAfterName ||
          (prev >= 0 && KIN_TITLES.has(prevWord) && isCapitalised(tokens[prev].text)) ||
          APPOSITION_ROLE.test(longAfter(i)) ||
          // "Grace from the Witness Service held my hand", "Jack and his mates…": at the start, before where the person
          // is from or who is with them.
          (!midSentence &&
            !welsh &&
            !ROLES.has(folded) &&
            /^\s+(?:(?:from|at)\s+(?:the\s+)?\p{Lu}|(?:and|&)\s+(?:his|her|their|i|me)\b)/u.test(longAfter(i))) ||
          // "Grace from the witness service…", "Dean at the front desk…", "Bill the landlord…": a first name kept here or
          // a name the lists know, at the start, before where the person is from or what they do.
          (!midSentence &&
            !welsh &&
            !ROLES.has(folded) &&
            !SEASONS.has(folded) &&
            !COMMON.has(folded) &&
            (FROM_SERVICE.test(longAfter(i)) ||
              ((isCuratedName(folded) || isAmbiguousName(folded)) && BARE_ROLE.test(longAfter(i))))) ||
          // "girlfriend Kerry-Ann told…", "his mate Bill": a capitalised name right after a word for a person.
          (midSentence && PEOPLE_WORDS.has(prevWord) && !isCapitalised(tokens[prev].text) && !ROLES.has(folded)) ||
          // "Rhoddodd Ceri ei rhif": a Welsh name kept here after a verb in the past.
          (welsh && midSentence && isCuratedName(folded) && introduces(prevWord)) ||
          (start && welsh && WELSH_CLEFT.test(longAfter(i))) ||
          // "Mae Heulwen yn dal i fyw…": a capital mid-sentence after "mae"/"roedd" is a name (Welsh nouns have none).
          (welsh &&
            midSentence &&
            WELSH_BE.has(prevWord) &&
            (/['’]n$/.test(t.text) || /^\s+(?:yn|wedi|ddim|efo|gyda)\s/iu.test(after))) ||
          // "Faith was my ISVA", "Bill was the officer": at the start, a name kept here that the sentence says is a person.
          (start &&
            !welsh &&
            isNameKeptHere(folded) &&
            WAS_ROLE.test(longAfter(i)) &&
            !(SEASONS.has(folded) && /^\s+\S+\s+\S+\s+(?:(?:only|first|best)\s+)?(?:one|person)\b/iu.test(longAfter(i)))) ||
          // "Charity came with me to court": a name kept here, then what a companion does.
          (start &&
            !welsh &&
            (isCuratedName(folded) || isAmbiguousName(folded)) &&
            /^\s+(?:came|went|stayed|sat|waited|stood)\s+(?:with|by)\s+(?:me|us|my|our)\b/iu.test(
              after + longAfter(i).slice(12),
            )) ||
          // "Holly, Ivy and the baby…", "Amber, Jade and Ruby": a list of names kept here, at the start.
          (start &&
            !welsh &&
            (isCuratedName(folded) || isAmbiguousName(folded)) &&
            /^,\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+){0,3}\s+(?:and|&)\s/u.test(longAfter(i)) &&
            isNameKeptHere(
              longAfter(i)
                .slice(1)
                .trim()
                .split(/[\s,]+/)[0],
            )) ||
          NEXT_DOOR.test(after) ||
          // "Diolch i Gwawr o'r tîm", "mai Alaw o'r banc": a capital mid-sentence, then where the person is from.
          (welsh && midSentence && !afterTitleWord && /^\s+o['’]r\s/iu.test(after)) ||
          (!welsh && !ROLES.has(folded) && (subjectOfPersonVerb(i, prevWord) || wasTheOneWho(i))) ||
          (!afterTitleWord && nextIsName(i, !welsh)) ||
          besideNameByAnd(i) ||
          (!welsh && besideNameByComma(i)) ||
          APPOSITION_PERSON.test(after) ||
          (midSentence && introducers.has(prevWord))
        );
      if (cls === "word")
        return (
          !COMMON.has(folded) &&
          (who ||
            // "Mr Iwan Pryse", "Sarah Bastable": a capitalised word straight after a first name is its surname.
            (afterName && midSentence && !possessive && !beforePlaceWord(i)) ||
            orAfterName ||
            (midSentence && nextIsName(i, false) && (introducers.has(prevWord) || WAS.has(prevWord))) ||
            // "Paddy [name] and his brother": a first name that is also a word, at the start or after "was", "with"…
            (beforeFoundName(i) && !welsh && (!midSentence || introducers.has(prevWord) || WAS.has(prevWord))))
        );
      if (cls !== "unknown") return false;
      // A Welsh sentence starts with its verb: "Daeth Heddwyn", "Dywedodd Rhys" are a verb and a name.
      if (
        afterName ||
        orAfterName ||
        (nextIsName(i, !welsh) && !(welsh && !midSentence)) ||
        besideNameByAnd(i) ||
        APPOSITION.test(after) ||
        APPOSITION_ROLE.test(longAfter(i)) ||
        who
      )
        return true;
      if (PATRONYMIC.has(prevWord) && i >= 2 && isName[i - 2]) return true;
      // Welsh mutates place and service names ("i Gaerdydd", "i Ddioddefwyr"): only a person's context will do, and
      // not "a"/"ac" alone ("Heddlu a Throseddu"), nor inside a run of capitals ("Byw Heb Ofn").
      if (welsh) {
        const inRun =
          // (the verb that starts the sentence has its capital for that reason: "Roedd Nansi'n…")
          (prev >= 0 && isCapitalised(tokens[prev].text) && !isName[prev] && !opensSentence(prev)) ||
          (i + 1 < tokens.length && spaced(i, i + 1) && isCapitalised(tokens[i + 1].text) && !isName[i + 1]);
        if (!midSentence && !inRun && WELSH_CLEFT.test(longAfter(i))) return true;
        if (inRun || !midSentence) return false;
        if (introduces(prevWord) && !WEAK_INTRODUCERS_CY.has(prevWord)) return true;
        // "Roedd Nimco yn…", "Mae Kacper wedi…": after "roedd" or "mae", before "yn", "wedi", "ddim", "a fi" (a town
        // would read the same, so not a word that looks like one: "Mae Treorci yn…" stays unless it ends like a person).
        return (
          WELSH_BE.has(prevWord) &&
          !PLACE_ENDING.test(folded) &&
          (/['’]n$/.test(t.text) || /^\s+(?:yn|wedi|ddim|a\s+fi|gyda|efo)\s/i.test(after))
        );
      }
      if (!midSentence) {
        // "Ayodele said…", "Nimco's brother…", "Ngozi and I…": a word in no list, before what a person does.
        const next = i + 1 < tokens.length && spaced(i, i + 1) ? folds[i + 1] : "";
        return (
          /^\s+(?:from|at)\s/i.test(after) ||
          // "Kelechi, Ruairi and Saoirse were there": first in a list of names.
          (!welsh && besideNameByComma(i) && /^,\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+){0,3}\s+(?:and|&)\s/u.test(longAfter(i))) ||
          (possessive && /^\s+\p{Ll}/u.test(after)) ||
          WAS_ROLE.test(longAfter(i)) ||
          BARE_ROLE.test(longAfter(i)) ||
          (PERSON_VERBS.has(next) &&
            !PLACE_ENDING.test(folded) &&
            (next !== "and" || /^\s+and\s+(?:i|me|my|her|his|their)\b/i.test(after)))
        );
      }
      // "a big Alsatian", "an old Vauxhall": after "a" and an ordinary word, a thing of some kind, not a person.
      if (i >= 2 && spaced(i - 2, i - 1) && (folds[i - 2] === "a" || folds[i - 2] === "an") && classAt(prev) === "word")
        return false;
      // Mid-sentence, a capitalised word in no list is a name unless it reads as a place or an organisation.
      if (PLACE_WORDS.has(prevWord)) return false;
      if ((prevWord === "to" || prevWord === "from" || prevWord === "i" || prevWord === "o") && PLACE_ENDING.test(folded))
        return false;
      const beside = (j: number) => j >= 0 && j < tokens.length && isCapitalised(tokens[j].text) && !isName[j];
      if (prev >= 0 && beside(prev) && classAt(prev) !== "name") return false;
      if (i + 1 < tokens.length && spaced(i, i + 1) && beside(i + 1) && (classAt(i + 1) === "word" || classAt(i + 1) === "not"))
        return false;
      return true;
    }
    if (/^\p{Lu}{3,}$/u.test(bareOf(t.text))) return classAt(i) === "name" && !ACRONYMS.has(folded); // "PC JONES"
    // Lower-case words, hyphenated ones and "o'brien", never contractions ("we'll", "they've").
    // A word after a number counts or measures ("5 min", "2 hrs"): no name.
    if (/\d[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
    if (!/^(?:\p{Ll}+(?:-\p{Ll}+)*|[od]['’]\p{Ll}{2,})$/u.test(bareOf(t.text))) return false;
    // Lower case: listed names, names the registry knows that no dictionary does, and "gareths" (a possessive).
    // "my ex will [name]": the one everyday word that is a common first name, between a person and a surname.
    if (folded === "will" && !welsh && PEOPLE_WORDS.has(prevWord) && beforeFoundName(i)) return true;
    // "will n [name] were there": at the start, joined to a name (the verb is never joined by "n" or "and").
    if (folded === "will" && !welsh && prev < 0 && opensSentence(i) && besideNameByAnd(i)) return true;
    // "pc will brown, thank u": a title, a first name that is also a word, a surname, then the clause ends.
    if (
      !welsh &&
      LOWER_TITLES.has(prevWord) &&
      (folded === "will" || isAmbiguousName(folded)) &&
      i + 1 < tokens.length &&
      spaced(i, i + 1) &&
      ["name", "ambiguous"].includes(classAt(i + 1)) &&
      !COMMON.has(folds[i + 1]) &&
      /^\s*(?:[,.!?;:)]|$|\s+(?:and|was|is|who|from|said|came|helped|thank|then|n)\b)/iu.test(
        text.slice(tokens[i + 1].end, tokens[i + 1].end + 12),
      )
    )
      return true;
    // "thanks sue, very helpful", "cheers dave!": a name said in thanks, then the sentence or clause ends.
    if (
      THANKS.has(prevWord) &&
      (isAmbiguousName(folded) || isListedName(folded) || classAt(i) === "name") &&
      /^\s*(?:[,.!?;:)]|$)/u.test(after)
    )
      return true;
    if (orAfterName && !COMMON.has(folded) && folded.length >= 3 && classAt(i) !== "word" && classAt(i) !== "not") return true;
    if (COMMON.has(folded) || PEOPLE_WORDS.has(folded) || ROLES.has(folded)) return false;
    // "my mates house n car": what people own, in lower case, is no name.
    if (OWNED.test(` ${folded}`)) return false;
    // "aunty pam", "uncle dev": a family title before a name in lower case.
    if (KIN_TITLES.has(prevWord) && folded.length >= 3 && classAt(i) !== "word" && classAt(i) !== "not") return true;
    // "the usher was called dev and…": after "was called" or "named", a word that is not plural ends the clause.
    if (
      folded.length >= 3 &&
      !folded.endsWith("s") &&
      (prevWord === "called" || prevWord === "named") &&
      i >= 2 &&
      // "was called dev", "an officer called jas came": after "was", or after a word for a person.
      (WAS.has(folds[i - 2]) || (APPOSED_TO.has(folds[i - 2]) && spaced(i - 2, i - 1))) &&
      /^\s*(?:[,.!?;:)]|$|\s+(?:and|n|who|but|he|she|from|came|was|said|told|rang)\b)/iu.test(after)
    )
      return true;
    if (TEXT_SPEAK.has(folded)) return false;
    // "askin", "hangin", "nothin": a word with its final g dropped, as people type, is no surname ("Askin").
    if (folded.length >= 5 && folded.endsWith("in") && !isCuratedName(folded) && classify(`${folded}g`) === "word") return false;
    // "diolch i fethan", "efo ddafydd": a Welsh first name kept here, mutated after a word that introduces a person.
    if (
      welsh &&
      folded.length >= 4 &&
      (introducers.has(prevWord) || prevWord === "i") &&
      classAt(i) === "unknown" &&
      unmutated(folded).some((w) => isWelshName(w) && !WELSH_WORDS.has(w))
    )
      return true;
    // "heulwen drws nesa", "dave next door": a name kept here, before where the person lives.
    if ((isCuratedName(folded) || isAmbiguousName(folded)) && !ROLES.has(folded) && NEXT_DOOR.test(after)) return true;
    // In Welsh only the Welsh names kept here, and not those that are Welsh words ("o dan", "beth", "gwen"), or an
    // English first name kept here after a name or a word that introduces a person ("efo kayleigh").
    if (welsh)
      return (
        (!WELSH_WORDS.has(folded) &&
          (isWelshName(folded) || ((afterName || (introducers.has(prevWord) && !AND.has(prevWord))) && isListedName(folded)))) ||
        // "[enw] price", "[enw] bell": after a name, a surname kept here, though English knows it as a word.
        (afterName && folded.length >= 3 && isCuratedName(folded) && !COMMON.has(folded) && !WELSH_WORDS.has(folded)) ||
        // "ma'r hogyn, tyler price, di cael rhybudd": a name the lists know, in apposition to a person.
        (folded.length >= 3 && (isListedName(folded) || classAt(i) === "name") && apposedToPerson(i)) ||
        // "nath [enw] a chai helpu": joined by "a" to a name, a Welsh first name through its mutation.
        (folded.length >= 3 && besideNameByAnd(i) && [folded, ...unmutated(folded)].some((w) => isWelshName(w)))
      );
    const stem = folded.endsWith("s") && !possessive ? folded.slice(0, -1) : "";
    if (isListedName(folded)) return true;
    // "shannons house": a possessive without its apostrophe; what follows it is theirs, not a surname.
    if (stem && isListedName(stem) && !COMMON.has(stem)) return (owners[i] = OWNED.test(after)) || true;
    // "jades mum", "at kaydens house": a possessive without its apostrophe, before a person or a home.
    const owner = possessive ? folded : stem;
    // "at kerrys house": a name the registry knows that is also a word, when the form with "s" is no word ("roses" is).
    const ownedName =
      classify(owner) === "name" ||
      isAmbiguousName(owner) ||
      (classify(owner) === "ambiguous" && !possessive && !isEverydayWord(folded));
    if (
      owner.length >= 3 &&
      OWNED.test(after) &&
      !COMMON.has(owner) &&
      !PEOPLE_WORDS.has(owner) &&
      !ROLES.has(owner) &&
      ownedName
    )
      return (owners[i] = true);
    const cls = classAt(i);
    if (cls === "name" && folded.length >= 3 && (lang === "en" || afterName)) return true;
    // "[name] o'brien", "[name] smith-jones": a surname joined by an apostrophe or a hyphen, after a name.
    if (afterName && /['’-]/.test(folded) && cls !== "word" && cls !== "not") return true;
    // "my ex grant [name]", "called ollie [name]", "ppl like dean [name]": a first name that is also a word, between
    // a word that introduces a person and a surname already found.
    if (
      (cls === "ambiguous" || cls === "word") &&
      folded.length >= 3 &&
      beforeFoundName(i) &&
      (LOWER_FIRST_NAME_CONTEXT.has(prevWord) || (CLAUSE_START.has(prevWord) && cls === "ambiguous"))
    )
      return true;
    // "the lads paddy n [name]": a word for people, then names joined by "n".
    if (cls === "word" && folded.length >= 3 && PEOPLE_WORDS.has(prevWord) && besideNameByAnd(i)) return true;
    // "graces been my rock", "dans got a new car": a name and "has"/"is" run together, before what follows them.
    if (
      !welsh &&
      folded.length >= 4 &&
      folded.endsWith("s") &&
      !possessive &&
      (isCuratedName(folded.slice(0, -1)) || isAmbiguousName(folded.slice(0, -1))) &&
      !SEASONS.has(folded.slice(0, -1)) &&
      /^\s+(?:been|gone|got|done|always|never|just|still|moved|left)\b/iu.test(after)
    )
      return true;
    // "I texted kerry-ann", "told siobhan": after a verb of telling or contacting, a name the lists know.
    if (
      !welsh &&
      CONTACT_VERBS.has(prevWord) &&
      folded.length >= 3 &&
      (cls === "name" ||
        (cls === "ambiguous" &&
          !folded.endsWith("s") &&
          !SEASONS.has(folded) &&
          (isCuratedName(folded) || isAmbiguousName(folded) || /-/.test(folded))))
    )
      return true;
    // "paddy n his brother [name]", "ollie n [name] n…", "mo n [name] were there": a word starting the sentence,
    // joined by "n" or "and" to a name or to someone's relation.
    if (
      prev < 0 &&
      opensSentence(i) &&
      folded.length >= 2 &&
      cls !== "not" &&
      (besideNameByAnd(i) ||
        /^\s+(?:n|and|&)\s+(?:his|her|their)\s+(?:brother|sister|mate|mates|cousin|dad|mum|son|boyfriend|girlfriend|bf|gf|wife|husband|partner|friend)\b/iu.test(
          longAfter(i),
        ))
    )
      return true;
    // "my mates tiff n jas gave statements": after a word for people, two words joined by "n" or "and", the second a
    // name or in no list.
    if (
      folded.length >= 3 &&
      cls !== "not" &&
      PEOPLE_WORDS.has(prevWord) &&
      i + 2 < tokens.length &&
      spaced(i, i + 1) &&
      AND.has(folds[i + 1]) &&
      spaced(i + 1, i + 2) &&
      /^\p{Ll}{3,}$/u.test(tokens[i + 2].text) &&
      !COMMON.has(folds[i + 2]) &&
      !PEOPLE_WORDS.has(folds[i + 2]) &&
      !ROLES.has(folds[i + 2]) &&
      (classAt(i + 2) === "unknown" || classAt(i + 2) === "name")
    )
      return true;
    if (cls === "ambiguous" && folded.length >= 3)
      return (
        (isNameKeptHere(folded) && !ROLES.has(folded) && apposedToPerson(i)) ||
        // "grace was lovely to me", "blessing was my support worker", "will n [name] were there": a name kept here
        // at the start, before what the sentence says of a person.
        (prev < 0 && opensSentence(i) && isNameKeptHere(folded) && !ROLES.has(folded) && saysPerson(i)) ||
        afterName ||
        (!ROLES.has(folded) &&
          (isCuratedName(folded) || isAmbiguousName(folded)) &&
          (subjectOfPersonVerb(i, prevWord) || wasTheOneWho(i) || (WAS.has(prevWord) && /^,?\s+who\s/i.test(after)))) ||
        besideNameByAnd(i, true) ||
        // "me n jade were walkin home": a name kept here that is also a word, joined to "me".
        (AND.has(prevWord) && i >= 2 && folds[i - 2] === "me" && spaced(i - 2, i - 1) && isAmbiguousName(folded)) ||
        (PEOPLE_WORDS.has(prevWord) && /^\s+(?:from|n|and|&)\s/i.test(after)) ||
        (!articles.has(prevWord) &&
          !THING_PREPOSITIONS.has(prevWord) &&
          folded !== "miles" &&
          /^\s+from\s/i.test(after) &&
          !/^(?:my|his|her|your)$/.test(prevWord))
      );
    // A name in no list, in lower case: after a word for a person ("my cousin aleksandra"), joined to a name, or
    // starting a sentence before "from" ("wojtek from work drove me").
    if (cls === "unknown" && folded.length >= 3)
      return (
        PEOPLE_WORDS.has(prevWord) ||
        (prev < 0 && opensSentence(i) && wasTheOneWho(i)) ||
        // "me n kayden went", "kayden and me": joined to "me" or "I".
        (AND.has(prevWord) && i >= 2 && folds[i - 2] === "me" && spaced(i - 2, i - 1)) ||
        /^\s+(?:and|n|&)\s+(?:me|i)\b/i.test(after) ||
        (prev < 0 &&
          opensSentence(i) &&
          (subjectOfPersonVerb(i, "") || /^\s+(?:kept|keeps|came|turned|followed|won['’]?t)\s/i.test(after))) ||
        besideNameByAnd(i) ||
        // "wojtek from work drove me", "kian and his mates smashed…": at the start, before "from" or "and his".
        (prev < 0 && opensSentence(i) && /^\s+(?:from\s|(?:and|n|&)\s+(?:i|me|my|her|his|their)\b)/i.test(after))
      );
    return false;
  };

  let count = 0;
  for (let pass = 0; pass < 2; pass += 1) {
    // Right to left as well as left to right: initials and first names lean on the name after them.
    for (let k = 0; k < tokens.length; k += 1) {
      const i = pass === 0 ? k : tokens.length - 1 - k;
      if (tokens[i].label || isName[i] || !judge(i)) continue;
      isName[i] = true;
      count += 1;
    }
  }
  if (count === 0) return { text, count };
  let out = "";
  let at = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isName[i] || tokens[i].label) continue;
    const t = tokens[i];
    // An initial and its full stop go with the name after it: "J. Pemberton" is one "[name]".
    if (isInitial(i) && i + 1 < tokens.length && isName[i + 1] && initialGap(i, i + 1)) {
      out += text.slice(at, t.start);
      at = tokens[i + 1].start;
      continue;
    }
    out += text.slice(at, t.start) + label + (/['’][sn]$/.test(t.text) ? t.text.slice(-2) : "");
    at = t.end;
  }
  out += text.slice(at);
  return { text: collapseNameRuns(out, label), count };
}

/** "[name] [name]" reads as two people: a first name and a surname are one. */
export function collapseNameRuns(text: string, label: string): string {
  const escaped = label.replace(/[[\]]/g, "\\$&");
  return text.replace(new RegExp(`${escaped}(?:[ \\t]+${escaped})+`, "gu"), label);
}
