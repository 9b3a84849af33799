import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n, fixedT, type Language } from "~/i18n/i18n";
import { templateSurvey, TEMPLATES } from "~/surveys/bank";
import { everyType, randomAnswers, seeded } from "./fields/testing";
import { readPageFields } from "./form-fields";
import { AnswerErrorSummary, SurveyPageFields } from "./page-form";
import { pageQuestionSpecs, validatePage, visibleQuestionNames, type Answers, type QuestionErrors } from "./survey-engine";

const msg = (lang: Language, key: string, params: Record<string, string> = {}) => fixedT(lang)(`answerForm.${key}`, params);

function render(pageName: string, answers: Answers, errors: QuestionErrors = {}, lang = "en", definition: object = everyType) {
  const i18n = createI18n(lang === "cy" ? "cy" : "en");
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(SurveyPageFields, { definition, pageName, answers, errors, lang })),
  );
}

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };
    if (code.startsWith("#x")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()];
  });

const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], decode(m[2] ?? "")]));

/** What a browser would post for the rendered fields, as they stand. */
function posted(html: string): URLSearchParams {
  const form = new URLSearchParams();
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const a = attributes(tag);
    if (!a.name) continue;
    if (a.type === "radio" || a.type === "checkbox") {
      if ("checked" in a) form.append(a.name, a.value);
    } else form.append(a.name, a.value ?? "");
  }
  for (const [, attrs, text] of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g))
    form.append(attributes(attrs).name, decode(text));
  for (const [, attrs, options] of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const selected = [...options.matchAll(/<option\b[^>]*>/g)].map(([tag]) => attributes(tag)).find((a) => "selected" in a);
    form.append(attributes(attrs).name, selected?.value ?? "");
  }
  return form;
}

const form = (fields: [string, string][]) => new URLSearchParams(fields);

describe("the plain form round-trips", () => {
  const surveys = [everyType, ...TEMPLATES.map((template) => templateSurvey(template))];

  it("reads back exactly the answers it rendered, on every page, for random answers", () => {
    const random = seeded(7);
    for (const survey of surveys) {
      const pages = ((survey as typeof everyType).pages ?? []).map((page) => page.name);
      const specs = pages.flatMap((page) => pageQuestionSpecs(survey, page));
      for (let round = 0; round < 8; round += 1) {
        const answers = randomAnswers(specs, random);
        for (const page of pages) {
          const lang = random.pick(["en", "cy"]);
          const fields = posted(render(page, answers, {}, lang, survey));
          const read = readPageFields(survey, page, answers, fields, lang);
          expect(read.errors).toEqual({});
          expect(read.answers).toEqual(answers);
        }
      }
    }
  });

  it("reads an empty page as no answers, and clears what was answered before", () => {
    const before = { reported: "yes", where: "Home", story: "Told", help: ["family"], "help-Comment": "x" };
    const read = readPageFields(everyType, "start", before, posted(render("start", {})), "en");
    // "where" is hidden now that "reported" is cleared: kept as it was, and dropped if still hidden on submission.
    expect(read).toEqual({ answers: { where: "Home" }, errors: {} });
  });
});

describe("reading posted fields", () => {
  it("converts values to the definition's types and ignores other questions' fields", () => {
    const read = readPageFields(
      everyType,
      "police",
      { reported: "yes" },
      form([
        ["q.score", "0"],
        ["q.again", "false"],
        ["q.area", "2"],
        ["q.story", "from another page"],
        ["q.unknown", "x"],
      ]),
      "en",
    );
    expect(read).toEqual({ answers: { reported: "yes", score: 0, again: false, area: 2 }, errors: {} });
  });

  it("reads a question shown by an answer on the same page, and ignores fields of hidden ones", () => {
    const shown = readPageFields(
      everyType,
      "start",
      {},
      form([
        ["q.reported", "yes"],
        ["q.where", "Online"],
      ]),
      "en",
    );
    expect(shown.answers).toEqual({ reported: "yes", where: "Online" });
    const hidden = readPageFields(
      everyType,
      "start",
      {},
      form([
        ["q.reported", "no"],
        ["q.where", "Online"],
      ]),
      "en",
    );
    expect(hidden.answers).toEqual({ reported: "no" });
  });

  it("reads matrices by row and rankings by position, in FormData too", () => {
    const data = new FormData();
    data.append("q.agree.listened", "disagree");
    data.append("q.priorities.speed", "3");
    data.append("q.priorities.kindness", "1");
    data.append("q.priorities.updates", "2");
    data.append("q.age", " 41 ");
    data.append("q.why", new Blob(["a file is not an answer"]));
    expect(readPageFields(everyType, "views", {}, data, "en")).toEqual({
      answers: { agree: { listened: "disagree" }, priorities: ["kindness", "updates", "speed"], age: 41 },
      errors: {},
    });
  });

  it("normalises typed text: browser line endings, surrounding space", () => {
    const read = readPageFields(everyType, "start", {}, form([["q.story", "  line one\r\nline two  "]]), "en");
    expect(read.answers).toEqual({ story: "line one\nline two" });
  });

  const problems: [string, string, [string, string][], string, string, Record<string, string>?][] = [
    [
      "two items at the same position",
      "views",
      [
        ["q.priorities.speed", "1"],
        ["q.priorities.kindness", "1"],
        ["q.priorities.updates", "2"],
      ],
      "priorities",
      "rankingSamePosition",
    ],
    ["a ranking half done", "views", [["q.priorities.speed", "1"]], "priorities", "rankingIncomplete"],
    [
      "a position out of range",
      "views",
      [
        ["q.priorities.speed", "1"],
        ["q.priorities.kindness", "2"],
        ["q.priorities.updates", "9"],
      ],
      "priorities",
      "rankingInvalid",
      { count: "3" },
    ],
    ["a number that is not a number", "views", [["q.age", "forty"]], "age", "notANumber"],
    ["a choice that is not on the form", "start", [["q.reported", "maybe"]], "reported", "notAChoice"],
    ["a matrix column that is not on the form", "views", [["q.agree.fair", "maybe"]], "agree", "matrixInvalid"],
    [
      "'Please say' filled in without 'Something else'",
      "start",
      [
        ["q.reported", "yes"],
        ["q.reported-Comment", "My neighbour"],
      ],
      "reported",
      "otherTextWithoutOther",
    ],
  ];
  for (const [label, page, fields, question, key, params] of problems) {
    it(`says what is wrong with ${label}, in English and Welsh`, () => {
      for (const lang of ["en", "cy"] as const) {
        const read = readPageFields(everyType, page, {}, form(fields), lang);
        const option =
          key === "otherTextWithoutOther" ? (lang === "en" ? "Something else (please say)" : "Rhywbeth arall (dywedwch)") : "";
        expect(read.errors).toEqual({ [question]: [msg(lang, key, { label: msg(lang, "pleaseSay"), option, ...params })] });
      }
    });
  }

  it("keeps what was typed when it cannot be used, so the form can show it again", () => {
    expect(readPageFields(everyType, "views", {}, form([["q.age", "forty"]]), "en").answers).toEqual({ age: "forty" });
    const other = readPageFields(
      everyType,
      "start",
      {},
      form([
        ["q.reported", "yes"],
        ["q.reported-Comment", "Mine"],
      ]),
      "en",
    );
    expect(other.answers).toEqual({ reported: "yes", "reported-Comment": "Mine" });
  });

  it("leaves 'none' with another choice to the page check, which refuses it", () => {
    const read = readPageFields(
      everyType,
      "start",
      {},
      form([
        ["q.help", "family"],
        ["q.help", "none"],
      ]),
      "en",
    );
    expect(read).toEqual({ answers: { help: ["family", "none"] }, errors: {} });
    expect(validatePage(everyType, read.answers, "start", "en")).toEqual({
      help: [msg("en", "exclusiveChoice", { option: "None" })],
    });
  });

  it("never throws on hostile forms", () => {
    const big = "x".repeat(100_000);
    const hostile = form([
      ["q.__proto__", "x"],
      ["q.constructor", "x"],
      ...Array.from({ length: 5000 }, () => ["q.help", "family"] as [string, string]),
      ["q.story", big],
    ]);
    const read = readPageFields(everyType, "start", JSON.parse('{"__proto__": {"x": 1}}'), hostile, "en");
    expect(read.errors).toEqual({ help: [msg("en", "notAChoice")] });
    const length = String(read.answers.story).length.toLocaleString("en-GB");
    expect(validatePage(everyType, read.answers, "start", "en")).toEqual({
      story: [fixedT("en")("respondentCare.tooLongNamed", { question: "What happened?", length, limit: "5,000" })],
    });
    expect(readPageFields(everyType, "no-such-page", {}, hostile, "en")).toEqual({ answers: {}, errors: {} });
  });
});

describe("the rendered page", () => {
  it("uses GOV.UK markup: fieldsets, hints, the 'or' divider, optional marks and 'Please say'", () => {
    const html = render("start", { reported: "yes" });
    expect(html).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Did you report it? (optional)</legend>',
    );
    expect(html).toMatch(/govuk-radios__divider">or<\/div><div class="govuk-radios__item"><input[^>]*value="prefer_not_to_say"/);
    expect(html).toMatch(/govuk-checkboxes__divider">or<\/div>/);
    expect(html).toMatch(/data-behaviour="exclusive"[^>]*value="none"|value="none"[^>]*data-behaviour="exclusive"/);
    expect(html).toContain(">Please say</label>");
    expect(html).toContain("You can write up to 5,000 characters.");
    expect(html).toContain("<p>Hello <strong>there</strong></p>");
    expect(html).toContain('id="q-where"');
    expect(html).toContain("Friends &amp; neighbours");
  });

  it("shows the reason a question is compulsory, rating ends, content warnings and positions", () => {
    expect(render("contact", {})).toContain("Why we ask: We need it to pass your feedback to the right local team.");
    expect(render("contact", {})).not.toContain("(optional)");
    expect(render("police", { reported: "yes" })).toContain("0 means “Very badly”. 10 means “Very well”.");
    const views = render("views", {});
    expect(views).toContain('class="govuk-inset-text" role="note" aria-label="Content warning"');
    expect(views).toContain('<select class="govuk-select" id="q-priorities-2" name="q.priorities.updates">');
    expect(views).toContain('name="q.agree.listened"');
  });

  it("renders in Welsh", () => {
    const html = render("start", {}, {}, "cy");
    expect(html).toContain("Wnaethoch chi roi gwybod? (dewisol)");
    expect(html).toContain(">neu</div>");
    expect(html).toContain("Dywedwch wrthym");
    expect(html).toContain("<p>Helo</p>");
  });

  it("gives every input a unique id, and every error a message and a summary link that lands on an input", () => {
    for (const page of ["start", "police", "views", "contact"]) {
      const errors = Object.fromEntries(
        visibleQuestionNames(everyType, { reported: "yes" }, page).map((name) => [name, ["Wrong"]]),
      );
      const html = render(page, { reported: "yes" }, errors);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [, list] of html.matchAll(/aria-describedby="([^"]+)"/g))
        for (const id of list.split(" ")) expect(ids).toContain(id);
      expect(html.match(/govuk-error-message"><span class="govuk-visually-hidden">Error:<\/span> Wrong/g)).toHaveLength(
        Object.keys(errors).length,
      );
      const summary = renderToStaticMarkup(
        createElement(
          I18nextProvider,
          { i18n: createI18n("en") },
          createElement(AnswerErrorSummary, { errors, general: ["General"], lang: "en" }),
        ),
      );
      for (const [, target] of summary.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
      expect(summary).toContain("<li>General</li>");
    }
  });

  it("has no error summary without errors, and a Welsh one in Welsh", () => {
    const summary = (errors: QuestionErrors, general: string[], lang: string) =>
      renderToStaticMarkup(
        createElement(I18nextProvider, { i18n: createI18n("en") }, createElement(AnswerErrorSummary, { errors, general, lang })),
      );
    expect(summary({}, [], "en")).toBe("");
    expect(summary({ postcode: ["Atebwch y cwestiwn."] }, [], "cy")).toContain("Mae problem wedi codi");
  });
});
