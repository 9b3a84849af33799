import { describe, expect, it } from "vitest";
import { periodLabel, periodOf, periodsBetween, weekOf, weeksBetween } from "./figures-time";

describe("calendar buckets", () => {
  it("names a week by its Monday", () => {
    expect(weekOf("2027-01-04")).toBe("2027-01-04");
    expect(weekOf("2027-01-10")).toBe("2027-01-04");
    expect(weekOf("2027-01-01")).toBe("2026-12-28");
    expect(weeksBetween("2027-01-01", "2027-01-12")).toEqual(["2026-12-28", "2027-01-04", "2027-01-11"]);
  });

  it("lists months and quarters between two days", () => {
    expect(periodOf("2027-05-31", "quarter")).toBe("2027-Q2");
    expect(periodsBetween("2026-11-15", "2027-02-01", "month")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(periodsBetween("2026-11-15", "2027-04-01", "quarter")).toEqual(["2026-Q4", "2027-Q1", "2027-Q2"]);
  });

  it("labels months in English and Welsh, and quarters through the strings", () => {
    expect(periodLabel("2027-03", "en", () => "")).toBe("March 2027");
    expect(periodLabel("2027-03", "cy", () => "")).toBe("Mawrth 2027");
    expect(periodLabel("2027-Q2", "en", (q, year) => `Q${q} ${year}`)).toBe("Q2 2027");
  });
});
