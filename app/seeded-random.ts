/**
 * One seeded pseudo-random generator (mulberry32) for everything that must repeat exactly: the themes' k-means
 * starting centres, the demo and test data factories, and the generated cases of the property and differential tests,
 * whose failing seeds must replay the same case. Small, fast and the same on every platform; not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
