import type { outcomesEn } from "./outcomes.en";
import type { Strings } from "./strings";

/** Welsh strings: the same keys as outcomes.en.ts. */
export const outcomesCy: Strings<typeof outcomesEn> = {
  nav: "Canlyniadau",
  quarter: {
    label: "{{years}} Chwarter {{quarter}}, {{months}}",
    choose: "Chwarter",
    show: "Dangos y chwarter",
  },
  status: {
    reported: "Wedi'i adrodd",
    provisional: "Dros dro (mae'r chwarter yn dal ar agor)",
  },
  kinds: {
    outcome: "Canlyniadau ymdopi ac adfer",
    victims_code: "Cod y Dioddefwyr",
    satisfaction: "Bodlonrwydd",
  },
  movements: {
    improved: "Wedi gwella",
    stayed: "Wedi aros yr un fath",
    worse: "Yn waeth",
  },
  comparison: {
    title: "Canlyniadau ar draws gwasanaethau a gomisiynwyd",
    intro:
      "Ffigurau ar gyfer pob gwasanaeth rydych yn ei gomisiynu, o'i arolwg canlyniadau ei hun, ar gyfer un chwarter o'r flwyddyn ariannol. Ni ddangosir niferoedd bach byth: mae gwasanaeth sydd â llai o atebion na'r trothwy yn dangos \"llai na\", a chuddir ffigurau eraill lle byddent yn datgelu nifer fach.",
    noRanking:
      "Rhestrir gwasanaethau yn ôl enw, nid yn ôl safle. Mae gan bob cyfran gyfwng o 95%: lle mae cyfyngau dau wasanaeth yn gorgyffwrdd, gall y gwahaniaeth rhyngddynt fod yn siawns. Nodir bod gwasanaeth yn uwch neu'n is na'r lleill gyda'i gilydd dim ond lle nad yw'r cyfyngau'n gorgyffwrdd.",
    reportedOn:
      "Wedi'i adrodd: lluniwyd y datganiad hwn ar {{date}} ar ôl i'r chwarter gau, ac fe'i dangosir fel yr oedd bryd hynny.",
    provisionalNote: "Mae'r chwarter hwn yn dal ar agor: bydd y ffigurau'n newid nes iddo gau.",
    noFramework: "Cyhoeddwch fframwaith canlyniadau, a chomisiynwch wasanaethau sy'n ei fabwysiadu, i weld eu canlyniadau yma.",
    responsesCaption: "Ymatebion",
    service: "Gwasanaeth",
    responses: "Ymatebion",
    answered: "Wedi ateb",
    favourable: "Ateb ffafriol",
    pairs: "Parau dechrau a diwedd",
    allServices: "Pob gwasanaeth",
    noShare: "–",
    interval: "{{lower}} i {{upper}}",
    higher: "Uwch na'r lleill",
    lower: "Is na'r lleill",
    download: "Lawrlwytho'r datganiad chwarterol (CSV)",
    printable: "Datganiad chwarterol i'w argraffu",
    favourableHint:
      "Ateb ffafriol: y gyfran yr oedd eu hateb y tu hwnt i ganol y raddfa i'r cyfeiriad gwell. Mae wedi gwella, wedi aros yr un fath ac yn waeth yn cymharu'r ateb ar ddiwedd y cymorth ag ateb yr un person ar y dechrau, lle gwnaethant gadw eu cod.",
  },
  report: {
    title: "Datganiad canlyniadau chwarterol",
    print: "Argraffu'r datganiad hwn",
    printHint: "Defnyddiwch orchymyn argraffu eich porwr i argraffu'r datganiad hwn.",
    framework: "Fframwaith: {{name}}, fersiwn {{version}}",
    back: "Yn ôl i'r gymhariaeth",
  },
  service: {
    title: "Ein canlyniadau",
    intro:
      "Ffigurau eich gwasanaeth o'i arolwg canlyniadau, o dan eich trothwy datgelu eich hun, gyda chyfartaledd holl wasanaethau'r fframwaith wrth eu hochr. Ni ddangosir ffigurau unrhyw wasanaeth arall yma byth.",
    commissioner: "Wedi'i gomisiynu gan {{name}}",
    ended: "Mae'r berthynas hon wedi dod i ben: mae'r ffigurau'n stopio ar y diwrnod y daeth i ben, ac ni ddangosir cyfartaledd.",
    responses: "Ymatebion y chwarter hwn:",
    caption: "Eich ffigurau a chyfartaledd y fframwaith",
    measure: "Mesur",
    averageFavourable: "Ffafriol: pob gwasanaeth",
    averageImproved: "Wedi gwella: pob gwasanaeth",
    noAverage: "Heb ei ddangos",
    none: "Nid yw eich sefydliad yn cynnal arolwg canlyniadau ar gyfer comisiynydd.",
    channels: "Sianeli dechrau a diwedd cymorth",
  },
  channels: {
    title: "Dechrau a diwedd cymorth",
    intro:
      "Dewiswch pa sianeli o'ch arolwg canlyniadau sy'n gofyn ar ddechrau cymorth rhywun a pha rai ar y diwedd. Cynigir cod i'w gadw i bobl sy'n ateb drwy sianel ddechrau; drwy sianel ddiwedd, lle i'w deipio. Mae'r cod yn cysylltu'r ddau ateb heb ddweud pwy a'u rhoddodd.",
    channel: "Sianel",
    stage: "Yn gofyn ar",
    stages: {
      none: "Dim un (atebion unigol yn unig)",
      start: "Ddechrau'r cymorth",
      end: "Ddiwedd y cymorth",
    },
    save: "Cadw",
    saved: "Wedi'i gadw.",
    none: "Nid oes gan yr arolwg hwn sianeli eto: crëwch nhw ar ei dudalen ddosbarthu.",
    survey: "Arolwg canlyniadau: {{title}}",
    invalid: "Dewiswch ble mae'r sianel hon yn gofyn",
  },
  csv: {
    id: "Allwedd y ffigur",
    quarter: "Chwarter",
    status: "Statws",
    service: "Gwasanaeth",
    measure: "Mesur",
    kind: "Math",
    figure: "Ffigur",
    count: "Nifer",
    of: "Allan o",
    share: "Cyfran (%)",
    lower: "Cyfwng 95% o (%)",
    upper: "Cyfwng 95% i (%)",
    responses: "Ymatebion",
    favourable: "Ateb ffafriol",
  },
  respondent: {
    fieldLabel: "Eich cod o ddechrau eich cymorth",
    fieldHint:
      "Os gwnaethoch ateb arolwg byr pan ddechreuodd eich cymorth, efallai i chi gael cod fel KQ7P-4MXT. Mae ei deipio yma yn gadael i ni weld sut mae pethau wedi newid i chi, heb wybod pwy ydych chi. Does dim rhaid i chi: gadewch ef yn wag os na wnaethoch ei gadw.",
    keepHeading: "Cod i'w gadw, os hoffech chi",
    keepIntro: "Dyma eich cod:",
    codeIs: "Eich cod yw",
    keepWhy:
      "Pan ddaw eich cymorth i ben, byddwn yn gofyn rhai o'r un cwestiynau i chi eto. Os byddwch yn teipio'r cod hwn bryd hynny, gallwn weld a yw pethau wedi newid i chi. Nid yw'n dweud wrthym pwy ydych chi, ac nid yw'n gysylltiedig â'ch enw.",
    keepOptional:
      "Chi sy'n penderfynu a ydych am ei gadw. Gallwch ei ysgrifennu, neu ei adael: mae eich atebion yn dal i gyfrif hebddo. Peidiwch â'i gadw yn unman lle gallai rhywun a allai eich niweidio ei weld.",
  },
};
