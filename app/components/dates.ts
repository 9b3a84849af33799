const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  cy: ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
};

/**
 * The UK calendar date (YYYY-MM-DD) of a moment. en-US is used only for its
 * digits: it is in every ICU build, where Welsh locale data is often missing.
 */
/** Made once: building a formatter costs far more than using one, and every stored response asks for today. */
const LONDON_DAY = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The last minute asked about and its day: London's day only ever changes on a whole minute (its offsets are whole hours). */
let lastMinute = Number.NaN;
let lastDay = "";

export function londonDate(moment: Date): string {
  const minute = Math.floor(moment.getTime() / 60_000);
  if (minute === lastMinute) return lastDay;
  const parts = LONDON_DAY.formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  lastDay = `${part("year")}-${part("month")}-${part("day")}`;
  lastMinute = minute;
  return lastDay;
}

/**
 * A date ("2027-03-27") or timestamp as people read it in the UK: "27 March 2027",
 * "27 Mawrth 2027". Formatted by hand, not by Intl, so the server and every
 * browser print exactly the same words (headless and minimal browsers lack Welsh).
 */
export function formatDate(value: string, lang: string) {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : londonDate(new Date(value));
  const [year, month, day] = date.split("-").map(Number);
  const months = lang === "cy" ? MONTHS.cy : MONTHS.en;
  return `${day} ${months[month - 1]} ${year}`;
}

/** A month ("2026-03") as people read it: "March 2026", "Mawrth 2026". */
export function formatMonth(month: string, lang: string) {
  return formatDate(`${month}-01`, lang).replace(/^1 /, "");
}
