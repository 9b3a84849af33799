/**
 * When a message may go, and when to try again. Pure: the clock is passed in.
 * Quiet hours: nothing between 20:00 and 08:00 UK time (Europe/London, so British Summer Time is followed), and
 * nothing on Saturdays or Sundays unless the batch allows weekends. A message due in quiet hours waits for the next
 * 08:00 on an allowed day.
 */
export const QUIET_FROM_HOUR = 20;
export const QUIET_UNTIL_HOUR = 8;

const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
});

type LondonTime = { year: number; month: number; day: number; hour: number; minute: number; weekend: boolean };

export function londonTime(at: Date): LondonTime {
  const parts = Object.fromEntries(london.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekend: parts.weekday === "Sat" || parts.weekday === "Sun",
  };
}

export function mayMessageAt(at: Date, weekends: boolean): boolean {
  const time = londonTime(at);
  return time.hour >= QUIET_UNTIL_HOUR && time.hour < QUIET_FROM_HOUR && (weekends || !time.weekend);
}

/** 08:00 London time on the London calendar day `daysAhead` after the one `at` falls on. */
function eightOClock(at: Date, daysAhead: number): Date {
  const { year, month, day } = londonTime(at);
  // London is UTC+0 or UTC+1: of the two candidates, the one London reads as 08:00 is right.
  for (const offset of [0, 1]) {
    const candidate = new Date(Date.UTC(year, month - 1, day + daysAhead, QUIET_UNTIL_HOUR - offset));
    if (londonTime(candidate).hour === QUIET_UNTIL_HOUR) return candidate;
  }
  throw new Error("Europe/London is not UTC+0 or UTC+1 on that day");
}

/** `at` itself when a message may go then, otherwise the next moment one may. */
export function nextSendingTime(at: Date, weekends: boolean): Date {
  if (mayMessageAt(at, weekends)) return at;
  const beforeEight = londonTime(at).hour < QUIET_UNTIL_HOUR;
  for (let days = beforeEight ? 0 : 1; days < 9; days += 1) {
    const candidate = eightOClock(at, days);
    if (mayMessageAt(candidate, weekends)) return candidate;
  }
  throw new Error("no sending time within a week");
}

export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 60 * 60;

/** Exponential backoff after a failed attempt: 30 s, 1 min, 2 min … at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_SECONDS);
}

/** Notify's statuses that are final, and the count each one adds to. */
export const FINAL_STATUSES = {
  delivered: "delivered",
  sent: "delivered",
  "permanent-failure": "permanentFailure",
  "temporary-failure": "temporaryFailure",
  "technical-failure": "technicalFailure",
} as const;

export type FinalStatus = keyof typeof FINAL_STATUSES;
export const isFinalStatus = (status: string): status is FinalStatus => Object.hasOwn(FINAL_STATUSES, status);

/** Replies that ask to stop, in English and Welsh. */
export function isStopReply(content: string): boolean {
  return /^\s*(stop|stopall|stop all|unsubscribe|dim|na|stopio|dad-danysgrifio)\s*[.!]?\s*$/i.test(content);
}
