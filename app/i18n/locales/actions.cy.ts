import type { actionsEn } from "./actions.en";
import type { Strings } from "./strings";

/** Welsh strings: the same keys as actions.en.ts. */
export const actionsCy: Strings<typeof actionsEn> = {
  title: "Camau gweithredu",
};
