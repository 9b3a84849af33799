import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSurvey, hasUnsafeHtml } from "./checks";
import { decodeAttributeValue, htmlProblems, isSafeHref, isSafeHtml, sanitiseForDisplay } from "./safe-html";
import type { Localised, SurveyJson } from "./survey-json";

const UNSAFE = [
  // The block-list's misses (issue #10).
  '<img src="x"/onerror="alert(1)">',
  '<svg/onload="alert(1)">',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  // Classic payloads.
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)">',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  "<iframe src=//x></iframe>",
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#0000106avascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="&#x6aavascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="jav&NewLine;ascript:alert(1)">x</a>',
  '<a href="jav&Tab;ascript:alert(1)">x</a>',
  '<a href="&#1;javascript:alert(1)">x</a>',
  '<a href="javascript&#58;alert(1)">x</a>',
  '<a href="javascript&#x3a;alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="file:///etc/passwd">x</a>',
  "<a href=javascript:alert(1)>x</a>",
  "<a href='javascript:alert(1)'>x</a>",
  '<a href="&unknownref;javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<p onclick=alert(1)>x</p>",
  "<p/onclick=alert(1)>x</p>",
  '<p title="x"onclick="alert(1)">x</p>',
  "<p ONCLICK=alert(1)>x</p>",
  '<a href="https://example.org" onmouseover="alert(1)">x</a>',
  "<b onmouseover=alert(1)>bold</b>",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "<!--<script>alert(1)</script>-->",
  "<!-- a note -->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<?xml version='1.0'?>",
  "<!DOCTYPE html>",
  "</ script>",
  "</p onclick=x>",
  "<p class='x",
  '<p title="unterminated>text',
  "<p",
  "<style>body{display:none}</style>",
  "<object data=x></object>",
  "<embed src=x>",
  "<form action=x><input name=y></form>",
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="x">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<img src=x>",
  "<table><tr><td>x</td></tr></table>",
  '<span id="x">clobber</span>',
  '<span data-x="y">x</span>',
  '<a href="x" srcdoc="y">x</a>',
  '<p href="https://example.org">href only on links</p>',
  '<span target="_blank">target only on links</span>',
  "<p>x\0</p>",
  "<scr\0ipt>alert(1)</script>",
  "<bloc\u212Aquote>kelvin sign</bloc\u212Aquote>",
  '"><svg onload="window.__xss=3">',
  "x<y>",
];

const SAFE = [
  // Shipped in surveys/ and in the test fixtures.
  "<h3>Before you go on</h3><p>The next questions ask about domestic abuse and how the police responded.</p>",
  "<h3>Amdanoch chi (dewisol)</h3><p>Mae'r cwestiynau hyn yn ein helpu i wirio ein bod yn trin pawb yr un fath.</p>",
  "<p>Hello <strong>there</strong></p>",
  "<p>Bron â gorffen.</p>",
  "The next questions are about abuse. You can skip any.",
  "Hello there.",
  "",
  // Ordinary formatting an author might write.
  "<p>First line<br>second line<br/>third<br /></p>",
  "<ul><li>One</li><li><em>Two</em></li></ul><ol><li><b>1</b> <i>2</i> <u>3</u></li></ol>",
  '<h2 class="govuk-heading-m">Title</h2><h4>Sub</h4><blockquote lang="cy" dir="ltr">Dyfyniad</blockquote>',
  '<div class="govuk-inset-text"><span title="Independent Domestic Violence Adviser"><abbr title="Independent Domestic Violence Adviser">IDVA</abbr></span></div>',
  '<p>Call <a href="tel:101">101</a> or <a href="tel:+44 20 7946 0000">this number</a>.</p>',
  '<a href="mailto:support@example.org?subject=Help">email us</a>',
  '<a href="https://www.victimandwitnessinformation.org.uk/" target="_blank" rel="noopener noreferrer">Victim and Witness Information</a>',
  '<a href="HTTP://EXAMPLE.ORG">shouting</a>',
  "<a href=https://example.org/path>unquoted</a>",
  '<a href="https://example.org/?a=1&amp;b=2&c=3">query</a>',
  '<a href="/help#contact">help</a> <a href="#top">top</a> <a href="?lng=cy">Cymraeg</a> <a href="contact.html">contact</a>',
  '<a href="/search?q=a:b">a colon after the path</a>',
  "<a>no link</a> <a href>empty link</a>",
  '<P CLASS="x">Upper-case tags are the same tags</P>',
  "<p>Less than: 3 < 5, a heart <3, and x <= y.</p>",
  "<p>Fish &amp; chips &copy; 2024 &nbsp;&#8212;&#x2014; &lt;script&gt; is only text</p>",
  '<p title="a <b> inside an attribute is text">x</p>',
  "<p>Ends with a lone <</p><",
];

describe("the HTML allow-list", () => {
  it.each(UNSAFE)("refuses %s", (html) => {
    expect(isSafeHtml(html)).toBe(false);
    expect(hasUnsafeHtml(html)).toBe(true);
  });

  it.each(SAFE)("allows %s", (html) => {
    expect(htmlProblems(html)).toEqual([]);
    expect(hasUnsafeHtml(html)).toBe(false);
  });

  it("says what is wrong and where", () => {
    expect(htmlProblems('<p onclick="x">a</p><img src=y>')).toEqual([
      { kind: "attribute", tag: "p", name: "onclick", at: 3 },
      { kind: "tag", name: "img", at: 20 },
      { kind: "attribute", tag: "img", name: "src", at: 25 },
      { kind: "unbalanced", name: "img", at: 31 },
    ]);
    expect(htmlProblems('<a href="javascript:x">')).toEqual([
      { kind: "link", value: "javascript:x", at: 3 },
      { kind: "unbalanced", name: "a", at: 23 },
    ]);
    expect(htmlProblems("<p>ok</p><!-- x -->")).toEqual([{ kind: "markup", at: 9 }]);
    expect(htmlProblems('<p title="x')).toEqual([{ kind: "unterminated", at: 0 }]);
  });

  it("decodes references in links as the browser does", () => {
    expect(decodeAttributeValue("a&colon;b&#58;c&#x3A;d&#X3a")).toBe("a:b:c:d:");
    expect(decodeAttributeValue("&#0;&#x110000;&#xD800;")).toBe("\ufffd\ufffd\ufffd");
    expect(decodeAttributeValue("?a=1&amp;b=2&c=3&copy")).toBe("?a=1&b=2&c=3&copy");
    expect(decodeAttributeValue("&copy;")).toBeNull();
    expect(isSafeHref("java\u0000script:x")).toBe(false);
    expect(isSafeHref("\u007fjavascript:x")).toBe(false);
    expect(isSafeHref("https&#x3A;//example.org")).toBe(true);
    expect(isSafeHref("//example.org/x")).toBe(true);
  });

  it("treats SurveyJS placeholders as unsafe, because answers are piped in unescaped", () => {
    expect(isSafeHtml("<p>Thank you, {name}.</p>")).toBe(true);
    expect(hasUnsafeHtml("<p>Thank you, {name}.</p>")).toBe(true);
  });
});

describe("balance: a block never reaches outside itself", () => {
  it.each([
    ['<p><a href="https://example.org">more', "a link left open would wrap the buttons after the block"],
    ['</div></div></div><a href="https://x.example">x</a>', "closing the page's own elements"],
    ["<p>one<p>two</p>", "an element left open"],
    ["<strong><em>x</strong></em>", "end tags out of order"],
    ['<a href="/a"><a href="/b">x</a></a>', "a link inside a link"],
    ["</p>", "an end tag with nothing open"],
  ])("refuses %s (%s)", (html) => {
    expect(htmlProblems(html).some((problem) => problem.kind === "unbalanced")).toBe(true);
    expect(sanitiseForDisplay(html)).not.toContain("<");
  });

  it("accepts nested, closed elements and line breaks", () => {
    expect(htmlProblems('<ul><li><strong>Call</strong> <a href="tel:999">999</a></li></ul><p>a<br>b<br/>c</p>')).toEqual([]);
  });
});

describe("the publishing check", () => {
  const question = { type: "comment", name: "q", title: { default: "Anything else?", cy: "Unrhyw beth arall?" } };
  const survey = (extra: Record<string, unknown>, html: Localised = { default: "<p>Hello</p>", cy: "<p>Helo</p>" }) => ({
    title: { default: "T", cy: "T" },
    pages: [{ name: "p1", elements: [{ type: "html", name: "info", html }, question] }],
    ...extra,
  });
  const unsafe = (json: SurveyJson) =>
    checkSurvey(json, { languages: ["en", "cy"], estimatedMinutes: 10 }).filter((f) => f.rule === "unsafe-html");

  it("checks an information block in every language it holds, offered or not", () => {
    expect(unsafe(survey({}))).toEqual([]);
    const json = survey({}, { default: "<p>Hello</p>", cy: "<p>Helo</p>", fr: "<svg/onload=alert(1)>" });
    expect(unsafe(json)).toEqual([{ rule: "unsafe-html", severity: "error", page: "p1", element: "info", params: {} }]);
  });

  it("checks the survey-wide HTML SurveyJS renders", () => {
    for (const extra of [
      { completedHtml: '<img src=x onerror="alert(1)">' },
      { completedBeforeHtml: { default: "<p>Done</p>", cy: "<script>alert(1)</script>" } },
      { loadingHtml: "<iframe src=//x>" },
      { completedHtmlOnCondition: [{ expression: "{q} notempty", html: '<a href="javascript:x">x</a>' }] },
    ]) {
      expect(unsafe(survey(extra))).toEqual([{ rule: "unsafe-html", severity: "error", params: {} }]);
    }
    expect(unsafe(survey({ completedHtml: "<h2>Thank you</h2><p>You can close this page.</p>" }))).toEqual([]);
  });
});

describe("sanitiseForDisplay", () => {
  it("keeps allowed markup as it is", () => {
    const html = '<h3>Before you go on</h3><p>You can <a href="#skip">skip</a> any question.</p>';
    expect(sanitiseForDisplay(html)).toBe(html);
  });

  it("shows anything else as text, never dropping it", () => {
    expect(sanitiseForDisplay('<p>Hi</p><img src=x onerror="alert(1)">')).toBe(
      "&lt;p&gt;Hi&lt;/p&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
    );
    expect(sanitiseForDisplay("<a href='javascript:x'>&amp;</a>")).toBe(
      "&lt;a href=&#39;javascript:x&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
    for (const html of UNSAFE) expect(sanitiseForDisplay(html)).not.toMatch(/[<>"']/);
  });
});

describe("shipped survey definitions", () => {
  const root = fileURLToPath(new URL("../../surveys/", import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".json"));

  /** Every string held under a key SurveyJS renders as HTML ("html", "completedHtml", …), in any language. */
  function htmlIn(value: unknown, key = ""): string[] {
    if (typeof value === "string") return /html/i.test(key) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((item) => htmlIn(item, key));
    if (typeof value !== "object" || value === null) return [];
    return Object.entries(value).flatMap(([k, v]) => htmlIn(v, /html/i.test(k) ? k : /html/i.test(key) ? key : k));
  }

  it("has templates and information blocks to check", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => htmlIn(JSON.parse(readFileSync(join(root, file), "utf8")))).length).toBeGreaterThan(0);
  });

  it.each(files)("%s has only allowed markup", (file) => {
    for (const html of htmlIn(JSON.parse(readFileSync(join(root, file), "utf8")))) {
      expect(htmlProblems(html), html).toEqual([]);
      expect(hasUnsafeHtml(html), html).toBe(false);
    }
  });
});
