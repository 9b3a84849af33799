import { describe, expect, it } from "vitest";
import {
  actionSchema,
  evidenceSchema,
  isWebAddress,
  listFilterSchema,
  periodSchema,
  statusSchema,
  updateSchema,
} from "./schemas";

const today = "2027-06-01";
const valid = {
  engagementId: "3",
  title: "A named officer for every burglary victim",
  description: "Every burglary victim gets a named officer.",
  owningTeam: "Investigation standards",
  ownerUserId: "",
  raisedOn: "2027-05-01",
  targetDate: "",
  themeId: ["4", "5"],
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("the action form", () => {
  it("accepts a complete action and reads ids and empty dates", () => {
    const parsed = actionSchema(today).parse(valid);
    expect(parsed).toMatchObject({ engagementId: 3, ownerUserId: null, targetDate: null, themeId: [4, 5], titleCy: "" });
  });

  it("refuses what is missing, a raised date in the future and a target before it", () => {
    expect(errorsOf(actionSchema(today).safeParse({ ...valid, engagementId: "", title: " ", owningTeam: "" }))).toEqual({
      engagementId: "actions.errors.engagementRequired",
      title: "actions.errors.titleRequired",
      owningTeam: "actions.errors.teamRequired",
    });
    expect(errorsOf(actionSchema(today).safeParse({ ...valid, raisedOn: "2027-06-02" }))).toEqual({
      raisedOn: "actions.errors.dateInFuture",
    });
    expect(errorsOf(actionSchema(today).safeParse({ ...valid, raisedOn: "2027-02-30" }))).toEqual({
      raisedOn: "actions.errors.raisedOnRequired",
    });
    expect(errorsOf(actionSchema(today).safeParse({ ...valid, targetDate: "2027-04-30" }))).toEqual({
      targetDate: "actions.errors.targetBeforeRaised",
    });
  });
});

describe("status and update forms", () => {
  it("needs a reason only for not taken forward", () => {
    const base = { changedOn: "2027-05-02", reason: "", reasonCy: "", note: "" };
    expect(statusSchema(today).safeParse({ ...base, status: "agreed" }).success).toBe(true);
    expect(errorsOf(statusSchema(today).safeParse({ ...base, status: "not_taken_forward" }))).toEqual({
      reason: "actions.errors.reasonRequired",
    });
    expect(errorsOf(statusSchema(today).safeParse({ ...base, status: "finished" }))).toEqual({
      status: "actions.errors.statusRequired",
    });
  });

  it("reads the public box as ticked only when sent", () => {
    expect(updateSchema(today).parse({ updateOn: today, body: "Training booked", isPublic: "yes" }).isPublic).toBe(true);
    expect(updateSchema(today).parse({ updateOn: today, body: "Training booked" }).isPublic).toBe(false);
  });
});

describe("evidence links", () => {
  it("accepts only http and https addresses", () => {
    expect(isWebAddress("https://example.org/policy.pdf")).toBe(true);
    expect(isWebAddress("http://intranet.example/x")).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,hi",
      "file:///etc/passwd",
      "ftp://x.org",
      "example.org",
      "https://",
    ]) {
      expect(isWebAddress(bad)).toBe(false);
    }
    expect(errorsOf(evidenceSchema.safeParse({ evidenceLabel: "Policy", evidenceUrl: "javascript:alert(1)" }))).toEqual({
      evidenceUrl: "actions.errors.evidenceUrlInvalid",
    });
  });
});

describe("list filters and the report period", () => {
  it("drops filter values it does not recognise", () => {
    expect(listFilterSchema.parse({ status: "sideways", owner: "x", engagement: "7", overdue: "1" })).toEqual({
      status: undefined,
      owner: null,
      engagement: 7,
      overdue: true,
    });
  });

  it("refuses a period that ends before it starts", () => {
    expect(errorsOf(periodSchema.safeParse({ from: "2027-04-01", to: "2027-03-31" }))).toEqual({
      to: "actions.errors.toBeforeFrom",
    });
  });
});
