import type { panelRecordEn } from "./panel-record.en";
import type { Strings } from "./strings";

/** Welsh strings: the same keys as panel-record.en.ts. */
export const panelRecordCy: Strings<typeof panelRecordEn> = {
  title: "Cofnod y sesiwn",
};
