import { describe, expect, it } from "vitest";
import { choosePassages, passageText, sentencesOf } from "./passages";

const answer = "Nobody kept me up to date. I had to chase them!  Was it worth it?\nThank you";

describe("sentences of an answer", () => {
  it("splits at sentence ends and line breaks, with offsets into the answer", () => {
    const sentences = sentencesOf(answer);
    expect(sentences.map((s) => s.text)).toEqual([
      "Nobody kept me up to date.",
      "I had to chase them!",
      "Was it worth it?",
      "Thank you",
    ]);
    for (const s of sentences) expect(answer.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a redaction placeholder and a decimal inside one sentence", () => {
    expect(sentencesOf("Call me on [phone number]. It cost £3.50 to park").map((s) => s.text)).toEqual([
      "Call me on [phone number].",
      "It cost £3.50 to park",
    ]);
  });

  it("gives nothing for a blank answer", () => {
    expect(sentencesOf("   ")).toEqual([]);
  });
});

describe("choosing a passage", () => {
  const none = { sentences: [], start: "", end: "" };

  it("is the whole answer by default", () => {
    expect(choosePassages(answer, none)).toEqual({ ok: true, passages: [{ start: 0, end: answer.length }] });
  });

  it("joins neighbouring sentences and keeps others apart", () => {
    const chosen = choosePassages(answer, { ...none, sentences: [0, 1, 3] });
    expect(chosen.ok && chosen.passages.map((p) => answer.slice(p.start, p.end))).toEqual([
      "Nobody kept me up to date. I had to chase them!",
      "Thank you",
    ]);
  });

  it("takes typed offsets within the answer, and refuses any outside it", () => {
    expect(choosePassages(answer, { ...none, start: "7", end: "11" })).toEqual({ ok: true, passages: [{ start: 7, end: 11 }] });
    for (const [start, end] of [
      ["-1", "4"],
      ["0", String(answer.length + 1)],
      ["5", "5"],
      ["a", "3"],
      ["2.5", "4"],
    ]) {
      expect(choosePassages(answer, { ...none, start, end })).toMatchObject({ ok: false, field: "start" });
    }
  });

  it("refuses a sentence the answer does not have", () => {
    expect(choosePassages(answer, { ...none, sentences: [9] })).toMatchObject({ ok: false, field: "sentence" });
  });

  it("reads a stored passage only while it fits the answer", () => {
    expect(passageText("short", { start: 0, end: 5 })).toBe("short");
    expect(passageText("short", { start: 2, end: 9 })).toBeNull();
  });
});
