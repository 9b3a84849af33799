import { describe, expect, it } from "vitest";
import type { SurveyJson } from "../surveys/survey-json";
import { lockedQuestionProblems, sameElement, withLockedBlock } from "./locked";
import { bankMeasure } from "./measures";

const locked = [bankMeasure("cr-coping")!.element, bankMeasure("sat-whole")!.element];
const own = { type: "comment", name: "ours", title: "Anything else?" };
const survey = (elements: unknown[], extra: Record<string, unknown> = {}): SurveyJson => ({
  pages: [
    { name: "p1", elements: elements as never, ...extra },
    { name: "p2", elements: [{ type: "comment", name: "later" }] },
  ],
});
const reasons = (json: SurveyJson) => lockedQuestionProblems(json, locked).map((p) => `${p.params.name}:${p.params.reason}`);

describe("locked measured questions", () => {
  it("accepts the locked block first, unchanged, with the service's own questions after it", () => {
    expect(reasons(survey([...locked, own]))).toEqual([]);
    // Keys in another order are the same question.
    const reordered = Object.fromEntries(Object.entries(locked[0]).reverse());
    expect(sameElement(reordered as never, locked[0])).toBe(true);
  });

  it("names each way the block was broken", () => {
    expect(reasons(survey([locked[1]]))).toEqual(["vvo_cr_coping:missing", "vvo_sat_whole:moved"]);
    expect(reasons(survey([locked[1], locked[0]]))).toEqual(["vvo_cr_coping:moved", "vvo_sat_whole:moved"]);
    expect(reasons(survey([own, ...locked]))).toEqual(["vvo_cr_coping:moved", "vvo_sat_whole:moved"]);
    expect(reasons(survey([{ ...locked[0], isRequired: true }, locked[1]]))).toEqual(["vvo_cr_coping:changed"]);
    expect(reasons(survey([...locked], { visibleIf: "{later} notempty" }))).toEqual([
      "vvo_cr_coping:hidden-page",
      "vvo_sat_whole:hidden-page",
    ]);
    expect(reasons(survey([{ type: "panel", name: "box", elements: [locked[0]] }, locked[1]]))).toContain("vvo_cr_coping:moved");
    expect(reasons(survey([...locked, { type: "comment", name: "vvo_mine" }]))).toEqual(["vvo_mine:name-reserved"]);
  });

  it("has nothing to say about a survey with no locked questions", () => {
    expect(lockedQuestionProblems(survey([own]), [])).toEqual([]);
  });

  it("replaces an older block with a newer one, keeping the service's own questions", () => {
    const older = survey([...locked, own]);
    const newer = [bankMeasure("cr-safer")!.element];
    const next = withLockedBlock(older, newer);
    expect(next.pages![0].elements!.map((e) => e.name)).toEqual(["vvo_cr_safer", "ours"]);
    expect(next.pages![1].elements!.map((e) => e.name)).toEqual(["later"]);
    expect(lockedQuestionProblems(next, newer)).toEqual([]);
  });
});
