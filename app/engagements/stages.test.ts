import { describe, expect, it } from "vitest";
import { addDays, DEFAULT_STAGES, displayStatus, isCalendarDate, missingForPublishing, resolveStages, ukToday } from "./stages";

describe("default stages", () => {
  it("ships seven stages in wheel order, every text in English and Welsh", () => {
    expect(DEFAULT_STAGES.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const stage of DEFAULT_STAGES) {
      expect(stage.title && stage.titleCy && stage.description && stage.descriptionCy).toBeTruthy();
      expect(stage.titleCy).not.toBe(stage.title);
      for (const item of stage.checklist) expect(item.text && item.textCy && item.textCy !== item.text).toBeTruthy();
    }
  });

  it("gates publishing on the four safety items", () => {
    const gates = DEFAULT_STAGES.flatMap((s) => s.checklist.filter((i) => i.gatesPublishing).map((i) => `${s.key}.${i.key}`));
    expect(gates).toEqual(["safety.dpia", "safety.support_directory", "safety.retention", "safety.content_warnings"]);
  });
});

describe("the review-due rule", () => {
  it("is due for review once the next review date has passed, whatever the status", () => {
    expect(displayStatus({ status: "done", nextReviewOn: "2027-01-09" }, "2027-01-10")).toBe("due_for_review");
    expect(displayStatus({ status: "in_progress", nextReviewOn: "2027-01-09" }, "2027-01-10")).toBe("due_for_review");
    expect(displayStatus({ status: "not_started", nextReviewOn: "2027-01-09" }, "2027-01-10")).toBe("due_for_review");
  });

  it("is not due on the review date itself, nor without a date", () => {
    expect(displayStatus({ status: "done", nextReviewOn: "2027-01-10" }, "2027-01-10")).toBe("done");
    expect(displayStatus({ status: "in_progress", nextReviewOn: null }, "2030-01-01")).toBe("in_progress");
  });

  it("uses the UK calendar date", () => {
    expect(ukToday(new Date("2027-06-30T23:30:00Z"))).toBe("2027-07-01");
    expect(ukToday(new Date("2027-12-31T23:30:00Z"))).toBe("2027-12-31");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
  });

  it("accepts only real calendar dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-13-01")).toBe(false);
    expect(isCalendarDate("27-01-01")).toBe(false);
  });
});

describe("the publish gate", () => {
  it("lists every gating safety item not yet ticked", () => {
    const missing = missingForPublishing(DEFAULT_STAGES, [
      { itemKey: "dpia", done: true },
      { itemKey: "retention", done: false },
      { itemKey: "safeguarding", done: true },
    ]);
    expect(missing.map((i) => i.key)).toEqual(["support_directory", "retention", "content_warnings"]);
  });

  it("opens once all four are ticked, whatever else is not", () => {
    const ticks = ["dpia", "support_directory", "retention", "content_warnings"].map((itemKey) => ({ itemKey, done: true }));
    expect(missingForPublishing(DEFAULT_STAGES, ticks)).toEqual([]);
  });

  it("cannot be removed by rewording: gating items survive an organisation's own checklist", () => {
    const safety = DEFAULT_STAGES.find((s) => s.key === "safety")!;
    const stages = resolveStages([
      {
        ...safety,
        title: "Keeping people safe",
        checklist: [{ key: "dpia", text: "DPIA signed off", textCy: "DPIA wedi'i lofnodi", gatesPublishing: false }],
      },
    ]);
    const resolved = stages.find((s) => s.key === "safety")!;
    expect(resolved.title).toBe("Keeping people safe");
    expect(resolved.checklist.filter((i) => i.gatesPublishing).map((i) => i.key)).toEqual([
      "dpia",
      "support_directory",
      "retention",
      "content_warnings",
    ]);
    expect(resolved.checklist[0].text).toBe("DPIA signed off");
    expect(missingForPublishing(stages, [{ itemKey: "dpia", done: true }]).map((i) => i.key)).toEqual([
      "support_directory",
      "retention",
      "content_warnings",
    ]);
  });
});
