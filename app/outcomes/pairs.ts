/**
 * Linking a start-of-support answer to an end-of-support answer by the respondent-held pair code. Only a keyed
 * hash of the code is stored with each response, and only its day, so pairing is by hash and day alone:
 * each end answer takes the latest start answer with the same hash given on or before its own day that no
 * other end answer has taken. An end answer without a code, or whose code matches nothing (mistyped, never
 * given), stays unpaired and still counts for the single-point measures. Pure.
 */

export type PairableResponse = { id: number; day: string; pairHash: string | null };
export type Pair<T> = { start: T; end: T };

const byDayThenId = (a: PairableResponse, b: PairableResponse) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id - b.id);

export function pairResponses<T extends PairableResponse>(starts: readonly T[], ends: readonly T[]): Pair<T>[] {
  const open = new Map<string, T[]>();
  for (const start of [...starts].sort(byDayThenId)) {
    if (!start.pairHash) continue;
    const list = open.get(start.pairHash) ?? [];
    list.push(start);
    open.set(start.pairHash, list);
  }
  const pairs: Pair<T>[] = [];
  for (const end of [...ends].sort(byDayThenId)) {
    const candidates = end.pairHash ? open.get(end.pairHash) : undefined;
    if (!candidates) continue;
    let taken = -1;
    for (let i = candidates.length - 1; i >= 0; i -= 1) {
      if (candidates[i].day <= end.day) {
        taken = i;
        break;
      }
    }
    if (taken < 0) continue;
    pairs.push({ start: candidates[taken], end });
    candidates.splice(taken, 1);
  }
  return pairs;
}
