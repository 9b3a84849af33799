import { describe, expect, it } from "vitest";
import { cohensKappa, kappaBand, kappaFromTable } from "./kappa";

const pairs = (spec: [boolean, boolean, number][]) =>
  spec.flatMap(([a, b, count]) => Array.from({ length: count }, () => [a, b] as const));

describe("Cohen's kappa", () => {
  it("matches the textbook example (Wikipedia: 20 both yes, 5 first only, 10 second only, 15 neither → 0.4)", () => {
    const result = cohensKappa(
      pairs([
        [true, true, 20],
        [true, false, 5],
        [false, true, 10],
        [false, false, 15],
      ]),
    );
    expect(result.n).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
  });

  it("matches a second worked example (45/15/25/15 → 0.1304)", () => {
    // po = 0.6; pe = 0.6·0.7 + 0.4·0.3 = 0.54; κ = 0.06 / 0.46.
    const result = kappaFromTable({ both: 45, firstOnly: 15, secondOnly: 25, neither: 15 });
    expect(result.observed).toBeCloseTo(0.6, 10);
    expect(result.expected).toBeCloseTo(0.54, 10);
    expect(result.kappa).toBeCloseTo(0.06 / 0.46, 10);
  });

  it("is 1 for perfect agreement with variation", () => {
    const result = cohensKappa(
      pairs([
        [true, true, 3],
        [false, false, 7],
      ]),
    );
    expect(result.kappa).toBe(1);
    expect(result.observed).toBe(1);
  });

  it("is undefined (null) when neither coder varies: perfect agreement that chance alone explains", () => {
    expect(cohensKappa(pairs([[false, false, 10]])).kappa).toBeNull();
    expect(cohensKappa(pairs([[true, true, 4]])).kappa).toBeNull();
    expect(cohensKappa(pairs([[true, true, 4]])).observed).toBe(1);
  });

  it("is 0 when one coder never varies and the other always disagrees, and negative for systematic disagreement", () => {
    expect(cohensKappa(pairs([[true, false, 6]])).kappa).toBe(0);
    expect(
      cohensKappa(
        pairs([
          [true, false, 5],
          [false, true, 5],
        ]),
      ).kappa,
    ).toBe(-1);
  });

  it("is 0 when one coder varies and the other never does", () => {
    const result = cohensKappa(
      pairs([
        [true, true, 3],
        [false, true, 7],
      ]),
    );
    expect(result.expected).toBeCloseTo(0.3, 10);
    expect(result.kappa).toBeCloseTo(0, 10);
  });

  it("is undefined with no answers", () => {
    expect(cohensKappa([])).toMatchObject({ n: 0, observed: null, expected: null, kappa: null });
  });

  it("names the Landis and Koch bands", () => {
    expect([-0.1, 0, 0.2, 0.3, 0.5, 0.7, 0.81, 1].map(kappaBand)).toEqual([
      "poor",
      "slight",
      "slight",
      "fair",
      "moderate",
      "substantial",
      "almostPerfect",
      "almostPerfect",
    ]);
  });
});
