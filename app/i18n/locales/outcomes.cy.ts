import type { outcomesEn } from "./outcomes.en";
import type { Strings } from "./strings";

/** Welsh strings: the same keys as outcomes.en.ts. */
export const outcomesCy: Strings<typeof outcomesEn> = {
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
