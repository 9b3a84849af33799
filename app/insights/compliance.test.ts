import { describe, expect, it } from "vitest";
import { outcomeCharts, shapeCompliance } from "./compliance";
import { shapeFigures, type FigureContext, type QuestionGroup, type RawCounts } from "./figures";

const yesPartlyNo = ["yes", "partly", "no", "not_applicable", "dont_know"].map((value) => ({ value, label: value }));
const right: QuestionGroup = {
  id: "vc-04",
  key: "vc-04",
  surveyIds: [1],
  surveyTitle: null,
  kind: "single",
  title: "Were you referred?",
  items: yesPartlyNo,
  rows: [],
  right: 4,
  outcome: null,
};
const context: FigureContext = {
  lang: "en",
  threshold: 5,
  groups: [right],
  channels: [],
  languages: ["en"],
  labels: {
    plainLink: "Public link",
    otherChannel: "Other",
    completed: "Complete",
    notCompleted: "Not complete",
    language: (c) => c,
  },
};

/** Answers to the right's question by month: [month, value, how many]. */
function raw(answers: [string, string, number][]): RawCounts {
  const total = answers.reduce((sum, [, , n]) => sum + n, 0);
  const byValue = new Map<string, number>();
  for (const [, value, n] of answers) byValue.set(value, (byValue.get(value) ?? 0) + n);
  return {
    byDay: [{ day: "2027-01-10", n: total }],
    byChannel: [{ channelId: null, n: total }],
    byLanguage: [{ language: "en", n: total }],
    completed: null,
    facts: [...byValue].map(([value, n]) => ({ surveyId: 1, key: "vc-04", value, n })),
    answered: [{ surveyId: 1, key: "vc-04", n: total }],
    rightsByMonth: answers.map(([month, value, n]) => ({ month, surveyId: 1, key: "vc-04", value, n })),
  };
}

function compliance(answers: [string, string, number][], by: "month" | "quarter" = "month") {
  const counts = raw(answers);
  const figures = shapeFigures(counts, context);
  return shapeCompliance(figures.questions, [right], counts, { threshold: 5, by, firstDay: "2027-01-01", lastDay: "2027-03-31" });
}

describe("Victims' Code compliance", () => {
  it("counts yes and partly as received, no as not, and leaves out not applicable and don't know", () => {
    const result = compliance([
      ["2027-01", "yes", 10],
      ["2027-01", "partly", 5],
      ["2027-01", "no", 5],
      ["2027-02", "yes", 5],
      ["2027-02", "no", 5],
      ["2027-02", "not_applicable", 7],
      ["2027-03", "dont_know", 6],
    ]);
    expect(result.periods).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].whole).toEqual({ share: 20 / 30, base: { kind: "count", value: 30 } });
    expect(result.rows[0].periods).toEqual([
      { share: 0.75, base: { kind: "count", value: 20 } },
      { share: 0.5, base: { kind: "count", value: 10 } },
      { share: null, base: { kind: "count", value: 0 } },
    ]);
  });

  it("groups by quarter", () => {
    const result = compliance(
      [
        ["2027-01", "yes", 5],
        ["2027-03", "no", 5],
      ],
      "quarter",
    );
    expect(result.periods).toEqual(["2027-Q1"]);
    expect(result.rows[0].periods).toEqual([{ share: 0.5, base: { kind: "count", value: 10 } }]);
  });

  it("shows no share when the question's own table hides a count it needs", () => {
    // partly 2 is "fewer than 5" in the question's table: yes + partly would give it away.
    const result = compliance([
      ["2027-01", "yes", 20],
      ["2027-01", "partly", 2],
      ["2027-02", "no", 10],
      ["2027-02", "dont_know", 9],
    ]);
    expect(result.rows[0].whole).toEqual({ share: null, base: { kind: "hidden" } });
    expect(result.rows[0].periods.every((cell) => cell.share === null)).toBe(true);
  });

  it("hides a month whose received or not-received count is small, and one more so that it cannot be worked out", () => {
    const result = compliance([
      ["2027-01", "yes", 10],
      ["2027-01", "no", 10],
      ["2027-02", "yes", 8],
      ["2027-02", "no", 2],
      ["2027-03", "yes", 10],
      ["2027-03", "no", 6],
    ]);
    expect(result.rows[0].whole.share).toBeCloseTo(28 / 46);
    // Not received by month: 10, 2, 6. The 2 is small and the 6 is hidden with it.
    expect(result.rows[0].periods.map((cell) => cell.share)).toEqual([0.5, null, null]);
  });
});

describe("outcomes", () => {
  it("puts questions on the same scale in one stacked chart, and leaves out other questions", () => {
    const helped = ["a_lot", "a_little", "not_at_all"].map((value) => ({ value, label: value }));
    const groups: QuestionGroup[] = [
      { ...right, id: "cr-coping", key: "cr-coping", right: null, outcome: "coping", items: helped },
      { ...right, id: "cr-safer", key: "cr-safer", right: null, outcome: "safety", items: helped },
      { ...right, id: "trust", key: "trust", right: null, outcome: null, items: helped },
    ];
    const figures = shapeFigures({ ...raw([]), byChannel: [{ channelId: null, n: 10 }] }, { ...context, groups });
    const charts = outcomeCharts(figures.questions);
    expect(charts).toHaveLength(1);
    expect(charts[0].bars.map((bar) => bar.id)).toEqual(["cr-coping", "cr-safer"]);
    expect(charts[0].columns).toEqual(helped);
  });
});
