import { describe, expect, it } from "vitest";
import {
  addBankQuestion,
  addElement,
  addPage,
  applyTranslations,
  changeSummary,
  conditionExpression,
  conditionOptions,
  deleteElement,
  deletePage,
  duplicateElement,
  moveElement,
  movePage,
  newElement,
  parseCondition,
  translatableStrings,
} from "./edit";
import { choiceValue, elementsOf, type SurveyJson } from "./survey-json";
import { checkSurvey } from "./checks";

const base = (): SurveyJson => ({
  title: { default: "Survey", cy: "Arolwg" },
  pages: [
    {
      name: "p1",
      title: { default: "One", cy: "Un" },
      elements: [newElement({}, "radiogroup"), { ...newElement({}, "comment"), name: "c1" }],
    },
    { name: "p2", title: { default: "Two", cy: "Dau" }, elements: [{ ...newElement({}, "text"), name: "t1" }] },
  ],
});

const names = (json: SurveyJson) => (json.pages ?? []).map((p) => `${p.name}:${(p.elements ?? []).map((e) => e.name).join(",")}`);

describe("designer operations", () => {
  it("gives new elements unique names and an opt-out where they can have one", () => {
    const json = base();
    const added = newElement(json, "radiogroup");
    expect(added.name).toBe("question2");
    expect(added.choices?.map((c) => choiceValue(c))).toContain("prefer_not_to_say");
    expect(newElement(json, "matrix").columns?.map((c) => choiceValue(c))).toContain("prefer_not_to_say");
  });

  it("moves questions within a page and across page boundaries, and pages too", () => {
    const json = base();
    expect(names(moveElement(json, "c1", -1))).toEqual(["p1:c1,question", "p2:t1"]);
    expect(names(moveElement(json, "c1", 1))).toEqual(["p1:question", "p2:c1,t1"]);
    expect(names(moveElement(json, "t1", -1))).toEqual(["p1:question,c1,t1", "p2:"]);
    expect(names(moveElement(json, "question", -1))).toEqual(names(json));
    expect(names(movePage(json, "p2", -1))).toEqual(["p2:t1", "p1:question,c1"]);
    expect(names(json)).toEqual(["p1:question,c1", "p2:t1"]);
  });

  it("duplicates next to the original with a new name, and adds pages and bank questions", () => {
    const json = base();
    const copy = duplicateElement(json, "c1");
    expect(names(copy.json)).toEqual(["p1:question,c1,c1_copy", "p2:t1"]);
    expect(names(duplicateElement(copy.json, "c1").json)).toEqual(["p1:question,c1,c1_copy2,c1_copy", "p2:t1"]);
    const page = addPage(json);
    expect(page.page).toBe("page");
    const bank = addBankQuestion(json, "p2", "vc-01-understood");
    expect(bank?.name).toBe("vc-01-understood");
    expect(names(addElement(json, "p2", newElement(json, "html")))).toEqual(["p1:question,c1", "p2:t1,info"]);
    expect(addBankQuestion(json, "p2", "no-such-question")).toBeNull();
  });

  it("deleting a question removes conditions that pointed at it; deleting the last page leaves an empty one", () => {
    const json = base();
    const conditional = {
      ...json,
      pages: [
        json.pages![0],
        { ...json.pages![1], elements: [{ ...json.pages![1].elements![0], visibleIf: "{question} = 'yes'" }] },
      ],
    };
    const after = deleteElement(conditional, "question");
    expect(elementsOf(after).find((e) => e.element.name === "t1")?.element.visibleIf).toBeUndefined();
    expect(deletePage(deletePage(json, "p1"), "p2").pages).toHaveLength(1);
  });

  it("builds conditions from lists and reads back only its own", () => {
    const condition = { question: "q1", operator: "is" as const, value: "yes" };
    expect(conditionExpression(condition, "radiogroup")).toBe("{q1} = 'yes'");
    expect(conditionExpression({ ...condition, operator: "isNot" }, "checkbox")).toBe("{q1} notcontains 'yes'");
    expect(parseCondition("{q1} notcontains 'yes'")).toEqual({ ...condition, operator: "isNot" });
    expect(parseCondition("{a} > 3 and {b} = 2")).toBeNull();
    expect(conditionOptions(base(), "t1").map((o) => `${o.question}=${o.value}`)).toEqual([
      "question=yes",
      "question=no",
      "question=prefer_not_to_say",
    ]);
    expect(conditionOptions(base(), "question")).toEqual([]);
  });

  it("lists every string for translation and applies translations, removing emptied ones", () => {
    const json = base();
    const keys = translatableStrings(json).map((s) => s.key);
    expect(keys).toContain("element.question.choices.yes");
    const translated = applyTranslations(json, "cy", {
      "element.c1.title": "Cwestiwn hir",
      "page.p1.title": "",
      "element.question.choices.yes": "Ydw",
    });
    const comment = elementsOf(translated).find((e) => e.element.name === "c1")!.element;
    expect(comment.title).toEqual({ default: "New question", cy: "Cwestiwn hir" });
    expect(translated.pages![0].title).toEqual({ default: "One" });
  });

  it("leaves a page without a title untitled when its row is left blank (an imported survey's pages often have none)", () => {
    const json = base();
    delete json.pages![0].title;
    const translated = applyTranslations(json, "cy", { "page.p1.title": "", "element.c1.title": "Cwestiwn hir" });
    expect(translated.pages![0]).not.toHaveProperty("title");
    expect(
      checkSurvey(translated, { languages: ["cy"], estimatedMinutes: 30 }).filter((f) => f.page === "p1" && !f.element),
    ).toEqual([]);
  });

  it("summarises what changed between versions", () => {
    const first = base();
    expect(changeSummary(null, first)).toEqual(["first"]);
    const second = deleteElement(addElement(first, "p2", { ...newElement(first, "text"), name: "t2" }), "c1");
    expect(changeSummary(first, second)).toEqual(["added:t2", "removed:c1"]);
    expect(changeSummary(first, moveElement(first, "c1", -1))).toEqual(["reordered"]);
    expect(changeSummary(first, structuredClone(first))).toEqual(["none"]);
  });
});
