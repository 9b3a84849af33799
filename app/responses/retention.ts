/** When a response leaves: the purge keeps it for the survey's retention period after the day it arrived. Pure. */

/** The last day (YYYY-MM-DD) a response that arrived on `day` is kept; the daily purge deletes it after that. */
export function keptUntil(day: string, retentionDays: number): string {
  const days = Math.max(1, Number(retentionDays) || 365);
  const moment = new Date(`${day}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
