/**
 * Public SurveyJS definitions written by others (tests/fixtures/surveyjs-public, sources in SOURCES.md), in the
 * browser. Once by hand: a lead pastes one with a trigger into the designer, fixes what the check asks in the
 * question forms and the translation table, ticks the survey's safety items and publishes; people answer it without
 * JavaScript and with it, one in Welsh, and each stores exactly what survey-core stores for the same answers
 * (worked out here, in the test process). Then the same with and without JavaScript over the other fixtures, seeded
 * through the designer's model functions (tests/fixtures/surveyjs-public/seed-e2e.ts) since the import itself is
 * proven above.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import type { Browser, Page } from "@playwright/test";
import { answerWithSurveyCore, loadFixture, PUBLIC_FIXTURES, type PublicFixture, type Script } from "../fixtures/surveyjs-public";
import {
  ADMIN,
  expect,
  expectAccessible,
  expectAccessibleWithoutScripts,
  hydrated,
  respondentScriptRan,
  signIn,
  test,
} from "./fixtures";

const UI_FIXTURE = "copy-address-copyvalue";
const UI_SLUG = "e2e-pub-imported";

/** What a Welsh-speaking lead types into the translation table for the imported survey. */
const WELSH: Record<string, string> = {
  "Billing address (imported)": "Cyfeiriad bilio (wedi'i fewnforio)",
  Address: "Cyfeiriad",
  "Use the address for billing": "Defnyddio'r cyfeiriad ar gyfer bilio",
  "Billing Address": "Cyfeiriad bilio",
};
const REASONS = {
  requiredReason_en: "We need it to send the reply you asked for.",
  requiredReason_cy: "Mae ei angen arnom i anfon yr ateb y gofynnoch amdano.",
  identifyingReason_en: "Only to send the reply you asked for; it is kept apart from your answers and deleted after.",
  identifyingReason_cy: "Dim ond i anfon yr ateb y gofynnoch amdano; caiff ei gadw ar wahân a'i ddileu wedyn.",
};

function database(readonly = true) {
  const file = process.env.E2E_DATABASE;
  if (!file) throw new Error("E2E_DATABASE is not set: run the browser tests through playwright.config.ts.");
  return new Database(file, { readonly });
}

/** The survey's published definition and every response stored for it, free text as written (redaction undone). */
function storedFor(slug: string) {
  const db = database();
  try {
    const version = db
      .prepare(
        "select v.definition from survey_versions v join surveys s on s.id = v.survey_id where s.slug = ? order by v.version desc",
      )
      .get(slug) as { definition: string } | undefined;
    if (!version) throw new Error(`${slug} is not published`);
    const rows = db
      .prepare(
        "select r.answers, r.unredacted_text as unredacted, r.language from responses r join surveys s on s.id = r.survey_id where s.slug = ? order by r.id",
      )
      .all(slug) as { answers: string; unredacted: string; language: string }[];
    return {
      definition: JSON.parse(version.definition) as Record<string, unknown>,
      responses: rows.map((row) => ({
        language: row.language,
        answers: { ...(JSON.parse(row.answers) as object), ...(JSON.parse(row.unredacted) as object) },
      })),
    };
  } finally {
    db.close();
  }
}

const fieldSelector = (name: string) => `[name=${JSON.stringify(`q.${name}`)}]`;

/**
 * A person answering the plain form in the browser: on each page, each scripted question they can see (once), then
 * Continue or Send, again when the page comes back with more to answer; until the thank-you page. Every page is
 * checked with axe and html-validate.
 */
async function answerInBrowser(page: Page, script: Script, javaScript: boolean) {
  const check = javaScript ? expectAccessible : expectAccessibleWithoutScripts;
  const answered = new Set<string>();
  for (let step = 0; step < 20; step += 1) {
    await expect(page.locator("main")).toBeVisible();
    if (await page.locator(".govuk-panel__title").count()) return;
    if (javaScript) await respondentScriptRan(page);
    await check(page);
    if (step === 0)
      await page.screenshot({
        path: test
          .info()
          .outputPath(`first-page-${javaScript ? "js" : "no-js"}-${page.url().includes("lng=cy") ? "cy" : "en"}.png`),
      });
    for (const [name, value] of Object.entries(script)) {
      if (name.endsWith("-Comment") || answered.has(name)) continue;
      const field = page.locator(fieldSelector(name));
      if (!(await field.count())) continue;
      answered.add(name);
      const kind = await field.first().evaluate((el) => (el.tagName === "INPUT" ? (el as HTMLInputElement).type : el.tagName));
      const values = (Array.isArray(value) ? value : [value]).map(String);
      if (kind === "radio" || kind === "checkbox") {
        for (const one of values) await page.locator(`${fieldSelector(name)}[value=${JSON.stringify(one)}]`).check();
      } else if (kind === "SELECT") await field.selectOption(values[0]);
      else await field.fill(values[0]);
      const comment = script[`${name}-Comment`];
      if (typeof comment === "string") await page.locator(fieldSelector(`${name}-Comment`)).fill(comment);
    }
    // Continue or Send as people see them (the form's hidden default button, for Enter, is not one of them).
    await page
      .locator('button[name="intent"][value="next"]:not([aria-hidden]), button[name="intent"][value="submit"]:not([aria-hidden])')
      .first()
      .click();
  }
  throw new Error("the survey did not reach its thank-you page");
}

/** Answers `slug` as a new person, with or without JavaScript, and returns what the server stored for them. */
async function answerAs(browser: Browser, slug: string, script: Script, options: { javaScript: boolean; lng?: string }) {
  const before = storedFor(slug).responses.length;
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript });
  try {
    const page = await context.newPage();
    await page.goto(`/s/${slug}/answer${options.lng ? `?lng=${options.lng}` : ""}`);
    await answerInBrowser(page, script, options.javaScript);
    await expect(page.locator(".govuk-panel__title")).toHaveText(options.lng === "cy" ? "Diolch" : "Thank you");
    await (options.javaScript ? expectAccessible(page) : expectAccessibleWithoutScripts(page));
    expect(await context.cookies()).toEqual([]);
  } finally {
    await context.close();
  }
  const { responses } = storedFor(slug);
  expect(responses.length).toBe(before + 1);
  return responses.at(-1)!;
}

test("a lead imports a public survey with a trigger, fixes what the check asks and publishes; answered with and without JavaScript, in English and Welsh, it stores what survey-core would", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const fixture = PUBLIC_FIXTURES.find((f) => f.name === UI_FIXTURE)!;
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectAccessible(page);
  const sections = page.getByRole("navigation", { name: "Survey sections" });

  await test.step("import the JSON as published", async () => {
    await page.goto("/surveys/new");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("By importing SurveyJS JSON").check();
    const published = readFileSync(new URL(`../fixtures/surveyjs-public/published/${UI_FIXTURE}.txt`, import.meta.url), "utf8");
    await page.getByLabel("SurveyJS JSON to import").fill(published);
    await page.getByLabel("Title in English").fill("Billing address (imported)");
    await page.locator('input[name="languages"][value="cy"]').check();
    const welshTitle = page.locator('[name="title_cy"]');
    if (await welshTitle.count()) await welshTitle.fill(WELSH["Billing address (imported)"]);
    await page.getByLabel("Web address name").fill(UI_SLUG);
    await page.getByRole("button", { name: "Create a survey" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Billing address (imported)");
    await expectAccessible(page);
  });

  await test.step("fix what the check asks, in the question forms and the translation table", async () => {
    for (let round = 0; round < 12; round += 1) {
      await sections.getByRole("link", { name: "Check and publish" }).click();
      // Wait for the check page itself: the page being left also has a heading, and reading its (absent) errors would
      // end the loop early, then the next click would cut this navigation short.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check and publish");
      await expectAccessible(page);
      const errors = page.getByTestId("check-errors").getByRole("link");
      if (!(await errors.count())) break;
      await errors.first().click();
      await expectAccessible(page);
      await hydrated(page);
      if (page.url().includes("/translations")) {
        for (const box of await page.locator("textarea").all()) {
          if (await box.inputValue()) continue;
          const english = (await page.locator(`#en-${(await box.getAttribute("id"))!.slice(3)}`).innerText()).trim();
          await box.fill(WELSH[english] ?? REASONS[english as keyof typeof REASONS] ?? english);
        }
        await page.getByRole("button", { name: "Save translations" }).click();
        await expect(page.locator(".govuk-notification-banner")).toBeVisible();
      } else {
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change question");
        for (const [name, text] of Object.entries(REASONS)) {
          const field = page.locator(`[name="${name}"]`);
          if ((await field.count()) && !(await field.inputValue())) await field.fill(text);
        }
        const welsh = page.locator('[name="title_cy"]');
        if ((await welsh.count()) && !(await welsh.inputValue())) {
          await welsh.fill(WELSH[await page.locator('[name="title_en"]').inputValue()] ?? "");
        }
        await page.getByRole("button", { name: "Save question" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");
        await expectAccessible(page);
      }
    }
    await sections.getByRole("link", { name: "Check and publish" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check and publish");
    await expect(page.getByTestId("check-errors")).toHaveCount(0);
  });

  await test.step("tick the survey's safety items and publish, acknowledging the warnings", async () => {
    await page.getByTestId("gate").getByRole("link").first().click();
    const safety = page.getByTestId("survey-safety");
    await expect(safety).toBeVisible();
    await expectAccessible(page);
    for (const box of await safety.getByRole("checkbox").all()) await box.check();
    await safety.getByRole("button", { name: "Save safety checks" }).click();
    await expect(safety).toContainText("this survey can be opened to respondents");
    await sections.getByRole("link", { name: "Check and publish" }).click();
    await expect(page.getByTestId("gate")).toHaveCount(0);
    await expectAccessible(page);
    for (const box of await page.locator('input[name="acknowledge"]').all()) await box.check();
    await page.getByRole("button", { name: "Publish this version" }).click();
    await expect(page.getByTestId("versions")).toContainText("First version");
    await expectAccessible(page);
  });

  await test.step("the trigger works the same for everyone, and stores what survey-core stores", async () => {
    const { definition } = storedFor(UI_SLUG);
    const expected = answerWithSurveyCore(definition, fixture.script);
    // The copyvalue trigger filled the billing address: the point of this survey.
    expect(expected.BillingAddress).toBe(fixture.script.Address);
    const withoutScripts = await answerAs(browser, UI_SLUG, fixture.script, { javaScript: false });
    expect(withoutScripts).toEqual({ language: "en", answers: expected });
    const inWelsh = await answerAs(browser, UI_SLUG, fixture.script, { javaScript: true, lng: "cy" });
    expect(inWelsh).toEqual({ language: "cy", answers: answerWithSurveyCore(definition, fixture.script, "cy") });
    const withScripts = await answerAs(browser, UI_SLUG, fixture.script, { javaScript: true });
    expect(withScripts).toEqual({ language: "en", answers: expected });
  });
});

/** Question types whose parts post under names of their own (`<question>.<row or panel>.<part>`). */
const COMPOSITE = /"type":\s*"(?:multipletext|matrixdropdown|matrixdynamic|paneldynamic|imagepicker)"/;
const composite = (f: PublicFixture) => COMPOSITE.test(JSON.stringify(loadFixture(f.name)));

/**
 * The other public fixtures, answered in the browser with and without JavaScript. The seven with questions of several
 * parts or an image picker are answered the same way through the server in tests/integration/public-surveys.test.ts,
 * and those types are answered in the browser, both ways, by respondent-complex.spec.ts.
 */
const SAME_EITHER_WAY: PublicFixture[] = PUBLIC_FIXTURES.filter((f) => f.name !== UI_FIXTURE && !composite(f));

test.describe("public SurveyJS definitions answer the same with and without JavaScript", () => {
  test.beforeAll(() => {
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "tests/fixtures/surveyjs-public/seed-e2e.ts",
        ADMIN.slug,
        ADMIN.email,
        ...SAME_EITHER_WAY.map((f) => f.name),
      ],
      { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE, NODE_ENV: "test" }, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`Could not publish the public fixtures:\n${result.stderr}`);
  });

  test("at least ten of them are answered in the browser", () => expect(SAME_EITHER_WAY.length + 1).toBeGreaterThanOrEqual(10));

  for (const fixture of SAME_EITHER_WAY) {
    test(fixture.name, async ({ page, browser }) => {
      const slug = `e2e-pub-${fixture.name}`.slice(0, 60);
      // The fixture's own page is scanned like every other: the welcome page, once.
      await page.goto(`/s/${slug}`);
      await expectAccessible(page);
      const expected = answerWithSurveyCore(storedFor(slug).definition, fixture.script);
      const without = await answerAs(browser, slug, fixture.script, { javaScript: false });
      const withScripts = await answerAs(browser, slug, fixture.script, { javaScript: true });
      expect(without.answers).toEqual(expected);
      expect(withScripts.answers).toEqual(expected);
    });
  }
});
