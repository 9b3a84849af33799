import type { Page } from "@playwright/test";
import { expect, expectAccessible, hydrated, signIn, tabTo, test } from "./fixtures";
import { addStaffMember, publishRespondentSurvey, surveyIdOf } from "./respondent-seed";

/**
 * Issue #6's journey, keyboard only: an analyst narrows the figures, codes an answer with a theme of the codebook,
 * accepts a suggested group as a new theme, reads that theme's summary, and works in Welsh. 150 made-up responses
 * (redacted at ingest like a respondent's) give suggestion groups of more than five answers.
 */
const SLUG = "e2e-insights-journey";
const ANALYST = {
  name: "Sam Hughes",
  email: "sam.hughes@example.org",
  password: "lighthouse pebble orchard",
  roles: ["analyst"],
};

test.beforeAll(() => {
  publishRespondentSurvey(SLUG, 150);
  addStaffMember(ANALYST);
});

/** The dashboard's headline count of responses. */
async function responsesShown(page: Page) {
  const text = await page
    .locator("dt", { hasText: /^(Responses|Ymatebion)$/ })
    .locator("xpath=following-sibling::dd[1]")
    .textContent();
  return Number(text?.replace(/,/g, ""));
}

/** Activates the focused control with the keyboard (each step then waits for what the next page shows). */
const press = (page: Page, key: "Enter" | "Space") => page.keyboard.press(key);

test("an analyst filters the figures, codes answers, accepts a suggested theme and reads its summary, keyboard only, in English and Welsh", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const base = `/surveys/${surveyIdOf(SLUG)}`;
  let acceptedTheme = "";
  let tagged = 0;

  await test.step("the analyst signs in", async () => {
    await signIn(page, ANALYST.email, ANALYST.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ANALYST.name}`);
    await expectAccessible(page);
  });

  await test.step("filters the dashboard to Welsh answers, then to a day too small to show", async () => {
    await page.goto(`${base}/insights`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Insights");
    await expectAccessible(page);
    await hydrated(page);
    const everyone = await responsesShown(page);
    expect(everyone).toBe(150);

    const language = page.getByLabel("Language answered in");
    await tabTo(page, language);
    await page.keyboard.type("Welsh");
    await expect(language).toHaveValue("cy");
    await tabTo(page, page.getByRole("button", { name: "Show figures" }));
    await press(page, "Enter");
    await expect(page).toHaveURL(/language=cy/);
    await expect.poll(() => responsesShown(page)).toBeLessThan(everyone);
    expect(await responsesShown(page)).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole("heading", { name: "Responses by language" })).toBeVisible();
    await expectAccessible(page);

    // One day of Welsh answers is a handful of people: the figures are refused, with the reason.
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${base}/insights?language=cy&from=${today}&to=${today}`);
    await expect(page.getByRole("heading", { name: "No figures for these filters" })).toBeVisible();
    await expect(page.getByText(/too few responses|fewer than 5 responses/)).toBeVisible();
    await expect(page.getByLabel("Language answered in")).toHaveValue("cy");
    await expectAccessible(page);
  });

  await test.step("adds a theme to the codebook and codes an answer with it", async () => {
    await page.goto(`${base}/themes`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Themes");
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByLabel("Name in English"));
    await page.keyboard.type("Kindness of officers");
    await tabTo(page, page.getByLabel("Name in Welsh"));
    await page.keyboard.type("Caredigrwydd swyddogion");
    await tabTo(page, page.getByRole("button", { name: "Add theme" }));
    await press(page, "Enter");
    await expect(page.getByRole("link", { name: "Kindness of officers" })).toBeVisible();
    await expectAccessible(page);

    await tabTo(page, page.getByRole("navigation", { name: "Theming" }).getByRole("link", { name: "Code answers" }));
    await press(page, "Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code answers");
    await expectAccessible(page);
    await tabTo(page, page.getByRole("link", { name: /^Code this answer/ }).first());
    await press(page, "Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Answer \d+$/);
    await expectAccessible(page);
    await hydrated(page);
    const kindness = page.getByRole("checkbox", { name: "Kindness of officers" });
    await tabTo(page, kindness);
    await page.keyboard.press("Space");
    await expect(kindness).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Tag passage" }));
    await press(page, "Enter");
    await expect(page.getByText("Passage tagged")).toBeVisible();
    await expect(page.locator("main")).toContainText("Kindness of officers");
    await expectAccessible(page);
  });

  await test.step("accepts a suggested group as a new theme", async () => {
    await page.goto(`${base}/themes/code`);
    await hydrated(page);
    await tabTo(page, page.getByRole("navigation", { name: "Theming" }).getByRole("link", { name: "Suggested themes" }));
    await press(page, "Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suggested themes");
    await expect(page.getByRole("heading", { name: /^Answers about: / }).first()).toBeVisible();
    await expectAccessible(page);
    await tabTo(page, page.getByRole("link", { name: /^Review and decide/ }).first());
    await press(page, "Enter");
    await expect(page.getByRole("heading", { name: "Accept as a new theme" })).toBeVisible();
    await expectAccessible(page);
    await hydrated(page);
    const size = Number((await page.getByText(/^Answers in the group: \d+$/).textContent())?.match(/\d+/)?.[0]);
    expect(size).toBeGreaterThanOrEqual(5);

    const name = page.getByLabel("Name in English");
    await tabTo(page, name);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Suggested: what people said about the same things");
    acceptedTheme = "Suggested: what people said about the same things";
    await tabTo(page, page.getByLabel("Name in Welsh"));
    await page.keyboard.type("Awgrymwyd: beth ddywedodd pobl am yr un pethau");
    await tabTo(page, page.getByRole("button", { name: "Accept and tag the group" }));
    await press(page, "Enter");
    const banner = page.getByText(/^Theme added and \d+ answers tagged$/);
    await expect(banner).toBeVisible();
    tagged = Number((await banner.textContent())?.match(/\d+/)?.[0]);
    expect(tagged).toBe(size);
    await expectAccessible(page);
  });

  await test.step("reads the new theme's summary: respondents (suppressed), trend, sentiment, quotes", async () => {
    await page.goto(`${base}/themes`);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: acceptedTheme }));
    await press(page, "Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(acceptedTheme);
    await expect(page.getByTestId("theme-respondents")).toHaveText(String(tagged));
    await expect(page.getByRole("table", { name: /by the month they answered/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /by the sentiment/ })).toBeVisible();
    await expect(page.locator("main blockquote").first()).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("in Welsh: the summary and the coding screen follow", async () => {
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Awgrymwyd: beth ddywedodd pobl am yr un pethau");
    await expect(page.getByText("Ymatebwyr sy'n sôn amdani")).toBeVisible();
    await expectAccessible(page);

    await page.goto(`${base}/themes/code`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Codio atebion");
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: /^Codio'r ateb hwn/ }).nth(1));
    await press(page, "Enter");
    await expectAccessible(page);
    await hydrated(page);
    const kindness = page.getByRole("checkbox", { name: "Caredigrwydd swyddogion" });
    await tabTo(page, kindness);
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Tagio'r darn" }));
    await press(page, "Enter");
    await expect(page.getByText("Tagiwyd y darn")).toBeVisible();
    await expectAccessible(page);

    await page.goto(`${base}/insights?language=cy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mewnwelediadau");
    await expect(page.getByLabel("Iaith yr atebion")).toHaveValue("cy");
    await expectAccessible(page);
  });
});
