/**
 * Agreement on a double-coding sample, theme by theme: for each sampled
 * answer, did the first coder apply the theme, and did the second. Pure.
 */
import { cohensKappa, type Agreement } from "./kappa";
import type { Passage } from "./passages";

export type SampleCoding = Passage & { responseId: number; themeId: number };

export type ThemeAgreement = { themeId: number; agreement: Agreement };
export type Disagreement = { responseId: number; themeId: number; first: Passage[]; second: Passage[] };

const applied = (codings: readonly SampleCoding[], responseId: number, themeId: number) =>
  codings.filter((c) => c.responseId === responseId && c.themeId === themeId);

/** Themes either coder used in the sample, in codebook order where given. */
function themesUsed(first: readonly SampleCoding[], second: readonly SampleCoding[], order: readonly number[]) {
  const used = new Set([...first, ...second].map((c) => c.themeId));
  return [...order.filter((id) => used.has(id)), ...[...used].filter((id) => !order.includes(id)).sort((a, b) => a - b)];
}

export function agreementByTheme(
  responseIds: readonly number[],
  first: readonly SampleCoding[],
  second: readonly SampleCoding[],
  themeOrder: readonly number[] = [],
): ThemeAgreement[] {
  return themesUsed(first, second, themeOrder).map((themeId) => ({
    themeId,
    agreement: cohensKappa(
      responseIds.map((id) => [applied(first, id, themeId).length > 0, applied(second, id, themeId).length > 0] as const),
    ),
  }));
}

/** Each answer and theme on which one coder applied the theme and the other did not, with both coders' passages. */
export function disagreementsOf(
  responseIds: readonly number[],
  first: readonly SampleCoding[],
  second: readonly SampleCoding[],
  themeOrder: readonly number[] = [],
): Disagreement[] {
  const themes = themesUsed(first, second, themeOrder);
  return responseIds.flatMap((responseId) =>
    themes.flatMap((themeId) => {
      const a = applied(first, responseId, themeId);
      const b = applied(second, responseId, themeId);
      if (a.length > 0 === b.length > 0) return [];
      const span = ({ start, end }: Passage) => ({ start, end });
      return [{ responseId, themeId, first: a.map(span), second: b.map(span) }];
    }),
  );
}
