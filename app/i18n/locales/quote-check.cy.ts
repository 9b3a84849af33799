import type { quoteCheckEn } from "./quote-check.en";
import type { Strings } from "./strings";

/** Welsh strings. The quote check (issue 19, ADR 0017): rhywun yn darllen pob dyfyniad cyn i banel neu'r cyhoedd ei weld. */
export const quoteCheckCy: Strings<typeof quoteCheckEn> = {
  auditConfirmed: "Cadarnhaodd nad yw dyfyniad yn adnabod neb",
  auditWithheld: "Gadawodd ddyfyniad allan",
  auditPutBack: "Rhoddodd ddyfyniad yn ôl i'w wirio",
  safe: "Diogel i'w ddyfynnu",
  leaveOut: "Gadael allan",
  confirmedBy: "Wedi'i ddarllen a'i gadarnhau'n ddiogel gan {{name}} ar {{date}}",
  confirmedOn: "Wedi'i ddarllen a'i gadarnhau'n ddiogel ar {{date}}",
  pack: {
    heading: "Darllenwch y dyfyniadau a fydd yn y pecyn",
    intro:
      "Mae manylion personol yn cael eu tynnu'n awtomatig o'r hyn y mae pobl yn ei ysgrifennu, ond nid bob amser i gyd. Darllenwch bob dyfyniad a dewis “Diogel i'w ddyfynnu” dim ond os nad yw'n adnabod neb: dim enw, lle, dyddiad na manylyn y gallai rhywun ei adnabod.",
    leaveOutNote:
      "Ni fydd dyfyniad rydych yn ei adael allan byth yn cael ei ddangos i banel nac i'r cyhoedd. Mae'n dal i gael ei gyfrif o dan ei thema, a daw'r dyfyniad nesaf yn ei le, i chi ei ddarllen hefyd. Dim ond dyfyniadau sydd wedi'u marcio'n ddiogel sy'n mynd i'r pecyn.",
    saveFirst: "Ticiwch y themâu a'u cadw i weld y dyfyniadau a fydd yn eu rhan nhw o'r pecyn.",
    themeNone:
      "Dim dyfyniadau ar gyfer y thema hon: mae rhy ychydig o bobl yn sôn amdani i ddangos eu geiriau, neu nid oes modd dyfynnu unrhyw un o'i darnau.",
    leftOutWaiting: "Dyfyniadau y dewisoch eu gadael allan: {{count}}. Cânt eu gadael allan pan fyddwch yn cadw neu'n cyhoeddi.",
    legend: "Dyfyniad {{number}} ar gyfer “{{theme}}”",
  },
  public: {
    hint: "Mae dewis dyfyniad yn cadarnhau eich bod wedi'i ddarllen ac nad yw'n adnabod neb. Nid yw dyfyniadau y mae cydweithiwr wedi'u gadael allan yn cael eu cynnig.",
    unconfirmed:
      "Dyfyniadau a ddewiswyd nad ydynt ar y dudalen gyhoeddus: {{count}}. Nid oes neb wedi'u cadarnhau ers iddynt gael eu dewis neu ers i'w testun newid. Cadwch eich dewis eto i'w cadarnhau, neu dad-diciwch nhw.",
  },
  theme: {
    heading: "Gwiriwch y dyfyniadau hyn",
    intro:
      "Os yw dyfyniad isod yn adnabod rhywun, gadewch ef allan: ni fydd byth yn cael ei ddyfynnu i banel nac i'r cyhoedd, ac mae'n dal i gael ei gyfrif o dan y thema.",
    notRead: "Heb ei ddarllen eto",
    leaveOut: "Gadael y dyfyniad hwn allan",
    done: "Dyfyniad wedi'i adael allan. Mae'r dyfyniad nesaf wedi dod yn ei le.",
  },
  leftOut: {
    heading: "Dyfyniadau a adawyd allan",
    intro:
      "Nid yw'r rhain byth yn cael eu dangos i banel nac i'r cyhoedd, ac maent yn dal i gael eu cyfrif o dan y thema. Os cafodd un ei adael allan trwy gamgymeriad, rhowch ef yn ôl: bydd angen ei ddarllen eto cyn y gellir ei ddyfynnu.",
    packIntro:
      "Dyfyniadau o'r themâu uchod y mae rhywun wedi'u gadael allan. Nid yw rhoi un yn ôl yn cadw dim arall o'r ffurflen uchod: cadwch eich dewisiadau yn gyntaf.",
    by: "Wedi'i adael allan gan {{name}} ar {{date}}",
    on: "Wedi'i adael allan ar {{date}}",
    putBack: "Rhoi'n ôl i'w wirio",
    putBackHidden: "y dyfyniad sy'n dechrau “{{start}}”",
    done: "Dyfyniad wedi'i roi'n ôl i'w wirio. Nid yw wedi'i ddarllen eto: mae angen i rywun ei ddarllen cyn y gellir ei ddyfynnu.",
  },
  errors: {
    unread:
      "Nid yw rhai o'r dyfyniadau y byddai'r pecyn yn eu cynnwys wedi'u darllen eto. Darllenwch bob un isod a dewis “Diogel i'w ddyfynnu” neu “Gadael allan”. Nid oes dim wedi'i gyhoeddi.",
    unreadOne: "Darllenwch y dyfyniad hwn a dewis “Diogel i'w ddyfynnu” neu “Gadael allan”",
    choose: "Dewiswch “Diogel i'w ddyfynnu” neu “Gadael allan”",
    changed: "Mae'r darn hwn wedi newid ers i chi agor y dudalen — darllenwch ef eto isod. Ni chadwyd dim.",
    changedGone:
      "Mae darn wedi newid ers i chi agor y dudalen ac nid yw bellach yn un o'r dyfyniadau a fyddai yn y pecyn. Ni chadwyd dim: darllenwch y dyfyniadau isod eto.",
    unknown: "Nid yw un o'r dyfyniadau hyn yno i'w wirio mwyach. Ni chadwyd dim: darllenwch y dyfyniadau eto.",
    withheld:
      "Mae cydweithiwr wedi gadael un o'r dyfyniadau hyn allan, felly nid oes modd ei ddyfynnu. Ni chadwyd dim: dewiswch eto.",
    sharedAllWithdrawn:
      "Nid yw'r gwasanaethau'n rhannu'r themâu sy'n gysylltiedig â'r pecyn hwn mwyach, felly ni fyddai dim ynddo. Ticiwch o leiaf un o'ch themâu eich hun, neu cysylltwch thema y mae gwasanaeth yn dal i'w rhannu.",
  },
};
