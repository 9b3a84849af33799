import type { Strings } from "./strings";
import type { answerFormEn } from "./answer-form.en";

/** Welsh strings: the same keys as answer-form.en.ts. */
export const answerFormCy: Strings<typeof answerFormEn> = {
  placeholder: "",
};
