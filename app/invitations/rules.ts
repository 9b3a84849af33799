/**
 * The safety rules, applied to every contact before anything is sent (DESIGN.md "Invitations"). By default nobody
 * flagged do-not-contact, deceased, under 18, domestic abuse or sexual offence is messaged unless the row says
 * contact is safe (do-not-contact and deceased are never lifted); anyone on the opt-out list is skipped; contacts
 * whose date of contact is longer ago than the maximum delay are skipped; those within the minimum delay wait until
 * it has passed (and, if weekends are left out, until the Monday after). Quiet hours are the sending worker's.
 * Each skipped contact is counted under the first rule that applies, in RULES order, so the counts add up. Pure.
 */
import type { Contact } from "./rows";

export const RULES = ["doNotContact", "deceased", "under18", "domesticAbuse", "sexualOffence", "optedOut", "tooLongAgo"] as const;
export type Rule = (typeof RULES)[number];

export type RuleSettings = { minDelayDays: number; maxDelayDays: number; skipWeekends: boolean };
export const DEFAULT_RULES: RuleSettings = { minDelayDays: 14, maxDelayDays: 84, skipWeekends: true };

export type Planned = Contact & { notBefore: string };
export type RulesOutcome = {
  invite: Planned[];
  skipped: Record<Rule, number>;
  /** Of those invited, how many wait for the minimum delay. */
  delayed: number;
};

/** Which rule keeps this contact from being messaged, if any. */
export function ruleFor(contact: Contact, optedOut: boolean, settings: RuleSettings, today: string): Rule | null {
  const { flags } = contact;
  if (flags.doNotContact) return "doNotContact";
  if (flags.deceased) return "deceased";
  if (!flags.contactSafe) {
    if (flags.under18) return "under18";
    if (flags.domesticAbuse) return "domesticAbuse";
    if (flags.sexualOffence) return "sexualOffence";
  }
  if (optedOut) return "optedOut";
  if (daysBetween(contact.contactDate, today) > settings.maxDelayDays) return "tooLongAgo";
  return null;
}

/**
 * When a contact may first be messaged: now, or the day the minimum delay ends (08:00 UK time, when quiet hours
 * end), moved to Monday when weekends are left out. `now` is an ISO instant; the answer is one too.
 */
export function notBeforeFor(contactDate: string, settings: RuleSettings, now: Date): string {
  let day = addDays(contactDate, settings.minDelayDays);
  const today = ukDate(now);
  if (day <= today) day = today;
  if (settings.skipWeekends) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 6) day = addDays(day, 2);
    if (weekday === 0) day = addDays(day, 1);
  }
  if (day === today) return now.toISOString();
  return ukMorning(day).toISOString();
}

export function applyRules(
  contacts: Contact[],
  isOptedOut: (contact: Contact) => boolean,
  settings: RuleSettings,
  now: Date,
): RulesOutcome {
  const today = ukDate(now);
  const skipped = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<Rule, number>;
  const invite: Planned[] = [];
  let delayed = 0;
  for (const contact of contacts) {
    const rule = ruleFor(contact, isOptedOut(contact), settings, today);
    if (rule) {
      skipped[rule] += 1;
      continue;
    }
    const notBefore = notBeforeFor(contact.contactDate, settings, now);
    if (notBefore > now.toISOString()) delayed += 1;
    invite.push({ ...contact, notBefore });
  }
  return { invite, skipped, delayed };
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const UK_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The UK calendar day of an instant. */
export function ukDate(moment: Date): string {
  const parts = UK_PARTS.formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** 08:00 UK time on a day, as an instant (GMT or BST). */
export function ukMorning(day: string): Date {
  const guess = new Date(`${day}T08:00:00Z`);
  const hour = Number(UK_PARTS.formatToParts(guess).find((p) => p.type === "hour")?.value ?? "8");
  return new Date(guess.getTime() - (hour - 8) * 3_600_000);
}
