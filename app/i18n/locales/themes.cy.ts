import type { Strings } from "./strings";
import type { themesEn } from "./themes.en";

/** Welsh strings: the same keys as themes.en.ts. */
export const themesCy: Strings<typeof themesEn> = {
  placeholder: "",
};
