import { describe, expect, it } from "vitest";
import { BANK } from "../surveys/bank";
import { movement, scalePosition } from "../outcomes/measures";
import { bankMeasure, measurableBankQuestions, measureScale, ownMeasure, scaleValues } from "./measures";

describe("outcome measures", () => {
  it("turns bank questions into measures with their scale lowest first and opt-outs unscored", () => {
    const coping = bankMeasure("cr-coping")!;
    expect(coping).toMatchObject({ key: "cr_coping", kind: "outcome", bankId: "cr-coping", improvedWhen: "higher" });
    expect(coping.element.name).toBe("vvo_cr_coping");
    expect(coping.scale.map((c) => c.value)).toEqual(["not_at_all", "a_little", "a_lot"]);
    expect((coping.element.choices as { value: string }[]).map((c) => c.value)).toContain("prefer_not_to_say");
    expect(bankMeasure("vc-04-referred")!.kind).toBe("victims_code");
    expect(bankMeasure("sat-whole")!.scale[0].value).toBe("very_dissatisfied");
    expect(bankMeasure("open-do-better")).toBeNull();
    expect(bankMeasure("no-such-question")).toBeNull();
  });

  it("offers only bank questions with a fixed scale of a measured kind", () => {
    const groups = measurableBankQuestions(BANK);
    expect(groups.map((g) => g.kind)).toEqual(["outcome", "victims_code", "satisfaction"]);
    for (const group of groups) for (const q of group.questions) expect(bankMeasure(q.id)?.kind).toBe(group.kind);
    expect(groups[0].questions.map((q) => q.id)).toContain("cr-coping");
  });

  it("reads improved, same and worse in the measure's direction; opt-outs are not scored", () => {
    const coping = measureScale(bankMeasure("cr-coping")!);
    expect(movement(coping, "not_at_all", "a_lot")).toBe("improved");
    expect(movement(coping, "a_lot", "a_little")).toBe("worse");
    expect(movement(coping, "a_little", "a_little")).toBe("stayed");
    expect(movement(coping, "prefer_not_to_say", "a_lot")).toBeNull();
    expect(scalePosition(coping, "not_applicable")).toBeNull();
    const worry = measureScale(
      ownMeasure({
        key: "worry",
        kind: "outcome",
        title: "How worried are you?",
        titleCy: "Pa mor bryderus ydych chi?",
        scale: [
          { en: "Not worried", cy: "Ddim yn poeni" },
          { en: "Very worried", cy: "Yn poeni'n fawr" },
        ],
        improvedWhen: "lower",
      }),
    );
    expect(movement(worry, "very_worried", "not_worried")).toBe("improved");
    expect(movement(worry, "not_worried", "very_worried")).toBe("worse");
    expect(movement(worry, "not_worried", "not_worried")).toBe("stayed");
  });

  it("gives a commissioner's own measure distinct values, both languages and the opt-outs", () => {
    expect(scaleValues(["A lot", "A lot!", "", "Prefer not to say"])).toEqual([
      "a_lot",
      "a_lot_2",
      "value_3",
      "prefer_not_to_say_4",
    ]);
    const own = ownMeasure({
      key: "felt_heard",
      kind: "outcome",
      title: "Did you feel heard?",
      titleCy: "Oeddech chi'n teimlo eich bod wedi cael eich clywed?",
      scale: [
        { en: "No", cy: "Na" },
        { en: "Yes", cy: "Ie" },
      ],
      improvedWhen: "higher",
    });
    expect(own.element).toMatchObject({
      name: "vvo_felt_heard",
      title: { default: "Did you feel heard?", cy: expect.any(String) },
    });
    // Shown best first, as the bank's scales are; scored lowest first.
    expect((own.element.choices as { value: string }[]).map((c) => c.value)).toEqual([
      "yes",
      "no",
      "dont_know",
      "prefer_not_to_say",
    ]);
    expect(own.scale.map((c) => c.value)).toEqual(["no", "yes"]);
  });
});
