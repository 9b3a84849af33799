import type { Strings } from "./strings";
import type { exportsEn } from "./exports.en";

/** Welsh strings: the same keys as exports.en.ts. */
export const exportsCy: Strings<typeof exportsEn> = {
  placeholder: "",
};
