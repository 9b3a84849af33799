import { describe, expect, it } from "vitest";
import { htmlErrors } from "../html-validation";

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
