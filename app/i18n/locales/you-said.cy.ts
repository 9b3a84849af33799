import type { Strings } from "./strings";
import type { youSaidEn } from "./you-said.en";

/** Welsh strings: the same keys as you-said.en.ts. */
export const youSaidCy: Strings<typeof youSaidEn> = {
  title: "Dywedoch chi, fe wnaethom ni",
};
