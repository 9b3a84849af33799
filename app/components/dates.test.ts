import { describe, expect, it } from "vitest";
import { formatDate, londonDate } from "./dates";

describe("dates", () => {
  it("formats calendar dates in English and Welsh without relying on the browser's locale data", () => {
    expect(formatDate("2027-03-27", "en")).toBe("27 March 2027");
    expect(formatDate("2026-07-26", "cy")).toBe("26 Gorffennaf 2026");
  });

  it("formats timestamps by their UK date, across midnight and summer time", () => {
    expect(formatDate("2027-06-30T23:30:00.000Z", "en")).toBe("1 July 2027");
    expect(londonDate(new Date("2027-01-31T23:30:00Z"))).toBe("2027-01-31");
  });

  it("gives the right day when asked again and again either side of a London midnight, in winter and in summer", () => {
    const moments: [string, string][] = [
      ["2026-03-28T23:59:00Z", "2026-03-28"],
      ["2026-03-28T23:59:59.999Z", "2026-03-28"],
      ["2026-03-29T00:00:00Z", "2026-03-29"],
      ["2026-03-28T23:59:30Z", "2026-03-28"],
      ["2026-06-30T22:59:59Z", "2026-06-30"],
      ["2026-06-30T23:00:00Z", "2026-07-01"],
      ["2026-06-30T23:00:59Z", "2026-07-01"],
      ["2026-06-30T22:59:01Z", "2026-06-30"],
    ];
    for (const [moment, day] of moments) expect(londonDate(new Date(moment)), moment).toBe(day);
    expect(() => londonDate(new Date("not a date"))).toThrow(RangeError);
  });
});
