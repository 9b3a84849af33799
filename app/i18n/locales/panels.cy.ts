import type { panelsEn } from "./panels.en";
import type { Strings } from "./strings";

/** Welsh strings: the same keys as panels.en.ts. */
export const panelsCy: Strings<typeof panelsEn> = {
  title: "Paneli craffu",
};
