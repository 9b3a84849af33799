/**
 * TF-IDF vectors and a deterministic clustering of them: spherical k-means
 * (cosine similarity) seeded by k-means++ from a fixed-seed generator, then
 * clusters whose centres are close are merged, so asking for a few too many
 * groups costs little. Pure, and the same input gives the same output.
 */

import { seededRandom } from "../seeded-random";

/** A sparse, L2-normalised vector: term indices in increasing order, with their weights. */
export type SparseVector = { idx: Int32Array; val: Float64Array };

export type Vectorised = { vectors: SparseVector[]; vocabulary: string[] };

/**
 * TF-IDF with sublinear term frequency. Terms in fewer than `minDocs` answers
 * cannot make a group; terms in more than `maxShare` of them cannot tell groups apart.
 */
export function tfidf(documents: string[][], { minDocs = 2, maxShare = 0.5 } = {}): Vectorised {
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const limit = Math.max(minDocs, Math.floor(maxShare * n));
  const vocabulary = [...df.entries()]
    .filter(([, count]) => count >= minDocs && count <= limit)
    .map(([term]) => term)
    .sort();
  const index = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = vocabulary.map((term) => Math.log((1 + n) / (1 + df.get(term)!)) + 1);
  const vectors = documents.map((terms) => {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const i = index.get(term);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const val = Float64Array.from(idx, (i) => (1 + Math.log(counts.get(i)!)) * idf[i]);
    const norm = Math.hypot(...val);
    if (norm > 0) for (let j = 0; j < val.length; j += 1) val[j] /= norm;
    return { idx, val };
  });
  return { vectors, vocabulary };
}

function dot(vector: SparseVector, centre: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < vector.idx.length; j += 1) sum += vector.val[j] * centre[vector.idx[j]];
  return sum;
}

function normalise(centre: Float64Array) {
  let sum = 0;
  for (const value of centre) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < centre.length; i += 1) centre[i] /= norm;
}

export type Clustering = {
  /** Cluster of each vector (-1 for an empty vector). */
  assignment: Int32Array;
  /** Similarity of each vector to its cluster's centre. */
  similarity: Float64Array;
  /** Unit-length centres, one per cluster. */
  centres: Float64Array[];
};

/** k-means++ seeding: each next centre is drawn with probability proportional to its distance from the nearest chosen one. */
function seedCentres(vectors: SparseVector[], usable: number[], k: number, dims: number, random: () => number): Float64Array[] {
  const centres: Float64Array[] = [];
  const nearest = new Float64Array(vectors.length).fill(Infinity);
  const densify = (v: SparseVector) => {
    const centre = new Float64Array(dims);
    for (let j = 0; j < v.idx.length; j += 1) centre[v.idx[j]] = v.val[j];
    return centre;
  };
  let next = usable[Math.floor(random() * usable.length)];
  while (centres.length < k) {
    const centre = densify(vectors[next]);
    centres.push(centre);
    let total = 0;
    for (const i of usable) {
      // Squared Euclidean distance between unit vectors: 2 - 2·cos.
      const distance = Math.max(0, 2 - 2 * dot(vectors[i], centre));
      if (distance < nearest[i]) nearest[i] = distance;
      total += nearest[i];
    }
    if (total <= 1e-12) break;
    let target = random() * total;
    next = usable[usable.length - 1];
    for (const i of usable) {
      target -= nearest[i];
      if (target <= 0) {
        next = i;
        break;
      }
    }
  }
  return centres;
}

/** Spherical k-means: assign by cosine, recompute each centre as its members' normalised mean, until nothing moves. */
export function kMeans(vectors: SparseVector[], dims: number, k: number, { seed = 1, maxIterations = 40 } = {}): Clustering {
  const usable = vectors.flatMap((v, i) => (v.idx.length > 0 ? [i] : []));
  const assignment = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float64Array(vectors.length);
  if (usable.length === 0 || k < 1) return { assignment, similarity, centres: [] };
  let centres = seedCentres(vectors, usable, Math.min(k, usable.length), dims, seededRandom(seed));
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let moved = 0;
    for (const i of usable) {
      let best = 0;
      let bestSimilarity = -Infinity;
      for (let c = 0; c < centres.length; c += 1) {
        const s = dot(vectors[i], centres[c]);
        if (s > bestSimilarity) {
          bestSimilarity = s;
          best = c;
        }
      }
      if (assignment[i] !== best) moved += 1;
      assignment[i] = best;
      similarity[i] = bestSimilarity;
    }
    if (moved === 0 && iteration > 0) break;
    const sums = centres.map(() => new Float64Array(dims));
    for (const i of usable) {
      const v = vectors[i];
      const sum = sums[assignment[i]];
      for (let j = 0; j < v.idx.length; j += 1) sum[v.idx[j]] += v.val[j];
    }
    // A centre left with no members keeps its place: dropping it would renumber the others mid-run.
    centres = sums.map((sum, c) => (sum.some((x) => x !== 0) ? (normalise(sum), sum) : centres[c]));
  }
  return { assignment, similarity, centres };
}

/** How well a clustering fits: the sum of each vector's similarity to its centre. */
const fit = (clustering: Clustering) => clustering.similarity.reduce((sum, s) => sum + s, 0);

/**
 * k-means from several seeds (seed, seed + 1, …), keeping the best fit: one
 * unlucky draw of starting centres otherwise mixes two themes for good.
 */
export function bestKMeans(vectors: SparseVector[], dims: number, k: number, { seed = 1, restarts = 4 } = {}): Clustering {
  let best: Clustering | null = null;
  for (let r = 0; r < Math.max(1, restarts); r += 1) {
    const candidate = kMeans(vectors, dims, k, { seed: seed + r });
    if (!best || fit(candidate) > fit(best) + 1e-9) best = candidate;
  }
  return best!;
}

/**
 * Splits groups that are really two: each group of at least twice `minSize`
 * is tried as two (2-means on its members); the split is kept when both halves
 * are big enough and the members' mean similarity to their centre rises by at
 * least `gain`. Repeats until nothing splits or there are `maxGroups` groups.
 * Catches what one k for everything misses, such as a few answers in a
 * second language sharing a group between two of their themes.
 */
export function splitMixed(
  clustering: Clustering,
  vectors: SparseVector[],
  dims: number,
  { minSize = 3, gain = 0.15, maxGroups = 60, seed = 1 } = {},
): Clustering {
  let groups = clustering.centres.map((centre, c) => ({
    centre,
    members: [...clustering.assignment.keys()].filter((i) => clustering.assignment[i] === c),
  }));
  const mean = (members: number[], centre: Float64Array) =>
    members.reduce((sum, i) => sum + dot(vectors[i], centre), 0) / Math.max(1, members.length);
  const settled = new Set<Float64Array>();
  for (;;) {
    if (groups.length >= maxGroups) break;
    const candidate = groups.find((g) => g.members.length >= 2 * minSize && !settled.has(g.centre));
    if (!candidate) break;
    const subset = candidate.members.map((i) => vectors[i]);
    const halves = bestKMeans(subset, dims, 2, { seed, restarts: 2 });
    const parts = [0, 1].map((h) => candidate.members.filter((_, j) => halves.assignment[j] === h));
    const before = mean(candidate.members, candidate.centre);
    const after =
      (parts[0].length * mean(parts[0], halves.centres[0] ?? candidate.centre) +
        parts[1].length * mean(parts[1], halves.centres[1] ?? candidate.centre)) /
      candidate.members.length;
    if (halves.centres.length < 2 || parts.some((p) => p.length < minSize) || after - before < gain) {
      settled.add(candidate.centre);
      continue;
    }
    groups = [...groups.filter((g) => g !== candidate), ...parts.map((members, h) => ({ centre: halves.centres[h], members }))];
  }
  const assignment = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float64Array(vectors.length);
  groups.forEach((group, c) => {
    for (const i of group.members) {
      assignment[i] = c;
      similarity[i] = dot(vectors[i], group.centre);
    }
  });
  return { assignment, similarity, centres: groups.map((g) => g.centre) };
}

const cosine = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i] * b[i];
  return sum;
};

/**
 * Merges clusters whose centres are at least `threshold` alike, closest pair
 * first, until no pair is. Centres are weighted by size when merged.
 */
export function mergeClose(clustering: Clustering, vectors: SparseVector[], threshold: number): Clustering {
  const groups = clustering.centres.map((centre, c) => ({ centre, members: [] as number[], alive: true, id: c }));
  clustering.assignment.forEach((c, i) => {
    if (c >= 0) groups[c].members.push(i);
  });
  const live = () => groups.filter((g) => g.alive && g.members.length > 0);
  for (;;) {
    const current = live();
    let best: [number, number] | null = null;
    let bestSimilarity = threshold;
    for (let a = 0; a < current.length; a += 1)
      for (let b = a + 1; b < current.length; b += 1) {
        const s = cosine(current[a].centre, current[b].centre);
        if (s >= bestSimilarity) {
          bestSimilarity = s;
          best = [a, b];
        }
      }
    if (!best) break;
    const [keep, drop] = [current[best[0]], current[best[1]]];
    const merged = new Float64Array(keep.centre.length);
    for (const i of [...keep.members, ...drop.members]) {
      const v = vectors[i];
      for (let j = 0; j < v.idx.length; j += 1) merged[v.idx[j]] += v.val[j];
    }
    normalise(merged);
    keep.centre = merged;
    keep.members.push(...drop.members);
    drop.alive = false;
  }
  const kept = live();
  const assignment = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float64Array(vectors.length);
  kept.forEach((group, c) => {
    for (const i of group.members) {
      assignment[i] = c;
      similarity[i] = dot(vectors[i], group.centre);
    }
  });
  return { assignment, similarity, centres: kept.map((g) => g.centre) };
}
