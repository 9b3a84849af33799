/**
 * Theme suggestions, computed on the server and nowhere else: groups of
 * similar answers with the key terms they share, and each answer's sentiment.
 * Answers → words (tokenise.ts) → TF-IDF → spherical k-means with fixed
 * seeding, close groups merged (cluster.ts) → groups of at least `minSize`
 * answers, each named by its heaviest terms. Pure and deterministic: the same
 * answers in any order give the same suggestions. See
 * docs/decisions/0006-theme-suggestions.md for why, and its limits.
 */
import { bestKMeans, mergeClose, splitMixed, tfidf } from "./cluster";
import { analyse, SENTIMENT_LABELS, sentimentLabel, type SentimentLabel } from "./tokenise";

export type SuggestionAnswer<Id extends string | number = number> = { id: Id; text: string; language: string };

export type SuggestOptions = {
  /** Groups to look for before close ones merge (default: about √n, from 2 to 30). */
  groups?: number;
  /** Smallest group worth suggesting (default 3). */
  minSize?: number;
  /** Key terms per suggestion (default 3). */
  terms?: number;
  /** Centres at least this alike (cosine) become one group (default 0.4). */
  mergeAt?: number;
  /** Answers less alike than this to their group's centre are left out of it (default 0.15). */
  minSimilarity?: number;
  /** Example answers per suggestion, the most typical first (default 3). */
  examples?: number;
  /** Seed of the first k-means++ draw (default 1). */
  seed?: number;
  /** k-means runs from different seeds, the best fit kept (default 3). */
  restarts?: number;
};

export type Suggestion<Id extends string | number = number> = {
  /** The key terms as compared (stems in English), sorted and joined: what a dismissal remembers. */
  signature: string;
  /** The key terms as people wrote them, heaviest first. */
  terms: string[];
  /** Every answer in the group, the most typical first. */
  memberIds: Id[];
  examples: Id[];
  sentiment: Record<SentimentLabel, number>;
};

export type SuggestResult<Id extends string | number = number> = {
  suggestions: Suggestion<Id>[];
  /** Each answer's sentiment from -1 to 1; null when not scored (not English). */
  sentiment: Map<Id, number | null>;
  /** Answers in no suggestion. */
  ungrouped: number;
};

const compareIds = (a: string | number, b: string | number) =>
  typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;

/**
 * About √n groups, at most 30: rather too many than too few, because a group
 * that mixes two themes cannot be mended by the analyst, while two groups of
 * one theme can be accepted as one (accept, then merge).
 */
const defaultGroups = (n: number) => Math.max(2, Math.min(30, Math.round(Math.sqrt(n))));

export function suggestThemes<Id extends string | number>(
  answers: readonly SuggestionAnswer<Id>[],
  options: SuggestOptions = {},
): SuggestResult<Id> {
  const {
    minSize = 3,
    terms: termCount = 4,
    mergeAt = 0.4,
    minSimilarity = 0.15,
    examples = 3,
    seed = 1,
    restarts = 3,
  } = options;
  const sorted = [...answers].sort((a, b) => compareIds(a.id, b.id));
  const sentiment = new Map<Id, number | null>();
  const forms = new Map<string, Map<string, number>>();
  const documents = sorted.map((answer) => {
    const analysed = analyse(answer.text, answer.language);
    sentiment.set(answer.id, analysed.sentiment);
    for (const { term, form } of analysed.tokens) {
      const seen = forms.get(term) ?? new Map<string, number>();
      seen.set(form, (seen.get(form) ?? 0) + 1);
      forms.set(term, seen);
    }
    return analysed.tokens.map((token) => token.term);
  });

  const { vectors, vocabulary } = tfidf(documents, { minDocs: Math.min(2, minSize) });
  const usable = vectors.filter((v) => v.idx.length > 0).length;
  const groups = options.groups ?? defaultGroups(usable);
  const first = bestKMeans(vectors, vocabulary.length, groups, { seed, restarts });
  const split = splitMixed(first, vectors, vocabulary.length, { minSize, seed, maxGroups: 2 * groups });
  const clustering = mergeClose(split, vectors, mergeAt);

  const asWritten = (term: string) =>
    [...(forms.get(term) ?? new Map([[term, 1]])).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];

  const suggestions: Suggestion<Id>[] = [];
  clustering.centres.forEach((centre, c) => {
    const members = sorted
      .map((answer, i) => ({ id: answer.id, i, similarity: clustering.similarity[i] }))
      .filter(({ i, similarity }) => clustering.assignment[i] === c && similarity >= minSimilarity)
      .sort((a, b) => b.similarity - a.similarity || compareIds(a.id, b.id));
    if (members.length < minSize) return;
    const heaviest = [...centre.keys()]
      .filter((t) => centre[t] > 0)
      .sort((a, b) => centre[b] - centre[a] || a - b)
      .slice(0, termCount)
      .map((t) => vocabulary[t]);
    const mix = Object.fromEntries(SENTIMENT_LABELS.map((label) => [label, 0])) as Record<SentimentLabel, number>;
    for (const { id } of members) mix[sentimentLabel(sentiment.get(id) ?? null)] += 1;
    suggestions.push({
      signature: [...heaviest].sort().join(" "),
      terms: heaviest.map(asWritten),
      memberIds: members.map((m) => m.id),
      examples: members.slice(0, examples).map((m) => m.id),
      sentiment: mix,
    });
  });
  suggestions.sort((a, b) => b.memberIds.length - a.memberIds.length || (a.signature < b.signature ? -1 : 1));
  // Two groups with the same key terms would share a dismissal; the smaller gets a numbered signature.
  const seen = new Map<string, number>();
  for (const suggestion of suggestions) {
    const count = (seen.get(suggestion.signature) ?? 0) + 1;
    seen.set(suggestion.signature, count);
    if (count > 1) suggestion.signature = `${suggestion.signature} #${count}`;
  }
  const grouped = suggestions.reduce((sum, s) => sum + s.memberIds.length, 0);
  return { suggestions, sentiment, ungrouped: answers.length - grouped };
}
