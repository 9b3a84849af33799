import type { Locator, Page } from "@playwright/test";
import { ADMIN, expect, expectAccessible, expectAccessibleWithoutScripts, respondentScriptRan, test } from "./fixtures";
import { publishRespondentSurvey, responsesTo, setQuickExit } from "./respondent-seed";

const SLUG = "e2e-treated";
const EXIT_PATH = "/accessibility";

test.beforeAll(() => {
  publishRespondentSurvey(SLUG);
  setQuickExit(`http://127.0.0.1:${process.env.E2E_PORT}${EXIT_PATH}`);
});

/** Presses Tab until the target has focus: keyboard only, as a person without a mouse would. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** The plain form, with scripts running: the same form as without JavaScript, and no React on the page. */
async function enhanced(page: Page) {
  await respondentScriptRan(page);
  await expect(page.getByTestId("page-of")).toBeVisible();
  await expect(page.locator(".sd-root-modern")).toHaveCount(0);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("in Welsh: welcome, pages that follow the answers, a kind error that keeps every answer, then thanks", async ({
    page,
    context,
  }) => {
    const before = responsesTo(SLUG).length;
    await page.goto(`/s/${SLUG}?lng=cy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sut y gwnaethon ni eich trin");
    await expect(page.locator("main")).toContainText("Mae eich atebion yn ddienw");
    await expect(page.getByRole("button", { name: /Gadael y dudalen hon/ })).toBeVisible();
    await expect(page.locator("aside")).toContainText("999");
    await expectAccessibleWithoutScripts(page);

    await page.getByRole("button", { name: "Dechrau'r arolwg" }).click();
    await expect(page.getByTestId("page-of")).toHaveText("Tudalen 1 o 2");
    await expectAccessibleWithoutScripts(page);
    await page
      .getByRole("group", { name: /Wnaethoch chi roi gwybod/ })
      .getByLabel("Do", { exact: true })
      .check();
    await page.getByRole("button", { name: "Parhau" }).click();
    await expect(page.getByTestId("page-of")).toHaveText("Tudalen 2 o 3");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cadw mewn cysylltiad");
    await page.getByRole("button", { name: "Parhau" }).click();
    await expect(page.getByTestId("page-of")).toHaveText("Tudalen 3 o 3");

    await page.getByLabel(/Beth allen ni ei wneud yn well/).fill("Ffoniwch fi yn ôl os gwelwch yn dda");
    await page.getByRole("button", { name: "Anfon fy atebion" }).click();
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeVisible();
    await expect(page.locator("main")).toContainText("Mae angen hyn arnom i anfon eich ateb at y tîm lleol cywir");
    await expect(page.getByLabel(/Beth allen ni ei wneud yn well/)).toHaveValue("Ffoniwch fi yn ôl os gwelwch yn dda");
    await expect(page).toHaveTitle(/^Gwall:/);
    await expectAccessibleWithoutScripts(page);

    await page
      .getByRole("group", { name: /Ym mha ardal/ })
      .getByLabel("Gogledd")
      .check();
    await page.getByRole("button", { name: "Anfon fy atebion" }).click();
    await expect(page.locator(".govuk-panel__title")).toHaveText("Diolch");
    await expectAccessibleWithoutScripts(page);
    await page.getByRole("link", { name: "Gweld beth newidiodd oherwydd yr hyn a ddywedodd pobl wrthym" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dywedoch chi, fe wnaethom ni");
    await expect(page.getByRole("button", { name: /Gadael y dudalen hon/ })).toBeVisible();
    await expectAccessibleWithoutScripts(page);

    const stored = responsesTo(SLUG);
    expect(stored.length).toBe(before + 1);
    expect(stored.at(-1)).toMatchObject({ language: "cy", answers: { reported: "yes", area: "north" } });
    expect(await context.cookies()).toEqual([]);
  });

  test("a double click on send stores one response", async ({ page }) => {
    const before = responsesTo(SLUG).length;
    await page.goto(`/s/${SLUG}/answer`);
    await expectAccessibleWithoutScripts(page);
    await page
      .getByRole("group", { name: /Did you report/ })
      .getByLabel("No", { exact: true })
      .check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page
      .getByRole("group", { name: /Which area/ })
      .getByLabel("South")
      .check();
    const journey = await page.locator('input[name="journey"]').inputValue();
    await page.getByRole("button", { name: "Send my answers" }).dblclick();
    await expect(page.locator(".govuk-panel__title")).toHaveText("Thank you");
    await expect(page).toHaveURL(new RegExp(`/s/${SLUG}/thanks\\?lng=en&t=`));
    await expectAccessibleWithoutScripts(page);
    expect(responsesTo(SLUG).length).toBe(before + 1);
    // Pages are never cached, so Back cannot send the form again from the browser; a retry of the same form after a
    // "network failure" (sent again as it was) is still one response.
    const form = new URLSearchParams({ journey, intent: "submit", website: "", "q.area": "south" });
    for (const name of ["better", "area"]) form.append("shown", name);
    const retry = await page.request.post(`/s/${SLUG}/answer?lng=en`, {
      data: form.toString(),
      headers: { Origin: `http://127.0.0.1:${process.env.E2E_PORT}`, "Content-Type": "application/x-www-form-urlencoded" },
      maxRedirects: 0,
    });
    // Sent (again): See Other to the thank-you page, which says these answers had already arrived.
    expect(retry.status()).toBe(303);
    const thanks = await page.request.get(retry.headers()["location"]);
    expect(thanks.status()).toBe(200);
    expect(await thanks.text()).toContain("We had already received these answers");
    expect(responsesTo(SLUG).length).toBe(before + 1);
  });
});

test("keyboard only, with JavaScript: from the organisation's page to thanks, with no application script anywhere", async ({
  page,
}) => {
  const before = responsesTo(SLUG).length;
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/o/${ADMIN.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Have your say");
  await expectAccessible(page);
  // Other specs publish the same survey under other addresses: this one's link, by where it goes.
  await tabTo(page, page.locator(`a[href="/s/${SLUG}?lng=en"]`));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we treated you");
  await expectAccessible(page);
  expect(scripts, "the organisation and welcome pages load only the exit script").toEqual(["/respondent.js", "/respondent.js"]);

  await tabTo(page, page.getByRole("button", { name: "Start the survey" }));
  await page.keyboard.press("Enter");
  await enhanced(page);
  await expectAccessible(page);

  // The author's care is all there with scripts on: why a question is asked, optional marks, where you are.
  await expect(page.getByTestId("page-of")).toHaveText("Page 1 of 2");
  await expect(page.locator("main")).toContainText("Every question is optional unless it says why it is needed.");
  await expect(page.locator("main")).toContainText("(optional)");
  await tabTo(page, page.getByRole("group", { name: /Did you report/ }).getByRole("radio", { name: "Yes", exact: true }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Continue", exact: true }));
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Keeping in touch");
  // A new page, as a screen reader announces it: its title says where the person is.
  await expect(page).toHaveTitle(/^Page 2 of 3 – How we treated you/);
  await expect(page.getByTestId("page-of")).toHaveText("Page 2 of 3");
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await tabTo(page, page.getByRole("button", { name: "Continue", exact: true }));
  await page.keyboard.press("Enter");
  await expect(heading).toHaveText("In your own words");
  await tabTo(page, page.getByRole("textbox", { name: /What could we do better/ }));
  await page.keyboard.type("Keep me updated, my number is 07700 900123");
  await expect(page.getByTestId("character-count")).toHaveText("You have 4,958 characters remaining");
  await tabTo(page, page.getByRole("group", { name: /Which area/ }).getByRole("radio", { name: "North" }));
  await page.keyboard.press("Space");
  await expectAccessible(page);
  await tabTo(page, page.getByRole("button", { name: "Send my answers" }));
  await page.keyboard.press("Enter");
  await expect(page.locator(".govuk-panel__title")).toHaveText("Thank you");
  await expectAccessible(page);
  expect(new Set(scripts), "every respondent page loads only its own small script").toEqual(new Set(["/respondent.js"]));

  const stored = responsesTo(SLUG);
  expect(stored.length).toBe(before + 1);
  expect(stored.at(-1)?.answers).toMatchObject({
    reported: "yes",
    area: "north",
    better: "Keep me updated, my number is [phone number]",
  });
});

test("Exit this page: the button and Shift pressed three times both land on the neutral page, replacing the survey in history", async ({
  page,
}) => {
  await page.goto(`/s/${SLUG}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the survey" }).click();
  await expect(page.getByTestId("page-of")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(new RegExp(`${EXIT_PATH}$`));
  await expectAccessible(page);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/s/${SLUG}$`));

  await page.goto(`/s/${SLUG}/resume`);
  await expectAccessible(page);
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page.locator("[data-vv-exit-status]")).toHaveText("Shift, press 1 more time to exit.");
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL(new RegExp(`${EXIT_PATH}$`));
});

test("save, leave, come back with the code, and send", async ({ page }) => {
  const before = responsesTo(SLUG).length;
  await page.goto(`/s/${SLUG}/answer`);
  await enhanced(page);
  await expectAccessible(page);
  await page
    .getByRole("group", { name: /Did you report/ })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keeping in touch");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText("Your answers are saved");
  const code = (await page.getByTestId("resume-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d{4}$/);
  await expect(page.locator("main")).toContainText("Your code works until");
  // The full address, to write down or tap.
  await expect(page.getByTestId("resume-url")).toHaveText(`http://127.0.0.1:${process.env.E2E_PORT}/s/${SLUG}/resume?lng=en`);
  await expect(page.getByTestId("resume-url")).toHaveAttribute("href", /\/s\/e2e-treated\/resume\?lng=en$/);
  await expectAccessible(page);

  await page.goto(`/s/${SLUG}/resume`);
  await expectAccessible(page);
  await page.getByLabel("Your code").fill("wrong code 1234");
  await page.getByRole("button", { name: "Carry on" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("We could not find answers for that code");
  await expect(page.getByLabel("Your code")).toHaveValue("wrong code 1234");
  await page.getByLabel("Your code").fill(code.toUpperCase());
  await page.getByRole("button", { name: "Carry on" }).click();
  await enhanced(page);
  await expect(page.locator("main")).toContainText("Welcome back");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keeping in touch");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page
    .getByRole("group", { name: /Which area/ })
    .getByRole("radio", { name: "South" })
    .check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText("Thank you");
  await expectAccessible(page);
  expect(responsesTo(SLUG).length).toBe(before + 1);
  expect(responsesTo(SLUG).at(-1)?.answers).toMatchObject({ reported: "yes", area: "south" });
});
