/**
 * Sentences of the public "you said, we did" report that the page and the Atom feed share, so both say the same
 * thing in the same words. Counts go through disclosure control before they reach here. Pure.
 */
import type { TFunction } from "i18next";
import type { ActionStatus } from "../../db/enums";
import { formatDate } from "../components/dates";
import type { Shown } from "../insights/disclosure";
import { formatCount } from "../insights/count";
import type { Language } from "../i18n/i18n";

type T = TFunction;

export function tookPartText(t: T, shown: Shown): string {
  if (shown.kind === "fewerThan") return t("youSaid.tookPart.fewerThan", { threshold: shown.threshold });
  if (shown.kind === "hidden") return t("youSaid.tookPart.notShown");
  return shown.value === 0 ? t("youSaid.tookPart.none") : t("youSaid.tookPart.count", { number: formatCount(shown.value) });
}

export function mentionedText(t: T, shown: Shown): string {
  if (shown.kind === "fewerThan") return t("youSaid.mentioned.fewerThan", { threshold: shown.threshold });
  if (shown.kind === "hidden") return t("youSaid.mentioned.notShown");
  return shown.value === 0 ? t("youSaid.mentioned.none") : t("youSaid.mentioned.count", { number: formatCount(shown.value) });
}

export function statusText(t: T, status: ActionStatus): string {
  return t(`youSaid.statuses.${status}`);
}

export function datesText(t: T, start: string | null, end: string | null, lang: Language): string | null {
  if (start && end) return t("youSaid.dates.between", { start: formatDate(start, lang), end: formatDate(end, lang) });
  if (start) return t("youSaid.dates.from", { start: formatDate(start, lang) });
  if (end) return t("youSaid.dates.until", { end: formatDate(end, lang) });
  return null;
}
