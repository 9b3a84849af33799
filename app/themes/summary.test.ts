import { describe, expect, it } from "vitest";
import { monthsBetween, representativeQuotes, summaryFigures, tableBesideTotal } from "./summary";

describe("theme summary figures", () => {
  it("lists every month between two, across a year end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-03", "2026-03")).toEqual(["2026-03"]);
  });

  it("hides a small number of respondents, the share, the trend, the sentiment mix and the quotes", () => {
    const figures = summaryFigures({
      respondents: [
        { month: "2026-01", sentiment: "positive" },
        { month: "2026-02", sentiment: "notScored" },
      ],
      answered: 40,
      span: { first: "2026-01", last: "2026-02" },
      threshold: 5,
    });
    expect(figures.mentioning).toEqual({ kind: "fewerThan", threshold: 5 });
    expect(figures.share).toBeNull();
    expect(figures.trend.every((m) => m.shown.kind === "hidden")).toBe(true);
    expect(figures.sentiment.every((s) => s.shown.kind === "hidden")).toBe(true);
    expect(figures.quotesAllowed).toBe(false);
  });

  it("shows counts that are safe, hides small cells and enough others that none can be worked out", () => {
    const respondents = [
      ...Array.from({ length: 8 }, () => ({ month: "2026-01", sentiment: "negative" as const })),
      ...Array.from({ length: 2 }, () => ({ month: "2026-02", sentiment: "positive" as const })),
      ...Array.from({ length: 6 }, () => ({ month: "2026-03", sentiment: "neutral" as const })),
    ];
    const figures = summaryFigures({ respondents, answered: 50, span: { first: "2026-01", last: "2026-03" }, threshold: 5 });
    expect(figures.mentioning).toEqual({ kind: "count", value: 16 });
    expect(figures.share).toBe(32);
    expect(figures.trend.map((m) => m.shown.kind)).toEqual(["count", "fewerThan", "hidden"]);
    expect(figures.quotesAllowed).toBe(true);
  });

  it("gives no share when the rest would be small", () => {
    const respondents = Array.from({ length: 10 }, () => ({ month: "2026-01", sentiment: "neutral" as const }));
    expect(summaryFigures({ respondents, answered: 12, span: null, threshold: 5 }).share).toBeNull();
  });

  it("hides every cell of a table that could only be protected by hiding its total", () => {
    // 1 + 5 = 6: hiding the 1 and the 5 leaves a sum of 6 that only 1 + 5 can make.
    expect(tableBesideTotal([0, 1, 5], 5).map((s) => s.kind)).toEqual(["hidden", "hidden", "hidden"]);
    expect(tableBesideTotal([4, 6], 5).map((s) => s.kind)).toEqual(["fewerThan", "hidden"]);
    expect(tableBesideTotal([10, 6], 5).map((s) => s.kind)).toEqual(["count", "count"]);
  });
});

describe("representative quotes", () => {
  const passages = [
    { id: 1, responseId: 1, text: "Nobody kept me up to date about my case", language: "en" },
    { id: 2, responseId: 2, text: "I had to chase for every update about my case", language: "en" },
    { id: 3, responseId: 3, text: "No update on my case for weeks", language: "en" },
    { id: 4, responseId: 3, text: "No update on my case, again", language: "en" },
    { id: 5, responseId: 4, text: "The parking was hard to find", language: "en" },
  ];

  it("picks the passages nearest the theme's centre, one per respondent", () => {
    const quotes = representativeQuotes(passages, 3);
    expect(quotes).toHaveLength(3);
    expect(quotes.map((q) => q.id)).not.toContain(5);
    expect(new Set(quotes.map((q) => q.responseId)).size).toBe(3);
  });

  it("is empty with nothing to quote", () => {
    expect(representativeQuotes([], 3)).toEqual([]);
  });
});
