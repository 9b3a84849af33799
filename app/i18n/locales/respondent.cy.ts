import type { Strings } from "./strings";
import type { respondentEn } from "./respondent.en";

/** Welsh strings: the same keys as respondent.en.ts. */
export const respondentCy: Strings<typeof respondentEn> = {
  placeholder: "",
};
