import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, applyStatus, canMoveTo, isOverdue, nextStatuses, type StatusFields } from "./status";

const proposed: StatusFields = { status: "proposed", agreedOn: null, doneOn: null, statusReason: "", statusReasonCy: "" };

describe("status transitions", () => {
  it("never offers the status an action already has, and every status can be left", () => {
    for (const status of ACTION_STATUSES) {
      expect(nextStatuses(status)).not.toContain(status);
      expect(nextStatuses(status).length).toBeGreaterThan(0);
    }
  });

  it("lets done only be reopened, and a decision not to act be reconsidered", () => {
    expect(nextStatuses("done")).toEqual(["in_progress"]);
    expect(canMoveTo("done", "proposed")).toBe(false);
    expect(canMoveTo("not_taken_forward", "proposed")).toBe(true);
    expect(canMoveTo("not_taken_forward", "done")).toBe(false);
  });

  it("records the day of agreement once, whichever agreed status comes first", () => {
    const inProgress = applyStatus(proposed, "in_progress", "2027-02-01");
    expect(inProgress.agreedOn).toBe("2027-02-01");
    const done = applyStatus(inProgress, "done", "2027-03-01");
    expect(done).toMatchObject({ status: "done", agreedOn: "2027-02-01", doneOn: "2027-03-01" });
  });

  it("clears the day it was done when it is reopened, and the agreement when it goes back to proposed", () => {
    const done = applyStatus(applyStatus(proposed, "agreed", "2027-01-05"), "done", "2027-02-01");
    expect(applyStatus(done, "in_progress", "2027-02-03")).toMatchObject({ agreedOn: "2027-01-05", doneOn: null });
    expect(applyStatus(applyStatus(proposed, "agreed", "2027-01-05"), "proposed", "2027-01-06").agreedOn).toBeNull();
  });

  it("keeps the reason only while the action is not taken forward", () => {
    const dropped = applyStatus(proposed, "not_taken_forward", "2027-01-02", { en: "Already funded", cy: "Wedi'i ariannu" });
    expect(dropped).toMatchObject({ statusReason: "Already funded", statusReasonCy: "Wedi'i ariannu", agreedOn: null });
    expect(applyStatus(dropped, "proposed", "2027-01-03")).toMatchObject({ statusReason: "", statusReasonCy: "" });
  });
});

describe("overdue", () => {
  it("is a target date before today on an action that is neither done nor not taken forward", () => {
    const today = "2027-05-10";
    expect(isOverdue({ status: "in_progress", targetDate: "2027-05-09" }, today)).toBe(true);
    expect(isOverdue({ status: "proposed", targetDate: "2027-05-10" }, today)).toBe(false);
    expect(isOverdue({ status: "agreed", targetDate: null }, today)).toBe(false);
    expect(isOverdue({ status: "done", targetDate: "2027-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "not_taken_forward", targetDate: "2027-01-01" }, today)).toBe(false);
  });
});
