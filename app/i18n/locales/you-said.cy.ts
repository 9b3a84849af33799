import type { Strings } from "./strings";
import type { youSaidEn } from "./you-said.en";

/** Welsh strings: the same keys as you-said.en.ts. */
export const youSaidCy: Strings<typeof youSaidEn> = {
  title: "Dywedoch chi, fe wnaethom ni",
  nothingYet:
    "Rydyn ni'n cyhoeddi yma yr hyn rydyn ni'n ei newid oherwydd yr hyn mae pobl yn ei ddweud wrthym, unwaith y bydd eu hatebion wedi'u darllen a phanel annibynnol wedi gwirio'r canfyddiadau. Does dim wedi'i gyhoeddi eto. Dewch yn ôl yn nes ymlaen os gwelwch yn dda.",
  intro: "Beth wnaethon ni ei ofyn, beth ddywedodd pobl wrthym, a beth wnaethon ni ei newid o ganlyniad.",
  smallNumbers:
    "Er mwyn diogelu'r bobl a gymerodd ran, dydyn ni byth yn dangos niferoedd bach. Lle dywedodd llai na {{threshold}} o bobl rywbeth, rydyn ni'n dweud “llai na {{threshold}}”. Mae manylion personol wedi'u tynnu o'r dyfyniadau.",
  feedLink: "Dilyn y newidiadau mewn darllenydd ffrydiau (ffrwd Atom)",
  jsonLink: "Cael yr wybodaeth hon fel data (JSON)",
  feedTitle: "{{organisation}}: dywedoch chi, fe wnaethom ni",
  feedSubtitle: "Beth wnaethon ni ei newid oherwydd yr hyn a ddywedodd dioddefwyr a goroeswyr wrthym.",
  weAsked: "Gofynnon ni",
  youSaid: "Dywedoch chi",
  weDid: "Fe wnaethom ni",
  dates: {
    between: "O {{start}} i {{end}}.",
    from: "O {{start}}.",
    until: "Tan {{end}}.",
  },
  tookPart: {
    count: "Cymerodd {{number}} o bobl ran.",
    fewerThan: "Cymerodd llai na {{threshold}} o bobl ran.",
    notShown: "Dydyn ni ddim yn dangos faint o bobl a gymerodd ran, fel na all neb gyfrifo niferoedd bach.",
    none: "Does gennym ni ddim atebion i hyn bellach: mae atebion yn cael eu dileu ar ôl cyfnod penodol.",
  },
  themesIntro: "Dywedodd pobl wrthym am:",
  mentioned: {
    count: "soniodd {{number}} o bobl am hyn",
    fewerThan: "soniodd llai na {{threshold}} o bobl am hyn",
    notShown: "dydyn ni ddim yn dangos faint o bobl a soniodd am hyn, fel na all neb gyfrifo niferoedd bach",
    none: "does dim un o'r atebion sydd gennym o hyd yn sôn am hyn",
  },
  quotesIntro: "Yn eu geiriau eu hunain:",
  status: "Statws",
  statuses: {
    proposed: "Wedi'i gynnig",
    agreed: "Wedi'i gytuno",
    in_progress: "Ar waith",
    done: "Wedi'i wneud",
    not_taken_forward: "Ddim yn bwrw ymlaen",
  },
  doneOn: "Wedi'i wneud ar",
  targetDate: "Wedi'i gynllunio ar gyfer",
  team: "Y tîm sy'n gyfrifol",
  owner: "Y person sy'n gyfrifol",
  notTakenForwardWhy: "Pam nad ydyn ni'n bwrw ymlaen â hyn",
  why: "Pam mae hyn yn dilyn o'r hyn a ddywedoch chi",
  progress: "Cynnydd",
  statusChanged: "Statws wedi newid i: {{status}}",
  evidence: "Tystiolaeth",
  panels: {
    heading: "Beth ddywedodd ein panel craffu",
    intro:
      "Mae panel annibynnol, sy'n cynnwys pobl â phrofiad bywyd, yn gwirio'r hyn a welsom yn atebion pobl ac yn dweud wrthym beth y dylem ei wneud. Dyma ei grynodeb ei hun o bob cyfarfod.",
    metOn: "Cyfarfu'r panel ar",
  },
  engagementFields: {
    titleCy: "Teitl yn Gymraeg",
    titleCyHint:
      "Yn cael ei ddangos ar fersiwn Gymraeg y dudalen gyhoeddus “Dywedoch chi, fe wnaethom ni”. Os byddwch chi'n ei adael yn wag, bydd y teitl Saesneg yn cael ei ddangos yno.",
    purposeCy: "Diben yn Gymraeg",
    purposeCyHint:
      "Yn cael ei ddangos o dan “Gofynnon ni” ar fersiwn Gymraeg y dudalen gyhoeddus “Dywedoch chi, fe wnaethom ni”. Os byddwch chi'n ei adael yn wag, bydd y diben Saesneg yn cael ei ddangos yno.",
  },
  organisationSetting: {
    legend: "Y dudalen gyhoeddus “Dywedoch chi, fe wnaethom ni”",
    label: "Dangos enwau'r staff sy'n gyfrifol am gamau gweithredu",
    hint: "Dydy enwau ddim yn cael eu dangos oni bai eich bod chi'n dewis hyn. Mae'r tîm sy'n gyfrifol am bob cam gweithredu bob amser yn cael ei ddangos.",
  },
};
