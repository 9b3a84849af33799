import { describe, expect, it } from "vitest";
import { templateSurvey, TEMPLATES } from "~/surveys/bank";
import { everyType } from "~/respondent/fields/testing";
import type { Shown } from "./disclosure";
import { cellOf, compareTables, partitionTable, refusalOf, shapeFigures, type FigureContext, type RawCounts } from "./figures";
import { answerFilters, completionKeys, questionGroups } from "./figures-questions";

const count = (value: number): Shown => ({ kind: "count", value });
const entries = (...ns: number[]) => ns.map((n, i) => ({ key: `k${i}`, label: `k${i}`, n }));
const template = (id: string) => templateSurvey(TEMPLATES.find((t) => t.id === id)!);

describe("questions from survey versions", () => {
  it("reads a template's choice questions with their texts, values and what they measure", () => {
    const groups = questionGroups(
      [{ id: 1, title: "Code" }],
      [{ surveyId: 1, versionId: 10, version: 1, definition: template("victims-code-compliance") }],
      "cy",
    );
    expect(groups).toHaveLength(12);
    expect(groups[0]).toMatchObject({ id: "vc-01-understood", kind: "single", right: 1, outcome: null, surveyTitle: null });
    expect(groups[0].items.map((item) => item.value)).toEqual([
      "yes",
      "partly",
      "no",
      "not_applicable",
      "dont_know",
      "prefer_not_to_say",
    ]);
    expect(groups[0].items[0].label).toBe("Ie");
  });

  it("reads every kind: single, multiple, matrix rows and a ranking's first choice", () => {
    const groups = questionGroups(
      [{ id: 1, title: "All" }],
      [{ surveyId: 1, versionId: 10, version: 1, definition: everyType }],
      "en",
    );
    const kinds = Object.fromEntries(groups.map((g) => [g.id, g.kind]));
    expect(Object.values(kinds)).toEqual(expect.arrayContaining(["single", "multi", "matrix"]));
    const matrix = groups.find((g) => g.kind === "matrix")!;
    expect(matrix.rows.length).toBeGreaterThan(0);
    const filters = answerFilters(groups, true);
    const option = `${matrix.id}.${matrix.rows[0].value}::${matrix.items[0].value}`;
    expect(filters.choices.get(option)).toMatchObject({
      key: `${matrix.key}.${matrix.rows[0].value}`,
      row: matrix.rows[0].value,
      surveyIds: null,
    });
  });

  it("counts a bank question asked in two surveys of an engagement once, and a designer's same-named questions apart", () => {
    const one = {
      title: "One",
      pages: [{ name: "p", elements: [{ type: "radiogroup", name: "question1", choices: ["a", "b"] }] }],
    };
    const two = {
      title: "Two",
      pages: [{ name: "p", elements: [{ type: "radiogroup", name: "question1", choices: ["x", "y"] }] }],
    };
    const groups = questionGroups(
      [
        { id: 1, title: "Reporting" },
        { id: 2, title: "Outcomes" },
        { id: 3, title: "Designer one" },
        { id: 4, title: "Designer two" },
      ],
      [
        { surveyId: 1, versionId: 1, version: 1, definition: template("experience-of-reporting") },
        { surveyId: 2, versionId: 2, version: 1, definition: template("domestic-abuse-survivors") },
        { surveyId: 3, versionId: 3, version: 1, definition: one },
        { surveyId: 4, versionId: 4, version: 1, definition: two },
      ],
      "en",
    );
    expect(groups.find((g) => g.id === "vc-01-understood")).toMatchObject({ surveyIds: [1, 2], surveyTitle: null });
    expect(groups.filter((g) => g.key === "question1").map((g) => [g.id, g.surveyTitle])).toEqual([
      ["3/question1", "Designer one"],
      ["4/question1", "Designer two"],
    ]);
  });

  it("takes the newest wording, and keeps answers only older versions offered", () => {
    const v1 = { pages: [{ name: "p", elements: [{ type: "radiogroup", name: "q", title: "Old", choices: ["a", "gone"] }] }] };
    const v2 = { pages: [{ name: "p", elements: [{ type: "radiogroup", name: "q", title: "New", choices: ["a", "b"] }] }] };
    const [group] = questionGroups(
      [{ id: 1, title: "S" }],
      [
        { surveyId: 1, versionId: 1, version: 1, definition: v1 },
        { surveyId: 1, versionId: 2, version: 2, definition: v2 },
      ],
      "en",
    );
    expect(group.title).toBe("New");
    expect(group.items.map((item) => item.value)).toEqual(["a", "b", "gone"]);
  });

  it("marks completion by the choice questions of each version's last page that has any", () => {
    const keys = completionKeys([{ surveyId: 1, versionId: 5, version: 1, definition: template("victims-code-compliance") }]);
    expect(keys).toEqual([{ versionId: 5, keys: ["vc-10-expenses-property", "vc-11-offender-info", "vc-12-complain"] }]);
    expect(
      completionKeys([
        {
          surveyId: 1,
          versionId: 6,
          version: 1,
          definition: { pages: [{ name: "p", elements: [{ type: "comment", name: "c" }] }] },
        },
      ]),
    ).toEqual([]);
  });
});

describe("shaping", () => {
  const context: FigureContext = {
    lang: "en",
    threshold: 5,
    groups: [],
    channels: [{ id: 3, label: "Poster" }],
    languages: ["en", "cy"],
    labels: {
      plainLink: "Public link",
      otherChannel: "Other",
      completed: "Complete",
      notCompleted: "Not complete",
      language: (c) => c,
    },
  };
  const raw = (plain: number, poster: number, days: { day: string; n: number }[]): RawCounts => ({
    byDay: days,
    byChannel: [
      { channelId: null, n: plain },
      { channelId: 3, n: poster },
    ],
    byLanguage: [{ language: "en", n: plain + poster }],
    completed: plain,
    facts: [],
    answered: [],
    rightsByMonth: [],
  });

  it("puts the previous period's counts and shares beside this one's, with the change in share", () => {
    const figures = shapeFigures(
      raw(10, 30, [{ day: "2027-03-01", n: 40 }]),
      context,
      raw(20, 20, [{ day: "2027-02-01", n: 40 }]),
    );
    expect(figures.responses).toEqual(count(40));
    expect(figures.previousResponses).toEqual(count(40));
    expect(figures.responsesChange).toBe(0);
    expect(figures.channels.rows[1]).toEqual({
      key: "3",
      label: "Poster",
      count: count(30),
      share: 0.75,
      previous: { count: count(20), share: 0.5, change: 0.25 },
    });
    // Both languages are listed, the one nobody used as 0.
    expect(figures.languages.rows.map((row) => [row.key, row.count])).toEqual([
      ["en", count(40)],
      ["cy", count(0)],
    ]);
    expect(figures.completion?.rows.map((row) => row.count)).toEqual([count(10), count(30)]);
  });

  it("gives no change where either share is not shown", () => {
    const compared = compareTables(partitionTable(entries(30, 2, 9, 12), 5), partitionTable(entries(10, 10, 10, 10), 5));
    expect(compared.rows.map((row) => row.previous?.change === null)).toEqual([false, true, true, false]);
  });

  it("counts responses by week from Monday, with the empty weeks between", () => {
    const figures = shapeFigures(
      raw(10, 0, [
        { day: "2027-03-03", n: 5 },
        { day: "2027-03-07", n: 1 },
        { day: "2027-03-17", n: 4 },
      ]),
      context,
    );
    expect(figures.weeks.rows.map((row) => [row.key, row.label, row.count])).toEqual([
      // 4 is small, so the 6 is hidden with it (10 − 6 would give the 4 away).
      ["2027-03-01", "1 March 2027", { kind: "hidden" }],
      ["2027-03-08", "8 March 2027", count(0)],
      ["2027-03-15", "15 March 2027", { kind: "fewerThan", threshold: 5 }],
    ]);
    expect(figures.weeks.total).toEqual(count(10));
  });
});

describe("refusing filters", () => {
  it("refuses a small set, a group the page without the filter hides, and small edges of a period", () => {
    expect(refusalOf({ total: 4, groups: [], edges: [] }, 5)).toEqual({ reason: "tooFew" });
    expect(refusalOf({ total: 0, groups: [], edges: [] }, 5)).toBeNull();
    expect(refusalOf({ total: 9, groups: [{ filter: "channel", cell: { kind: "hidden" } }], edges: [] }, 5)).toEqual({
      reason: "groupNotShown",
      filter: "channel",
    });
    expect(refusalOf({ total: 9, groups: [{ filter: "answer", cell: count(9) }], edges: [0, 12] }, 5)).toBeNull();
    expect(refusalOf({ total: 9, groups: [], edges: [12, 2] }, 5)).toEqual({ reason: "periodEdge" });
    expect(refusalOf({ total: 2, groups: [], edges: [] }, 1)).toEqual({ reason: "tooFew" });
  });

  it("reads a chosen group's cell as the table shows it", () => {
    const table = partitionTable(entries(30, 2, 9, 12), 5);
    expect(cellOf(table, "k0")).toEqual(count(30));
    expect(cellOf(table, "k2")).toEqual({ kind: "hidden" });
    expect(cellOf(table, "missing")).toEqual(count(0));
  });
});
