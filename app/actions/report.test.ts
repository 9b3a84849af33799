import { describe, expect, it } from "vitest";
import {
  daysBetween,
  doneByTarget,
  financialYearStart,
  formatDays,
  median,
  shareDoneByTarget,
  summariseActions,
  type ReportAction,
} from "./report";

const action = (over: Partial<ReportAction>): ReportAction => ({
  status: "proposed",
  raisedOn: "2027-01-01",
  targetDate: null,
  agreedOn: null,
  doneOn: null,
  ...over,
});

describe("median", () => {
  it("is the middle value, the mean of the two middle ones for an even count, and null for none", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([1, 2])).toBe(1.5);
  });
});

describe("days between dates", () => {
  it("counts calendar days across months, years and the clock change", () => {
    expect(daysBetween("2027-01-01", "2027-01-01")).toBe(0);
    expect(daysBetween("2027-03-27", "2027-04-03")).toBe(7);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });
});

describe("done by the target date", () => {
  const today = "2027-06-01";
  it("judges only actions with a target that are done or past it, and never those not taken forward", () => {
    expect(doneByTarget(action({ status: "done", targetDate: "2027-05-01", doneOn: "2027-05-01" }), today)).toBe(true);
    expect(doneByTarget(action({ status: "done", targetDate: "2027-05-01", doneOn: "2027-05-02" }), today)).toBe(false);
    expect(doneByTarget(action({ status: "in_progress", targetDate: "2027-05-31" }), today)).toBe(false);
    expect(doneByTarget(action({ status: "in_progress", targetDate: "2027-06-01" }), today)).toBeNull();
    expect(doneByTarget(action({ status: "agreed", targetDate: null }), today)).toBeNull();
    expect(doneByTarget(action({ status: "not_taken_forward", targetDate: "2027-01-01" }), today)).toBeNull();
  });

  it("gives the share of those judged, or null when none can be", () => {
    const rows = [
      action({ status: "done", targetDate: "2027-05-01", doneOn: "2027-04-30" }),
      action({ status: "done", targetDate: "2027-05-01", doneOn: "2027-05-20" }),
      action({ status: "agreed", targetDate: "2027-04-01" }),
      action({ status: "done", targetDate: "2027-12-01", doneOn: "2027-05-20" }),
      action({ status: "agreed", targetDate: "2027-12-01" }),
    ];
    expect(shareDoneByTarget(rows, today)).toEqual({ judged: 4, onTime: 2, share: 0.5 });
    expect(shareDoneByTarget([action({ targetDate: "2028-01-01" })], today).share).toBeNull();
  });
});

describe("the report summary", () => {
  it("counts by status, overdue, and the medians over the actions that got there", () => {
    const summary = summariseActions(
      [
        action({
          status: "done",
          raisedOn: "2027-01-01",
          agreedOn: "2027-01-11",
          doneOn: "2027-03-01",
          targetDate: "2027-04-01",
        }),
        action({ status: "in_progress", raisedOn: "2027-01-01", agreedOn: "2027-01-31", targetDate: "2027-02-01" }),
        action({ status: "not_taken_forward", raisedOn: "2027-02-01", targetDate: "2027-02-02" }),
        action({ status: "proposed", raisedOn: "2027-03-01" }),
      ],
      "2027-06-01",
    );
    expect(summary.total).toBe(4);
    expect(summary.byStatus).toEqual({ proposed: 1, agreed: 0, in_progress: 1, done: 1, not_taken_forward: 1 });
    expect(summary.overdue).toBe(1);
    expect(summary.onTarget).toEqual({ judged: 2, onTime: 1, share: 0.5 });
    expect(summary.agreement).toEqual({ count: 2, medianDays: 20 });
    expect(summary.done).toEqual({ count: 1, medianDays: 59 });
  });

  it("has nothing to say about medians when no action got there", () => {
    const summary = summariseActions([], "2027-06-01");
    expect(summary.agreement.medianDays).toBeNull();
    expect(summary.onTarget.share).toBeNull();
  });
});

describe("the report's usual period", () => {
  it("starts on the 1 April of the current financial year", () => {
    expect(financialYearStart("2027-03-31")).toBe("2026-04-01");
    expect(financialYearStart("2027-04-01")).toBe("2027-04-01");
    expect(financialYearStart("2027-12-25")).toBe("2027-04-01");
  });

  it("prints medians to one decimal place at most", () => {
    expect(formatDays(12)).toBe("12");
    expect(formatDays(12.5)).toBe("12.5");
  });
});
