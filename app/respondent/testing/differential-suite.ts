/**
 * The differential test, in parts that vitest runs side by side (one file each): part `part` of `parts` takes every
 * `parts`-th seed of 1…CASES. A failure prints the seed and a shrunk, minimal definition and plan.
 * DIFFERENTIAL_CASES=n runs more (or fewer) cases in all; DIFFERENTIAL_FROM=s starts the seeds at s;
 * DIFFERENTIAL_SEED=s replays one seed (in part 1 only); DIFFERENTIAL_LIST=1 prints every differing seed.
 */
import { describe, expect, it } from "vitest";
import { report, runCase } from "./differential-cases";

/** 5,000 in every run (issue 17): about 30 ms a case on one core of the shared machine. */
export const DEFAULT_CASES = 5000;

/**
 * Seeds whose difference is known and not yet mended, each with its cause. The test fails on any other difference,
 * and on a listed seed that now agrees (so the list only shrinks). None today, in the default 1…5,000 or beyond it
 * (5841, restored without the pages survey-core had marked passed, was the last: survey-session.ts carries them).
 */
const KNOWN: Record<number, string> = {};

/** Seeds per `it`: each block reports on its own and stays well inside its time on a loaded machine. */
const CHUNK = 100;

export function differentialSuite(part: number, parts: number) {
  const cases = Number(process.env.DIFFERENTIAL_CASES ?? DEFAULT_CASES);
  const only = process.env.DIFFERENTIAL_SEED;
  const from = Number(process.env.DIFFERENTIAL_FROM ?? 1);
  const seeds = only
    ? part === 1
      ? [Number(only)]
      : []
    : Array.from({ length: cases }, (_, i) => i + from).filter((_, i) => i % parts === part - 1);
  const chunks = Array.from({ length: Math.ceil(seeds.length / CHUNK) }, (_, i) => seeds.slice(i * CHUNK, (i + 1) * CHUNK));
  describe(`the plain form's server path equals survey-core (part ${part} of ${parts})`, () => {
    let completed = 0;
    for (const chunk of chunks) {
      const name = only ? "one seeded case" : `seeds ${chunk[0]} to ${chunk[chunk.length - 1]} (every ${parts})`;
      it(`agrees on ${name}`, () => {
        const differing: number[] = [];
        let failure = "";
        for (const seed of chunk) {
          const result = runCase(seed);
          if (result.completed) completed += 1;
          if (!result.difference) continue;
          differing.push(seed);
          if (!failure && (only || !Object.hasOwn(KNOWN, seed))) failure = report(seed, result);
        }
        if (process.env.DIFFERENTIAL_LIST) console.log(`differing seeds: ${JSON.stringify(differing)}`);
        if (failure) throw new Error(failure);
        const mended = chunk.filter((seed) => Object.hasOwn(KNOWN, seed) && !differing.includes(seed));
        expect(mended, "listed seeds that now agree: take them off KNOWN").toEqual([]);
      }, 300_000);
    }
    // The generator must reach the end of surveys often enough for the stored data to be compared.
    it.skipIf(Boolean(only) || seeds.length === 0)("reaches the end of the survey in at least a fifth of the cases", () => {
      expect(completed).toBeGreaterThan(seeds.length / 5);
    });
  });
}
