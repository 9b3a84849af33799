/** Search and paging of the responses list, from the address. Pure. */

/** Longest search accepted: a phrase, not a document. */
export const SEARCH_MAX = 200;

/** A LIKE pattern that finds the words anywhere, with LIKE's own wildcards (and the escape) taken literally. */
export function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The search as typed in the address: trimmed, bounded, or none. */
export function searchFrom(value: string | null): string {
  return (value ?? "").trim().slice(0, SEARCH_MAX);
}

/** ?page= as a whole number from 1; anything else is the first page. */
export function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** The page numbers a pagination shows: the first, the last, and those either side of the current; gaps as null. */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) items.push(n - sorted[i - 1] === 2 ? n - 1 : null);
    items.push(n);
  });
  return items;
}
