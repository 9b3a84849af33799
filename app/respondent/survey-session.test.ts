/**
 * The plain path's session beside the differential test: the state it carries that is not in the answers, what its
 * completion checks, and the language its fallback text says it is in.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/i18n/i18n";
import { PageFieldsView } from "./fields/page-fields-view";
import { decodeJourney, encodeJourney } from "./journey";
import { initialState, layoutOf, stepPage, type SessionState } from "./survey-session";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

/** The journey's hidden field, there and back. */
function carried(state: SessionState): SessionState {
  const journey = decodeJourney(encodeJourney({ versionId: 1, submissionKey: "k".repeat(24), channel: null, ...state }))!;
  return {
    answers: journey.answers,
    pageName: journey.pageName,
    triggered: journey.triggered ?? {},
    skipped: journey.skipped,
    held: journey.held,
    untickedHidden: journey.untickedHidden,
    passed: journey.passed,
  };
}

describe("state survey-core keeps beside the answers", () => {
  it("keeps a number outside its range in the field, with its error, and never in the answers", () => {
    const definition = {
      pages: [
        { name: "one", elements: [{ type: "text", name: "age", inputType: "number", min: 0, max: 20 }] },
        { name: "two", elements: [{ type: "text", name: "more" }] },
      ],
    };
    let state = carried(initialState(definition));
    let step = stepPage(
      definition,
      state,
      form([
        ["shown", "age"],
        ["q.age", "12"],
      ]),
      "back",
      "en",
    );
    state = carried(step.state);
    expect(state.answers).toEqual({ age: 12 });
    step = stepPage(
      definition,
      state,
      form([
        ["shown", "age"],
        ["q.age", "60"],
      ]),
      "next",
      "en",
    );
    expect(step.kind === "page" && Object.keys(step.errors)).toEqual(["age"]);
    state = carried(step.state);
    // survey-core keeps 60 in the field and 12 in the data: the page shows 60 again, and Continue refuses it again.
    expect(state.answers).toEqual({ age: 12 });
    expect(state.held).toEqual({ age: 60 });
    step = stepPage(
      definition,
      state,
      form([
        ["shown", "age"],
        ["q.age", "60"],
      ]),
      "next",
      "en",
    );
    expect(step.kind === "page" && Object.keys(step.errors)).toEqual(["age"]);
    step = stepPage(
      definition,
      carried(step.state),
      form([
        ["shown", "age"],
        ["q.age", "7"],
      ]),
      "next",
      "en",
    );
    expect(step.state).toMatchObject({ answers: { age: 7 }, pageName: "two", held: undefined });
  });

  it("ignores a held value a journey claims for a field that holds nothing out of range", () => {
    const definition = { pages: [{ name: "one", elements: [{ type: "text", name: "age", inputType: "number", max: 20 }] }] };
    const layout = layoutOf(definition, { answers: { age: 3 }, pageName: "one", triggered: {}, held: { age: 5 } }, "en");
    expect(layout.shown).toEqual(["age"]);
    const step = stepPage(
      definition,
      { answers: { age: 3 }, pageName: "one", triggered: {}, held: { age: 5 } },
      form([
        ["shown", "age"],
        ["q.age", "3"],
      ]),
      "show",
      "en",
    );
    expect(step.state.held).toBeUndefined();
  });

  it("puts back a checkbox's ticks when the choices that hid them show again, across requests", () => {
    const definition = {
      pages: [
        {
          name: "one",
          elements: [
            { type: "radiogroup", name: "kind", choices: ["phone", "letter"] },
            { type: "checkbox", name: "when", choices: ["morning", "evening"], choicesVisibleIf: "{kind} = 'phone'" },
          ],
        },
        { name: "two", elements: [{ type: "text", name: "more" }] },
      ],
    };
    let step = stepPage(
      definition,
      carried(initialState(definition)),
      form([
        ["shown", "kind"],
        ["shown", "when"],
        ["q.kind", "phone"],
        ["q.when", "evening"],
      ]),
      "next",
      "en",
    );
    expect(step.state.answers).toEqual({ kind: "phone", when: ["evening"] });
    step = stepPage(
      definition,
      carried(step.state),
      form([
        ["shown", "kind"],
        ["q.kind", "letter"],
      ]),
      "back",
      "en",
    );
    step = stepPage(
      definition,
      carried({ ...step.state, pageName: "one" }),
      form([
        ["shown", "kind"],
        ["shown", "when"],
        ["q.kind", "letter"],
      ]),
      "show",
      "en",
    );
    expect(step.state.answers).toEqual({ kind: "letter" });
    expect(step.state.untickedHidden).toEqual({ when: ["evening"] });
    step = stepPage(
      definition,
      carried(step.state),
      form([
        ["shown", "kind"],
        ["shown", "when"],
        ["q.kind", "phone"],
      ]),
      "next",
      "en",
    );
    expect(step.state.answers).toEqual({ kind: "phone", when: ["evening"] });
  });
});

describe("pages survey-core has marked passed", () => {
  // A value set by an expression to a choice that its choicesVisibleIf hides: survey-core clears it when the person
  // first leaves the page (its quiet check of a page not yet passed), and never on a later leaving. Whether Back
  // clears it is history, not answers; the shared model must not lend one respondent's history to another.
  const definition = {
    pages: [
      { name: "incident", elements: [{ type: "text", name: "where" }] },
      {
        name: "contact",
        visibleIf: "{where} notempty",
        elements: [
          {
            type: "radiogroup",
            name: "how",
            choices: ["phone", "letter", "visit"],
            choicesVisibleIf: "{where} = 'home' or {item} = 'phone'",
            setValueExpression: "'letter'",
          },
        ],
      },
    ],
  };
  type Step = { intent: "next" | "back"; where?: string };
  const steps: Step[] = [
    { intent: "next", where: "work" },
    { intent: "back" },
    { intent: "next", where: "park" },
    { intent: "back" },
  ];

  /** survey-core as the renderer drives it: one live model. */
  function rendered(): unknown[] {
    const model = new Model(definition);
    return steps.map((step) => {
      if (step.where) model.getQuestionByName("where").value = step.where;
      if (step.intent === "next") model.nextPage();
      else model.prevPage();
      return { page: model.currentPage.name, data: { ...model.data } };
    });
  }

  /** The plain form, with another respondent's request on the same shared model before each of this one's. */
  function served(): unknown[] {
    const other: SessionState = { answers: { where: "home", how: "letter" }, pageName: "contact", triggered: {} };
    let state = carried(initialState(definition));
    return steps.map((step) => {
      layoutOf(definition, other, "en");
      const fields: [string, string][] =
        state.pageName === "incident"
          ? [
              ["shown", "where"],
              ["q.where", step.where ?? String(state.answers.where ?? "")],
            ]
          : [["shown", "how"]];
      const result = stepPage(definition, state, form(fields), step.intent, "en");
      state = carried(result.state);
      return { page: state.pageName, data: { ...state.answers } };
    });
  }

  it("clears on the first Back from the page, keeps on a later one, whatever the shared model did before", () => {
    const expected = [
      { page: "contact", data: { where: "work", how: "letter" } },
      { page: "incident", data: { where: "work" } },
      { page: "contact", data: { where: "park", how: "letter" } },
      { page: "incident", data: { where: "park", how: "letter" } },
    ];
    expect(rendered()).toEqual(expected);
    expect(served()).toEqual(expected);
  });

  it("carries them in the journey, and a restore leaves them as the journey says", () => {
    let state = carried(initialState(definition));
    expect(state.passed).toBeUndefined();
    const step = stepPage(
      definition,
      state,
      form([
        ["shown", "where"],
        ["q.where", "work"],
      ]),
      "next",
      "en",
    );
    state = carried(step.state);
    expect(state.passed).toEqual(["incident"]);
    // Restoring another journey that has passed nothing does not pass any page on the way.
    layoutOf(definition, { answers: { where: "home" }, pageName: "contact", triggered: {} }, "en");
    const again = layoutOf(definition, { ...state, pageName: "incident" }, "en");
    expect(again.pageName).toBe("incident");
    const back = stepPage(definition, { ...state, passed: [] }, form([["shown", "how"]]), "back", "en");
    expect(back.state.passed).toEqual(["contact"]);
  });
});

describe("text that falls back to English", () => {
  const definition = {
    title: "How we treated you",
    pages: [
      {
        name: "one",
        title: "About you",
        elements: [
          { type: "comment", name: "story", title: "In your own words", description: "Only what you want to say" },
          { type: "comment", name: "more", title: { default: "Anything else?", cy: "Unrhyw beth arall?" } },
          { type: "html", name: "note", html: "<p>Thank you</p>" },
        ],
      },
    ],
  };

  it("says its real language in the page's layout, and only where it falls back", () => {
    const welsh = layoutOf(definition, { answers: {}, pageName: "one", triggered: {} }, "cy");
    expect(welsh.pageTitleLang).toBe("en");
    expect(welsh.elements.map((element) => [element.name, element.lang])).toEqual([
      ["story", "en"],
      ["more", undefined],
      ["note", "en"],
    ]);
    const english = layoutOf(definition, { answers: {}, pageName: "one", triggered: {} }, "en");
    expect(english.pageTitleLang).toBeUndefined();
    expect(english.elements.every((element) => element.lang === undefined)).toBe(true);
  });

  it('marks the English title, hint and block with lang="en" and leaves the page\'s own words in Welsh', () => {
    const { elements } = layoutOf(definition, { answers: {}, pageName: "one", triggered: {} }, "cy");
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n: createI18n("cy") },
        createElement(PageFieldsView, { elements, answers: {}, errors: {}, lang: "cy" }),
      ),
    );
    expect(html).toContain('<span lang="en">In your own words</span> (dewisol)');
    expect(html).toMatch(/<div id="[^"]*-hint" class="govuk-hint" lang="en">Only what you want to say<\/div>/);
    expect(html).toContain('<div class="govuk-body" lang="en"><p>Thank you</p></div>');
    expect(html).toMatch(/>Unrhyw beth arall\? \(dewisol\)</);
    expect(html).not.toContain('lang="cy"');
  });
});
