/**
 * What redaction knows about names (ADR 0011). Two maintained lists from the npm registry, read once on first
 * use: `@cspell/dict-people-names` (about 39,000 first names and surnames from many cultures, MIT) says what can be
 * a name, and `word-list` (about 274,000 English words, MIT) says what is also an ordinary word. Neither covers
 * Wales well, so the Welsh first names and the commonest surnames of England and Wales (after the ONS and Welsh
 * Government name statistics) are kept here, and so are the places and calendar words that are also names.
 *
 * A word is a clear name when a list says it is a name and no English dictionary knows it (Okafor, Kayleigh,
 * Rhodri), or when it is one of the common names kept here (Jones, Davies: the dictionary knows "jones" too). A
 * name that is also an ordinary word (Mark, Grace, Rose, Will, Brown) is only a name where the context says so.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fold, mutations } from "./redact-rule";
import { UK_PLACES } from "./uk-places";

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Common first names in England and Wales. Words that are also ordinary words (Will, May, Mark, Grace, Rob…) are left to context rules. */
export const UK_FIRST_NAMES = words(`
  ben jess sam tim kim jo al ed dom nat kat meg ted tom jon zak jen liz beth bex becky val viv bev lou tash kev gaz baz
  daz shaz dazza jonno jay-jay macy kacey kasey jodie jordan jade-louise
  danny kerry tommy jimmy johnny billy sammy jenny benny donny ronnie connie bonnie jessie christy ollie rory troy ken
  mel del
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
  maureen pauline doreen beryl glenys sheila jean joan irene eileen marion marjorie brenda gillian jacqueline janice
  lorraine denise elaine yvonne valerie sylvia audrey ann anne annie bernadette colette geraldine josephine kathryn
  lesley lynne lynn marilyn mavis muriel norma phyllis rita rosemary shelley sonia theresa tina vanessa vera veronica
  hilary jill gail gaynor tracey-ann
  colin trevor derek nigel graham malcolm terry terence clive geoffrey gordon leslie lionel melvyn mervyn neville
  royston vernon wilfred cyril desmond ernest frederick gerald hugh ivor maurice percy reginald rodney selwyn sidney
  vincent walter
  kayden jayden logan ellis kian leighton corey tyrese kai jaxon jenson finley riley tayla kayla kelsey keeley shannon
  demi jorja tilly lacey leah millie mollie nevaeh tia tianna skye tasha shauna becca kacey-leigh
  anjali deepa neha pooja rani rekha shanti simran usha arif asif faisal farhan haroon irfan javed junaid kashif nadeem
  naveed rizwan sajid shahid tahir waqar zubair zahid aamir adil amjad arshad ayaan rahul vikram nikhil manoj suresh
  ramesh rajesh harjit jaswinder kulwinder manjit rajinder sukhwinder baljit parminder
  przemek przemyslaw grzegorz mariusz dariusz lukasz jakub kacper wojciech wojtek bartosz marcin michal ionut mihai
  florin bogdan cristian gheorghe vasile alina ioana andreea oana bianca dorota beata iwona jolanta kasia gosia zofia
  adebayo adeola ayodele babajide chidi chinedu chioma chukwuemeka folasade funmilayo ifeoma ngozi nkechi obinna
  olumide olamide temitope yetunde kwabena kwasi akua abena themba thabo tendai tatenda chipo farai
  abdi abdirahman hodan hamdi sahra ubah ifrah fartun nimco deeqa mahad guled liban
`);

/**
 * First names common in England and Wales that the people-names list lacks (it was drawn up mostly from American
 * lists): names of the ONS baby-name tables of the last three decades ("aidan", "imogen", "esme"), Irish and Scottish
 * names ("aoife", "niall", "eilidh"), and names of families of South Asian, West African, Polish and Romanian origin
 * living here, with short forms people write ("steph", "kez"). Each was checked against `word-list`: none is an
 * English word (the test of this list keeps it so), so each is a name in any context, as the lists' names are.
 */
export const MORE_UK_FIRST_NAMES = words(`
  vic tez jez bri geoff rog des
  aarav adaeze aditya aidan aiden ailsa akash akosua alasdair albie aleksandra alexandru alistair anam anish anushka
  aoibhinn aoife arabella arham arlo aryan ashok  ayden ayla bek brayden bushra caiden calum caoimhe cathal
  catriona chiamaka chika chinonso chukwudi ciaran cillian clodagh conall conor cormac dawid deepika dinesh divya
  dmitri donal dougal eamon eamonn ebuka efua ehsan eilidh eimear eoin esi esme euan femi fergal fintan fionn
  fionnuala folake grainne hafsa hamish hina hira ifeanyi imogen inaya iqra ishbel jaden jas jatin jaya jaz jemma
  kavita keiran kemi kez khadija kieron kiran kirsteen kishan kojo krish kunal kunle kwesi kyran laiba lakshmi lexi
  lorcan madiha mahnoor mairead manish mateusz meena mehwish mhairi morag murdo naila naresh nazia niall nitin nkem
  nneka nuala oisin oksana olu oonagh orla orlaith padraig preeti qasim rabia radha rajiv rakesh raluca rayan rayyan
  rehan ritu rohit roisin ruairi ruaridh sachin sadia  saima sameer samina sandeep sangeeta saoirse seamus segun
  sergei seun shakeel shazia shilpa shreya sidra sinead sita sorcha steph struan sumaira sumaya sunil swati szymon
  tadhg tahira talha tarun tayo taz torquil uche uzma varun vihaan vikas vinay vishal vlad waleed waqas weronika
  wiktor yash yasir yemi yousaf yulia zahra zayan zayn zoya zunaira zuzanna
`);

/** Ordinary words, English and Welsh, that follow a title or a relation without being a name ("the PC said", "fy mab yn"). */
export const COMMON_WORDS = words(`
  a an the and or but if so as to of in on at by for from with about into onto over under after before since until than then
  while whilst because once although though unless whenever wherever
  who whom which that this these those there here when where what why how all any some every each both either neither no not
  nor yes only just also still even ever never always again too very really quite back out up down off away now later soon
  i me my mine you your he him his she her hers it its we us our they them their one two three first last next other another
  myself yourself himself herself itself ourselves yourselves themselves hisself theirself themself
  is are was were be been being am has have had do does did done can could will would shall should may might must
  isn't wasn't aren't weren't don't doesn't didn't hasn't haven't hadn't can't couldn't won't wouldn't shouldn't it's he's she's
  said says told tells asked asks came comes went goes rang rings phoned called calls spoke speaks took takes gave gives got
  gets kept keeps made makes let left arrived turned tried seemed looked knew knows thought wanted wants needed needs helped
  explained visited emailed texted wrote sent showed laughed shouted lied stopped started saw sees seen heard please
  i'r o'r a'r i'w i'n o'i a'i mae'r dyma'r dyna'r gyda'r â'r ar'y thanks thank ok okay im ive id dont didnt cant wont isnt wasnt i'm i've i'd i'll you're you've we're we've they're they've that's there's what's let's
  y yr ac ag â yn i o ar am at gyda heb dros drwy trwy fi fe e hi nhw ni chi ti mae roedd oedd yw ydy ydi sy sydd wedi ddim bod
  ond neu hefyd hwn hon hyn hynny yno yma ei eu fy ein eich na nad pan pob bob mewn rhywun neb dim erioed byth eto
`);

/**
 * Everyday Welsh words that the people-names list happens to hold ("aros" wait, "tu allan" outside, "hanner" half,
 * "eleni" this year), some as they are written mutated ("ferch", "thad", "goeden"): ordinary words here, as an English
 * dictionary word in no name list is. Found by running `classify()` over the Welsh sentences of the development
 * corpora and a Welsh spelling dictionary; a word that is a given name too ("allan", "lori") is in
 * `AMBIGUOUS_NAMES` instead.
 */
export const WELSH_EVERYDAY_WORDS = words(`
  addo alla arno aros bae bai balch bara barch basa blas boen bol bu castell codi dail dall dau deng dolen du dy
  eleni fama fath ferch galla gallen goeden goll graig gwin hanes hanner hoff holl hyder ladd lai landin leia lon neis
  nith odden sa thad torri tu werth`);

/**
 * Welsh first names (boys' and girls'), old and current, with and without accents. Chosen as given names a Welsh
 * speaker knows (saints', poets' and chapel-era names, the Welsh Government's baby-name lists, their short and pet
 * forms), each looked up in `word-list` and a Welsh spelling dictionary: one that is also a word people write, in either
 * language ("haf", "seren", "celt"), is in `AMBIGUOUS_NAMES` instead, unless `WELSH_WORDS` already guards it.
 */
export const WELSH_FIRST_NAMES = words(`
  aled alun alwyn aneurin arwel arwyn bedwyr bleddyn bryn brynmor cadfael cadog cai caradog carwyn cedric cefin cledwyn
  cynan cynfor dafydd dai deiniol delwyn dewi dylan dyfan dyfed dyfrig eifion einion elfed elis elwyn emlyn emrys emyr
  eryl gareth garmon geraint gethin gruffudd gruffydd guto gwion gwilym gwydion gwyn gwynfor hefin huw hywel
  iago ianto idris idwal iestyn ieuan ifan ifor iolo iorwerth iwan llew llewelyn llewellyn llyr llŷr llywelyn macsen
  madoc madog meirion meilyr morgan myrddin nye osian owain owen pedr peredur prys pryderi rheinallt rhodri rhun rhydian
  rhydderch rhys sion siôn steffan taliesin tegid tomos trefor tudur tudor twm wyn wynford ynyr heddwyn gwynedd
  berwyn bedwyr cadwaladr caradoc cennydd cled cynwrig dyfnallt eirwyn elgan emyr glyndwr gwallter gwern hedd hywyn
  iolo jac rhys lleu llion maredudd math meical mostyn ogwen pryderi sulien tegwyn teilo trystan wil
  aelwen alaw alys angharad anwen arianwen bethan betsan branwen bronwen carys catrin cerian ceri ceridwen cerys crisiant
  delyth dilys dwynwen efa eilir eiluned eirian eirlys eirwen elen eleri elin elinor eluned enfys eurwen ffion gaenor glesni
  gwawr gwen gwenda gwendolen gwenllian gwenno gwladys gwyneth heledd heulwen hafwen lleucu llinos lowri luned mabli mair
  mali manon mared mererid megan meinir meleri menna mirain morfudd morwenna myfanwy nerys nest nesta nia non olwen rhiannon
  rhian rhonwen sara seren sian siân siwan sioned tanwen tegan teleri tirion wenna awen beca buddug cadi carwen
  catrin cari eira elan eiry ela ffraid gwenan gwenith haf heledd hawys llio lois mabon marged meinwen nanw nona
  olwen rhianwen rhiannydd tesni tegwen ioan elliw harri nansi begw deio gruff efan cian tomi lleucu nel
  adda aeddan amlyn anarawd aneirin brynach cadell cadfan cadoc cadwgan caerwyn caio ceirion cenydd ceredig cerith
  cerwyn cynddylan cynfelyn cynog dafi deian dei delme derfel dilwyn edern ednyfed egryn elfryn elfyn elidir elystan
  endaf erfyl eurig eurof gerallt glanmor gronw goronwy gwenallt gwil gwyndaf hari heilyn huwcyn huwi iefan
  ilar illtud illtyd iori islwyn ithel lewys llywarch maelgwn maldwyn mathonwy medwyn meic meilir meredydd merfyn
  mervyn meurig morien morus morys myfyr nedw nefydd penri rhisiart rhydwen rolant seiriol selyf siencyn sieffre
  sioni sionyn talfryn tecwyn tristan urien wiliam wmffra berian edryd ffowc meirig aron ilan tegfryn wmffre einon
  idloes robat rhobert ffred myrfyn
  aerona alis alwen aneira anest annes annest arianrhod blodeuwedd blodwen caryl cati ceindeg ceinwen dilwen dyddgu
  eiddwen eigra eilwen einir eirianwen eirys elenid enid enlli esyllt eurgain fflur gaynor glenda glenys gweneira
  gwenfair gwenfron gwenfyl gwenhwyfar gwennan gwenonwy gwerful hana heti iola iona leusa lusi madlen mairwen mallt mari
  meirwen morfydd morwen nanno nelw owena rhoswen sali seirian siani siwsi sulwen tangwystl undeg elsi
  annwen arwen anni beti lisi neli hanna erin martha gwyneira cathrin alwena elisa elisabeth elsbeth ffreya leri
  lleuwen lona meira olwena siwsan`);

/** The commonest surnames in England and Wales; several are also dictionary words, so they are listed outright. */
export const COMMON_SURNAMES = words(`
  smith jones williams taylor davies davis evans thomas johnson roberts robinson thompson wright walker edwards hughes
  lewis harris clarke clark patel jackson wood turner martin cooper hill ward morris moore clarke lee king baker harrison
  morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook carter richardson
  bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster
  chapman powell webb rogers gray mason ali hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler
  russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews
  stewart elliott reynolds saunders payne fox ford pritchard prichard prosser parry pugh vaughan howells llewellyn bowen
  rees rhys meredith humphreys maddox probert bevan gwynne watkins jenkin griffith prydderch powys gittins beynon
  nicholas morse wynne pryce protheroe lougher gough hopkins hopkin bowen whitfield okafor kowalski nowak wiśniewski
  mahmood akhtar rahman iqbal hussein choudhury chowdhury begum bibi shah mistry sharma gill sandhu
  huws parri puw tudur rowlands rowland preece gwynn lewys llewelyn gruffudd ifans morgans watkin owens dafis`);

/**
 * Names that are also ordinary words or places, English or Welsh ("awel" breeze, "math" kind, "allan" out, "lori"
 * lorry): a name only after "was", "from", a title, a relation or a first name.
 */
export const AMBIGUOUS_NAMES = words(`
  mark will grace rose may june april august bill frank hope joy faith dawn summer amber ruby holly ivy lily daisy poppy
  heather hazel iris jade pearl crystal sky river glen dean grant chase rich bob rob pat sue jack jay guy art ray don
  sunny cherry honey angel star storm autumn melody harmony bliss brook brooke cliff dale drew earl gene miles nick norman
  penny rocky rusty sandy sterling stone wade young brown white green black grey gray wood hall king hill baker cook
  turner walker wright bell ward price long short little lane field fields marsh moss read reed rice bishop archer
  church pope duke lord noble major sharp strong swift wise hardy frost snow sparrow finch crane ash oak rowan forest
  wells banks brooks waters rivers haf eira bryn glyn gwyn wyn heulwen seren afon dyfed mae non nest alaw enfys gwawr
  tirion glesni ceri wynn
  charity patience mercy prudence verity constance honour blessing precious favour comfort
  foster fox ford mason butler fisher knight mills gill barker fletcher morse rosemary sienna gruff
  awel aeron afan arfon briallen celt deryn elain glain lili loti magi math sidan swyn
  allan lori euros gwennol hedydd menai deri
  aisling aine aarti harish tolu anil dev mick mickey tel alf les sal col den
  moira toby louie teddy sonny jasper maxwell phoebe matilda isabel luna maya tammy tara jasmin jasmine darcy nellie
  albert william molly`);

/**
 * Welsh names of towns the English gazetteer knows by their English names (Hwlffordd is Haverfordwest), written as
 * one word: with their mutations ("i Gaergybi", "yng Nghaerfyrddin", "o Fangor") they are places, never names.
 */
export const WELSH_TOWNS = words(`
  caerdydd abertawe casnewydd wrecsam caerfyrddin aberteifi hwlffordd caergybi aberhonddu drenewydd trallwng penfro
  abergwaun dinbych trefynwy cas-gwent caerllion glynebwy aberdâr aberdar sanclêr sancler rhydaman castell-nedd caerffili
  tudful llanbedr llanymddyfri aberaeron llandeilo porthaethwy biwmares llangefni amlwch caernarfon bangor pwllheli
  porthmadog dolgellau bermo harlech blaenau ffestiniog bethesda llanrwst betws conwy llandudno colwyn rhuthun
  treffynnon wyddgrug fflint prestatyn rhyl llangollen croesoswallt fenni pontypŵl pont-y-pŵl
  pen-y-bont bont-faen barri penarth caerffili maesteg pontypridd tonypandy treorci aberpennar merthyr aberystwyth
  machynlleth tywyn llanidloes llanfair crymych arberth dinbych-y-pysgod cydweli porth tywyn llanelli rhydaman
  llanbed llambed tregaron castellnewydd llandysul cwmtawe pontardawe treforys glyn-nedd`);

/** Capitalised words that are never names here: places, nations, languages, faiths, calendar, organisations. */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march july september october november december
  llun mawrth mercher iau gwener sadwrn sul ionawr chwefror ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
  christmas easter ramadan eid diwali hanukkah nadolig dolig pasg mai fai galan lun
  sais saesnes saeson chymro cymro gymro cymraes gymraes chymraes cymry gymry gwyddel gwyddeles wyddel wyddeles albanwr
  albanes
  england wales scotland ireland britain uk gb cymru lloegr alban iwerddon prydain europe
  london cardiff swansea newport wrexham bangor chester lincoln preston barry bristol manchester liverpool leeds birmingham
  sheffield york kent essex pembroke milford flint bala ely roath canton heath whitchurch llanelli bridgend carmarthen
  aberystwyth rhyl pontypridd caerphilly cwmbran abergavenny monmouth brecon powys gwent dyfed gwynedd anglesey llandudno
  holyhead tenby haverfordwest cardigan lampeter welshpool newtown mold prestatyn colwyn denbigh ruthin llangollen
  porthmadog pwllheli caernarfon dolgellau machynlleth aberdare maesteg porthcawl penarth splott grangetown cathays
  llandaff rhiwbina llanishen pentwyn caerdydd abertawe casnewydd wrecsam aberteifi caerfyrddin merthyr neath conwy
  glamorgan morgannwg ceredigion denbighshire flintshire monmouthshire torfaen blaenau rhondda cynon taf ogwr
  glasgow edinburgh aberdeen dundee belfast derry inverness nottingham leicester coventry bradford hull plymouth
  southampton portsmouth reading oxford cambridge gloucester hereford worcester shrewsbury telford stoke derby exeter
  bath swindon cheltenham birkenhead wirral blackpool bolton wigan sunderland newcastle durham carlisle norwich ipswich
  somerset avon devon cornwall dorset wiltshire gloucestershire herefordshire shropshire cheshire merseyside lancashire
  yorkshire cumbria northumbria staffordshire derbyshire warwickshire leicestershire lincolnshire norfolk suffolk surrey
  sussex hampshire berkshire hertfordshire bedfordshire cambridgeshire northamptonshire nottinghamshire cleveland humberside
  english welsh polish urdu arabic punjabi bengali romanian somali cymraeg saesneg
  jesus god allah christian muslim jewish sikh hindu
  mum mam dad nain taid nan gran nanna grandad mamgu mam-gu tadcu tad-cu dadcu
  crimestoppers samaritans samariaid refuge barnardos barnardo's nspcc childline shelter mind mencap womens aid
  llamau bawso calan hafan gorwel atal galop stonewall umbrella barod dash respect karma nirvana mankind survivors
  evri hermes dpd yodel parcelforce ebay paypal vinted depop gumtree whatsapp snapchat tiktok instagram facebook
  toyota vauxhall nissan honda hyundai kia peugeot renault citroen skoda volkswagen bmw audi volvo prius corsa
  magistrates
  rape crisis kooth papyrus mencap scope sova nacro ssafa
  mondays tuesdays wednesdays thursdays fridays saturdays sundays
  insp supt cllr revd det prof rhingyll ringyll gwnstabl parchedig barchedig cynghorydd gynghorydd
  pc dc ds di dci pcso sgt sergeant inspector constable officer detective mr mrs ms miss dr police court crown station road
  street lane avenue close drive way park hospital support service services centre council victim victims heol stryd
  ffordd heddlu llys facebook instagram snapchat tiktok twitter whatsapp google tesco asda aldi lidl
  lego uber disney nissan skoda
  cctv dna gp asbo dvla dwp hmrc nhs cps iopc ipcc rspca marac mash sarc aber
  covid covid-19 coronavirus coronafirws brexit netflix xbox playstation youtube ebay paypal vinted gumtree deliveroo
  depop crimewatch dartmoor exmoor snowdonia eryri
  thames mersey ouse cotswolds chilterns mendips pennines mercia
  cyngor gwasanaeth gwasanaethau swyddfa ysbyty meddygfa llywodraeth senedd elusen uned adran awdurdod cymdeithas
  comisiynydd tribiwnlys canolfan ysgol prifysgol coleg capel eglwys duw iesu arglwydd gŵyl gwyl calan tîm tim
  swyddog cwnstabl sarjant rhingyll arolygydd ditectif meddyg nyrs barnwr ynadon erlyn prawf tystion dioddefwyr
  cymorth llinell cyfraith deddf
  sainsbury's sainsburys mcdonald's mcdonalds morrisons greggs primark wetherspoons spoons
  boots superdrug wilko argos currys halfords poundland matalan specsavers starbucks nandos kfc screwfix iceland
  waitrose ocado costcutter spar londis nisa farmfoods b&m homebase wickes dunelm debenhams selfridges
  barclays lloyds santander natwest halifax hsbc monzo starling revolut nationwide barclaycard`);

/** A set of words held as sorted 32-bit hashes: a few hundred thousand words in one typed array, so the lists
 * add no objects for the garbage collector to walk on every submission (a 1 in 15,000 chance of a false hit). */
class WordHashes {
  private readonly hashes: Uint32Array;
  constructor(words: Iterable<string>) {
    const list: number[] = [];
    for (const word of words) if (word) list.push(hash(word));
    this.hashes = Uint32Array.from(list).sort();
  }
  has(word: string): boolean {
    const h = hash(word);
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.hashes[mid];
      if (at === h) return true;
      if (at < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Lists = { people: WordHashes; everyday: WordHashes };
let lists: Lists | undefined;

/** Countries and languages that are also given names here: they stay to the name lists and the context. */
const COUNTRIES_THAT_ARE_NAMES = new Set(
  words("chad georgia india israel jordan kenya shona swati mariana dominica de garn corea"),
);

/**
 * The names of countries, territories and languages in English and Welsh, from the runtime's own ICU data
 * (`Intl.DisplayNames` over every two-letter code): "Poland", "Romania", "Gymraeg", "Pwyl" (of "Gwlad Pwyl"),
 * "Almaen" (of "Yr Almaen"). Only names of one word, or the word after "Gwlad", "Y"/"Yr", "De" or "Gogledd", so that
 * "Diego Garcia" or "Saint Lucia" give no person's name; those that are given names here too stay names.
 */
function countriesAndLanguages(): string[] {
  const out: string[] = [];
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (const locale of ["en", "cy"])
    for (const type of ["region", "language"] as const) {
      const names = new Intl.DisplayNames([locale], { type, fallback: "none" });
      for (const a of letters)
        for (const b of letters) {
          let name: string | undefined;
          try {
            name = names.of(type === "region" ? `${a}${b}`.toUpperCase() : `${a}${b}`);
          } catch {
            continue;
          }
          if (!name) continue;
          const parts = name.split(/\s+/);
          parts.forEach((part, k) => {
            if (parts.length > 1 && !/^(?:gwlad|y|yr|de|gogledd)$/i.test(parts[k - 1] ?? "")) return;
            const folded = part.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
            if (/^[a-z'-]{3,}$/.test(folded) && !COUNTRIES_THAT_ARE_NAMES.has(folded) && !CURATED.has(folded)) out.push(folded);
          });
        }
    }
  return out;
}

/** Reads the two registry lists once, on first use (about 100 ms), so importing this module costs nothing. */
export function nameLists(): Lists {
  if (lists) return lists;
  const require = createRequire(import.meta.url);
  const people = readFileSync(
    join(dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json")), "dict", "people-names.txt"),
    "utf8",
  )
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((name) => name.trim().toLowerCase());
  const everyday = readFileSync(join(dirname(require.resolve("word-list")), "words.txt"), "utf8").split("\n");
  lists = {
    people: new WordHashes([...people, ...WELSH_FIRST_NAMES, ...COMMON_SURNAMES]),
    everyday: new WordHashes(everyday),
  };
  for (const place of countriesAndLanguages()) NOT.add(place);
  return lists;
}

const FIRST = new Set([...UK_FIRST_NAMES, ...MORE_UK_FIRST_NAMES, ...WELSH_FIRST_NAMES]);
const CURATED = new Set([...FIRST, ...COMMON_SURNAMES]);
const AMBIGUOUS = new Set(AMBIGUOUS_NAMES);
const SURNAMES = new Set(COMMON_SURNAMES);
/** One of the commonest surnames of England and Wales (folded). */
export const isCommonSurname = (word: string): boolean => SURNAMES.has(word);
const WELSH_TOWN_FORMS = new Set(WELSH_TOWNS.flatMap((town) => mutations(town)));
const NOT = new Set([...NOT_NAMES, ...WELSH_TOWN_FORMS]);
export const COMMON = new Set(COMMON_WORDS);
const WELSH_EVERYDAY = new Set(WELSH_EVERYDAY_WORDS);

/**
 * What a word (folded to lower case, without a possessive) is: never a name here ("not"), an ordinary word
 * ("word"), a name that is also an ordinary word ("ambiguous"), a clear name ("name"), or in no list ("unknown").
 */
export type NameClass = "not" | "word" | "ambiguous" | "name" | "unknown";

export function classify(word: string): NameClass {
  const { people, everyday } = nameLists();
  if (word.length < 2 || NOT.has(word)) return "not";
  if (AMBIGUOUS.has(word)) return "ambiguous";
  if (COMMON.has(word) || WELSH_EVERYDAY.has(word)) return "word";
  if (CURATED.has(word)) return "name";
  // A word typed without its last "g" is the word ("sayin", "ringin", "goin"), unless the names list knows it ("robin",
  // "calvin", "dustin": names first).
  if (word.length >= 4 && word.endsWith("in") && (!people.has(word) || word === "goin") && everyday.has(`${word}g`))
    return "word";
  if (people.has(word)) return everyday.has(word) ? "ambiguous" : "name";
  return everyday.has(word) ? "word" : "unknown";
}

/** A first name or common surname kept here that no dictionary knows as a word: a name even in lower case ("dave"). */
export function isListedName(word: string): boolean {
  // (not a place or a county kept here as a name too: "Gwynedd")
  return CURATED.has(word) && !AMBIGUOUS.has(word) && !COMMON.has(word) && !NOT.has(word) && word.length >= 3;
}

const WELSH = new Set(WELSH_FIRST_NAMES);
/** A Welsh first name kept here: the only lower-case names trusted in a Welsh answer. */
export const isWelshName = (word: string) => WELSH.has(word);

/** A word an English dictionary knows ("kerrys" is none, "roses" is one). */
export const isEverydayWord = (word: string) => nameLists().everyday.has(word);

/**
 * Whether a word is one letter away from a word an English dictionary knows (a letter dropped, added, changed or two
 * swapped: "evryone", "neigbours", "horrble"): typed words look like names in no list, so the weaker person contexts
 * leave them. A few hundred lookups, asked only of words in no list that stand in such a context.
 */
export function isNearWord(word: string): boolean {
  const { everyday } = nameLists();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let k = 0; k <= word.length; k += 1) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    if (k < word.length && everyday.has(head + tail.slice(1))) return true;
    if (k + 1 < word.length && everyday.has(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of letters) {
      if (everyday.has(head + letter + tail)) return true;
      if (k < word.length && letter !== tail[0] && everyday.has(head + letter + tail.slice(1))) return true;
    }
  }
  return false;
}

/** A name kept here, not one only the registry list knows: trusted at the start of a Welsh sentence too. */
export const isCuratedName = (word: string) => CURATED.has(word);

/** A name kept here that is also an everyday word (Mark, Grace, Dean): a name in lower case only where context says so. */
export const isAmbiguousName = (word: string) => AMBIGUOUS.has(word) && !COMMON.has(word);

let places: { words: Set<string>; names: Set<string> } | undefined;
/**
 * Towns the gazetteer counts inside a city and so leaves out, as people name them: the six towns of Stoke-on-Trent,
 * the Black Country's, a few of the Marches' small towns.
 */
const TOWNS_OF_CONURBATIONS = new Set(
  "hanley burslem fenton stoke sedgley coseley gornal lye netherton pensnett wollaston clun".split(" "),
);
const foldPlace = (name: string) => fold(name).replace(/[\s-]+/g, " ");

function ukPlaces() {
  if (!places) {
    places = { words: new Set(), names: new Set() };
    for (const place of UK_PLACES.split("\n")) {
      const folded = foldPlace(place);
      places.names.add(folded);
      if (!folded.includes(" ")) places.words.add(folded);
      // "Berwick-upon-Tweed", "Southend-on-Sea", "Stoke-on-Trent": the town's first word is how people say it.
      const compound = /^([a-z']{4,}) (?:upon|on|in|under|le|super|by) /.exec(folded);
      if (compound) places.words.add(compound[1]);
    }
  }
  return places;
}

/**
 * The name of a town or village of Great Britain written as one word (folded: "clevedon", "llandovery",
 * "ystalyfera"), or the first word of an English compound one ("berwick" of Berwick-upon-Tweed), from the GeoNames
 * gazetteer (uk-places.ts). Other names of several words ("Glan-rhyd", "Cefn Coed") are left out: their words name
 * houses and farms as often as places; isUkPlaceName asks for them whole.
 */
export const isUkPlace = (word: string): boolean =>
  ukPlaces().words.has(word) ||
  WELSH_TOWN_FORMS.has(word) ||
  TOWNS_OF_CONURBATIONS.has(word) ||
  // ("ross-on-wye", "bryn-y-maen" written as one word with its hyphens)
  (word.includes("-") && ukPlaces().names.has(foldPlace(word)));

/** A whole place name of one or more words, in any case and spacing: "kirkby stephen", "Bardon Mill", "west bromwich". */
export const isUkPlaceName = (name: string): boolean => ukPlaces().names.has(foldPlace(name));
