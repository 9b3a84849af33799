import { describe, expect, it } from "vitest";
import { answerText } from "../../db/answer-text";
import { seeded } from "../respondent/fields/testing";
import { redact } from "../respondent/redact";
import { seededRandom } from "../seeded-random";
import { kMeans, tfidf } from "./cluster";
import { suggestThemes } from "./suggest";

/** Made-up answers, redacted as at ingest, with the theme each was drawn from. */
function seededAnswers(count: number, seed = 11) {
  const random = seeded(seed);
  const truth = new Map<number, string>();
  const answers = Array.from({ length: count }, (_, i) => {
    const language = random.next() < 0.15 ? "cy" : "en";
    const { text, theme } = answerText(random, language);
    truth.set(i + 1, `${language}:${theme}`);
    return { id: i + 1, text: redact(text, language).text, language };
  });
  return { answers, truth };
}

describe("theme suggestions", () => {
  const { answers, truth } = seededAnswers(400);
  const result = suggestThemes(answers);

  const share = (ids: number[], theme: string) => ids.filter((id) => truth.get(id) === theme).length;

  it("finds the seeded themes: most answers of a theme land in groups that are mostly about that theme", () => {
    for (const theme of ["en:informed", "en:kindness", "en:believed", "en:waiting", "en:support", "en:court"]) {
      const total = [...truth.values()].filter((t) => t === theme).length;
      const landed = result.suggestions
        .filter((s) => share(s.memberIds, theme) * 2 > s.memberIds.length)
        .reduce((sum, s) => sum + share(s.memberIds, theme), 0);
      expect(landed / total, theme).toBeGreaterThan(0.6);
    }
  });

  it("puts answers that say the same thing together", () => {
    const kept = answers.filter((a) => a.text.startsWith("Nobody kept me up to date")).map((a) => a.id);
    const best = Math.max(...result.suggestions.map((s) => s.memberIds.filter((id) => kept.includes(id)).length));
    expect(best / kept.length).toBeGreaterThan(0.6);
  });

  it("groups Welsh answers with Welsh answers", () => {
    const welsh = (ids: number[]) => ids.filter((id) => truth.get(id)!.startsWith("cy")).length;
    const grouped = result.suggestions.filter((s) => welsh(s.memberIds) > 0);
    expect(grouped.length).toBeGreaterThan(1);
    for (const suggestion of grouped) expect(welsh(suggestion.memberIds) * 2).toBeGreaterThan(suggestion.memberIds.length);
  });

  it("never scores the sentiment of Welsh answers", () => {
    for (const answer of answers.filter((a) => a.language === "cy")) expect(result.sentiment.get(answer.id)).toBeNull();
    for (const suggestion of result.suggestions) {
      const welsh = suggestion.memberIds.filter((id) => truth.get(id)!.startsWith("cy")).length;
      expect(suggestion.sentiment.notScored).toBe(welsh);
    }
  });

  it("names each group by key terms, with a sorted signature, examples from the group and no answer twice", () => {
    const seen = new Set<number>();
    for (const suggestion of result.suggestions) {
      expect(suggestion.terms.length).toBeGreaterThan(0);
      expect(suggestion.signature.split(" ")).toEqual([...suggestion.signature.split(" ")].sort());
      expect(suggestion.memberIds).toEqual(expect.arrayContaining(suggestion.examples));
      expect(suggestion.memberIds.length).toBeGreaterThanOrEqual(3);
      for (const id of suggestion.memberIds) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
    expect(seen.size + result.ungrouped).toBe(answers.length);
  });

  it("is deterministic, whatever order the answers come in", () => {
    const again = suggestThemes([...answers].reverse());
    expect(again.suggestions).toEqual(result.suggestions);
    expect(suggestThemes(answers).suggestions).toEqual(result.suggestions);
  });

  it("copes with nothing to group", () => {
    expect(suggestThemes([]).suggestions).toEqual([]);
    const blank = suggestThemes([
      { id: "a", text: "…", language: "en" },
      { id: "b", text: "[phone number]", language: "en" },
    ]);
    expect(blank).toMatchObject({ suggestions: [], ungrouped: 2 });
  });
});

describe("clustering", () => {
  it("gives the same groups for the same seed and a repeatable random stream", () => {
    const docs = [
      ["wait", "hour"],
      ["wait", "long"],
      ["kind", "officer"],
      ["kind", "patient"],
      ["wait", "hour", "long"],
      ["kind"],
    ];
    const { vectors, vocabulary } = tfidf(docs, { minDocs: 1, maxShare: 1 });
    const first = kMeans(vectors, vocabulary.length, 2, { seed: 3 });
    const second = kMeans(vectors, vocabulary.length, 2, { seed: 3 });
    expect([...first.assignment]).toEqual([...second.assignment]);
    const [a, b] = [seededRandom(5), seededRandom(5)];
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    // The waiting answers together, the kindness answers together.
    const groupOf = (i: number) => first.assignment[i];
    expect(new Set([0, 1, 4].map(groupOf)).size).toBe(1);
    expect(new Set([2, 3, 5].map(groupOf)).size).toBe(1);
    expect(groupOf(0)).not.toBe(groupOf(2));
  });

  it("leaves empty answers out of every group", () => {
    const { vectors, vocabulary } = tfidf([["a", "b"], [], ["a", "b"]], { minDocs: 1, maxShare: 1 });
    expect(kMeans(vectors, vocabulary.length, 2).assignment[1]).toBe(-1);
  });
});
