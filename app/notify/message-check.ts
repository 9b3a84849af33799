/**
 * The trauma-informed check for message texts (ours in the locales, and the body of each Notify template an
 * organisation points us at). A message can land on a phone or in an inbox someone else reads, so it must not say
 * what happened: no crime type or word that marks the reader as a victim, no case detail (reference numbers, dates,
 * names), no placeholder but the organisation, the link and the opt-out link, and it must say how to stop.
 * Blaming or leading wording is found by the survey check's own list (checks.ts). Pure.
 */
import { blamingWording } from "../surveys/checks";

export const MESSAGE_PLACEHOLDERS = ["organisation", "link", "opt_out"] as const;

export type MessageFinding =
  | { rule: "revealing-word"; word: string }
  | { rule: "case-detail"; detail: string }
  | { rule: "unknown-placeholder"; name: string }
  | { rule: "missing-placeholder"; name: string }
  | { rule: "blaming-wording"; phrase: string }
  | { rule: "too-long"; length: number; limit: number };

/** Words that say what happened or mark the reader as a victim, in English and Welsh (stems). */
const REVEALING = [
  "crime",
  "offence",
  "offense",
  "victim",
  "assault",
  "abuse",
  "rape",
  "sexual",
  "domestic",
  "burglar",
  "theft",
  "stolen",
  "violen",
  "stalk",
  "harass",
  "fraud",
  "robber",
  "murder",
  "injur",
  "attack",
  "court",
  "suspect",
  "offender",
  "investigat",
  "trosedd",
  "drosedd",
  "nhrosedd",
  "dioddefwr",
  "dioddefwyr",
  "ddioddefwr",
  "ymosod",
  "cam-drin",
  "camdrin",
  "trais",
  "treisio",
  "rhywiol",
  "domestig",
  "lladrad",
  "byrgler",
  "stelc",
  "aflonyddu",
  "twyll",
  "llofrudd",
  "anaf",
  "llys",
  "troseddwr",
  "ymchwili",
];

const PLACEHOLDER = /\(\(([^()?]+)(\?\?[^()]*)?\)\)/g;

/** Three SMS fragments: longer texts cost more and are cut on some phones. */
export const SMS_LIMIT = 459;

export function checkMessage(text: string, medium: "sms" | "email"): MessageFinding[] {
  const findings: MessageFinding[] = [];
  const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1].trim());
  for (const name of new Set(names))
    if (!(MESSAGE_PLACEHOLDERS as readonly string[]).includes(name)) findings.push({ rule: "unknown-placeholder", name });
  for (const name of MESSAGE_PLACEHOLDERS) if (!names.includes(name)) findings.push({ rule: "missing-placeholder", name });
  const words = text.replace(PLACEHOLDER, " ").toLowerCase();
  for (const stem of REVEALING) {
    if (new RegExp(`(^|[^\\p{L}])${stem}`, "u").test(words)) findings.push({ rule: "revealing-word", word: stem });
  }
  if (/\d{5,}/.test(words)) findings.push({ rule: "case-detail", detail: "number" });
  if (/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(words)) findings.push({ rule: "case-detail", detail: "date" });
  const blame = blamingWording(text);
  if (blame) findings.push({ rule: "blaming-wording", phrase: blame.phrase });
  // The link and the opt-out link are about 60 characters each; the organisation's name up to 80.
  const length = text.replace(PLACEHOLDER, (_, name: string) => "x".repeat(name.trim() === "organisation" ? 80 : 60)).length;
  if (medium === "sms" && length > SMS_LIMIT) findings.push({ rule: "too-long", length, limit: SMS_LIMIT });
  return findings;
}
