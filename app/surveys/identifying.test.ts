import { describe, expect, it } from "vitest";
import { checkSurvey } from "./checks";
import { identifyingKind } from "./identifying";
import type { SurveyElement } from "./survey-json";

const text = (title: string | Record<string, string>, extra: Partial<SurveyElement> = {}): SurveyElement => ({
  type: "text",
  name: "q",
  title,
  ...extra,
});

describe("questions that could identify the person", () => {
  it("are found from English titles that ask for them or are their label", () => {
    const cases: [string, string][] = [
      ["What is your name?", "name"],
      ["Your full name", "name"],
      ["Surname", "name"],
      ["E-mail", "email"],
      ["What is your email address?", "email"],
      ["Phone", "phone"],
      ["Please give your mobile number", "phone"],
      ["Address", "address"],
      ["What is your home address?", "address"],
      ["Postcode", "postcode"],
      ["Date of birth", "birth"],
      ["What is your date of birth?", "birth"],
      ["Crime reference number", "crimeReference"],
      ["Please enter your crime reference", "crimeReference"],
    ];
    for (const [title, kind] of cases) expect(identifyingKind(text(title)), title).toBe(kind);
  });

  it("are found from Welsh titles", () => {
    const cases: [string, string][] = [
      ["Beth yw eich enw?", "name"],
      ["Cyfenw", "name"],
      ["Cyfeiriad e-bost", "email"],
      ["Rhif ffôn", "phone"],
      ["Beth yw eich cyfeiriad cartref?", "address"],
      ["Cod post", "postcode"],
      ["Dyddiad geni", "birth"],
      ["Rhowch eich cyfeirnod trosedd", "crimeReference"],
    ];
    for (const [title, kind] of cases) expect(identifyingKind(text({ default: "Tell us", cy: title })), title).toBe(kind);
  });

  it("are found from names and input types", () => {
    expect(identifyingKind({ type: "text", name: "full_name" })).toBe("name");
    expect(identifyingKind({ type: "text", name: "DOB" })).toBe("birth");
    expect(identifyingKind(text("How can we reach you?", { inputType: "email" }))).toBe("email");
    expect(identifyingKind(text("How can we reach you?", { inputType: "tel" }))).toBe("phone");
    expect(identifyingKind(text("When were you born?", { inputType: "date", name: "birth_date" }))).toBe("birth");
  });

  it("are not found in questions that mention these things without asking for them", () => {
    for (const title of [
      // About how safe the person feels, not where they live: the answer is not the address.
      "How safe do you feel at your address now?",
      "Did the officer tell you their name?",
      "Did you phone us first?",
      "When did it happen?",
      "How old were you?",
      "Did you get a crime reference number quickly enough?",
      "Pa mor ddiogel ydych chi'n teimlo yn eich cartref nawr?",
    ]) {
      expect(identifyingKind(text(title)), title).toBeNull();
    }
    // A date that is not about birth.
    expect(identifyingKind(text("When did it happen?", { inputType: "date" }))).toBeNull();
    expect(identifyingKind({ type: "html", name: "name", html: "<p>Your name is never asked.</p>" })).toBeNull();
  });

  it("is an error in the check unless the reason is recorded in every offered language", () => {
    const survey = (element: SurveyElement) => ({
      title: { default: "S", cy: "A" },
      pages: [{ name: "p1", elements: [element] }],
    });
    const asksName = text({ default: "What is your name?", cy: "Beth yw eich enw?" });
    expect(checkSurvey(survey(asksName), { languages: ["en", "cy"], estimatedMinutes: 10 })).toEqual([
      { rule: "identifying-question", severity: "error", page: "p1", element: "q", params: { kind: "name" } },
    ]);
    const englishOnly = { ...asksName, identifyingReason: { default: "For a call-back the person asks for" } };
    expect(checkSurvey(survey(englishOnly), { languages: ["en", "cy"], estimatedMinutes: 10 }).map((f) => f.rule)).toEqual([
      "identifying-question",
      "missing-translation",
    ]);
    const explained = {
      ...asksName,
      identifyingReason: {
        default: "For a call-back the person asks for",
        cy: "Ar gyfer galwad yn ôl y mae'r person yn gofyn amdani",
      },
    };
    expect(checkSurvey(survey(explained), { languages: ["en", "cy"], estimatedMinutes: 10 })).toEqual([]);
  });
});
