import { describe, expect, it } from "vitest";
import { decodeJourney, encodeJourney } from "./journey";

describe("journey", () => {
  it("round-trips", () => {
    const journey = {
      versionId: 3,
      submissionKey: "AbCdEfGhIjKlMnOpQrStUvWx",
      pageName: "p1",
      answers: { q1: "yes", q2: [1, 2] },
      channel: "abcdefghjk",
    };
    expect(decodeJourney(encodeJourney(journey))).toEqual(journey);
    const passed = { ...journey, passed: ["p1", "p 2"] };
    expect(decodeJourney(encodeJourney(passed))).toEqual(passed);
  });

  it("refuses malformed journeys instead of guessing", () => {
    const good = { v: 1, k: "AbCdEfGhIjKlMnOpQrStUvWx", p: "p1", a: {}, c: null };
    const bad: unknown[] = [
      undefined,
      "",
      "not json",
      "[]",
      JSON.stringify({ ...good, v: -1 }),
      JSON.stringify({ ...good, v: "1" }),
      JSON.stringify({ ...good, k: "short" }),
      JSON.stringify({ ...good, k: "<script>alert(1)</script>xxxxxxxxxxxx" }),
      JSON.stringify({ ...good, a: [] }),
      JSON.stringify({ ...good, a: "x" }),
      JSON.stringify({ ...good, c: "../../etc" }),
      JSON.stringify({ ...good, p: "x".repeat(500) }),
      JSON.stringify({ ...good, d: "p1" }),
      JSON.stringify({ ...good, d: [1] }),
      JSON.stringify({ ...good, d: ["x".repeat(500)] }),
    ];
    for (const text of bad) expect(decodeJourney(text)).toBeNull();
    expect(decodeJourney(JSON.stringify(good))).not.toBeNull();
  });

  it("never lets a __proto__ answer touch a prototype", () => {
    const journey = decodeJourney(
      `{"v":1,"k":"${"AbCdEfGhIjKlMnOpQrStUvWx"}","p":"p","a":{"__proto__":{"polluted":true}},"c":null}`,
    );
    expect(journey).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(journey!.answers)).toEqual(["__proto__"]);
  });
});
