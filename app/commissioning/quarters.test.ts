import { describe, expect, it } from "vitest";
import { previousQuarter, quarterOf } from "./quarters";

describe("quarters", () => {
  it("finds the calendar quarter of a day", () => {
    expect(quarterOf("2026-12-06")).toEqual({ label: "2026-Q4", from: "2026-10-01", to: "2026-12-31" });
    expect(quarterOf("2024-02-29")).toEqual({ label: "2024-Q1", from: "2024-01-01", to: "2024-03-31" });
    expect(quarterOf("2026-06-30").to).toBe("2026-06-30");
  });

  it("steps back across a year", () => {
    expect(previousQuarter("2026-02-10")).toEqual({ label: "2025-Q4", from: "2025-10-01", to: "2025-12-31" });
    expect(previousQuarter("2026-12-06").label).toBe("2026-Q3");
  });
});
