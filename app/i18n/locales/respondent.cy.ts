import type { respondentEn } from "./respondent.en";
import type { Strings } from "./strings";

/** Welsh strings: the same keys as respondent.en.ts. */
export const respondentCy: Strings<typeof respondentEn> = {
  exit: {
    button: "Gadael y dudalen hon",
    emergency: "Argyfwng",
    activated: "Yn llwytho.",
    pressTwo: "Shift, pwyswch 2 waith eto i adael.",
    pressOne: "Shift, pwyswch 1 waith eto i adael.",
    expired: "Mae Gadael y dudalen hon wedi dod i ben.",
    hint: "I adael y wefan hon yn gyflym, dewiswch “Gadael y dudalen hon” neu pwyswch y fysell Shift 3 gwaith.",
  },
  layout: {
    skipLink: "Neidio i'r prif gynnwys",
    languageNav: "Iaith",
    accessibility: "Hygyrchedd",
    about:
      "Mae {{organisation}} yn defnyddio Llais Dioddefwyr i wrando ar ddioddefwyr trosedd. Does dim angen i chi roi eich enw.",
  },
  support: {
    heading: "Cymorth os oes ei angen arnoch",
    emergency:
      "Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch chi siarad, ffoniwch 999 a phwyso 55 pan ofynnir i chi.",
    intro: "Gallwch chi siarad â rhywun nawr, p'un a ydych chi'n ateb yr arolwg hwn ai peidio:",
    call: "Ffoniwch {{phone}}",
    website: "Gwefan {{name}}",
    show: "Dangos cysylltiadau cymorth",
  },
  organisation: {
    title: "Dweud eich dweud: {{organisation}}",
    heading: "Dweud eich dweud",
    intro:
      "Mae {{organisation}} eisiau clywed gan bobl y mae trosedd wedi effeithio arnyn nhw. Mae eich atebion yn ddienw, a gallwch chi ateb cymaint neu gyn lleied ag y dymunwch.",
    openSurveys: "Arolygon y gallwch eu hateb nawr",
    noneOpen: "Does dim arolygon ar agor ar hyn o bryd. Dewch yn ôl eto os gwelwch yn dda.",
    minutesOne: "Tua {{count}} munud",
    minutesMany: "Tua {{count}} munud",
    youSaidWeDid: "Gweld beth newidiodd oherwydd yr hyn a ddywedodd pobl wrthym",
    notFoundTitle: "Doedden ni ddim yn gallu dod o hyd i'r sefydliad hwnnw",
    notFound: "Gwiriwch y cyfeiriad a gawsoch chi. Gallwch chi gael cymorth gan y gwasanaethau isod o hyd.",
  },
  welcome: {
    runBy: "Yn cael ei redeg gan {{organisation}}",
    minutesOne: "Mae'n cymryd tua {{count}} munud.",
    minutesMany: "Mae'n cymryd tua {{count}} munud.",
    whyHeading: "Beth yw pwrpas yr arolwg hwn",
    anonymousHeading: "Mae eich atebion yn ddienw",
    anonymousIntro: "Dydyn ni ddim yn gofyn am eich enw, a does dim angen cyfrif arnoch chi.",
    weKeep:
      "Rydyn ni'n cadw: eich atebion, yr iaith a ddefnyddioch chi, pa ddolen y daethoch chi drwyddi, a'r diwrnod y gwnaethoch eu hanfon.",
    weDoNotKeep:
      "Dydyn ni ddim yn cadw: eich enw, eich cyfeiriad rhyngrwyd, eich dyfais neu'ch porwr, nac amser y dydd. Does dim yn cael ei gadw ar eich dyfais.",
    redaction:
      "Os byddwch chi'n ysgrifennu enwau, rhifau ffôn, cyfeiriadau neu fanylion eraill yn eich geiriau eich hun, rydyn ni'n eu cuddio cyn i unrhyw un y tu allan i dîm dadansoddi bach ddarllen yr hyn a ysgrifennoch chi.",
    choiceHeading: "Chi sy'n penderfynu",
    choice:
      "Does dim rhaid i chi ateb unrhyw gwestiwn. Gallwch chi stopio unrhyw bryd, neu gadw eich atebion a dod yn ôl yn nes ymlaen gyda chôd.",
    whatHappensHeading: "Beth sy'n digwydd i'ch atebion",
    whatHappens:
      "Mae pobl yn {{organisation}} yn darllen pob ateb ac yn chwilio am yr hyn sydd angen ei newid. Mae panel annibynnol yn gwirio eu gwaith. Rydyn ni'n cyhoeddi'r hyn rydyn ni'n ei newid.",
    whatHappensLink: "Gweld beth newidiodd oherwydd yr hyn a ddywedodd pobl wrthym",
    retention: "Bydd eich atebion yn cael eu dileu ar ôl {{days}} diwrnod.",
    warningHeading: "Cyn i chi ddechrau",
    warningGeneral: "Mae rhai cwestiynau'n gofyn am yr hyn a ddigwyddodd i chi a sut effeithiodd arnoch chi.",
    warningSections: "Gall y rhannau hyn fod yn anodd eu darllen:",
    warningTakeCare: "Cymerwch seibiant pan fydd angen. Gallwch chi hepgor unrhyw beth.",
    leavingHeading: "Gadael y wefan hon yn gyflym",
    leaving:
      "I adael y wefan hon yn gyflym, dewiswch “Gadael y dudalen hon” ar frig pob tudalen, neu pwyswch y fysell Shift 3 gwaith.",
    history:
      "Fydd Gadael y dudalen hon ddim yn dileu hanes eich porwr. Os oes rhywun arall yn defnyddio'r ddyfais hon, efallai yr hoffech chi ddefnyddio ffenestr breifat neu incognito, neu ddileu eich hanes wedyn.",
    start: "Dechrau'r arolwg",
    resume: "Mae gen i gôd i barhau o'r man lle gadewais i",
    languages: "Mae'r arolwg hwn hefyd ar gael yn:",
  },
  answer: {
    pageOf: "Tudalen {{current}} o {{total}}",
    optionalAll: "Mae pob cwestiwn yn ddewisol oni bai ei fod yn dweud pam mae ei angen.",
    continue: "Parhau",
    back: "Yn ôl",
    submit: "Anfon fy atebion",
    save: "Cadw a dod yn ôl yn nes ymlaen",
    newQuestions: "Rydyn ni wedi ychwanegu cwestiwn at y dudalen hon oherwydd eich ateb.",
    loading: "Yn llwytho'r arolwg",
    switchLanguage: "Newid i {{language}}",
  },
  saved: {
    title: "Mae eich atebion wedi'u cadw",
    codeLabel: "Eich côd",
    expires: "Mae eich côd yn gweithio tan {{date}}.",
    keepSafe:
      "Ysgrifennwch y côd neu ei gadw yn rhywle diogel. Gall unrhyw un sydd â'r côd weld eich atebion, felly peidiwch â'i rannu. Allwn ni ddim ei anfon atoch chi, oherwydd dydyn ni ddim yn gwybod pwy ydych chi.",
    continueNow: "Parhau i ateb nawr",
    replaced: "Os byddwch chi'n cadw eto, byddwch chi'n cael côd newydd a bydd yr un hwn yn stopio gweithio.",
  },
  resume: {
    title: "Parhau o'r man lle gadawoch chi",
    label: "Eich côd",
    hint: "Tri gair a phedwar rhif, er enghraifft maple-river-otter-4821",
    submit: "Parhau",
    notFound:
      "Doedden ni ddim yn gallu dod o hyd i atebion ar gyfer y côd hwnnw. Gwiriwch y geiriau a'r rhifau. Mae codau'n stopio gweithio ar ôl eu dyddiad gorffen, ac ar ôl i'r atebion gael eu hanfon.",
    empty: "Rhowch eich côd",
    start: "Dechrau'r arolwg eto yn lle hynny",
    welcomeBack: "Croeso'n ôl. Mae eich atebion hyd yma isod.",
  },
  thanks: {
    title: "Diolch",
    panel: "Mae eich atebion wedi'u hanfon",
    whatNext:
      "Bydd pobl yn {{organisation}} yn darllen eich atebion gydag atebion pawb arall, a bydd panel annibynnol yn gwirio'r hyn maen nhw'n ei ganfod. Byddwn ni'n cyhoeddi'r hyn rydyn ni'n ei newid o ganlyniad.",
    link: "Gweld beth newidiodd oherwydd yr hyn a ddywedodd pobl wrthym",
    dangerHeading: "Os nad ydych chi'n ddiogel nawr",
    danger:
      "Mae rhywbeth a ysgrifennoch chi yn gwneud i ni boeni efallai nad ydych chi'n ddiogel. Dydyn ni ddim yn gwybod pwy ydych chi, felly allwn ni ddim cysylltu â chi. Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch chi siarad, ffoniwch 999 a phwyso 55. Gallwch chi hefyd ffonio un o'r gwasanaethau isod, unrhyw bryd.",
    alreadyReceived: "Roedden ni eisoes wedi cael yr atebion hyn. Maen nhw wedi'u cyfrif unwaith.",
    closeTab: "Gallwch chi gau'r dudalen hon nawr.",
  },
  unavailable: {
    closedTitle: "Mae'r arolwg hwn wedi cau",
    closed: "Diolch am fod eisiau cymryd rhan. Dydy'r arolwg hwn ddim yn derbyn atebion bellach.",
    notYetTitle: "Dydy'r arolwg hwn ddim ar agor eto",
    notYet: "Mae'r arolwg hwn yn agor ar {{date}}. Dewch yn ôl bryd hynny os gwelwch yn dda.",
    unknownTitle: "Doedden ni ddim yn gallu dod o hyd i'r arolwg hwnnw",
    unknown: "Gwiriwch y cyfeiriad a gawsoch chi. Efallai ei fod wedi'i deipio ychydig yn wahanol.",
    pausedTitle: "Dydy'r ddolen hon ddim yn derbyn atebion ar hyn o bryd",
    paused: "Mae'r ddolen a ddefnyddioch chi wedi'i hoedi. Efallai y gallwch chi ateb yr arolwg drwy dudalen {{organisation}}.",
    otherSurveys: "Gweld arolygon y gallwch eu hateb nawr",
  },
  problems: {
    limited:
      "Rydyn ni wedi cael llawer o atebion o'r cysylltiad hwn mewn amser byr, felly rydyn ni wedi oedi am ychydig. Mae eich atebion yma o hyd. Rhowch gynnig arall arni ymhen ychydig funudau.",
    notSaved:
      "Mae'n ddrwg gennym, doedden ni ddim yn gallu cadw eich atebion nawr. Maen nhw yma ar y dudalen hon o hyd. Rhowch gynnig arall arni mewn munud.",
    expiredForm: "Roedd y dudalen hon wedi bod ar agor am amser hir neu wedi newid. Rydyn ni wedi dechrau'r arolwg eto i chi.",
  },
  errorPage: {
    title: "Mae'n ddrwg gennym, aeth rhywbeth o'i le",
    body: "Dydy eich atebion ddim wedi'u colli os yw'r dudalen ar agor gennych o hyd: ewch yn ôl a rhowch gynnig arall arni. Gallwch chi hefyd gael cymorth isod.",
  },
};
