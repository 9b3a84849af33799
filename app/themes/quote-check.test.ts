import { describe, expect, it } from "vitest";
import { quoteDecisionsFrom, quoteStates, type CheckedPassage, type Decision } from "./quote-check";

const passage = (codingId: number, start: number, end: number, textHash = `h${codingId}`): CheckedPassage => ({
  codingId,
  responseId: 1,
  answerKey: "better",
  start,
  end,
  textHash,
});

describe("quoteStates", () => {
  it("is safe only for a safe decision on the same text; unread otherwise", () => {
    const decisions = new Map<number, Decision>([
      [1, { codingId: 1, decision: "safe", textHash: "h1" }],
      [2, { codingId: 2, decision: "safe", textHash: "old" }],
    ]);
    const states = quoteStates([passage(1, 0, 5), passage(2, 10, 20), passage(3, 30, 40)], decisions, []);
    expect([...states]).toEqual([
      [1, "safe"],
      [2, "unread"],
      [3, "unread"],
    ]);
  });

  it("withholds a passage overlapping a withheld span of the same answer, even one confirmed safe", () => {
    const decisions = new Map<number, Decision>([[1, { codingId: 1, decision: "safe", textHash: "h1" }]]);
    const withheld = [{ responseId: 1, answerKey: "better", start: 4, end: 12 }];
    const states = quoteStates(
      [passage(1, 0, 5), passage(2, 12, 20), { ...passage(3, 0, 20), answerKey: "other" }],
      decisions,
      withheld,
    );
    expect([...states]).toEqual([
      [1, "withheld"],
      [2, "unread"],
      [3, "unread"],
    ]);
  });
});

describe("quoteDecisionsFrom", () => {
  const HASH = "a".repeat(64);
  it("reads quote-<id> fields with the fingerprint each was made on, ignores others, refuses anything but safe or withheld", () => {
    expect(
      quoteDecisionsFrom([
        ["intent", "issue"],
        ["quote-12", "safe"],
        ["quote-12-hash", HASH],
        ["quote-7", "withheld"],
        ["quote-7-hash", "b".repeat(64)],
        ["quote-0", "safe"],
      ]),
    ).toEqual({
      ok: true,
      decisions: [
        { codingId: 12, decision: "safe", readHash: HASH },
        { codingId: 7, decision: "withheld", readHash: "b".repeat(64) },
      ],
    });
    expect(quoteDecisionsFrom([["quote-3", "yes"]])).toEqual({ ok: false, field: "quote-3", error: "quoteCheck.errors.choose" });
  });

  it("refuses a decision without a fingerprint, or with one that is not a SHA-256, as made on other words", () => {
    const changed = { ok: false, field: "quote-3", error: "quoteCheck.errors.changed" };
    expect(quoteDecisionsFrom([["quote-3", "safe"]])).toEqual(changed);
    expect(
      quoteDecisionsFrom([
        ["quote-3", "safe"],
        ["quote-3-hash", "nonsense"],
      ]),
    ).toEqual(changed);
    expect(
      quoteDecisionsFrom([
        ["quote-3", "safe"],
        ["quote-4-hash", HASH],
      ]),
    ).toEqual(changed);
  });
});
