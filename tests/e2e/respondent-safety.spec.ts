/**
 * Respondent safety under real conditions (issue #18), in the browser, with and without JavaScript, in English and
 * Welsh: Back after Exit this page shows no answer, Enter moves forward and never changes the language, long answers
 * have a limit and a count, a survey sent empty stores nothing, a refused send keeps the person in the survey's care,
 * the save page gives a full address, a busy journey is told the real wait, and after sending (a 303 to the thank-you
 * page) a reload sends nothing again and Back shows no answer.
 */
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectAccessibleWithoutScripts, respondentScriptRan, test } from "./fixtures";
import { publishRespondentSurvey, responsesTo, setQuickExit } from "./respondent-seed";

const SLUG = "e2e-safety";
const OPTIONAL = "e2e-optional";
const EXIT_PATH = "/accessibility";

test.beforeAll(() => {
  publishRespondentSurvey(SLUG);
  publishRespondentSurvey(OPTIONAL, "optional");
  setQuickExit(`http://127.0.0.1:${process.env.E2E_PORT}${EXIT_PATH}`);
});

/** What would give an answer away if the browser showed this page again: ticks, typed text, the hidden journey. */
async function expectNoAnswerShown(page: Page, typed: string) {
  const html = await page.content().catch(() => "");
  expect(html).not.toContain(typed);
  expect(html).not.toMatch(/&quot;reported&quot;:&quot;no&quot;|"reported":"no"/);
  expect(await page.locator("input:checked").count()).toBe(0);
}

/**
 * After sending (Post/Redirect/Get): the thank-you page's address holds only the language and an opaque token;
 * reloading it stores nothing more and says the same; Back shows no answer. Returns the thank-you address.
 */
async function sendThenReloadAndGoBack(
  page: Page,
  typed: string,
  thanksTitle: RegExp,
  expectPage: (page: Page) => Promise<void>,
) {
  const before = responsesTo(OPTIONAL).length;
  await expect(page.locator(".govuk-panel__title")).toHaveText(thanksTitle);
  await expect(page).toHaveURL(new RegExp(`/s/${OPTIONAL}/thanks\\?lng=(en|cy)&t=[\\w.-]+$`));
  expect(page.url()).not.toContain(encodeURIComponent(typed.split(" ")[0]));
  await expect(page.getByRole("button", { name: /Exit this page|Gadael y dudalen hon/ })).toBeVisible();
  await expect(page.locator("aside")).toContainText("999");
  await expectPage(page);
  const address = page.url();
  await page.reload();
  await expect(page.locator(".govuk-panel__title")).toHaveText(thanksTitle);
  expect(page.url()).toBe(address);
  expect(responsesTo(OPTIONAL).length, "a reload stores nothing more").toBe(before);
  await page.goBack();
  await page.waitForLoadState();
  await expectNoAnswerShown(page, typed);
  // The page before was a survey page fetched afresh (never kept by the browser): a new start, checked like any other.
  await expectPage(page);
  expect(responsesTo(OPTIONAL).length, "Back stores nothing more").toBe(before);
  return address;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Exit this page, then Back: no answer is shown", async ({ page }) => {
    await page.goto(`/s/${SLUG}`);
    await expectAccessibleWithoutScripts(page);
    await page.getByRole("button", { name: "Start the survey" }).click();
    await expectAccessibleWithoutScripts(page);
    await page
      .getByRole("group", { name: /Did you report/ })
      .getByLabel("No", { exact: true })
      .check();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("In your own words");
    await page.getByLabel(/What could we do better/).fill("He lives at number twelve");
    await page.getByRole("button", { name: /Exit this page/ }).click();
    await expect(page).toHaveURL(new RegExp(`${EXIT_PATH}$`));
    await expectAccessibleWithoutScripts(page);
    // The page with the answers was the answer to a form, never stored: the browser can only offer to send it again.
    await page.goBack().catch(() => null);
    await expectNoAnswerShown(page, "He lives at number twelve");
  });

  test("in Welsh: Enter in a field sends (never switches language); a survey sent empty stores nothing", async ({ page }) => {
    const before = responsesTo(OPTIONAL).length;
    await page.goto(`/s/${OPTIONAL}/answer?lng=cy`);
    await expectAccessibleWithoutScripts(page);
    await page.getByRole("button", { name: "Anfon fy atebion", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nid ydych wedi ateb unrhyw gwestiynau");
    await expectAccessibleWithoutScripts(page);
    expect(responsesTo(OPTIONAL).length).toBe(before);

    await page.getByRole("button", { name: "Mynd yn ôl at y cwestiynau" }).click();
    await expectAccessibleWithoutScripts(page);
    await page.getByLabel(/Ym mha dref/).fill("Abertawe");
    await page.getByLabel(/Ym mha dref/).press("Enter");
    await expect(page.locator(".govuk-panel__title")).toHaveText("Diolch");
    await expectAccessibleWithoutScripts(page);
    const stored = responsesTo(OPTIONAL);
    expect(stored.length).toBe(before + 1);
    expect(stored.at(-1)).toMatchObject({ language: "cy", answers: { town: "Abertawe" } });
  });

  test("after sending: the thank-you page reloads without sending again, and Back shows no answer", async ({ page }) => {
    const before = responsesTo(OPTIONAL).length;
    await page.goto(`/s/${OPTIONAL}/answer`);
    await page.getByLabel(/Which town/).fill("Llandudno");
    await page.getByLabel(/Anything else/).fill("Quiet words about number twelve");
    await page.getByRole("button", { name: "Send my answers", exact: true }).click();
    await sendThenReloadAndGoBack(page, "Quiet words about number twelve", /^Thank you$/, expectAccessibleWithoutScripts);
    expect(responsesTo(OPTIONAL).length).toBe(before + 1);
    expect(responsesTo(OPTIONAL).at(-1)).toMatchObject({ answers: { town: "Llandudno" } });
  });

  test("long answers have a limit; a send too large for the server gets the survey's own page, in Welsh", async ({ page }) => {
    await page.goto(`/s/${OPTIONAL}/answer?lng=cy`);
    await expectAccessibleWithoutScripts(page);
    await expect(page.getByLabel(/Unrhyw beth arall/)).toHaveAttribute("maxlength", "5000");
    await expect(page.locator("main")).toContainText("Gallwch ysgrifennu hyd at 5,000 o nodau.");
    // A hand-made page could still send more than the server takes (1 MiB).
    await page.getByLabel(/Unrhyw beth arall/).evaluate((box) => box.removeAttribute("maxlength"));
    await page.getByLabel(/Unrhyw beth arall/).fill("x".repeat(1_100_000));
    await page.getByRole("button", { name: "Anfon fy atebion", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roedd hynny'n ormod i'w anfon ar unwaith");
    await expect(page.getByRole("button", { name: /Gadael y dudalen hon/ })).toBeVisible();
    await expect(page.locator("aside")).toContainText("999");
    await expectAccessibleWithoutScripts(page);
    await page.getByRole("link", { name: "Mynd yn ôl i'r arolwg" }).click();
    await expect(page).toHaveURL(new RegExp(`/s/${OPTIONAL}\\?lng=cy$`));
    await expectAccessibleWithoutScripts(page);
  });

  test("the save page gives the whole address to come back to, in Welsh", async ({ page }) => {
    await page.goto(`/s/${SLUG}/answer?lng=cy`);
    await page
      .getByRole("group", { name: /Wnaethoch chi roi gwybod/ })
      .getByLabel("Naddo", { exact: true })
      .check();
    await page.getByRole("button", { name: "Cadw a dod yn ôl yn nes ymlaen" }).click();
    await expect(page.getByTestId("resume-url")).toHaveText(`http://127.0.0.1:${process.env.E2E_PORT}/s/${SLUG}/resume?lng=cy`);
    await expectAccessibleWithoutScripts(page);
  });
});

test.describe("with JavaScript", () => {
  test("in Welsh: Exit this page, then Back: no answer is shown", async ({ page }) => {
    await page.goto(`/s/${SLUG}?lng=cy`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Dechrau'r arolwg" }).click();
    await respondentScriptRan(page);
    await expectAccessible(page);
    await page
      .getByRole("group", { name: /Wnaethoch chi roi gwybod/ })
      .getByLabel("Naddo", { exact: true })
      .check();
    await page.getByRole("button", { name: "Parhau", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yn eich geiriau eich hun");
    await page.getByLabel(/Beth allen ni ei wneud yn well/).fill("Mae e'n byw yn rhif deuddeg");
    await page.getByRole("button", { name: /Gadael y dudalen hon/ }).click();
    await expect(page).toHaveURL(new RegExp(`${EXIT_PATH}$`));
    await expectAccessible(page);
    // Exit this page replaced the answered page in history and emptied it first: whatever Back shows holds no answer.
    await page.goBack().catch(() => null);
    await page.waitForLoadState();
    await expectNoAnswerShown(page, "Mae e'n byw yn rhif deuddeg");
    // The browser either offers to send the form again (its own page) or, from its back-forward cache, the emptied
    // page loads itself afresh: a new start, which is ours to check.
    if (!page.url().startsWith("chrome-error:")) await expectAccessible(page);
  });

  test("Enter in a field sends; nothing answered asks first; the long-answer count and message name the question", async ({
    page,
  }) => {
    const before = responsesTo(OPTIONAL).length;
    await page.goto(`/s/${OPTIONAL}/answer`);
    await respondentScriptRan(page);
    await expectAccessible(page);
    await page.getByLabel(/Which town/).press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have not answered any questions");
    await expectAccessible(page);
    expect(responsesTo(OPTIONAL).length).toBe(before);
    await page.getByRole("button", { name: "Go back to the questions" }).click();

    const box = page.getByLabel(/Anything else/);
    await expect(box).not.toHaveAttribute("maxlength", /.*/);
    await expect(page.getByTestId("character-count")).toHaveText("You have 5,000 characters remaining");
    await box.fill("y".repeat(5_010));
    await expect(page.getByTestId("character-count")).toHaveText("You have 10 characters too many");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send my answers", exact: true }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(
      "Your answer to “Anything else?” has 5,010 characters. It must be 5,000 characters or fewer.",
    );
    await expect(box).toHaveValue("y".repeat(5_010));
    await expectAccessible(page);

    await box.fill("Shorter now");
    await page.getByLabel(/Which town/).fill("Newport");
    await page.getByLabel(/Which town/).press("Enter");
    await expect(page.locator(".govuk-panel__title")).toHaveText("Thank you");
    await expectAccessible(page);
    expect(responsesTo(OPTIONAL).at(-1)).toMatchObject({ language: "en", answers: { town: "Newport", thoughts: "Shorter now" } });
  });

  test("in Welsh, after sending words that suggest danger: help first, then a reload sends nothing again and Back shows no answer", async ({
    page,
  }) => {
    const before = responsesTo(OPTIONAL).length;
    await page.goto(`/s/${OPTIONAL}/answer?lng=cy`);
    await respondentScriptRan(page);
    await page.getByLabel(/Unrhyw beth arall/).fill("He is outside my house now and I am scared for my life");
    await page.getByRole("button", { name: "Anfon fy atebion", exact: true }).click();
    const dangerFirst = async (shown: Page) => {
      await expect(shown.getByRole("heading", { level: 1 })).toHaveText("Os nad ydych chi'n ddiogel nawr");
      await expect(shown.getByRole("link", { name: "999", exact: true }).first()).toBeVisible();
      await expectAccessible(shown);
    };
    const address = await sendThenReloadAndGoBack(page, "He is outside my house now", /^Diolch$/, async (shown) =>
      new URL(shown.url()).pathname.endsWith("/thanks") ? dangerFirst(shown) : expectAccessible(shown),
    );
    expect(address).not.toMatch(/danger|perygl|true/i);
    expect(responsesTo(OPTIONAL).length).toBe(before + 1);
    expect(responsesTo(OPTIONAL).at(-1)).toMatchObject({ language: "cy" });
  });

  test("in Welsh, one journey saving again and again is told the real wait, with its answers kept", async ({ page }) => {
    await page.goto(`/s/${SLUG}/answer?lng=cy`);
    await respondentScriptRan(page);
    await page
      .getByRole("group", { name: /Wnaethoch chi roi gwybod/ })
      .getByLabel("Naddo", { exact: true })
      .check();
    for (let i = 0; i < 20; i += 1) {
      await page.getByRole("button", { name: "Cadw a dod yn ôl yn nes ymlaen" }).click();
      await expect(page.getByTestId("resume-code")).toBeVisible();
      await page.getByRole("button", { name: "Parhau i ateb nawr" }).click();
      await expect(page.getByTestId("page-of")).toBeVisible();
    }
    await page.getByRole("button", { name: "Cadw a dod yn ôl yn nes ymlaen" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch gynnig arall arni ymhen 60 munud.");
    await expect(
      page.getByRole("group", { name: /Wnaethoch chi roi gwybod/ }).getByLabel("Naddo", { exact: true }),
    ).toBeChecked();
    await expectAccessible(page);
  });
});
