import { describe, expect, it } from "vitest";
import type { Shown } from "../disclosure";
import { partitionTable, partsTable, type FigureTable } from "../figures";
import { barsOf, columnsOf, formatChange, formatShare, segmentsOf, wrapText } from "./chart-data";
import { stackedSentence, tableSentence, topRow, weeksSentence } from "./summaries";

const entries = (...ns: number[]) => ns.map((n, i) => ({ key: `k${i}`, label: `Answer ${"abcdefgh"[i]}`, n }));
const count = (value: number): Shown => ({ kind: "count", value });

describe("shares and changes as text", () => {
  it("rounds to whole percentages without claiming 0% or 100% that is not so", () => {
    expect(formatShare(0.623)).toBe("62%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(1)).toBe("100%");
    expect(formatShare(0.004)).toBe("<1%");
    expect(formatShare(0.996)).toBe(">99%");
  });

  it("signs changes in percentage points with a true minus", () => {
    expect(formatChange(0.05)).toBe("+5");
    expect(formatChange(-0.031)).toBe("\u22123");
    expect(formatChange(0.001)).toBe("0");
  });
});

describe("bars", () => {
  it("draw a share only where the table shows one, and keep the suppressed count to say why not", () => {
    const table = partitionTable(entries(30, 2, 9, 12), 5);
    expect(barsOf(table).map((bar) => [bar.share, bar.shown.kind])).toEqual([
      [30 / 53, "count"],
      [null, "fewerThan"],
      [null, "hidden"],
      [12 / 53, "count"],
    ]);
  });
});

describe("stacked bars", () => {
  it("split a bar into shown shares, in order, with one grey part for what is hidden", () => {
    const { segments, unshown } = segmentsOf(partitionTable(entries(30, 2, 9, 12), 5));
    expect(segments.map((s) => [s.key, s.colour])).toEqual([
      ["k0", 0],
      ["k3", 3],
    ]);
    expect(unshown).toBeCloseTo(11 / 53);
  });

  it("leave out empty answers and show nothing for a small or empty total", () => {
    expect(segmentsOf(partitionTable(entries(10, 0, 10), 5)).segments.map((s) => s.key)).toEqual(["k0", "k2"]);
    expect(segmentsOf(partitionTable(entries(1, 2), 5))).toEqual({ segments: [], unshown: 1 });
    expect(segmentsOf(partitionTable(entries(0, 0), 5))).toEqual({ segments: [], unshown: 0 });
  });
});

describe("columns over time", () => {
  it("give a height only to shown counts, scaled to the largest shown count", () => {
    const { columns, max } = columnsOf(partitionTable(entries(2, 0, 8, 7, 8), 5));
    expect(columns.map((c) => c.value)).toEqual([null, 0, 8, null, 8]);
    expect(max).toBe(8);
  });
});

describe("text wrapping for SVG labels", () => {
  it("breaks at spaces near the width and keeps long words whole", () => {
    expect(wrapText("How much has the support helped you cope with everyday life?", 20)).toEqual([
      "How much has the",
      "support helped you",
      "cope with everyday",
      "life?",
    ]);
    expect(wrapText("", 10)).toEqual([""]);
  });
});

describe("summary sentences", () => {
  it("name the most common shown answer with its share", () => {
    const table = partitionTable(entries(30, 2, 9, 12), 5);
    expect(topRow(table)?.key).toBe("k0");
    expect(tableSentence(table, "single")).toEqual({
      key: "insights.summary.single",
      params: { total: "53", label: "Answer a", share: "57%" },
    });
  });

  it("say so when too few answered, nobody answered, or nothing can be shown", () => {
    expect(tableSentence(partitionTable(entries(1, 2), 5), "single")).toEqual({
      key: "insights.summary.fewer",
      params: { threshold: 5 },
    });
    expect(tableSentence(partitionTable(entries(0, 0), 5), "single").key).toBe("insights.summary.none");
    const allHidden: FigureTable = partitionTable(entries(1, 5), 5);
    expect(allHidden.rows.every((row) => row.count.kind === "hidden")).toBe(true);
    expect(tableSentence(allHidden, "single").key).toBe("insights.summary.hidden");
  });

  it("for a multiple choice, count people, not ticks", () => {
    const table = partsTable(entries(12, 30, 3), 40, 5);
    expect(table.total).toEqual(count(40));
    expect(tableSentence(table, "multi").params).toEqual({ total: "40", label: "Answer b", share: "75%" });
  });

  it("for stacked bars and weeks, use only shown figures", () => {
    const bars = [
      { key: "a", label: "Speed", table: partitionTable(entries(10, 10), 5) },
      { key: "b", label: "Care", table: partitionTable(entries(15, 5), 5) },
    ];
    expect(stackedSentence(bars).params).toEqual({ bar: "Care", answer: "Answer a", share: "75%" });
    // Nobody gave the first answer: the next one in the scale's order is compared.
    const later = [
      { key: "a", label: "Speed", table: partitionTable(entries(0, 10, 10), 5) },
      { key: "b", label: "Care", table: partitionTable(entries(0, 5, 15), 5) },
    ];
    expect(stackedSentence(later).params).toEqual({ bar: "Speed", answer: "Answer b", share: "50%" });
    const weeks = partitionTable(
      [
        { key: "2027-01-04", label: "4 January 2027", n: 6 },
        { key: "2027-01-11", label: "11 January 2027", n: 9 },
      ],
      5,
    );
    expect(weeksSentence(weeks).params).toEqual({
      total: "15",
      first: "4 January 2027",
      last: "11 January 2027",
      busiest: "11 January 2027",
    });
  });
});
