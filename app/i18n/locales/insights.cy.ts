import type { Strings } from "./strings";
import type { insightsEn } from "./insights.en";

/** Welsh strings: the same keys as insights.en.ts. */
export const insightsCy: Strings<typeof insightsEn> = {
  surveyNav: "Mewnwelediadau",
  title: "Mewnwelediadau",
  engagementCaption: "Ar draws arolygon {{engagement}}",
  engagementLink: "Mewnwelediadau ar draws arolygon y gwaith ymgysylltu hwn",
  intro:
    "Ffigurau o'r atebion y mae pobl wedi'u hanfon. Mae pawb a atebodd yn aros yn ddienw: ni ddangosir niferoedd bach byth, felly ni all neb gael ei adnabod.",
  engagementSurveys: "Mae'r dudalen hon yn cyfrif yr atebion i bob un o arolygon y gwaith ymgysylltu: {{surveys}}.",
  engagementNoSurveys: "Nid oes gan y gwaith ymgysylltu hwn unrhyw arolygon eto.",
  disclosure:
    "Mae niferoedd o dan {{threshold}} yn ymddangos fel ‘llai na {{threshold}}’, ac ni ddangosir rhai eraill, fel na all neb gyfrifo nifer fach o'r gweddill. Dim ond pan ddangosir y nifer y tu ôl iddi y dangosir cyfran.",
  plainLink: "Dolen gyhoeddus (dim sianel)",
  otherChannel: "Sianel arall",
  filters: {
    heading: "Hidlo'r ffigurau",
    from: "O",
    fromHint: "Y diwrnod cyntaf i'w gynnwys",
    to: "I",
    toHint: "Y diwrnod olaf i'w gynnwys",
    channel: "Sianel",
    allChannels: "Pob sianel",
    language: "Iaith yr atebion",
    allLanguages: "Pob iaith",
    answer: "Pobl a roddodd ateb",
    answerHint: "Dangos dim ond y bobl a roddodd yr ateb hwn i gwestiwn",
    everyone: "Pawb",
    by: "Dangos cydymffurfiaeth â'r Cod Dioddefwyr fesul",
    quarter: "Chwarter",
    month: "Mis",
    submit: "Dangos y ffigurau",
    clear: "Clirio'r hidlwyr",
  },
  errors: {
    fromInvalid: "Rhowch y dyddiad dechrau fel dyddiad go iawn, er enghraifft 2027-01-31",
    toInvalid: "Rhowch y dyddiad gorffen fel dyddiad go iawn, er enghraifft 2027-03-31",
    toBeforeFrom: "Rhaid i'r dyddiad gorffen fod yr un fath â'r dyddiad dechrau neu ar ei ôl",
    channelUnknown: "Dewiswch sianel o'r rhestr",
    languageUnknown: "Dewiswch iaith o'r rhestr",
    answerUnknown: "Dewiswch ateb o'r rhestr",
    fixToSee: "Cywirwch yr hidlwyr i weld y ffigurau.",
  },
  refused: {
    title: "Dim ffigurau ar gyfer yr hidlwyr hyn",
    tooFew:
      "Mae'r hidlwyr hyn yn gadael llai na {{threshold}} o ymatebion. Gallai ffigurau am gyn lleied o bobl adael i rywun gyfrifo pwy a atebodd, felly ni ddangosir nhw.",
    tooFewUnfiltered:
      "Mae llai na {{threshold}} o ymatebion hyd yma. Bydd ffigurau'n ymddangos yma pan fydd mwy, fel na all neb gyfrifo pwy a atebodd.",
    channel:
      "Mae gan y sianel a ddewiswyd gennych ormod o ychydig o ymatebion i'w dangos ar ei phen ei hun, neu byddai ei dangos yn gadael i rywun gyfrifo nifer fach.",
    language:
      "Mae gan yr iaith a ddewiswyd gennych ormod o ychydig o ymatebion i'w dangos ar ei phen ei hun, neu byddai ei dangos yn gadael i rywun gyfrifo nifer fach.",
    answer:
      "Roedd gormod o ychydig o bobl wedi rhoi'r ateb a ddewiswyd gennych i ddangos eu ffigurau ar eu pen eu hunain, neu byddai eu dangos yn gadael i rywun gyfrifo nifer fach.",
    periodEdge:
      "Mae llai na {{threshold}} o ymatebion yn dod ychydig cyn neu ychydig ar ôl y cyfnod hwn, felly byddai ei gymharu â'r ffigurau heb ddyddiadau yn datgelu'r ymatebion hynny.",
    tryAgain: "Rhowch gynnig ar gyfnod hirach neu lai o hidlwyr. Mae'r hidlwyr a ddewiswyd gennych yn dal yn y ffurflen uchod.",
  },
  empty: {
    filtered: "Nid oes unrhyw ymatebion yn cyfateb i'r hidlwyr hyn.",
    unfiltered: "Nid oes unrhyw ymatebion eto.",
  },
  responses: {
    heading: "Ymatebion",
    total: "Ymatebion",
    previousTotal: "Ymatebion yn y cyfnod blaenorol",
    change: "Newid",
    weeks: "Ymatebion fesul wythnos",
    weeksCaption: "Ymatebion fesul wythnos (mae wythnosau'n dechrau ar ddydd Llun)",
    week: "Wythnos yn dechrau",
    channels: "Ymatebion fesul sianel",
    channel: "Sianel",
    languages: "Ymatebion fesul iaith",
    language: "Iaith",
    all: "Pob ymateb",
  },
  completion: {
    heading: "Cwblhau",
    explanation:
      "Mae ymateb yn cyfrif fel un cyflawn pan fydd yn ateb o leiaf un cwestiwn dewis (un dewis neu fwy nag un, sgôr, ie neu na, grid neu drefnu) ar dudalen olaf yr arolwg sydd â chwestiynau o'r fath. Anfonwyd pob ymateb yma drwy bwyso'r botwm olaf, ac nid oes rhaid ateb unrhyw gwestiwn, felly mae hyn yn dangos faint o bobl a arhosodd gyda'r arolwg hyd at y diwedd.",
    none: "Nid oes gan yr arolwg unrhyw gwestiynau dewis, felly ni ellir cyfrif faint a'i cwblhaodd.",
    completed: "Cyflawn",
    notCompleted: "Heb ei gwblhau",
    label: "Cwblhau",
  },
  comparison: {
    explanation: "‘Cynt’ yw {{from}} i {{to}}, y cyfnod o'r un hyd yn union cyn yr un a ddewiswyd gennych.",
    refused:
      "Nid oes cymhariaeth â {{from}} i {{to}}, y cyfnod yn union cynt: gyda'r hidlwyr hyn byddai'n dangos llai na {{threshold}} o ymatebion, neu'n gadael i rywun gyfrifo hynny.",
    hint: "Dewiswch ddyddiad dechrau a dyddiad gorffen i gymharu â'r cyfnod o'r un hyd yn union cynt.",
  },
  table: {
    count: "Nifer",
    share: "Cyfran",
    previousCount: "Nifer cynt",
    previousShare: "Cyfran cynt",
    change: "Newid yn y gyfran (pwyntiau canran)",
    answer: "Ateb",
    option: "Dewis",
    answered: "Pobl a atebodd",
    noShare: "heb ei dangos",
  },
  questions: {
    heading: "Atebion i bob cwestiwn",
    intro: "Cyfrannau o'r bobl a atebodd bob cwestiwn yw'r rhain. Nid yw atebion testun rhydd yn cael eu cyfrif yma.",
    none: "Nid oes gan yr arolwg unrhyw gwestiynau dewis i'w cyfrif.",
    multiHint: "Roedd pobl yn gallu dewis mwy nag un opsiwn, felly mae'r cyfrannau'n dod i fwy na 100%.",
    survey: "Arolwg: {{survey}}",
    chartTitle: "Atebion i ‘{{question}}’",
    tableCaption: "Atebion i ‘{{question}}’",
    rowCaption: "Atebion i ‘{{question}}’: {{row}}",
  },
  compliance: {
    heading: "Cydymffurfio â'r Cod Dioddefwyr",
    intro:
      "Ar gyfer pob cwestiwn am hawl yn y Cod Dioddefwyr, cyfran y bobl a ddywedodd eu bod wedi'i chael. Mae ‘wedi'i chael’ yn golygu eu bod wedi ateb ‘Ie’ neu ‘Yn rhannol’, allan o bawb a atebodd ‘Ie’, ‘Yn rhannol’ neu ‘Na’; ni chyfrifir atebion ‘Nid oedd hyn yn berthnasol i mi’, ‘Ddim yn gwybod neu methu cofio’ a ‘Mae'n well gennyf beidio â dweud’.",
    hiddenNote:
      "Dim ond lle gellir dangos pob nifer y tu ôl iddi y dangosir cyfran. Lle mae tabl y cwestiwn ei hun yn cuddio nifer, ni ddangosir ei gyfrannau dros amser chwaith.",
    chartTitle: "Cyfran a ddywedodd eu bod wedi cael pob hawl, fesul {{period}}",
    tableCaption: "Cyfran a ddywedodd eu bod wedi cael pob hawl",
    right: "Hawl",
    whole: "Y cyfnod cyfan",
    cell: "{{share}} o {{base}}",
    noAnswers: "dim atebion",
    byQuarter: "chwarter",
    byMonth: "mis",
    rightLabel: "Hawl {{number}}: {{name}}",
    quarter1: "Ionawr i Fawrth {{year}}",
    quarter2: "Ebrill i Fehefin {{year}}",
    quarter3: "Gorffennaf i Fedi {{year}}",
    quarter4: "Hydref i Ragfyr {{year}}",
    rights: {
      "1": "deall a chael eich deall",
      "2": "cael cofnodi'r drosedd heb oedi na ellir ei gyfiawnhau",
      "3": "cael gwybodaeth wrth roi gwybod am y drosedd",
      "4": "cael eich atgyfeirio at wasanaethau sy'n cefnogi dioddefwyr",
      "5": "cael gwybodaeth am iawndal",
      "6": "cael gwybodaeth am yr ymchwiliad a'r erlyniad",
      "7": "gwneud Datganiad Personol Dioddefwr",
      "8": "cael gwybodaeth am y treial a bod yn dyst",
      "9": "cael gwybodaeth am ganlyniad yr achos ac unrhyw apêl",
      "10": "cael talu treuliau a chael eiddo yn ôl",
      "11": "cael gwybodaeth am y troseddwr ar ôl euogfarn",
      "12": "gwneud cwyn pan na fodlonir hawliau",
    },
  },
  outcomes: {
    heading: "Canlyniadau: ymdopi ac adfer",
    intro: "Mae'r cwestiynau hyn yn gofyn faint y gwnaeth cymorth helpu pobl i ymdopi ac adfer.",
    noPairs:
      "Nid oes unrhyw gwestiwn yn gofyn am yr un canlyniad cyn ac ar ôl cymorth, felly nid oes cymhariaeth cyn ac ar ôl: mae pob canlyniad yn dangos sut atebodd pobl.",
    chartTitle: "Sut atebodd pobl y cwestiynau am ganlyniadau",
  },
  chart: {
    notShown: "Heb eu dangos (i ddiogelu niferoedd bach)",
    nothingShown: "Ni ellir dangos unrhyw atebion",
    largest: "Mwyaf: {{value}}",
  },
  summary: {
    fewer: "Atebodd llai na {{threshold}} o bobl, felly ni ddangosir yr atebion.",
    none: "Ni atebodd neb.",
    hidden: "Ni ddangosir yr atebion, fel na all neb gyfrifo nifer fach.",
    single: "O'r {{total}} o bobl a atebodd, yr ateb mwyaf cyffredin oedd ‘{{label}}’ ({{share}}).",
    multi: "O'r {{total}} o bobl a atebodd, y dewis a gafodd ei ddewis amlaf oedd ‘{{label}}’ ({{share}}).",
    channels: "O {{total}} o ymatebion, daeth y nifer fwyaf drwy ‘{{label}}’ ({{share}}).",
    languages: "O {{total}} o ymatebion, roedd y nifer fwyaf yn {{label}} ({{share}}).",
    completion: "O {{total}} o ymatebion, roedd {{share}} yn ‘{{label}}’.",
    stacked: "‘{{bar}}’ oedd â'r gyfran fwyaf a atebodd ‘{{answer}}’ ({{share}}).",
    weeks:
      "{{total}} o ymatebion o'r wythnos yn dechrau {{first}} i'r wythnos yn dechrau {{last}}; daeth y nifer fwyaf yn yr wythnos yn dechrau {{busiest}}.",
    compliance:
      "Dros y cyfnod cyfan, yr hawl a gafwyd amlaf oedd ‘{{high}}’ ({{highShare}}) a'r un a gafwyd leiaf oedd ‘{{low}}’ ({{lowShare}}).",
    complianceOne: "Dros y cyfnod cyfan, dywedodd {{share}} eu bod wedi cael ‘{{right}}’.",
    complianceHidden: "Ni ellir dangos unrhyw gyfran heb ddatgelu nifer fach.",
  },
};
