import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { STAGE_KEYS } from "../engagements/stages";
import { compareWithOthers, MIN_SHARING, quantile, standing, type SharedProfile } from "./compare";

/** A random profile: each stage's score a tenth between 0 and 3, some stages missing when asked. */
function profile(random: () => number, gaps = false): SharedProfile {
  return Object.fromEntries(
    STAGE_KEYS.flatMap((stage) => (gaps && random() < 0.3 ? [] : [[stage, Math.round(random() * 30) / 10]])),
  ) as SharedProfile;
}

function shuffled<T>(values: T[], random: () => number): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe("compareWithOthers: the disclosure rule", () => {
  it("shows nothing at all below five other organisations, whatever their profiles", () => {
    const random = seededRandom(21);
    for (let run = 0; run < 500; run++) {
      const others = Array.from({ length: Math.floor(random() * MIN_SHARING) }, () => profile(random, random() < 0.5));
      expect(compareWithOthers(others)).toBeNull();
    }
  });

  it("from five up shows only quartiles and the median per stage, ordered, within the others' range, whatever order they come in", () => {
    const random = seededRandom(2121);
    for (let run = 0; run < 500; run++) {
      const count = MIN_SHARING + Math.floor(random() * 20);
      const gaps = random() < 0.5;
      const others = Array.from({ length: count }, () => profile(random, gaps));
      const result = compareWithOthers(others);
      expect(result).not.toBeNull();
      expect(Object.keys(result!).sort()).toEqual(["organisations", "stages"]);
      expect(result!.organisations).toBe(count);
      // Order could stand for who shared first: the answer must not depend on it.
      expect(compareWithOthers(shuffled(others, random))).toEqual(result);
      for (const stage of STAGE_KEYS) {
        const values = others.flatMap((p) => (p[stage] === undefined ? [] : [p[stage]!]));
        const shown = result!.stages.find((row) => row.stage === stage);
        if (values.length < MIN_SHARING) {
          expect(shown).toBeUndefined();
          continue;
        }
        expect(Object.keys(shown!).sort()).toEqual(["lowerQuartile", "median", "stage", "upperQuartile"]);
        expect(shown!.lowerQuartile).toBeLessThanOrEqual(shown!.median);
        expect(shown!.median).toBeLessThanOrEqual(shown!.upperQuartile);
        expect(shown!.lowerQuartile).toBeGreaterThanOrEqual(Math.min(...values) - 0.05);
        expect(shown!.upperQuartile).toBeLessThanOrEqual(Math.max(...values) + 0.05);
      }
    }
  });

  it("gives the textbook quartiles", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([0, 1, 2, 3], 0.5)).toBe(1.5);
    expect(quantile([0, 1, 2, 3], 0.75)).toBe(2.25);
  });

  it("says where a score stands against the distribution", () => {
    const d = { stage: "purpose" as const, lowerQuartile: 1, median: 1.5, upperQuartile: 2 };
    expect(standing(0.9, d)).toBe("below_lower_quartile");
    expect(standing(1, d)).toBe("lower_half");
    expect(standing(1.5, d)).toBe("upper_half");
    expect(standing(2, d)).toBe("upper_half");
    expect(standing(2.1, d)).toBe("above_upper_quartile");
  });
});
