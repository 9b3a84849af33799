/**
 * Agreement between two coders on one theme: for each answer in a sample, did
 * each coder apply the theme or not. Cohen's kappa corrects the share of
 * answers they agree on for the agreement expected by chance from how often
 * each applied the theme. Pure.
 */

export type Agreement = {
  /** Answers compared. */
  n: number;
  /** Both applied / only the first / only the second / neither. */
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
  /** Share of answers on which they agree (0 to 1); null with no answers. */
  observed: number | null;
  /** Share expected by chance; null with no answers. */
  expected: number | null;
  /**
   * Cohen's kappa; null when it is not defined: no answers, or no variation
   * (both coders gave every answer the same judgement, so chance agreement is
   * already 1 and there is nothing to correct for).
   */
  kappa: number | null;
};

/** Kappa from paired judgements (true = theme applied). */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): Agreement {
  let both = 0;
  let firstOnly = 0;
  let secondOnly = 0;
  let neither = 0;
  for (const [first, second] of pairs) {
    if (first && second) both += 1;
    else if (first) firstOnly += 1;
    else if (second) secondOnly += 1;
    else neither += 1;
  }
  return kappaFromTable({ both, firstOnly, secondOnly, neither });
}

/** Kappa from the 2×2 table of counts. */
export function kappaFromTable(table: { both: number; firstOnly: number; secondOnly: number; neither: number }): Agreement {
  const { both, firstOnly, secondOnly, neither } = table;
  const n = both + firstOnly + secondOnly + neither;
  if (n === 0) return { n, ...table, observed: null, expected: null, kappa: null };
  const observed = (both + neither) / n;
  const firstYes = (both + firstOnly) / n;
  const secondYes = (both + secondOnly) / n;
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  // Float sums of shares can miss 1 by an ulp; compare with a tolerance, not ===.
  const kappa = Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { n, ...table, observed, expected, kappa };
}

export type KappaBand = "poor" | "slight" | "fair" | "moderate" | "substantial" | "almostPerfect";

/** Landis and Koch's (1977) words for kappa: a convention, not a test, but the one readers know. */
export function kappaBand(kappa: number): KappaBand {
  if (kappa < 0) return "poor";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almostPerfect";
}
