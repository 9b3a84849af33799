import { describe, expect, it } from "vitest";
import { FailureCounter } from "./rate-limit.server";

describe("FailureCounter", () => {
  it("blocks at the limit and forgets failures outside the window", () => {
    const counter = new FailureCounter(
      () => 3,
      () => 1_000,
    );
    counter.recordFailure("a", 0);
    counter.recordFailure("a", 100);
    expect(counter.isBlocked("a", 200)).toBe(false);
    counter.recordFailure("a", 200);
    expect(counter.isBlocked("a", 300)).toBe(true);
    expect(counter.isBlocked("b", 300)).toBe(false);
    expect(counter.isBlocked("a", 1_150)).toBe(false);
  });

  it("clears a key after a success", () => {
    const counter = new FailureCounter(
      () => 1,
      () => 1_000,
    );
    counter.recordFailure("a", 0);
    expect(counter.isBlocked("a", 1)).toBe(true);
    counter.clear("a");
    expect(counter.isBlocked("a", 2)).toBe(false);
  });
});
