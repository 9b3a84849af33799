import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isDay, isFiltered, NO_FILTERS, previousPeriod, readFilters, type AnswerFilter } from "./filters";

const answer: AnswerFilter = { option: "q1::yes", key: "q1", value: "yes", surveyIds: null, groupId: "q1", row: null };
const choices = { channelIds: [7, 9], languages: ["en", "cy"], answers: new Map([["q1::yes", answer]]) };
const read = (query: string) => readFilters(new URLSearchParams(query), choices);

describe("reading the filters from the address", () => {
  it("reads every filter, and nothing when nothing is chosen", () => {
    expect(read("")).toMatchObject({ ok: true, filters: NO_FILTERS });
    expect(read("from=2027-01-01&to=2027-03-31&channel=9&language=cy&answer=q1%3A%3Ayes&by=month")).toMatchObject({
      ok: true,
      filters: { from: "2027-01-01", to: "2027-03-31", channel: 9, language: "cy", answer, by: "month" },
    });
    expect(read("channel=none")).toMatchObject({ ok: true, filters: { channel: "none" } });
  });

  it("refuses what the form never offers, keeping what was typed", () => {
    const result = read("from=2027-02-29&to=yesterday&channel=8&language=fr&answer=q1%3A%3Ano");
    expect(result).toEqual({
      ok: false,
      errors: {
        from: "insights.errors.fromInvalid",
        to: "insights.errors.toInvalid",
        channel: "insights.errors.channelUnknown",
        language: "insights.errors.languageUnknown",
        answer: "insights.errors.answerUnknown",
      },
      values: { from: "2027-02-29", to: "yesterday", channel: "8", language: "fr", answer: "q1::no", by: "" },
    });
    expect(read("channel=7.5").ok).toBe(false);
    expect(read("from=2027-03-02&to=2027-03-01")).toMatchObject({ ok: false, errors: { to: "insights.errors.toBeforeFrom" } });
  });

  it("groups compliance by quarter unless month is asked for", () => {
    expect(read("by=week")).toMatchObject({ ok: true, filters: { by: "quarter" } });
  });

  it("knows whether anything narrows the responses", () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, by: "month" })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, to: "2027-01-01" })).toBe(true);
  });
});

describe("days", () => {
  it("checks real calendar days", () => {
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2027-02-29")).toBe(false);
    expect(isDay("2027-13-01")).toBe(false);
    expect(isDay("1999-12-31")).toBe(false);
    expect(isDay("2027-1-1")).toBe(false);
  });

  it("gives the previous period of the same length, across a month and a year end", () => {
    expect(previousPeriod("2027-04-01", "2027-06-30")).toEqual({ from: "2026-12-31", to: "2027-03-31" });
    expect(previousPeriod("2027-03-01", "2027-03-01")).toEqual({ from: "2027-02-28", to: "2027-02-28" });
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
  });
});
