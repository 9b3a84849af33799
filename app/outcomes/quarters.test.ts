import { describe, expect, it } from "vitest";
import {
  isClosed,
  nextQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterDays,
  quarterKey,
  quarterLabelParts,
  quarterOf,
  quartersBetween,
} from "./quarters";

describe("financial-year quarters", () => {
  it("puts April to June in Q1 and January to March in Q4 of the year before", () => {
    expect(quarterOf("2026-04-01")).toEqual({ startYear: 2026, quarter: 1 });
    expect(quarterOf("2026-06-30")).toEqual({ startYear: 2026, quarter: 1 });
    expect(quarterOf("2026-07-01")).toEqual({ startYear: 2026, quarter: 2 });
    expect(quarterOf("2026-09-30")).toEqual({ startYear: 2026, quarter: 2 });
    expect(quarterOf("2026-10-01")).toEqual({ startYear: 2026, quarter: 3 });
    expect(quarterOf("2026-12-31")).toEqual({ startYear: 2026, quarter: 3 });
    expect(quarterOf("2027-01-01")).toEqual({ startYear: 2026, quarter: 4 });
    expect(quarterOf("2027-03-31")).toEqual({ startYear: 2026, quarter: 4 });
    expect(() => quarterOf("2027-03-31T10:00")).toThrow();
  });

  it("names quarters by a key that reads back, and refuses keys that name none", () => {
    expect(quarterKey({ startYear: 2026, quarter: 3 })).toBe("2026-27-Q3");
    expect(quarterKey({ startYear: 2099, quarter: 1 })).toBe("2099-00-Q1");
    expect(parseQuarterKey("2026-27-Q3")).toEqual({ startYear: 2026, quarter: 3 });
    expect(parseQuarterKey("2099-00-Q1")).toEqual({ startYear: 2099, quarter: 1 });
    for (const bad of ["2026-28-Q3", "2026-27-Q5", "2026-Q3", "", "2026-27-Q3x", "1999-00-Q1"])
      expect(parseQuarterKey(bad)).toBeNull();
  });

  it("knows each quarter's first and last day", () => {
    expect(quarterDays({ startYear: 2026, quarter: 1 })).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(quarterDays({ startYear: 2026, quarter: 2 })).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(quarterDays({ startYear: 2026, quarter: 3 })).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(quarterDays({ startYear: 2026, quarter: 4 })).toEqual({ from: "2027-01-01", to: "2027-03-31" });
  });

  it("agrees with itself: every day of a year lies in the quarter whose days hold it", () => {
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 366 * 3; i += 1) {
      const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      const { from, to } = quarterDays(quarterOf(day));
      expect(from <= day && day <= to, day).toBe(true);
      expect(parseQuarterKey(quarterKey(quarterOf(day)))).toEqual(quarterOf(day));
    }
  });

  it("steps forward and back across the year's end", () => {
    expect(nextQuarter({ startYear: 2026, quarter: 4 })).toEqual({ startYear: 2027, quarter: 1 });
    expect(previousQuarter({ startYear: 2027, quarter: 1 })).toEqual({ startYear: 2026, quarter: 4 });
    expect(quartersBetween("2026-05-02", "2027-01-09").map(quarterKey)).toEqual([
      "2026-27-Q1",
      "2026-27-Q2",
      "2026-27-Q3",
      "2026-27-Q4",
    ]);
    expect(quartersBetween("2026-05-02", "2026-05-02").map(quarterKey)).toEqual(["2026-27-Q1"]);
  });

  it("closes a quarter only after its last day", () => {
    const q3 = { startYear: 2026, quarter: 3 } as const;
    expect(isClosed(q3, "2026-12-31")).toBe(false);
    expect(isClosed(q3, "2027-01-01")).toBe(true);
  });

  it("gives the parts of its label: the years, the quarter and the calendar months it spans", () => {
    expect(quarterLabelParts({ startYear: 2026, quarter: 3 })).toEqual({
      years: "2026–27",
      quarter: 3,
      calendarQuarter: 4,
      calendarYear: "2026",
    });
    expect(quarterLabelParts({ startYear: 2026, quarter: 4 })).toEqual({
      years: "2026–27",
      quarter: 4,
      calendarQuarter: 1,
      calendarYear: "2027",
    });
    expect(quarterLabelParts({ startYear: 2026, quarter: 1 })).toEqual({
      years: "2026–27",
      quarter: 1,
      calendarQuarter: 2,
      calendarYear: "2026",
    });
  });
});
