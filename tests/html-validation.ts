import { HtmlValidate, type ConfigData } from "html-validate";

/**
 * How the browser tests check the markup of every page they visit (tests/e2e/fixtures.ts): each page's rendered DOM
 * inside expectAccessible, and every HTML document the server sent to any of a test's pages.
 *
 * html-validate's `standard` preset is the HTML standard itself: content models, required and allowed attributes,
 * duplicate ids, labels pointing at real controls. On top of it:
 * - `a11y`: the preset's accessibility rules (one name per landmark, buttons with a type and a text, no focusable
 *   element hidden from assistive technology, and WCAG techniques H30, H32, H36, H37, H63, H67, H71);
 * - the rules of the `document` preset that only make sense for a whole page, which is what we validate: a doctype,
 *   headings that do not skip a level, `aria-describedby`/`aria-labelledby`/`for` pointing at ids that exist, every
 *   input labelled, and subresource integrity on anything loaded from another origin (everything of ours is
 *   self-hosted, so this only fires if someone adds a third-party asset, which the anonymity rules forbid anyway).
 *
 * Two rules are narrowed, none is turned off:
 * - `heading-level` lets a page's first heading be an h2, because the GOV.UK error summary ("There is a problem",
 *   an h2) goes above the page's h1 by design: it takes focus when the page loads, so it is read first. Every later
 *   heading must still go down one level at a time, and a second h1 is still an error.
 * - `prefer-native-element` ignores the `button` role. GOV.UK Frontend's own templates render a link that starts
 *   something or leaves (the Start button, Exit this page) as `<a href role="button" class="govuk-button">`: valid
 *   HTML (ARIA in HTML allows the role on a link with href), axe accepts it, and it has to stay a link so that it
 *   works without JavaScript. Every other role (checkbox, link, heading, …) still asks for the native element.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ["html-validate:standard", "html-validate:a11y"],
  rules: {
    "missing-doctype": "error",
    "heading-level": ["error", { minInitialRank: "h2" }],
    "no-missing-references": "error",
    "input-missing-label": "error",
    "require-sri": ["error", { target: "crossorigin" }],
    "prefer-native-element": ["error", { exclude: ["button"] }],
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

/**
 * The errors html-validate finds in one HTML document, one readable line each:
 * `rule-id line:column message (selector)`. An empty list means the document is valid.
 */
export async function htmlErrors(html: string, source = "page"): Promise<string[]> {
  const report = await validator.validateString(html, source);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map(
        (message) =>
          `${message.ruleId} ${message.line}:${message.column} ${message.message}${message.selector ? ` (${message.selector})` : ""}`,
      ),
  );
}
