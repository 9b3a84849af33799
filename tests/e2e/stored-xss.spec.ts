import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, expectAccessibleWithoutScripts, respondentScriptRan, signIn, test } from "./fixtures";

/**
 * Issue #10: script and HTML that staff or respondents typed (free-text answers, theme names in English and Welsh,
 * action titles and "we did" text, a panel's name, findings and pack, a survey's title, description, questions and
 * choices) reach every page that shows them as text: nothing runs, no element is made from them, and the reader sees
 * exactly what was typed. The content security policy would stop most of these payloads anyway, so the browser
 * here ignores it: the test proves the pages escape, not that the policy catches what they forgot.
 */
const ORGANISATION = "xss-check";
/** The organisation's one member of staff: admin, analyst and the panel's chair. */
const STAFF = { name: "Rhian Powell", email: "rhian.powell@example.org", password: "quiet river lantern" };

type Seed = {
  organisationSlug: string;
  payloads: string[];
  texts: Record<string, string>;
  answers: string[];
  surveySlug: string;
  surveyId: number;
  engagementId: number;
  responseId: number;
  themeId: number;
  actionId: number;
  panelId: number;
  sessionId: number;
};

let seed: Seed;

test.beforeAll(() => {
  const database = process.env.E2E_DATABASE;
  if (!database) throw new Error("E2E_DATABASE is not set: run the browser tests through playwright.config.ts.");
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "tests/e2e/xss-seed.ts",
      ORGANISATION,
      STAFF.email,
      STAFF.name,
      STAFF.password,
      path.join(path.dirname(database), "xss-seed.json"),
    ],
    { env: { ...process.env, DATABASE_URL: database, NODE_ENV: "test" }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`Could not seed the payloads:\n${result.stderr}`);
  seed = JSON.parse(result.stdout) as Seed;
});

test.use({ bypassCSP: true });

/** Anything a payload would have made had it been parsed as markup. */
const INJECTED = 'img[src="x"], svg[onload], a[href^="javascript:"], [onerror], [onload], [onmouseover]';

const tally = { pages: 0, literal: 0 };

type Expected = {
  /** Texts the page shows in full, as typed. */
  shown?: string[];
  /** Texts of which the page shows at least one (a few quotes out of many answers). */
  someOf?: string[];
  /** Where the texts show; the whole page is searched for injected elements. */
  within?: string;
  /** False for pages opened without JavaScript: nothing can run, so only the markup is checked. */
  scripts?: boolean;
};

/**
 * The checks every page gets: each stored text is there as literal text; hovering and focusing it runs nothing; no
 * element was made from a payload; window.__xss was never set; no dialog opened.
 */
async function expectInert(page: Page, expected: Expected) {
  const { shown = [], someOf = [], within = "main", scripts = true } = expected;
  const where = new URL(page.url()).pathname + new URL(page.url()).search;
  const region = page.locator(within).first();
  // Read once, after the page has loaded and been scanned: innerText is what the reader sees, markup and all.
  const text = await region.innerText();
  expect
    .soft(
      shown.filter((t) => !text.includes(t)),
      `${where}: stored texts missing as literal text`,
    )
    .toEqual([]);
  tally.literal += shown.length;
  if (someOf.length) {
    const seen = someOf.filter((t) => text.includes(t)).length;
    expect.soft(seen, `${where} shows one of ${JSON.stringify(someOf)} as text`).toBeGreaterThan(0);
    tally.literal += seen;
  }
  if (scripts) {
    const spots = region.getByText(/window\.__xss=/);
    const count = Math.min(await spots.count(), 6);
    for (let i = 0; i < count; i += 1) {
      const spot = spots.nth(i);
      if (!(await spot.isVisible())) continue;
      // Forced: some of them sit in visually hidden captions, which the mouse can only pass over.
      await spot.hover({ force: true });
      await spot.focus();
    }
  }
  expect.soft(await page.locator(INJECTED).count(), `${where}: elements made from a payload`).toBe(0);
  if (scripts) {
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      scripts: [...document.scripts].filter((script) => /^\s*window\.__xss/.test(script.textContent ?? "")).length,
    }));
    expect.soft(state, `${where}: a payload ran`).toEqual({ xss: null, scripts: 0 });
  }
  tally.pages += 1;
}

/** Fails the test on any alert, confirm or prompt. */
function refuseDialogs(page: Page, dialogs: string[]) {
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

async function withoutScripts(browser: Browser, dialogs: string[], visit: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  try {
    const page = await context.newPage();
    refuseDialogs(page, dialogs);
    await visit(page);
  } finally {
    await context.close();
  }
}

/** A minimal RFC 4180 reader: the export must quote what it holds, not lose it. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const cell = /("((?:[^"]|"")*)"|[^,\r\n]*)(,|\r?\n|$)/gy;
  for (let match = cell.exec(text); match && match[0] !== ""; match = cell.exec(text)) {
    cells.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]);
  }
  return cells;
}

/** Every string in a JSON document. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

test("stored script and HTML render as text on every page that shows them, with and without JavaScript", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const { texts: x, answers } = seed;
  const dialogs: string[] = [];
  refuseDialogs(page, dialogs);
  const base = `/surveys/${seed.surveyId}`;
  const browserReply = `Browser reply ${seed.payloads[1]} then nothing`;
  const plainReply = `Plain reply ${seed.payloads[0]} then nothing`;
  const survey = [x.pageTitle, x.choiceTitle, x.choiceDescription, x.good, x.bad, x.commentTitle, x.commentDescription];

  await test.step("respondents, with JavaScript: welcome, questions, and an answer full of markup", async () => {
    await page.goto(`/o/${seed.organisationSlug}?lng=en`);
    await expectAccessible(page);
    await expectInert(page, { shown: [x.surveyTitle] });
    await page.goto(`/s/${seed.surveySlug}?lng=en`);
    await expectAccessible(page);
    await expectInert(page, { shown: [x.surveyTitle, x.surveyDescription, x.intro] });
    await page.getByRole("button", { name: "Start the survey" }).click();
    await respondentScriptRan(page);
    await expect(page.getByTestId("page-of")).toBeVisible();
    await expectAccessible(page);
    await expectInert(page, { shown: [x.surveyTitle, ...survey] });
    await page.getByRole("radio", { name: x.good }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("textbox", { name: /^Said/ }).fill(browserReply);
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.locator(".govuk-panel__title")).toHaveText("Thank you");
    await expectAccessible(page);
    await expectInert(page, {});
  });

  await test.step("respondents, without JavaScript: the plain form in English and Welsh", async () => {
    await withoutScripts(browser, dialogs, async (visitor) => {
      await visitor.goto(`/s/${seed.surveySlug}?lng=cy`);
      await expectAccessibleWithoutScripts(visitor);
      await expectInert(visitor, { shown: [x.surveyTitleCy, x.surveyDescriptionCy, x.introCy], scripts: false });
      await visitor.goto(`/s/${seed.surveySlug}/answer?lng=en`);
      await expectAccessibleWithoutScripts(visitor);
      await expectInert(visitor, { shown: [x.surveyTitle, ...survey], scripts: false });
      await visitor.getByRole("group", { name: /^Felt/ }).getByLabel(x.bad, { exact: true }).check();
      await visitor.getByRole("textbox", { name: /^Said/ }).fill(plainReply);
      await visitor.getByRole("button", { name: "Send my answers" }).click();
      await expect(visitor.locator(".govuk-panel__title")).toHaveText("Thank you");
      await expectAccessibleWithoutScripts(visitor);
    });
  });

  await test.step("staff: the survey, its figures and its responses", async () => {
    await signIn(page, STAFF.email, STAFF.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${STAFF.name}`);
    await expectAccessible(page);
    await expectInert(page, {});

    const visits: [string, Expected][] = [
      [base, { shown: [x.surveyTitle] }],
      [`${base}/design`, { shown: [x.surveyTitle, x.pageTitle, x.choiceTitle, x.commentTitle] }],
      [`${base}/insights`, { shown: [x.surveyTitle, x.choiceTitle, x.good, x.bad] }],
      [`${base}/responses`, { shown: [x.surveyTitle, ...answers.slice(0, 6), browserReply, plainReply] }],
      [`${base}/responses/${seed.responseId}`, { shown: [x.surveyTitle, x.choiceTitle, x.good, x.commentTitle, answers[0]] }],
      [`/engagements/${seed.engagementId}`, { shown: [x.engagementTitle, x.purpose, x.surveyTitle] }],
    ];
    for (const [where, expected] of visits) {
      await page.goto(where);
      await expectAccessible(page);
      await expectInert(page, expected);
    }

    // The download the page offers: the CSV holds every answer cell for cell, as a file, never as a page.
    await page.goto(`${base}/responses`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const cells = csvCells(csv);
    for (const text of [...answers, browserReply, plainReply, x.good, x.bad]) {
      expect.soft(cells, `the CSV holds ${JSON.stringify(text)}`).toContain(text);
      tally.literal += 1;
    }
    const json = await page.request.get(`${base}/responses/export?format=json&lng=en`);
    expect(json.headers()["content-type"]).toContain("application/json");
    expect(json.headers()["content-disposition"]).toContain("attachment");
    const strings = stringsOf(await json.json());
    for (const text of [...answers, browserReply, plainReply]) {
      expect.soft(strings, `the JSON export holds ${JSON.stringify(text)}`).toContain(text);
      tally.literal += 1;
    }
  });

  await test.step("staff: the codebook, the coding screens and the theme summary", async () => {
    const visits: [string, Expected][] = [
      [`${base}/themes`, { shown: [x.themeName, x.themeDescription] }],
      [`${base}/themes/code`, { shown: [x.commentTitle, ...answers.slice(0, 6)] }],
      [`${base}/themes/code/${seed.responseId}?question=said`, { shown: [x.commentTitle, answers[0], x.themeName] }],
      [`${base}/themes/${seed.themeId}`, { shown: [x.themeName, x.themeDescription], someOf: answers }],
    ];
    for (const [where, expected] of visits) {
      await page.goto(where);
      await expectAccessible(page);
      await expectInert(page, expected);
    }
  });

  await test.step("staff: the panel, its pack and its record; the action and the action log", async () => {
    const panel = `/panels/${seed.panelId}`;
    const session = `${panel}/sessions/${seed.sessionId}`;
    const visits: [string, Expected][] = [
      ["/panels", { shown: [x.panelName] }],
      [panel, { shown: [x.panelName, x.terms, x.engagementTitle] }],
      [session, { shown: [x.panelName, x.agenda, x.themeName, x.themeDescription, x.engagementTitle], someOf: answers }],
      [`${session}/record`, { shown: [x.panelName, x.themeName, x.finding, x.recommendation, x.toWhom, x.comment] }],
      ["/actions", { shown: [x.actionTitle] }],
      [
        `/actions/${seed.actionId}`,
        {
          shown: [x.actionTitle, x.weDid, x.rationale, x.owningTeam, x.update, x.evidence, x.themeName, x.engagementTitle],
          someOf: answers,
        },
      ],
      ["/actions/report", { shown: [x.actionTitle] }],
    ];
    for (const [where, expected] of visits) {
      await page.goto(where);
      await expectAccessible(page);
      await expectInert(page, expected);
    }
  });

  await test.step("staff, in Welsh: the Welsh theme name, panel name and action title", async () => {
    const visits: [string, Expected][] = [
      [`${base}/themes?lng=cy`, { shown: [x.themeNameCy, x.themeDescriptionCy] }],
      [`/panels/${seed.panelId}/sessions/${seed.sessionId}?lng=cy`, { shown: [x.panelNameCy, x.agendaCy, x.themeNameCy] }],
      [`/actions/${seed.actionId}?lng=cy`, { shown: [x.actionTitleCy, x.weDidCy, x.rationaleCy, x.themeNameCy] }],
    ];
    for (const [where, expected] of visits) {
      await page.goto(where);
      await expectAccessible(page);
      await expectInert(page, expected);
    }
    await page.goto("/?lng=en");
    await expectAccessible(page);
    await expectInert(page, {});
  });

  const publicPage = `/o/${seed.organisationSlug}/you-said-we-did`;
  const english = [x.engagementTitle, x.purpose, x.themeName, x.actionTitle, x.weDid, x.rationale, x.update, x.evidence];

  await test.step("the public page, with and without JavaScript, in English and Welsh", async () => {
    await page.goto(`${publicPage}?lng=en`);
    await expectAccessible(page);
    await expectInert(page, { shown: [...english, ...answers.slice(0, 6)] });
    await page.goto(`${publicPage}?lng=cy`);
    await expectAccessible(page);
    await expectInert(page, { shown: [x.engagementTitleCy, x.purposeCy, x.themeNameCy, x.actionTitleCy, x.weDidCy, x.updateCy] });
    await withoutScripts(browser, dialogs, async (visitor) => {
      await visitor.goto(`${publicPage}?lng=en`);
      await expectAccessibleWithoutScripts(visitor);
      await expectInert(visitor, { shown: [...english, ...answers.slice(0, 6)], scripts: false });
    });
  });

  await test.step("the public JSON and Atom feed carry the text, escaped for what reads them", async () => {
    const json = await page.request.get(`${publicPage}.json`);
    expect(json.headers()["content-type"]).toContain("application/json");
    const strings = stringsOf(await json.json());
    for (const text of [...english, ...answers.slice(0, 6)]) {
      expect.soft(strings, `the public JSON holds ${JSON.stringify(text)}`).toContain(text);
      tally.literal += 1;
    }

    const feed = await page.request.get(`${publicPage}.atom`);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    // Read as a feed reader would: the XML, then each entry's HTML content (parsed, never run).
    const read = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        const html = [...doc.getElementsByTagName("content")].map((content) => content.textContent ?? "").join("\n");
        const body = new DOMParser().parseFromString(html, "text/html").body;
        const injected = 'script, img[src="x"], svg[onload], a[href^="javascript:"], [onerror], [onload], [onmouseover]';
        return {
          wellFormed: doc.getElementsByTagName("parsererror").length === 0,
          xmlElements: doc.querySelectorAll("script, img, svg, a[href^='javascript:'], b").length,
          titles: [...doc.getElementsByTagName("title")].map((title) => title.textContent ?? ""),
          text: body.textContent ?? "",
          injected: body.querySelectorAll(injected).length,
        };
      },
      await feed.text(),
    );
    expect(read.wellFormed).toBe(true);
    expect(read.xmlElements, "elements made from a payload in the feed's XML").toBe(0);
    expect(read.injected, "elements made from a payload in the feed's HTML content").toBe(0);
    expect(read.titles).toContain(x.actionTitle);
    for (const text of [x.engagementTitle, x.purpose, x.themeName, x.weDid, x.update, ...answers.slice(0, 6)]) {
      expect.soft(read.text, `the feed's content shows ${JSON.stringify(text)} as text`).toContain(text);
      tally.literal += 1;
    }
  });

  expect(dialogs, "dialogs opened by a payload").toEqual([]);
  console.log(
    `stored XSS: ${tally.pages} pages × ${seed.payloads.length} payloads checked (${tally.pages * seed.payloads.length} page-payload checks), ${tally.literal} stored texts seen as literal text`,
  );
});
