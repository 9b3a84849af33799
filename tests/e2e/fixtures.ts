import AxeBuilder from "@axe-core/playwright";
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test as base, type BrowserContext, type Locator, type Page, type Response } from "@playwright/test";
import { htmlErrors } from "../html-validation";

/** The first admin made by first-run.spec.ts; the later specs sign in with it. */
export const ADMIN = {
  name: "Alex Morgan",
  email: "alex.morgan@example.org",
  password: "kettle harbour lantern",
  organisation: "Gwent Police",
  organisationCy: "Heddlu Gwent",
  slug: "gwent",
};

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Scans the page as it is now with axe (WCAG 2.2 AA rules) and html-validate (tests/html-validation.ts), and fails on
 * any violation or markup error.
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  await expectValidHtml(page);
  await expectRespondentStyles(page);
  scanned.get(page)?.add(pathOf(page.url()));
}

const GOVUK_COMPONENTS = new Set(
  readdirSync(path.resolve("node_modules/govuk-frontend/dist/govuk/components"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name),
);
const RESPONDENT_COMPONENTS = new Set(
  [...readFileSync(path.resolve("app/styles/_respondent-components.scss"), "utf8").matchAll(/components\/([a-z-]+)"/g)].map(
    (match) => match[1],
  ),
);

/**
 * Respondent pages load respondent.scss, which holds only the GOV.UK components listed in _respondent-components.scss:
 * a respondent page using another component (a class such as `govuk-table__cell`) would be unstyled for victims while
 * looking right to staff. Fails naming each such class.
 */
async function expectRespondentStyles(page: Page) {
  if (!/^\/(s|o)(\/|$)/.test(pathOf(page.url()))) return;
  const unstyled = new Set<string>();
  for (const match of (await page.content()).matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of match[1].split(/\s+/)) {
      if (!name.startsWith("govuk-")) continue;
      const component = name.slice("govuk-".length).split(/__|--/)[0];
      if (GOVUK_COMPONENTS.has(component) && !RESPONDENT_COMPONENTS.has(component)) unstyled.add(name);
    }
  }
  expect([...unstyled], `GOV.UK components on ${page.url()} that app/styles/_respondent-components.scss leaves out`).toEqual([]);
}

/**
 * The HTML the server sent for each document a test's pages loaded (any page, any browser context, any frame). The
 * rendered DOM is what people meet, but the served HTML is what a browser without scripts (or before hydration)
 * parses, so it is validated too: a page's latest document when the page is checked, every other one when the test
 * ends, so that no document a test loaded goes unvalidated.
 */
type Served = { url: string; html: Promise<string | null>; checked: boolean };
const latestServed = new WeakMap<Page, Served>();
let servedThisTest: Served[] = [];

function keepServedHtml(page: Page) {
  page.on("response", (response: Response) => {
    const request = response.request();
    const isHtml = (response.headers()["content-type"] ?? "").startsWith("text/html");
    if (!request.isNavigationRequest() || !isHtml) return;
    if (response.status() >= 300 && response.status() < 400) return;
    const served: Served = { url: response.url(), html: response.text().catch(() => null), checked: false };
    servedThisTest.push(served);
    if (response.frame() === page.mainFrame()) latestServed.set(page, served);
  });
}

async function servedErrors(served: Served) {
  served.checked = true;
  const html = await served.html;
  return html === null ? [] : (await htmlErrors(html, served.url)).map((error) => `served ${served.url}: ${error}`);
}

/**
 * Fails with one line per html-validate error (rule, line:column, message, element) in the page's DOM as it is now,
 * and in the HTML the server sent for it if that has not been checked yet.
 */
export async function expectValidHtml(page: Page) {
  const errors = (await htmlErrors(await page.content(), page.url())).map((error) => `rendered: ${error}`);
  const served = latestServed.get(page);
  if (served && !served.checked) errors.push(...(await servedErrors(served)));
  expect(errors, `HTML errors on ${page.url()}`).toEqual([]);
}

/**
 * For pages opened with JavaScript disabled, where axe cannot run: scans a copy
 * of the page as served (same HTML, same stylesheets from the server) in a
 * second page that runs scripts, and counts it as the scan of this page.
 */
export async function expectAccessibleWithoutScripts(page: Page) {
  const html = await page.content();
  const url = new URL(page.url());
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.goto(`${url.origin}/healthz`);
    await copy.setContent(html, { waitUntil: "load" });
    const results = await new AxeBuilder({ page: copy }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary, `axe violations on ${page.url()} (without scripts)`).toEqual([]);
  } finally {
    await context.close();
  }
  await expectValidHtml(page);
  await expectRespondentStyles(page);
  scanned.get(page)?.add(pathOf(page.url()));
}

const scanned = new WeakMap<Page, Set<string>>();
const pathOf = (url: string) => new URL(url).pathname;

/**
 * Every test gets a page that (1) fails if any request leaves this machine,
 * (2) fails on console errors such as CSP violations or hydration errors,
 * (3) fails if it visited a page that no axe scan and markup check covered,
 * and (4) fails if any document the server sent to any of its pages is not valid HTML.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const offMachine: string[] = [];
    const consoleErrors: string[] = [];
    const visited = new Set<string>();
    scanned.set(page, new Set());
    // Every request of every browser context the test opens (its own page, and any it makes without JavaScript).
    let requests = 0;
    const watch = (context: BrowserContext) => {
      context.on("request", (request) => {
        requests += 1;
        const host = new URL(request.url()).hostname;
        if (!["127.0.0.1", "localhost"].includes(host) && !request.url().startsWith("data:")) offMachine.push(request.url());
      });
      context.on("page", keepServedHtml);
    };
    watch(page.context());
    servedThisTest = [];
    keepServedHtml(page);
    const browser = page.context().browser()!;
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      watch(context);
      return context;
    };
    page.on("console", (message) => {
      // A form answered with 400 or a kind 404 page logs "Failed to load resource"; failed assets are caught below.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) consoleErrors.push(message.text());
    });
    page.on("response", (response) => {
      if (
        response.request().resourceType() !== "document" &&
        response.request().resourceType() !== "fetch" &&
        response.status() >= 400
      ) {
        consoleErrors.push(`${response.status()} for ${response.url()}`);
      }
    });
    page.on("framenavigated", (frame) => {
      // A browser error page (for example "Confirm form resubmission" after Back) is the browser's, not ours to scan.
      if (frame === page.mainFrame() && !frame.url().startsWith("chrome-error:")) visited.add(pathOf(frame.url()));
    });
    await use(page);
    browser.newContext = newContext;
    // For the run's summary (tests/e2e/anonymity-scan.ts): how many requests were watched, and how many left.
    if (process.env.E2E_SERVER_LOG)
      appendFileSync(path.join(path.dirname(process.env.E2E_SERVER_LOG), "requests.log"), `${requests} ${offMachine.length}\n`);
    expect(offMachine, "requests that left 127.0.0.1").toEqual([]);
    expect(consoleErrors, "console errors").toEqual([]);
    const unscanned = [...visited].filter((p) => !scanned.get(page)?.has(p));
    expect(unscanned, "pages visited without an axe scan and markup check").toEqual([]);
    const unchecked = servedThisTest.filter((served) => !served.checked);
    expect((await Promise.all(unchecked.map(servedErrors))).flat(), "HTML errors in documents the server sent").toEqual([]);
  },
});

/** Respondent pages load no React: waits until their own small script (/respondent.js) has run. */
export async function respondentScriptRan(page: Page) {
  await expect(page.locator("html[data-vv-enhanced=true]")).toHaveCount(1);
}

/** Waits until React has hydrated, so typing is not lost. */
export async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated=true]")).toHaveCount(1);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await hydrated(page);
  await page.getByLabel(/Email address|Cyfeiriad e-bost/).fill(email);
  await page.getByLabel(/^(Password|Cyfrinair)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Mewngofnodi)$/ }).click();
}

/** Signs out from any staff page, in either language. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^(Sign out|Allgofnodi)$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(Sign in|Mewngofnodi)$/);
}

/** Presses Tab until `target` has focus (as a keyboard user would), failing after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 120) {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

export { expect };
