import type { surveySafetyEn } from "./survey-safety.en";
import type { Strings } from "./strings";

/** Welsh strings: the safety gate of a survey that belongs to no engagement. */
export const surveySafetyCy: Strings<typeof surveySafetyEn> = {
  heading: "Gwiriadau diogelwch ar gyfer yr arolwg hwn",
  intro:
    "Nid yw'r arolwg hwn yn perthyn i unrhyw ymgysylltiad, felly mae'n cario gwiriadau diogelwch cam 4 ei hun. Ni all agor i ymatebwyr nes bod pob un wedi'i wneud.",
  inEngagementIntro: "Mae'r arolwg hwn yn perthyn i ymgysylltiad: ei wiriadau diogelwch yw rhai cam 4 yr ymgysylltiad.",
  legend: "Wedi'u gwneud ar gyfer yr arolwg hwn",
  save: "Cadw'r gwiriadau diogelwch",
  saved: "Cadwyd y gwiriadau diogelwch",
  ready: "Mae'r gwiriadau diogelwch wedi'u gwneud: gellir agor yr arolwg hwn i ymatebwyr.",
  blocked: "Ni all yr arolwg hwn agor i ymatebwyr nes bod y gwiriadau diogelwch hyn wedi'u ticio ar ei dudalen trosolwg:",
  inEngagement:
    "Mae'r arolwg hwn bellach yn perthyn i ymgysylltiad, felly ei wiriadau diogelwch yw rhai'r ymgysylltiad: ni newidiwyd dim.",
  auditAction: "Newidiodd wiriadau diogelwch arolwg",
};
