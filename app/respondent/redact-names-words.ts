/**
 * The words and phrases the names pass reads around a word (ADR 0011), English and shared: what introduces a person,
 * words for people and roles, what only a person does or is said to be, titles, places and organisations that are
 * never people, pets, holidays, text-speak. Pure data; the rules that use them are in redact-names-capitalised.ts
 * and redact-names-lower.ts.
 */
import { isAmbiguousName, isCuratedName } from "./name-lists";
import { unmutated } from "./redact-names-welsh";

/** Words after which a name that is also a word is taken as a name ("spoke to Will", "gan Rhys"). */
export const INTRODUCERS_EN = new Set(
  `was is from with and to by called named asked told thanked met saw contacted emailed rang phoned texted said
   thank thanks ask tell call ring text for about or but nor via hi dear & n`.split(/\s+/),
);
/** Where a lower-case name is a name: after these (and the introducers above). */
export const PEOPLE_WORDS = new Set(
  `dad mum mam mom son daughter brother sister ex partner boyfriend girlfriend husband wife friend mate mates neighbour
   cousin uncle aunt auntie nan gran nana grandad fiance fiancee stepdad stepmum landlord boss officer copper pc
   witnesses witness interpreter worker lads lad girls bloke guy bf gf hubby bro sis fella missus bestie fam kid man
   woman boy girl lady geezer`.split(/\s+/),
);
/** Before a lower-case first name that is also a word, when a surname follows it ("my ex grant [name]"). */
export const LOWER_FIRST_NAME_CONTEXT = new Set([
  ...PEOPLE_WORDS,
  ..."ex called named was is with by and n like to from me told asked thank thanks".split(" "),
]);
export const ARTICLES_EN = new Set(["the", "a", "an", "this", "that", "our", "their"]);
/** Words that own what follows: "my", "his", "your". */
export const OWNERS_EN = new Set(["my", "his", "her", "your", "our", "their"]);
/** A word for a relation straight after the word being judged ("my foster son", "her Polish neighbour"). */
export const RELATION_NEXT =
  /^\s+(?:son|sons|daughter|daughters|mum|mam|mom|dad|mother|father|parents?|brother|sister|sibling|child|children|kids?|baby|nan|gran|grandson|granddaughter|cousin|uncle|aunt|auntie|nephew|niece|neighbou?rs?|partner|husband|wife|boyfriend|girlfriend|friend|mate|carer|family)\b/iu;
export const ARTICLES_CY = new Set(["y", "yr", "'r"]);
/** Where a capitalised word in no list is a place: "in Cowbridge", "ger Llanfair". */
export const PLACE_WORDS = new Set(
  "in into near outside around round at through across towards above below beyond yn ym yng ger tu".split(" "),
);
/** Going somewhere: "went to", "moved to", "drove out to"; a word in no list after them and "to" is a place. */
export const MOTION = new Set(
  `went go goes going gone moved move moving drove drive driving travelled travel headed heading way trip journey bus
   train lift`.split(/\s+/),
);
/** Places by their endings, for "to" and "from" ("moved to Cowbridge", "from Aberdare"). */
export const PLACE_ENDING =
  /(?:ton|ford|bridge|bury|ham|field|port|mouth|wich|by|thorpe|minster|stow|ley|wood|pool|dale|gate|ing|caster|chester|fawr|fach|neath|^llan|^aber|^caer|^pont|^tre|^cwm|^pen|^porth|^ystrad|^glyn|^nant|^maes|^coed|^rhyd|^blaen|^cefn|^pentre|^betws|^bettws)/;
export const AND = new Set(["and", "&", "a", "ac", "n"]);
export const WAS = new Set(["was", "is", "oedd", "yw", "ydy"]);
/** Months that are names too: only a title or a relation makes them names (handled before this pass). */
export const MONTH_NAMES = new Set(["may", "june", "april", "august", "mai", "mehefin"]);
/**
 * Words that together are never a person, although a list holds a name among them: "Siôn Corn" (Father Christmas),
 * charities and services whose names are ordinary words ("Live Fear Free", "Byw Heb Ofn"). Folded, in sequence.
 */
export const NOT_NAME_PHRASES = [
  "sion corn",
  "dewi sant",
  "jack the lad",
  "father christmas",
  "marks and spencer",
  "jack russell",
  "royal mail",
  "marks & spencer",
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
  // Welsh festivals and calendar days, also mutated ("ar nos Galan", "ar Ŵyl San Steffan"), and English ones.
  "nos galan",
  "dydd calan",
  "hen galan",
  "calan gaeaf",
  "calan mai",
  "nos calan gaeaf",
  "santes dwynwen",
  "dydd santes dwynwen",
  "sul y mamau",
  "sul y tadau",
  "sul y blodau",
  "dydd san steffan",
  "noswyl nadolig",
  "noson tan gwyllt",
  "gwener y groglith",
  "dydd miwsig cymru",
  "st patrick's day",
  "st patricks day",
  "st george's day",
  "st georges day",
  "st andrew's day",
  "st valentine's day",
  "st swithin's day",
  "pancake day",
  "shrove tuesday",
  "mothering sunday",
  "remembrance sunday",
  "remembrance day",
  "armistice day",
  "halloween night",
  "black friday",
  "burns night",
].map((phrase) => phrase.split(" "));
export const PHRASE_STARTS = new Set(NOT_NAME_PHRASES.map((phrase) => phrase[0]));
/** The protected phrase a word may start, also mutated in Welsh ("gan Gymorth i Ddioddefwyr"). */
export const phraseStart = (folded: string, welsh: boolean) =>
  PHRASE_STARTS.has(folded) ? folded : welsh ? unmutated(folded).find((w) => PHRASE_STARTS.has(w) && w.length > 3) : undefined;
/** A capitalised word before these names a place or a building, not a person: "Westgate Street", "Morriston Hospital". */
export const PLACE_AFTER = new Set(
  `street st road rd lane avenue ave close drive way crescent terrace place court gardens grove square walk mews
   parade hospital school college university station centre center surgery park estate house hall church chapel
   bridge river prison academy stadium arena retail shopping pub inn hotel library leisure sant`.split(/\s+/),
);
/** A capitalised word after these is part of a place: "River Taff", "Mount Pleasant", "St Fagans", "Upper Boat". */
export const PLACE_BEFORE = new Set(
  `river mount st saint port upper lower north south east west afon mynydd porth eglwys capel ysgol ysbyty canolfan
   castell tafarn gwesty neuadd coleg prifysgol plas pont parc ynys llyn lyn ystrad eisteddfod cyngor`.split(/\s+/),
);
/** What a person does: a word in no list that starts a sentence before one of these is a name ("Ayodele said…"). */
export const PERSON_VERBS = new Set(
  `said says told asked rang phoned called texted messaged emailed hit punched kicked slapped pushed grabbed shouted
   screamed swore threatened came turned helped promised explained listened lied laughed smiled sent knew wanted
   tried kept followed stalked attacked assaulted stole broke smashed spat refused admitted denied pleaded pled
   got gave took made left moved lives lived works worked stayed visited visits keeps won't wont didn't didnt never
   always still has had and`.split(/\s+/),
);
/** What follows a possessive name written without its apostrophe: "jades mum", "kaydens house". */
export const OWNED =
  /^\s+(?:mum|mam|dad|brother|sister|mate|mates|nan|gran|house|flat|place|car|bf|gf|boyfriend|girlfriend|ex|cousin)\b/i;
/** What people own, in lower case never a name ("my mates house n car"). */
export const OWNED_THINGS = new Set(
  "mum mam dad brother sister mate mates nan gran house flat place car bf gf boyfriend girlfriend ex cousin".split(" "),
);
/** What only a person does: a name that is also a word is a name before one ("grace told me", "Bill said"). */
export const STRONG_PERSON_VERBS = new Set(
  `said says told tells asked rang rings phoned texted txted messaged emailed hit punched kicked slapped pushed grabbed
   shouted screamed swore threatened attacked assaulted stole smashed spat lied laughed admitted denied pleaded`.split(/\s+/),
);
/** The same deeds as they go on, only a person's: "while Dean was kicking the door" (not "Music was banging"). */
export const STRONG_PERSON_DOING = new Set(
  `kicking punching hitting slapping pushing grabbing shouting screaming swearing threatening attacking stealing
   spitting`.split(/\s+/),
);
/** Where a sentence or clause starts: the word before such a subject ("and grace told me", "then Bill said"). */
export const CLAUSE_START = new Set([
  "",
  "and",
  "then",
  "but",
  "cos",
  "coz",
  "so",
  "n",
  "when",
  "because",
  "until",
  "after",
  "that",
  "while",
  "whilst",
  "before",
]);
/** Words for people or roles that are names too ("Judge said", "my mate said"): never a name before a verb. */
export const ROLES = new Set(
  `judge doctor nurse staff lawyer solicitor barrister friend boss guard mate lad man boy husband son copper cousin
   officer police sergeant detective witness victim neighbour teacher manager worker security someone everyone nobody
   mum dad mam wife partner brother sister daughter girl woman bloke guy ex family kids people`.split(/\s+/),
);
/** A description after a name: "Osagie, my husband", "Heulwen, y swyddog". */
export const APPOSITION = /^,\s+(?:my|our|his|her|their|the|a|an|fy|ein|ei|eu|y|yr)\s/iu;
/** The same for a name that is also a word: it needs a person's description ("Grace, my daughter"; not "Rose, the word"). */
export const APPOSITION_PERSON = /^,\s+(?:my|our|his|her|their|fy|ein|ei|eu)\s/iu;
/** Or a role that only a person has: "Ray, the volunteer driver who…", "Faith, a support worker,". */
export const ROLE_WORDS =
  "interpreter|translator|usher|clerk|carer|mentor|keyworker|ex|bf|gf|son|daughter|brother|sister|husband|wife|partner|boyfriend|girlfriend|mum|dad|mother|father|friend|mate|cousin|nephew|niece|volunteer|driver|officer|nurse|doctor|worker|caseworker|advocate|isva|idva|solicitor|barrister|sergeant|detective|constable|inspector|pcso|manager|teacher|counsellor|neighbour|man|woman|lad|girl|boy|guy|bloke|lady|landlord|landlady|witness|paramedic|receptionist|adviser|advisor|cop|copper|pc|warden|guard|owner|boss|regular|customer|steward|assistant|colleague|swyddog|gweithiwr|nyrs|meddyg|cymydog|cymdoges|dyn|ddyn|dynes|ferch|bachgen|gyrrwr|yrrwr|athro|athrawes";
export const APPOSITION_ROLE = new RegExp(`^,\\s+(?:the|a|an|y|yr)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_WORDS})s?\\b`, "iu");
/** The same without the comma, at the start of a sentence: "Bill the landlord changed the locks". */
export const BARE_ROLE = new RegExp(`^\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_WORDS})s?\\b`, "iu");
/** "Oluwaseun was the only PCSO who…", "Nimco was my ISVA": who a word in no list was, at the start of a sentence. */
export const WAS_ROLE = new RegExp(
  `^\\s+(?:was|is)\\s+(?:the|my|our|a|an)\\s+(?:only\\s+|first\\s+|best\\s+|one\\s+)?(?:${ROLE_WORDS}|one|person|copper|isva|idva|pc|dc|family\\s+liaison)s?\\b`,
  "iu",
);
/** "Iris was the name of the volunteer", "Walker was his surname": a word the sentence says is a name. */
export const WAS_NAME =
  /^\s+(?:was|is|oedd|yw|ydy)\s+(?:the\s+name|(?:his|her|my|their|our)\s+(?:sur|first\s+|real\s+|last\s+|nick)?name|(?:ei|fy)\s+(?:h?enw|gyfenw))\b/iu;
/**
 * Where a person is from or works, in lower case: "from the witness service", "at the front desk", "from the victims'
 * hub", "from the car wash" (not "at the end").
 */
export const FROM_SERVICE =
  /^\s+(?:from|at)\s+(?:the|my|our|his|her|their|your)\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:service|services|desk|team|unit|office|council|station|charity|support|care|police|court|hospital|surgery|school|college|centre|refuge|helpline|housing|reception|cps|isva|idva|project|hub|ward|clinic|sarc|wash|garage|salon|takeaway|chippy|warehouse|factory|depot|gym|shop|pub|club|barbers|barber['’]s|bookies|cafe|café|bakery|butchers|flats|estate|market|chapel|church|mosque|temple|gurdwara)\b/u;
/** The same without an article, for a word in no list: "zuri from victim support", "from witness care". */
export const FROM_SERVICE_BARE =
  /^\s+(?:from|at)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:support|care|service|services|council|police|cps|isva|idva|sarc|refuge|helpline|housing)\b/u;
/** Seasons, months and virtues that are names too: never a name for what follows them ("Summer at the caravan…"). */
export const SEASONS = new Set([
  "summer",
  "autumn",
  "winter",
  "spring",
  "may",
  "june",
  "april",
  "august",
  "hope",
  "faith",
  "joy",
]);
/** Where someone lives, after their name: "dave next door", "heulwen drws nesa". */
export const NEXT_DOOR = /^\s+(?:next\s+door|across\s+the\s+road|over\s+the\s+road|drws\s+nesa|drws\s+nesaf)\b/iu;
/** Animals: a name described as one is a pet's ("Paisley, his Staffordshire terrier"), and pets' names stay. */
export const PET_WORDS =
  "cat|cats|dog|dogs|puppy|puppies|pup|kitten|kittens|pet|pets|sheepdog|gundog|whippet|bulldog|pug|alsatian|rottweiler|cockapoo|cavapoo|terrier|spaniel|labrador|lab|collie|staffie|staffy|husky|poodle|greyhound|lurcher|rabbit|hamster|horse|horses|pony|parrot|budgie|tortoise|ci|cŵn|cwn|gi|nghi|cath|gath|nghath|chath|cathod|ceffyl|geffyl|ngheffyl|cheffyl|cwningen|gwningen";
export const PET_APPOSITION = new RegExp(
  `^,?\\s+(?:my|our|his|her|their|the|a|an|fy|ein|ei|eu|y|yr)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${PET_WORDS})s?\\b|^\\s+(?:oedd|yw|ydi|ydy)\\s+enw['’]r\\s+(?:${PET_WORDS})\\b`,
  "iu",
);
export const PET = new RegExp(`^(?:${PET_WORDS})$`, "iu");
/** Whether an answer speaks of an animal at all: only then are its names read as pets' names. */
export const PET_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${PET_WORDS})s?(?![\\p{L}])`, "iu");
/** People's words a name in apposition follows: "the witness care officer, Rose, explained", "ma'r hogyn, tyler price,". */
export const APPOSED_TO = new Set(
  `officer worker volunteer driver nurse doctor manager teacher neighbour landlord landlady solicitor barrister advocate
   isva idva pcso constable sergeant detective inspector witness paramedic receptionist caseworker counsellor lad girl
   boy man woman guy bloke fella lady kid son daughter brother sister friend mate partner husband wife boyfriend
   girlfriend ex cousin uncle aunt copper cop hogyn hogan boi dyn ddyn dynes bachgen fachgen merch ferch cymydog gymydog cymdoges
   swyddog plismon heddwas gwr gŵr gwraig ffrind mab brawd chwaer croten crwt hogan ddynas dynas fenyw menyw cwsmer
   mum mam dad tad thad nain taid nan gran nana mother father stepdad stepmum`.split(/\s+/),
);
/** An age after a name at the start ("Will was only fourteen when…"): a place or a thing has no age. */
export const WAS_AGED =
  /^\s+(?:was|is|were)\s+(?:only\s+|just\s+|barely\s+|nearly\s+|still\s+|about\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a\s+(?:baby|toddler|child|teenager|kid))(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?:\s*[,.;!?]|\s+(?:when|and|at|but|then|in|on)\b|\s*$)/iu;
/** What a sentence says only of a person: "grace was lovely to me", "dean was so rude". */
export const PERSON_DESCRIBED =
  /^\s+(?:was|is|were)\s+(?:so\s+|really\s+|very\s+|dead\s+|well\s+|proper\s+|always\s+|just\s+)?(?:lovely|kind|rude|brilliant|amazing|horrible|nasty|helpful|unhelpful|sound|decent|fab|patient|supportive|aggressive|drunk|angry|violent|scary|caring|friendly|useless|sarcastic|dismissive|abusive|screaming|shouting|crying|laughing)\b/iu;
/** What only a person keeps doing or has done to them: "kept messaging me", "was sobbing", "was arrested". */
export const PERSON_DOING =
  /^\s+(?:(?:kept|keeps|keep|was|is|were|started|has\s+been|had\s+been|won['’]?t\s+stop|never\s+stops?)\s+(?:messaging|texting|calling|ringing|phoning|following|threatening|harassing|stalking|shouting|screaming|sobbing|crying|laughing|swearing|hitting|punching|kicking|watching|staring|abusing|bullying|lying|turning\s+up|coming\s+round|knocking)|(?:was|is|got|has\s+been|had\s+been|were)\s+(?:arrested|charged|cautioned|convicted|sentenced|remanded|bailed|interviewed|jailed|released\s+on\s+bail))\b/iu;
/** Where a person lives, after their name: "Nick from the flat above", "Jo from next door", "Sam at number 12". */
export const FROM_HOME =
  /^\s+(?:from|at|in)\s+(?:(?:the\s+)?(?:flat|house)\s+(?:above|below|upstairs|downstairs|opposite|next\s+door)|next\s+door|upstairs|downstairs|across\s+the\s+road|over\s+the\s+road|number\s+\d+|no\.?\s*\d+)\b/iu;
/** What only a person does, after a first name kept here at the start ("Grace helped me", "Will hugged her"); not
 * "came" or "took", which a bill or the dawn do too. */
export const KEPT_NAME_VERBS = new Set(
  "helped hugged cried listened smiled promised explained visited drove walked waited knew wanted tried reassured saw heard witnessed noticed reported warned apologised apologized".split(
    " ",
  ),
);
/** A first name kept here or a name that is also a word, as written: "Ivy", "Jade". */
export const isNameKeptHere = (word: string | undefined) =>
  word !== undefined && (isCuratedName(word.toLowerCase()) || isAmbiguousName(word.toLowerCase()));
/** Verbs of telling or contacting someone: a name the lists know follows them even in lower case. */
export const CONTACT_VERBS = new Set("told texted txted messaged rang phoned emailed asked thanked met contacted".split(" "));
/** Shorthand people type, which the name lists may hold as surnames or nothing at all: never a name in lower case. */
export const TEXT_SPEAK = new Set(
  "obvs tbh idk lol omg thx pls plz ppl tho thru innit cuz coz bc rn smh ngl imo btw fyi asap wtf ffs tmrw tmw msg msgs txt txts bday abt bak bk bck thm wiv wot wud cud shud nite tonite gna".split(
    " ",
  ),
);
/** Slang and typed forms the name lists hold as names or nothing at all: never a name in lower case ("the guy wiv",
 * "the lad dat", "alright butt"). */
export const SLANG = new Set(
  "wiv dat dem wer ther thier cus bruv fam mandem peng prolly juss tryna finna sumthin nuthin sumone some1 any1 every1 no1 abit alot evry evryone nothin yh ennit lemme gimme dunno wen butt wor marra marras laffin wudnt cudnt shudnt dint sumthing sumfin summat somethin".split(
    " ",
  ),
);
/** "thats", "whos", "wasnt", "theyve": a contraction typed without its apostrophe, which the lists may hold as a name
 * ("arent") or know as nothing; never a name, whoever it follows ("the guy thats been stalkin me"). */
export const isTypedContraction = (folded: string) =>
  /^(?:is|was|are|were|have|has|had|could|would|should|does|did|do|must|might|need|ai|ca|wo|sha)nt$/.test(folded) ||
  /^(?:you|we|they|i|who|that|what|wot|there|here|where|how|it|he|she|let|wat)(?:ve|re|ll|d|s|m)$/.test(folded);
/** Prepositions after which a lower-case word before "from" is a thing, not a person ("on bail from…"). */
export const THING_PREPOSITIONS = new Set(["on", "in", "at", "of", "under", "into", "onto", "without", "for"]);
/** Family titles written before a name, as a title is: "Gran Pat", "Uncle Will", "Anti Mair". */
export const KIN_TITLES = new Set(
  "uncle auntie aunt aunty nan nana nanna gran granny grandad grandma grampy cousin yncl anti bopa modryb".split(" "),
);
/** Words written as a title before a name ("Judge Harcourt", "Uncle Tariq", "Anti Glenys"): before a name they are its
 * title, not a first name, though a person may bear one as a surname ("PC Judge"). */
export const TITLE_WORDS = new Set([
  ...KIN_TITLES,
  ..."judge nurse councillor detective superintendent sister father ewythr cynghorydd rhingyll cwnstabl".split(" "),
]);
/** Words that end a name said in thanks: "thanks sue, very helpful", "cheers dave!". */
export const THANKS = new Set(["thanks", "thank", "cheers", "ta", "thx", "diolch"]);
/** Titles typed in lower case before a first name that is also a word: "pc will brown". */
export const LOWER_TITLES = new Set(["pc", "dc", "ds", "sgt", "pcso", "insp", "dci", "mr", "mrs", "ms", "dr", "cllr"]);
export const ACRONYMS = new Set(
  "nhs cps isva idva pcso dci gp ae sarc mash marac ipcc iopc dvla dwp hmrc bbc itv rspca flo oic sio cid".split(" "),
);

/** Irregular verbs a name list also holds: after "my mum" they are what she did ("my mum rose", "my dad ran"). */
export const PAST_TENSES = new Set(
  `ran held won fell read rose sat bit hit cut let put set shot drove drank sang swam wore felt kept left went came told
   said took gave got made knew thought found heard saw lost paid sent spent stood brought bought caught taught meant met
   slept wept dealt built lent fought understood forgot became began rang threw`.split(/\s+/),
);
