import type { Strings } from "./strings";
import type { insightsEn } from "./insights.en";

/** Welsh strings: the same keys as insights.en.ts. */
export const insightsCy: Strings<typeof insightsEn> = {
  placeholder: "",
};
