/**
 * What every redaction rule is made of: the kinds it labels, the shape of a rule, the word boundaries its patterns
 * use, and the small helpers several rule modules share. Pure.
 */
export type RedactionKind =
  | "email"
  | "url"
  | "phone"
  | "postcode"
  | "address"
  | "insurance"
  | "handle"
  | "vehicle"
  | "reference"
  | "dob"
  | "date"
  | "workplace"
  | "age"
  | "name";

export type Rule = {
  kind: RedactionKind;
  pattern: RegExp;
  /** The replacement for one match, or null to leave it; by default the whole match becomes the label. */
  replace?: (groups: string[], label: string, lang: "en" | "cy", where: { offset: number; input: string }) => string | null;
};

/** The calendar, in lower case: what redact-dates.ts names months by, and what other rules never take for a place. */
export const MONTHS_EN = "january february march april may june july august september october november december".split(" ");
export const MONTHS_CY = "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split(" ");
export const WEEKDAYS_EN = "monday tuesday wednesday thursday friday saturday sunday".split(" ");
export const WEEKDAYS_CY = "llun mawrth mercher iau gwener sadwrn sul".split(" ");

export const B = "(?<![\\p{L}\\p{N}_])";
export const E = "(?![\\p{L}\\p{N}_])";
export const WORD = "(\\p{L}+(?:['’-]\\p{L}+)*)";
export const fold = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
export const digitCount = (s: string) => s.replace(/\D/g, "").length;
/** A match's trailing punctuation belongs to the sentence. */
export const keepTrailing = (match: string, label: string) => label + (/[.,;:!?)\]'"’]+$/.exec(match)?.[0] ?? "");

/** Every form a Welsh word takes after "fy", "ei", "ein" and "eu" (nasal, soft and aspirate mutations, h before a vowel). */
export function mutations(word: string): string[] {
  if (/^(?:ch|ph|th|ff|dd)/.test(word)) return [word];
  const table: [string, string[]][] = [
    ["ll", ["l"]],
    ["rh", ["r"]],
    ["c", ["g", "ngh", "ch"]],
    ["p", ["b", "mh", "ph"]],
    ["t", ["d", "nh", "th"]],
    ["g", ["", "ng"]],
    ["b", ["f", "m"]],
    ["d", ["dd", "n"]],
    ["m", ["f"]],
  ];
  for (const [from, to] of table) if (word.startsWith(from)) return [word, ...to.map((t) => t + word.slice(from.length))];
  return /^[aeiouwyâêîôûŵŷ]/.test(word) ? [word, `h${word}`] : [word];
}
