/** Calendar quarters of ISO dates (YYYY-MM-DD), for trends beside shared themes. Pure. */

export type Quarter = { label: string; from: string; to: string };

/** The quarter a day falls in: "2026-Q4", 2026-10-01 to 2026-12-31. */
export function quarterOf(day: string): Quarter {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const first = String(q * 3 + 1).padStart(2, "0");
  const last = q * 3 + 3;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { label: `${year}-Q${q + 1}`, from: `${year}-${first}-01`, to: `${year}-${String(last).padStart(2, "0")}-${lastDay}` };
}

/** The quarter before the one a day falls in. */
export function previousQuarter(day: string): Quarter {
  const { from } = quarterOf(day);
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(0);
  return quarterOf(d.toISOString().slice(0, 10));
}
