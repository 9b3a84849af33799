import { describe, expect, it } from "vitest";
import { htmlErrors, SURVEYJS_EXCEPTIONS } from "../html-validation";

/** The markup check every browser test runs on every page it visits (tests/e2e/fixtures.ts) must catch what it claims to. */

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>${body}</body></html>`;

const validBody = `
  <header><a href="#main">Skip to main content</a></header>
  <main id="main">
    <div class="govuk-error-summary" role="alert" tabindex="-1">
      <h2>There is a problem</h2>
      <ul><li><a href="#story">Tell us what happened in fewer words</a></li></ul>
    </div>
    <h1>Tell us how we did</h1>
    <a href="https://www.bbc.co.uk/weather" role="button" class="govuk-button govuk-button--warning">Exit this page</a>
    <form method="post" aria-label="Your answers">
      <div id="story-hint">Write as much or as little as you like.</div>
      <label for="story">What happened</label>
      <textarea id="story" name="story" aria-describedby="story-hint"></textarea>
      <h2>Before you send</h2>
      <button type="submit">Send</button>
    </form>
  </main>`;

describe("htmlErrors", () => {
  it("passes a valid page, with GOV.UK's error summary above the h1 and its link styled as a button", async () => {
    expect(await htmlErrors(page(validBody))).toEqual([]);
  });

  it("names the rule, the place and the element of each defect the issue found", async () => {
    const errors = await htmlErrors(
      page(`
        <main>
          <h1>Record</h1>
          <h3>Skipped a level</h3>
          <form method="post" aria-label="Record the outcome"><button type="submit">Save</button></form>
          <form method="post" aria-label="Record the outcome"><button type="submit">Save</button></form>
          <div id="themeId-hint">One</div>
          <div id="themeId-hint">Two</div>
        </main>`),
      "record.html",
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^heading-level \d+:\d+ .*h3/),
        expect.stringMatching(/^unique-landmark \d+:\d+ /),
        expect.stringMatching(/^no-dup-id \d+:\d+ .*themeId-hint/),
      ]),
    );
  });

  it("finds broken references, unlabelled fields, buttons without a type and invalid nesting", async () => {
    const errors = await htmlErrors(
      page(`
        <main>
          <h1>Answer</h1>
          <input type="text" name="unlabelled" aria-describedby="nowhere">
          <button>Continue</button>
          <ul><p>Not a list item</p></ul>
        </main>`),
    );
    const rules = errors.map((line) => line.split(" ")[0]);
    expect(rules).toEqual(
      expect.arrayContaining([
        "no-missing-references",
        "input-missing-label",
        "no-implicit-button-type",
        "element-permitted-content",
      ]),
    );
  });

  it("refuses a page without a doctype", async () => {
    expect(
      await htmlErrors(`<html lang="en"><head><title>A page</title></head><body><main><h1>Hi</h1></main></body></html>`),
    ).toEqual([expect.stringMatching(/^missing-doctype /)]);
  });
});

describe("survey-react-ui's markup", () => {
  const surveyjs = (inside: string) =>
    page(`<main><h1>Answer</h1><div class="sd-root-modern sd-root-modern--full-container">${inside}</div></main>`);

  it("is excused only the four defects of survey-react-ui 3.0.0 that no option turns off", async () => {
    const rendered = surveyjs(`
      <form>
        <fieldset class="sd-selectbase" role="radiogroup" aria-labelledby="sq_0_ariaTitle">
          <div id="sq_0_ariaTitle">How did you first contact us?</div>
          <label><input type="radio" name="contact" value="phone"> Phone</label>
        </fieldset>
        <ul><li><button type="button" role="tab" aria-label="Page 1"><div class="sd-progress-buttons__dot"></div></button></li></ul>
        <button class="sd-action" type="button" role="button">Next</button>
      </form>`);
    expect(await htmlErrors(rendered)).toEqual([]);
    expect(await htmlErrors(surveyjs(`<p>A page of text only</p>`))).toEqual([]);
    // The same markup anywhere else breaks exactly those four rules.
    const elsewhere = await htmlErrors(rendered.replace("sd-root-modern", "not-surveyjs"));
    expect([...new Set(elsewhere.map((line) => line.split(" ")[0]))].sort()).toEqual([...SURVEYJS_EXCEPTIONS].sort());
  });

  it("is still held to every other rule, and the page around it to all of them", async () => {
    const errors = await htmlErrors(
      page(`
        <main>
          <h1>Answer</h1>
          <div class="sd-root-modern"><p id="same">One</p><p id="same">Two</p><input type="text" name="x"></div>
          <form><button type="button" role="button">Outside</button></form>
        </main>`),
    );
    const rules = errors.map((line) => line.split(" ")[0]);
    expect(rules).toEqual(expect.arrayContaining(["no-dup-id", "input-missing-label", "wcag/h32", "no-redundant-role"]));
  });
});
