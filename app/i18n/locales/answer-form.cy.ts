import type { Strings } from "./strings";
import type { answerFormEn } from "./answer-form.en";

/** Welsh strings: the same keys as answer-form.en.ts. */
export const answerFormCy: Strings<typeof answerFormEn> = {
  optional: "(dewisol)",
  whyWeAsk: "Pam rydyn ni'n gofyn: {{reason}}",
  limitHint: "Gallwch ysgrifennu hyd at {{limit}} o nodau.",
  or: "neu",
  pleaseSay: "Dywedwch wrthym",
  chooseAnswer: "Dewiswch ateb",
  ratingEnd: "Mae {{value}} yn golygu “{{text}}”.",
  rankingHint: "Rhowch rif gwahanol o 1 i {{count}} i bob eitem. Rhif 1 sy'n dod gyntaf.",
  choosePosition: "Dim safle",
  contentWarning: "Rhybudd cynnwys",
  yes: "Ie",
  no: "Na",
  errorSummaryTitle: "Mae problem wedi codi",
  errorPrefix: "Gwall:",
  notText: "Rhowch eich ateb fel testun.",
  notANumber: "Rhowch rif, fel 5.",
  tooLong: "Rhaid i'ch ateb fod yn {{limit}} o nodau neu lai.",
  otherTooLong: "Rhaid i'r hyn a ysgrifennoch yn “{{label}}” fod yn {{limit}} o nodau neu lai.",
  otherTextWithoutOther:
    "Rydych chi wedi ysgrifennu rhywbeth yn “{{label}}”. Dewiswch “{{option}}” hefyd, neu dilëwch yr hyn a ysgrifennoch.",
  notAChoice: "Dewiswch un o'r atebion a ddangosir.",
  duplicateChoice: "Dewiswch bob ateb unwaith yn unig.",
  exclusiveChoice: "Ni allwch ddewis “{{option}}” ynghyd ag atebion eraill.",
  ratingRange: "Dewiswch rif o {{min}} i {{max}}.",
  notARating: "Dewiswch un o'r sgorau a ddangosir.",
  notYesOrNo: "Dewiswch un o'r ddau ateb a ddangosir.",
  matrixInvalid: "Ar gyfer pob datganiad, dewiswch un o'r atebion a ddangosir.",
  rankingInvalid: "Rhowch rif gwahanol o 1 i {{count}} i bob eitem.",
  rankingSamePosition: "Rhowch safle gwahanol i bob eitem.",
  rankingIncomplete: "Rhowch safle i bob eitem, neu gadewch nhw i gyd yn wag.",
  notAnswers: "Doedd dim modd i ni ddarllen eich atebion. Ewch yn ôl a rhowch gynnig arall arni.",
  unknownAnswer: "Dydy rhai o'r atebion a anfonwyd ddim yn rhan o'r arolwg hwn. Ewch yn ôl a rhowch gynnig arall arni.",
};
