import { describe, expect, it } from "vitest";
import { everyType } from "~/respondent/fields/testing";
import { answerViews, originalTexts } from "./answer-view";
import { exportColumns, exportCsvLine, exportValues, type ColumnWords } from "./columns";
import { csvRow } from "./csv";

const words: ColumnWords = {
  responseId: "Response ID",
  day: "Day",
  channel: "Channel",
  language: "Language",
  other: (question) => `${question} – other`,
  row: (question, row) => `${question} – ${row}`,
};

const answers = {
  reported: "other",
  "reported-Comment": "=A neighbour",
  help: ["family", "friends", "other"],
  "help-Comment": "My dog",
  score: 7,
  again: false,
  why: "Slow\nand rude",
  agree: { listened: "agree", fair: "prefer_not_to_say" },
  priorities: ["updates", "speed", "kindness"],
  age: 42,
  area: 2,
};

const row = { id: 7, day: "2027-03-27", channel: "Poster", language: "cy", answers };

describe("export columns", () => {
  it("has a column per question, per matrix row and per 'other' text, after the response's own fields", () => {
    const labels = exportColumns([everyType], "en", words).map((column) => column.label);
    expect(labels.slice(0, 4)).toEqual(["Response ID", "Day", "Channel", "Language"]);
    expect(labels).toContain("Did you report it? – other");
    expect(labels).toContain("What helped? – other");
    expect(labels).toContain("How far do you agree? – They listened");
    expect(labels).toContain("How far do you agree? – They were fair");
    expect(labels.indexOf("What helped?")).toBeLessThan(labels.indexOf("What matters most?"));
  });

  it("writes labels in the chosen language: lists joined later, rankings in order, numbers as numbers", () => {
    const columns = exportColumns([everyType], "cy", words);
    const cells = Object.fromEntries(columns.map((column, i) => [column.label, exportValues(columns, row)[i]]));
    expect(cells["Response ID"]).toBe(7);
    expect(cells["Wnaethoch chi roi gwybod? – other"]).toBe("=A neighbour");
    expect(cells["Beth helpodd?"]).toEqual(["Teulu", "Ffrindiau a chymdogion", "Rhywbeth arall (dywedwch)"]);
    expect(cells["Beth helpodd? – other"]).toBe("My dog");
    expect(cells["Sut wnaethon ni?"]).toBe("7");
    expect(cells["I ba raddau ydych chi'n cytuno? – Gwnaethon nhw wrando"]).toBe("Cytuno");
    expect(cells["I ba raddau ydych chi'n cytuno? – Roedden nhw'n deg"]).toBe("Mae'n well gennyf beidio â dweud");
    expect(cells["Beth sydd bwysicaf?"]).toEqual(["Diweddariadau", "Cyflymder", "Caredigrwydd"]);
    expect(cells["Faint yw eich oed?"]).toBe(42);
    expect(cells["Pa ardal?"]).toBe("De");
    expect(cells["Pam lai?"]).toBe("Slow\nand rude");
    expect(cells["Ble?"]).toBeNull();
  });

  it("keeps questions only an older version asked, and tells apart two with the same wording", () => {
    const older = { pages: [{ name: "p", elements: [{ type: "comment", name: "gone", title: "What happened?" }] }] };
    const labels = exportColumns([everyType, older], "en", words).map((column) => column.label);
    expect(labels).toContain("What happened? (gone)");
  });
});

describe("CSV lines", () => {
  it("writes each row exactly as its values written as cells, whatever the answers hold", () => {
    const odd = [
      answers,
      {},
      { reported: "not-offered", help: ["family"], score: -3, agree: { listened: 5, fair: "" }, priorities: [] },
      { reported: ["family"], help: "family", age: "=1+1", agree: "agree", priorities: [{ a: 1 }, "speed"], why: '"q"' },
      { help: [null, "friends"], again: true, score: "@SUM(A1)", area: null, "help-Comment": 12 },
    ];
    for (const lang of ["en", "cy"] as const) {
      const columns = exportColumns([everyType], lang, words);
      for (const [i, given] of odd.entries()) {
        const oddRow = { ...row, id: i, channel: i % 2 ? "+Poster" : "Plain link", answers: given };
        expect(exportCsvLine(columns, oddRow)).toBe(csvRow(exportValues(columns, oddRow)));
      }
    }
  });
});

describe("answer views", () => {
  it("reads a response in order, with 'something else' text beside its choice", () => {
    const views = answerViews(everyType, answers, "en");
    const help = views.find((view) => view.name === "help")!;
    expect(help.list).toBe("bullet");
    expect(help.parts).toEqual([
      { text: "Family" },
      { text: "Friends & neighbours" },
      { label: "Something else (please say)", text: "My dog", freeText: true },
    ]);
    expect(views.find((view) => view.name === "priorities")).toMatchObject({
      list: "number",
      parts: [{ text: "Updates" }, { text: "Speed" }, { text: "Kindness" }],
    });
    expect(views.find((view) => view.name === "agree")!.parts).toEqual([
      { label: "They listened", text: "Agree" },
      { label: "They were fair", text: "Prefer not to say" },
    ]);
    expect(views.find((view) => view.name === "why")!.parts).toEqual([{ text: "Slow\nand rude", freeText: true }]);
  });

  it("names the question of each original text", () => {
    const texts = originalTexts(everyType, { why: "Ask PC Jones", "help-Comment": "07700 900123" }, "en", words.other);
    expect(texts).toEqual([
      { key: "help-Comment", question: "What helped? – other", text: "07700 900123" },
      { key: "why", question: "Why not?", text: "Ask PC Jones" },
    ]);
  });
});
