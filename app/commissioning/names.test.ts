import { describe, expect, it } from "vitest";
import { isMeasureKey, measureKeyFromBankId, measureKeyOf, outcomeQuestionName } from "./names";

describe("measured question names", () => {
  it("derives the question name from the key and back", () => {
    expect(outcomeQuestionName("coping")).toBe("vvo_coping");
    expect(measureKeyOf(outcomeQuestionName("cr_coping"))).toBe("cr_coping");
  });

  it("does not read other questions' names as measures", () => {
    expect(measureKeyOf("cr-coping")).toBeNull();
    expect(measureKeyOf("vvo_")).toBeNull();
    expect(measureKeyOf("vvo_Bad-Key")).toBeNull();
  });

  it("makes a valid key from every bank id shape", () => {
    expect(measureKeyFromBankId("cr-coping")).toBe("cr_coping");
    expect(measureKeyFromBankId("sat-whole")).toBe("sat_whole");
    expect(isMeasureKey(measureKeyFromBankId("vc-01-understood"))).toBe(true);
    expect(isMeasureKey("1abc")).toBe(false);
  });
});
