import { describe, expect, it } from "vitest";
import type { DeliveryCounts } from "~/notify/outbox.server";
import { progressFigure } from "./batch-progress";

const counts = (figures: Partial<DeliveryCounts>): DeliveryCounts => ({
  accepted: 0,
  delivered: 0,
  permanentFailure: 0,
  temporaryFailure: 0,
  technicalFailure: 0,
  notSent: 0,
  optedOut: 0,
  ...figures,
});

describe("a batch's sending and delivery figures", () => {
  it("counts as waiting for a report what Notify accepted and has no final status yet", () => {
    const c = counts({ accepted: 10, delivered: 6, permanentFailure: 1, temporaryFailure: 1, technicalFailure: 1 });
    expect(progressFigure(c, "accepted")).toBe(10);
    expect(progressFigure(c, "delivered")).toBe(6);
    expect(progressFigure(c, "failed")).toBe(3);
    expect(progressFigure(c, "awaitingReceipt")).toBe(1);
  });

  it("counts what never reached Notify as not sent, apart from what it could not deliver", () => {
    const c = counts({ accepted: 4, delivered: 4, notSent: 2, optedOut: 1 });
    expect(progressFigure(c, "notSent")).toBe(3);
    expect(progressFigure(c, "failed")).toBe(0);
    expect(progressFigure(c, "awaitingReceipt")).toBe(0);
  });
});
