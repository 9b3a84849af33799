/**
 * UK financial-year quarters, the periods a PCC office reports outcomes in: the year runs from 1 April, so
 * Q1 is April to June, Q2 July to September, Q3 October to December and Q4 January to March of the next
 * calendar year. Responses keep only their day (never a time), so a quarter is worked out from that day.
 * A quarter is named by a key such as "2026-27-Q3" (safe in an address). Pure.
 */

export type Quarter = { startYear: number; quarter: 1 | 2 | 3 | 4 };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEY = /^(\d{4})-(\d{2})-Q([1-4])$/;

/** The financial quarter holding a day ("2026-11-03" → 2026–27 Q3). */
export function quarterOf(day: string): Quarter {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const startYear = month >= 4 ? year : year - 1;
  const quarter = (Math.floor(((month + 8) % 12) / 3) + 1) as Quarter["quarter"];
  return { startYear, quarter };
}

/** "2026-27-Q3": the financial year as people write it, then the quarter. */
export function quarterKey(q: Quarter): string {
  return `${q.startYear}-${String((q.startYear + 1) % 100).padStart(2, "0")}-Q${q.quarter}`;
}

/** The quarter a key names, or null when it names none (a mistyped or tampered address). */
export function parseQuarterKey(key: string): Quarter | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const startYear = Number(match[1]);
  if (Number(match[2]) !== (startYear + 1) % 100 || startYear < 2000 || startYear > 2999) return null;
  return { startYear, quarter: Number(match[3]) as Quarter["quarter"] };
}

/** The first calendar month (1–12) of the quarter and its calendar year. */
function firstMonth(q: Quarter): { year: number; month: number } {
  const month = (((q.quarter - 1) * 3 + 3) % 12) + 1;
  return { year: q.quarter === 4 ? q.startYear + 1 : q.startYear, month };
}

const pad = (n: number) => String(n).padStart(2, "0");
const LAST_DAY = [30, 30, 31, 31] as const; // June, September, December, March

/** The first and last day of the quarter, inclusive. */
export function quarterDays(q: Quarter): { from: string; to: string } {
  const { year, month } = firstMonth(q);
  const endMonth = month + 2;
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(endMonth)}-${LAST_DAY[q.quarter - 1]}` };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4
    ? { startYear: q.startYear + 1, quarter: 1 }
    : { startYear: q.startYear, quarter: (q.quarter + 1) as Quarter["quarter"] };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { startYear: q.startYear - 1, quarter: 4 }
    : { startYear: q.startYear, quarter: (q.quarter - 1) as Quarter["quarter"] };
}

/** A quarter has closed once its last day is over: its return can then be produced and kept as reported. */
export function isClosed(q: Quarter, today: string): boolean {
  return quarterDays(q).to < today;
}

/** Every quarter from the one holding `first` to the one holding `last`, oldest first (at most 400). */
export function quartersBetween(first: string, last: string): Quarter[] {
  const out: Quarter[] = [];
  const end = quarterKey(quarterOf(last));
  for (let q = quarterOf(first); out.length < 400; q = nextQuarter(q)) {
    out.push(q);
    if (quarterKey(q) >= end) break;
  }
  return out;
}

/**
 * The label's parts; the wording lives in the strings ("2026–27 Q3, October to December 2026",
 * "2026–27 Chwarter 3, Hydref i Ragfyr 2026"). `calendarQuarter` is the calendar quarter (1 = January to March)
 * whose months it spans, so the insights' month-range strings can be reused.
 */
export function quarterLabelParts(q: Quarter): { years: string; quarter: number; calendarQuarter: number; calendarYear: string } {
  const { year, month } = firstMonth(q);
  return {
    years: `${q.startYear}–${pad((q.startYear + 1) % 100)}`,
    quarter: q.quarter,
    calendarQuarter: Math.floor((month - 1) / 3) + 1,
    calendarYear: String(year),
  };
}
