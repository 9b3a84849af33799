import type { Strings } from "./strings";
import type { distributionEn } from "./distribution.en";

/** Welsh strings: the same keys as distribution.en.ts. */
export const distributionCy: Strings<typeof distributionEn> = {
  placeholder: "",
};
