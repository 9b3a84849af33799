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
});
