import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/i18n/i18n";
import { COMPLEX_SURVEY } from "../../../tests/fixtures/complex-survey";
import { readPageFields } from "../form-fields";
import { decodeJourney, encodeJourney } from "../journey";
import { layoutOf, stepPage, type SessionState } from "../survey-session";
import { engineFor } from "../survey-engine";
import { checkAnswer } from "./answer-checks";
import { rowChangeOf } from "./ids";
import { PageFieldsView } from "./page-fields-view";
import { safeImage } from "./page-view";
import type { Answers } from "./types";

const survey = COMPLEX_SURVEY as unknown as object;

function render(state: SessionState, lang = "en") {
  const layout = layoutOf(survey, state, lang);
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: createI18n(lang === "cy" ? "cy" : "en") },
      createElement(PageFieldsView, { elements: layout.elements, answers: state.answers, errors: {}, lang }),
    ),
  );
  return { layout, html };
}

const unescape = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
const attrs = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], unescape(m[2] ?? "")]));

/** What a browser posts for the rendered fields as they stand. */
function posted(html: string, shown: string[]): URLSearchParams {
  const form = new URLSearchParams();
  for (const name of shown) form.append("shown", name);
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const a = attrs(tag);
    if (!a.name) continue;
    if (a.type === "radio" || a.type === "checkbox") {
      if ("checked" in a) form.append(a.name, a.value);
    } else form.append(a.name, a.value ?? "");
  }
  for (const [, open, options] of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const chosen = [...options.matchAll(/<option\b[^>]*>/g)].map(([tag]) => attrs(tag)).find((a) => "selected" in a);
    form.append(attrs(open).name, chosen?.value ?? "");
  }
  return form;
}

const state = (pageName: string, answers: Answers, counts?: Record<string, number>): SessionState => ({
  answers,
  pageName,
  triggered: {},
  ...(counts ? { counts } : {}),
});

const supportAnswers = {
  contact: { calls: 3, letters: 5 },
  feeling: "blue",
  services: { police: { used: true, rating: "good" }, hub: { used: false } },
};
const visitAnswers = {
  places: [{ place: "Home", helpful: "yes" }, { place: "The hub" }],
  people: [{ role: "caseworker", helped: ["listened", "explained"] }],
};

describe("questions of several parts on the plain form", () => {
  it("reads back exactly the answers it rendered, in English and Welsh", () => {
    for (const lang of ["en", "cy"]) {
      for (const [page, answers, counts] of [
        ["support", supportAnswers, undefined],
        ["visits", visitAnswers, { places: 2, people: 1 }],
      ] as const) {
        const at = state(page, answers, counts);
        const { layout, html } = render(at, lang);
        const step = stepPage(survey, at, posted(html, layout.shown), "save", lang);
        expect(step.kind === "page" && step.errors).toEqual({});
        expect(step.state.answers).toEqual(answers);
        // A form whose journey was lost still gives the same answers.
        expect(readPageFields(survey, page, {}, posted(html, layout.shown), lang).answers).toEqual(answers);
      }
    }
  });

  it("labels every part, gives dynamic rows Add and Remove buttons that come back to them, and no foreign picture", () => {
    const { html } = render(state("visits", visitAnswers, { places: 2, people: 1 }));
    expect(html).toContain('<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Row 2</legend>');
    expect(html).toContain('value="remove:1:places"');
    expect(html).toContain('value="add:places"');
    expect(html).toContain("Supporter 1");
    expect(html).toContain('<label class="govuk-label govuk-label--s" for="q-places_0_place">Place</label>');
    const first = render(state("support", {}));
    expect(first.html).not.toContain("example.com");
    expect(first.html).toContain('alt="Blue, calm"');
    expect(first.html).toContain("Grey, low");
  });

  it("adds and takes away rows and panels within survey-core's fewest and most, keeping what was typed", () => {
    let at = state("visits", {}, { places: 1, people: 0 });
    const post = (change: string, typed: [string, string][] = []) => {
      const { layout, html } = render(at);
      const form = posted(html, layout.shown);
      for (const [name, value] of typed) form.set(name, value);
      const step = stepPage(survey, at, form, "change", "en", rowChangeOf(change)!);
      at = { ...step.state };
      return render(at).layout;
    };
    post("add:places", [["q.places.0.place", "Home"]]);
    // survey-core keeps an empty new row out of the answers until something is put in it.
    expect(at.answers.places).toEqual([{ place: "Home" }]);
    expect(at.counts?.places).toBe(2);
    post("add:places");
    post("add:places");
    expect(at.counts?.places).toBe(3);
    const most = post("add:places");
    expect(at.counts?.places).toBe(3);
    expect(most.elements.find((e) => e.name === "places")).toMatchObject({ add: null });
    post("remove:0:places");
    expect(at.counts?.places).toBe(2);
    post("add:people");
    post("add:people");
    post("add:people");
    expect(at.counts?.people).toBe(2);
  });

  it("refuses answers that do not fit the question's parts", () => {
    const specs = engineFor(survey).specs;
    const places = specs.get("places")!;
    expect(checkAnswer(places, [{ place: "Home" }])).toBeNull();
    expect(checkAnswer(places, [{ nope: "x" }])).toEqual({ code: "partsInvalid" });
    expect(checkAnswer(places, [{}, {}, {}, {}])).toEqual({ code: "partsInvalid" });
    expect(checkAnswer(places, { place: "Home" })).toEqual({ code: "partsInvalid" });
    expect(checkAnswer(places, [{ helpful: "maybe" }])).toEqual({ code: "notAChoice" });
    const services = specs.get("services")!;
    expect(checkAnswer(services, { police: { used: true } })).toBeNull();
    expect(checkAnswer(services, { court: { used: true } })).toEqual({ code: "partsInvalid" });
    expect(checkAnswer(specs.get("contact")!, { calls: "many" })?.code).toBe("notANumber");
  });

  it("shows pictures only from our own origin or a data: URI", () => {
    expect(safeImage("/images/cat.png")).toBe("/images/cat.png");
    expect(safeImage("data:image/png;base64,iVBOR")).toBe("data:image/png;base64,iVBOR");
    for (const link of [
      "https://example.com/a.png",
      "//example.com/a.png",
      "/\\example.com",
      "javascript:alert(1)",
      "data:text/html,x",
    ])
      expect(safeImage(link)).toBeUndefined();
  });

  it("carries how many rows and panels there are in the journey, and refuses nonsense counts", () => {
    const journey = {
      versionId: 1,
      submissionKey: "k".repeat(24),
      pageName: "p",
      answers: {},
      channel: null,
      counts: { places: 2 },
    };
    expect(decodeJourney(encodeJourney(journey))?.counts).toEqual({ places: 2 });
    const bad = JSON.parse(encodeJourney(journey)) as Record<string, unknown>;
    expect(decodeJourney(JSON.stringify({ ...bad, n: { places: -1 } }))).toBeNull();
    expect(decodeJourney(JSON.stringify({ ...bad, n: { places: "2" } }))).toBeNull();
    expect(rowChangeOf("remove:3:a:b")).toEqual({ change: "remove", question: "a:b", index: 3 });
    expect(rowChangeOf("next")).toBeNull();
  });
});
