import type { Strings } from "./strings";
import type { exportsEn } from "./exports.en";

/** Welsh strings: the same keys as exports.en.ts. */
export const exportsCy: Strings<typeof exportsEn> = {
  surveyNav: "Ymatebion",
  title: "Ymatebion",
  intro:
    "Pob ymateb i'r arolwg hwn, y diweddaraf yn gyntaf. Dim ond y diwrnod y cyrhaeddodd pob un sy'n cael ei gadw, nid yr amser.",
  redactedNote:
    "Mae manylion personol fel enwau, rhifau ffôn, cyfeiriadau e-bost, codau post a chyfeirnodau wedi'u tynnu o'r hyn a ysgrifennodd pobl.",
  searchHeading: "Chwilio",
  searchLabel: "Chwilio drwy'r hyn a ysgrifennodd pobl",
  searchHint: "Mae'n chwilio yn yr atebion i gwestiynau testun, heb y manylion personol",
  searchButton: "Chwilio",
  clearSearch: "Clirio'r chwiliad",
  showing: "Yn dangos {{from}} i {{to}} o {{total}} ymateb",
  none: "Does dim ymatebion i'r arolwg hwn eto.",
  noMatches: "Does dim ymatebion yn cyfateb i ‘{{search}}’.",
  matching: "Ymatebion sy'n cynnwys ‘{{search}}’",
  response: "Ymateb {{id}}",
  received: "Diwrnod ei dderbyn",
  channel: "Sianel",
  language: "Iaith",
  plainLink: "Dolen gyhoeddus (dim sianel)",
  noAnswers: "Ni atebwyd unrhyw gwestiwn.",
  showOriginal: "Dangos y testun gwreiddiol",
  ofResponse: "(ymateb {{id}})",
  viewResponse: "Gweld ymateb {{id}}",
  pagination: {
    label: "Tudalennau'r ymatebion",
    previous: "Blaenorol",
    next: "Nesaf",
    page: "Tudalen {{page}}",
  },
  detail: {
    back: "Yn ôl i'r ymatebion",
    redactedHeading: "Atebion",
    originalIntro:
      "Tynnwyd manylion personol o'r ymateb hwn. Gall dadansoddwyr a gweinyddwyr y sefydliad weld y testun gwreiddiol pan fydd eu gwaith yn gofyn am hynny. Caiff pob tro ei gofnodi yn y log archwilio.",
    noOriginal: "Ni thynnwyd dim o'r ymateb hwn: yr atebion uchod yw'r union beth a ysgrifennodd y person.",
  },
  original: {
    heading: "Y testun gwreiddiol",
    warning: "Rhybudd",
    who: "Dim ond dadansoddwyr a gweinyddwyr y sefydliad sy'n gallu gweld hwn. Mae arweinwyr ymgysylltu, paneli craffu a'r cyhoedd bob amser yn ei weld heb y manylion personol.",
    handle: "Peidiwch â'i gopïo i nodiadau, pecynnau themâu nac adroddiadau.",
    retention:
      "Caiff ei gadw tan {{date}}, diwedd cyfnod cadw'r arolwg o {{days}} diwrnod, ac yna caiff ei ddileu gyda gweddill yr ymateb.",
    audited: "Mae'r ffaith i chi ei weld wedi'i chofnodi yn y log archwilio.",
  },
  export: {
    heading: "Lawrlwytho ymatebion",
    intro:
      "Pob ymateb i'r arolwg hwn mewn un ffeil, un rhes ar gyfer pob ymateb, nid dim ond y rhai ar y dudalen hon neu sy'n cyfateb i chwiliad.",
    format: "Fformat",
    csv: "CSV, ar gyfer taenlenni fel Excel",
    json: "JSON, ar gyfer meddalwedd arall",
    language: "Iaith y cwestiynau a'r atebion",
    english: "Saesneg (English)",
    welsh: "Cymraeg",
    text: "Yr hyn a ysgrifennodd pobl",
    redacted: "Heb y manylion personol",
    original: "Y testun gwreiddiol, gyda'r manylion personol",
    originalHint:
      "Ar gyfer dadansoddwyr a gweinyddwyr yn unig. Cadwch y ffeil yn ddiogel a'i dileu pan nad oes ei hangen arnoch mwyach.",
    audited: "Caiff pob lawrlwythiad ei gofnodi yn y log archwilio.",
    submit: "Lawrlwytho",
  },
  column: {
    responseId: "Rhif yr ymateb",
    day: "Diwrnod",
    channel: "Sianel",
    language: "Iaith",
    other: "{{question}} – arall",
  },
};
