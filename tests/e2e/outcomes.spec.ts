import { spawnSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  expectAccessibleWithoutScripts,
  hydrated,
  respondentScriptRan,
  signIn,
  signOut,
  test,
} from "./fixtures";

/**
 * Issue 20 part B's journey (part A's clicks are tests/e2e/commissioning.spec.ts): a PCC office commissions three
 * services through a published framework, each running its outcome survey with a start-of-support and an
 * end-of-support channel (seeded by tests/e2e/outcomes-seed.ts through the demo's functions). Two people answer the
 * hub's survey at the start of their support with JavaScript, keep the pair code from the thank-you page, and type
 * it at the end of their support without JavaScript, one of them in Welsh. The PCC sees the comparison with the
 * small service suppressed, the printable return and the CSV (services, no answer text); the hub sees its own
 * figures beside the average, and nothing of the other services.
 */
type Service = {
  slug: string;
  surveySlug: string;
  surveyId: number;
  name: string;
  nameCy: string;
  admin: { name: string; email: string; password: string };
  startCode: string;
  endCode: string;
};
type Seeded = {
  pcc: { name: string; nameCy: string; admin: string; email: string; password: string };
  links: { theme: string; themeCy: string; description: string; action: string; panel: string; passages: string[] };
  quarter: string;
  services: [Service, Service, Service];
};

function seed(...args: string[]): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", "tests/e2e/outcomes-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE, NODE_ENV: "test" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`outcomes seed failed:\n${result.stderr}`);
  return result.stdout.trim().split("\n").at(-1) ?? "";
}

let seeded: Seeded;
test.beforeAll(() => {
  seeded = JSON.parse(seed("setup")) as Seeded;
});

/** Words typed into the hub's own open question: they must never reach the PCC's return. */
const OPEN_TEXT = { en: "The evening phone calls kept me going", cy: "Roedd y galwadau ffôn gyda'r nos yn help mawr" };
const RESPONDENT = {
  en: { start: "Start the survey", send: "Send my answers", thanks: "Thank you", exit: /Exit this page/ },
  cy: { start: "Dechrau'r arolwg", send: "Anfon fy atebion", thanks: "Diolch", exit: /Gadael y dudalen hon/ },
};

/**
 * Chooses the `option`th answer (0 "A lot", 1 "A little", 2 "Not at all") of the `question`th question (0 coping,
 * 1 feeling safer), the same in either language.
 */
async function choose(page: Page, question: number, option: number) {
  await page.getByRole("group").nth(question).getByRole("radio").nth(option).check();
}

/** At the start of support, with JavaScript: answers two questions and returns the pair code the thank-you page gives. */
async function answerAtStart(page: Page, hub: Service, lng: "en" | "cy") {
  const words = RESPONDENT[lng];
  await page.goto(`/s/${hub.surveySlug}?ch=${hub.startCode}&lng=${lng}`);
  await respondentScriptRan(page);
  await expect(page.getByRole("button", { name: words.exit })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: words.start }).click();
  await respondentScriptRan(page);
  await expect(page.getByRole("button", { name: words.exit })).toBeVisible();
  await expect(page.getByTestId("pair-code-field")).toHaveCount(0);
  await choose(page, 0, 1);
  await choose(page, 1, 2);
  await expectAccessible(page);
  await page.getByRole("button", { name: words.send }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText(words.thanks);
  await expect(page.getByRole("button", { name: words.exit })).toBeVisible();
  const code = ((await page.getByTestId("pair-code-value").textContent()) ?? "").trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expectAccessible(page);
  return code;
}

/** At the end of support, without JavaScript: types the code kept from the start, answers and sends. */
async function answerAtEnd(browser: Browser, hub: Service, lng: "en" | "cy", code: string) {
  const words = RESPONDENT[lng];
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const visit = await context.newPage();
    await visit.goto(`/s/${hub.surveySlug}?ch=${hub.endCode}&lng=${lng}`);
    await expect(visit.getByRole("button", { name: words.exit })).toBeVisible();
    await expectAccessibleWithoutScripts(visit);
    await visit.getByRole("button", { name: words.start }).click();
    const field = visit.getByLabel(
      lng === "cy" ? /Eich cod o ddechrau eich cymorth/ : /Your code from the start of your support/,
    );
    await expect(field).toBeVisible();
    await expect(visit.getByRole("button", { name: words.exit })).toBeVisible();
    await expectAccessibleWithoutScripts(visit);
    await field.fill(code);
    await choose(visit, 0, 0);
    await choose(visit, 1, 1);
    await visit.locator("textarea").fill(OPEN_TEXT[lng]);
    await visit.getByRole("button", { name: words.send }).click();
    await expect(visit.locator(".govuk-panel__title")).toHaveText(words.thanks);
    await expect(visit.getByTestId("pair-code")).toHaveCount(0);
    await expect(visit.getByRole("button", { name: words.exit })).toBeVisible();
    await expectAccessibleWithoutScripts(visit);
  } finally {
    await context.close();
  }
}

async function signInAs(page: Page, person: { name: string; email: string; password: string }) {
  await signIn(page, person.email, person.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${person.name}`);
  await expectAccessible(page);
}

async function chooseQuarter(page: Page, quarter: string) {
  await hydrated(page);
  await page.getByLabel("Quarter").selectOption(quarter);
  await page.getByRole("button", { name: "Show quarter" }).click();
  await expect(page).toHaveURL(new RegExp(`quarter=${quarter}`));
}

test("respondents pair their start and end answers (with and without JavaScript, one in Welsh); the PCC compares services with the small one suppressed and downloads the return; the service sees only its own figures and the average", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const [hub, isva, outreach] = seeded.services;

  await test.step("two people answer at the start of support with JavaScript and at the end without, one in Welsh", async () => {
    for (const lng of ["en", "cy"] as const) {
      const code = await answerAtStart(page, hub, lng);
      await answerAtEnd(browser, hub, lng, code);
    }
    // The eight seeded pairs and the two just made: each end answer's code matched its start answer's.
    expect(seed("pairs", String(hub.surveyId))).toBe("10");
  });

  await test.step("the PCC admin sees the comparison, the small service shown only as fewer than the threshold", async () => {
    await signInAs(page, { name: seeded.pcc.admin, email: seeded.pcc.email, password: seeded.pcc.password });
    await page.getByRole("link", { name: "Outcomes", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outcomes across commissioned services");
    await expectAccessible(page);
    await chooseQuarter(page, seeded.quarter);
    await expect(page.getByTestId("return-status")).toContainText("This quarter is still open");
    const responses = page.getByTestId("responses-table");
    const row = (name: string) => responses.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    // Hub: 16 single answers and 8 seeded pairs, and the four answers just given; ISVA: 14 and 6 pairs.
    await expect(row(hub.name).getByRole("cell")).toHaveText("36");
    await expect(row(isva.name).getByRole("cell")).toHaveText("26");
    await expect(row(outreach.name).getByRole("cell")).toHaveText(/^fewer than \d+$/);
    const coping = page.getByTestId("measure-cr_coping");
    // The hub's answered count is shown; the small service's is not (and no share of it either).
    await expect(coping.getByRole("row").filter({ hasText: hub.name }).getByRole("cell").first()).toHaveText(/^\d+$/);
    await expect(coping.getByRole("row").filter({ hasText: outreach.name }).getByRole("cell").first()).not.toHaveText(/^\d+$/);
    await expect(coping.getByRole("row").filter({ hasText: outreach.name })).not.toContainText("%");
    await expectAccessible(page);
  });

  await test.step("the PCC admin opens the printable return and downloads the CSV: services, and no answer text", async () => {
    const csvHref = await page.getByRole("link", { name: "Download the quarterly return (CSV)" }).getAttribute("href");
    await page.getByRole("link", { name: "Printable quarterly return" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Quarterly outcome return: /);
    for (const service of [hub, isva, outreach]) await expect(page.locator("main")).toContainText(service.name);
    await expect(page.locator("main")).toContainText(/fewer than \d+/);
    await expectAccessible(page);

    const csv = await page.request.get(csvHref ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toContain("attachment");
    const text = await csv.text();
    for (const service of [hub, isva, outreach]) expect(text).toContain(service.name);
    expect(text).toContain("Provisional (quarter still open)");
    expect(text).toMatch(/fewer than \d+/);
    for (const words of Object.values(OPEN_TEXT)) expect(text).not.toContain(words);
    expect(text).not.toContain("open-do-better");
  });

  await test.step("the PCC admin links a theme the hub shares to an action and a panel pack, and reads the pack without the hub's words", async () => {
    const { links } = seeded;
    await page.goto("/commissioning/themes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Themes shared by services");
    await expectAccessible(page);
    await page.getByRole("link", { name: new RegExp(`^Link to an action or a panel pack ?: ${links.theme}$`) }).click();
    const panel = page.getByTestId("link-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(`Link “${links.theme}” from ${hub.name}`);
    await expectAccessible(page);
    await hydrated(page);
    await panel.getByLabel("Link it to an action").selectOption({ label: links.action });
    await panel.getByRole("button", { name: "Link to this action" }).click();
    await expect(page.getByText("The theme is linked to the action")).toBeVisible();
    await panel.getByLabel("Add it to the pack of a panel session").selectOption({ index: 1 });
    await panel.getByRole("button", { name: "Add to this pack" }).click();
    await expect(page.getByText("The theme is in the session's pack")).toBeVisible();
    await expectAccessible(page);

    await panel.getByRole("link", { name: links.action }).click();
    const onAction = page.getByTestId("action-shared-themes");
    await expect(onAction).toContainText(links.theme);
    await expect(onAction).toContainText(`Shared by ${hub.name}`);
    await expectAccessible(page);

    await page.goBack();
    await page
      .getByTestId("link-panel")
      .getByRole("link", { name: new RegExp(`^${links.panel}, `) })
      .click();
    await expect(page.getByTestId("session-shared-themes")).toContainText(links.theme);
    await hydrated(page);
    await page.getByRole("button", { name: "Issue the pack" }).click();
    const pack = page.getByTestId("pack-shared-themes");
    await expect(pack).toContainText(links.theme);
    await expect(pack).toContainText(links.description);
    await expect(pack.getByTestId("linked-shared-theme").getByRole("definition").first()).toHaveText(/^\d+$/);
    await expectAccessible(page);
    const sessionUrl = new URL(page.url());
    await page.goto(`${sessionUrl.pathname}?lng=cy`);
    await expect(page.getByTestId("pack-shared-themes")).toContainText(links.themeCy);
    await expect(page.getByTestId("pack-shared-themes")).toContainText("Themâu a rennir gan wasanaethau a gomisiynir");
    await expectAccessible(page);
    // Nothing the hub's respondents wrote reaches the pack (the coded passages, and the words typed above).
    const body = await page.content();
    for (const words of [...links.passages, ...Object.values(OPEN_TEXT)]) expect(body).not.toContain(words);
    await page.goto(`${sessionUrl.pathname}?lng=en`);
    await expect(page.getByTestId("pack-shared-themes")).toContainText(links.theme);
    await expectAccessible(page);
  });

  await test.step("the comparison in Welsh", async () => {
    await page.goto(`/outcomes?quarter=${seeded.quarter}&lng=cy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Canlyniadau ar draws gwasanaethau a gomisiynwyd");
    await expect(page.getByTestId("responses-table")).toContainText(hub.nameCy);
    await expect(page.getByTestId("responses-table")).toContainText(/llai na \d+/);
    await expect(page.getByRole("link", { name: "Lawrlwytho'r datganiad chwarterol (CSV)" })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/outcomes?quarter=${seeded.quarter}&lng=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outcomes across commissioned services");
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the hub's admin sees its own figures beside the average, and no other service anywhere", async () => {
    await signInAs(page, hub.admin);
    await page.getByRole("link", { name: "Our outcomes", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our outcomes");
    await expectAccessible(page);
    await chooseQuarter(page, seeded.quarter);
    const section = page.getByTestId("service-outcomes");
    await expect(section).toContainText(`Commissioned by ${seeded.pcc.name}`);
    await expect(page.getByTestId("own-responses")).toHaveText("Responses this quarter: 36");
    const own = page.getByTestId("own-table");
    // One row per framework measure, each with the average of all the services beside it.
    await expect(own.getByRole("row").filter({ hasText: "cope with everyday life" })).toHaveCount(1);
    await expect(own.getByTestId("average")).toHaveCount(7);
    await expect(own.getByTestId("average").first()).not.toHaveText("");
    const body = (await page.locator("body").innerText()) + (await page.content());
    for (const other of [isva, outreach]) {
      for (const name of [other.name, other.nameCy, other.slug]) expect(body).not.toContain(name);
    }
    await expectAccessible(page);
    await signOut(page);
  });
});
