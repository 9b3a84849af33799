/**
 * The pair code a respondent may keep from the start of support to the end of it, so the two answers can be
 * linked without anyone knowing who gave them. Eight characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, 2/Z, 5/S, 8/B), shown as two groups of four ("KQ7P-4MXT"): easy to write down or read out. What a
 * person types back is forgiven its case, spaces and dashes. Pure: the code is made from bytes the server derives
 * (pair-code.server.ts), and only a keyed hash of it is ever stored.
 */

export const PAIR_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const LENGTH = 8;

/** A code from (at least eight) bytes: each byte picks a character. */
export function pairCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < LENGTH) throw new Error("a pair code needs eight bytes");
  const chars = Array.from(bytes.subarray(0, LENGTH), (byte) => PAIR_ALPHABET[byte % PAIR_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** What a person typed, in the code's own form, or null when it cannot be a code (nothing, or a mistake). */
export function normalisePairCode(typed: unknown): string | null {
  if (typeof typed !== "string" || typed.length > 40) return null;
  const plain = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, "");
  if (plain.length !== LENGTH || [...plain].some((c) => !PAIR_ALPHABET.includes(c))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}
