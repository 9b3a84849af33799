import { describe, expect, it } from "vitest";
import { reassessment } from "./reassessment";
import { changeSince, gapsInOrder, levelOfScore, stageScores, statementChanges, unratedStatements } from "./profile";
import { DEFAULT_STATEMENTS } from "./statements";
import { STAGE_KEYS } from "../engagements/stages";

const statements = [
  { key: "p1", stage: "purpose" as const },
  { key: "p2", stage: "purpose" as const },
  { key: "b1", stage: "benchmark" as const },
  { key: "a1", stage: "act" as const },
  { key: "a2", stage: "act" as const },
];

describe("the shipped statements", () => {
  it("give every stage a handful, each in English and Welsh with its evidence", () => {
    for (const stage of STAGE_KEYS) {
      const own = DEFAULT_STATEMENTS.filter((s) => s.stage === stage);
      expect(own.length).toBeGreaterThanOrEqual(3);
      for (const s of own) for (const text of [s.text, s.textCy, s.evidence, s.evidenceCy]) expect(text.trim()).not.toBe("");
    }
    expect(new Set(DEFAULT_STATEMENTS.map((s) => s.key)).size).toBe(DEFAULT_STATEMENTS.length);
  });
});

describe("stageScores", () => {
  it("averages the rated statements of each stage, and has no score for a stage with none rated", () => {
    const scores = stageScores(statements, [
      { statementKey: "p1", level: "embedded" },
      { statementKey: "p2", level: "developing" },
      { statementKey: "a1", level: "not_started" },
    ]);
    expect(scores.find((s) => s.stage === "purpose")).toEqual({ stage: "purpose", score: 2, rated: 2, total: 2 });
    expect(scores.find((s) => s.stage === "act")).toEqual({ stage: "act", score: 0, rated: 1, total: 2 });
    expect(scores.find((s) => s.stage === "benchmark")?.score).toBeNull();
    expect(scores.map((s) => s.stage)).toEqual([...STAGE_KEYS]);
  });

  it("names the level a score has reached", () => {
    expect(levelOfScore(0)).toBe("not_started");
    expect(levelOfScore(1.9)).toBe("developing");
    expect(levelOfScore(2)).toBe("established");
    expect(levelOfScore(3)).toBe("embedded");
  });
});

describe("gapsInOrder", () => {
  it("lists statements below established, weakest level first, then weakest stage, then round the wheel", () => {
    const gaps = gapsInOrder(statements, [
      { statementKey: "p1", level: "developing" },
      { statementKey: "p2", level: "embedded" },
      { statementKey: "b1", level: "developing" },
      { statementKey: "a1", level: "not_started" },
      { statementKey: "a2", level: "established" },
    ]);
    // a1 is the only not started; b1's stage (1.0) is weaker than p1's (2.0 with p2 embedded).
    expect(gaps.map((g) => g.statementKey)).toEqual(["a1", "b1", "p1"]);
  });

  it("leaves out what is not rated yet, and unratedStatements lists it", () => {
    expect(gapsInOrder(statements, [{ statementKey: "p1", level: "developing" }]).map((g) => g.statementKey)).toEqual(["p1"]);
    expect(unratedStatements(statements, [{ statementKey: "p1", level: "developing" }]).map((s) => s.key)).toEqual([
      "p2",
      "b1",
      "a1",
      "a2",
    ]);
  });
});

describe("change since the last assessment", () => {
  it("gives each stage's change, and the statements that moved", () => {
    const before = [
      { statementKey: "p1", level: "developing" as const },
      { statementKey: "p2", level: "developing" as const },
    ];
    const now = [
      { statementKey: "p1", level: "established" as const },
      { statementKey: "p2", level: "developing" as const },
      { statementKey: "b1", level: "embedded" as const },
    ];
    const change = changeSince(stageScores(statements, now), stageScores(statements, before));
    expect(change.find((c) => c.stage === "purpose")).toEqual({ stage: "purpose", before: 1, now: 1.5, change: 0.5 });
    expect(change.find((c) => c.stage === "benchmark")).toEqual({ stage: "benchmark", before: null, now: 3, change: null });
    expect(statementChanges(now, before)).toEqual([{ statementKey: "p1", before: "developing", now: "established" }]);
  });
});

describe("reassessment", () => {
  const last = { id: 4, name: "2025", assessedOn: "2025-12-01" };
  it("is due a year after the last signed-off assessment, and says so a month before", () => {
    expect(reassessment(last, null, "2026-12-01")).toMatchObject({ state: "due", dueOn: "2026-12-01" });
    expect(reassessment(last, null, "2026-11-05")).toMatchObject({ state: "soon", dueOn: "2026-12-01" });
    expect(reassessment(last, null, "2026-06-01")).toEqual({ state: "not_yet", dueOn: "2026-12-01" });
    expect(reassessment(null, null, "2026-06-01")).toEqual({ state: "never" });
    expect(reassessment(last, { id: 5, name: "Now" }, "2027-06-01")).toEqual({ state: "open", assessmentId: 5, name: "Now" });
  });
});
