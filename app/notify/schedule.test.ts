import { describe, expect, it } from "vitest";
import { normaliseContact, normalisePhone } from "./contact";
import { isStopReply, mayMessageAt, nextSendingTime, retryDelaySeconds } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("quiet hours in UK time", () => {
  it("follows British Summer Time and Greenwich Mean Time", () => {
    expect(mayMessageAt(at("2026-07-15T06:59:00Z"), false)).toBe(false); // 07:59 BST
    expect(mayMessageAt(at("2026-07-15T07:00:00Z"), false)).toBe(true); // 08:00 BST
    expect(mayMessageAt(at("2026-07-15T18:59:00Z"), false)).toBe(true); // 19:59 BST
    expect(mayMessageAt(at("2026-07-15T19:00:00Z"), false)).toBe(false); // 20:00 BST
    expect(mayMessageAt(at("2026-12-02T07:59:00Z"), false)).toBe(false); // 07:59 GMT
    expect(mayMessageAt(at("2026-12-02T19:59:00Z"), false)).toBe(true); // 19:59 GMT
  });

  it("waits for the next 08:00, across the clocks changing, and over weekends unless allowed", () => {
    // Saturday 28 March 2026 21:00 GMT; the clocks go forward overnight into Sunday.
    expect(nextSendingTime(at("2026-03-28T21:00:00Z"), true).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(nextSendingTime(at("2026-03-28T21:00:00Z"), false).toISOString()).toBe("2026-03-30T07:00:00.000Z");
    // Saturday 24 October 2026 22:00 BST; the clocks go back overnight.
    expect(nextSendingTime(at("2026-10-24T21:00:00Z"), true).toISOString()).toBe("2026-10-25T08:00:00.000Z");
    // Early morning waits for the same day's 08:00.
    expect(nextSendingTime(at("2026-12-02T05:00:00Z"), false).toISOString()).toBe("2026-12-02T08:00:00.000Z");
    const open = at("2026-12-02T12:00:00Z");
    expect(nextSendingTime(open, false)).toBe(open);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);
  });

  it("knows STOP replies in English and Welsh", () => {
    expect(["STOP", " stop ", "Stop.", "DIM", "dim", "Stopio"].every(isStopReply)).toBe(true);
    expect(["stop sending me the link please? no", "Diolch", "thanks"].some(isStopReply)).toBe(false);
  });
});

describe("contact normal form", () => {
  it("writes UK numbers in E.164 and refuses what is not a number", () => {
    for (const written of ["07700 900123", "+44 (0)7700 900123", "0044 7700 900123", "447700900123", "+447700900123"])
      expect(normalisePhone(written)).toBe("+447700900123");
    expect(normalisePhone("0770090012")).toBe("+44770090012");
    expect(normalisePhone("447700900123")).toBe("+447700900123");
    expect(normalisePhone("12345")).toBeNull();
    expect(normalisePhone("call me")).toBeNull();
  });

  it("lower-cases e-mail addresses and tells the two apart", () => {
    expect(normaliseContact(" Someone@Example.ORG ")).toEqual({ medium: "email", value: "someone@example.org" });
    expect(normaliseContact("07700 900123")).toEqual({ medium: "sms", value: "+447700900123" });
    expect(normaliseContact("someone@")).toBeNull();
  });
});
