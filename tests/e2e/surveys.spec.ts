import { ADMIN, expect, expectAccessible, hydrated, signIn, test } from "./fixtures";

const TITLE = "Reporting a crime: your experience";
const FIRST_QUESTION = "How did you first tell the police about the crime?";

test("design a survey from a template, fix what the check finds, preview in Welsh, publish v1 and v2", async ({ page }) => {
  // A long journey through a dozen pages with an axe scan of each: on two shared cores it needs minutes.
  test.setTimeout(240_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectAccessible(page);
  const sections = page.getByRole("navigation", { name: "Survey sections" });

  await test.step("create from a template", async () => {
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Surveys" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Surveys");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Create a survey" }).click();
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Your experience of reporting a crime").check();
    await page.getByLabel("Title in English").fill(TITLE);
    await page.getByLabel("Title in Welsh (Cymraeg)").fill("Rhoi gwybod am drosedd: eich profiad");
    await page.getByLabel("Web address name").fill("Not OK!");
    await page.getByRole("button", { name: "Create a survey" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("web address name must be 2 to 60");
    await expect(page.getByLabel("Title in English")).toHaveValue(TITLE);
    await expectAccessible(page);
    await page.getByLabel("Web address name").fill("reporting-e2e");
    await page.getByRole("button", { name: "Create a survey" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(page.locator("main")).toContainText("Draft, not published");
    await expectAccessible(page);
  });

  await test.step("edit a question into something the check must catch", async () => {
    await sections.getByRole("link", { name: "Questions" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");
    await expectAccessible(page);
    await page.getByRole("link", { name: `Change ${FIRST_QUESTION}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change question");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Question: English").fill("Why didn't you call 999 straight away?");
    await page.getByLabel("Question: Welsh (Cymraeg)").fill("");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");
  });

  await test.step("the check lists the errors, linked to the question, and publishing is blocked", async () => {
    await sections.getByRole("link", { name: "Check and publish" }).click();
    const errors = page.getByTestId("check-errors");
    await expect(errors).toContainText("Wording that could blame or lead the person");
    await expect(errors).toContainText("Missing Welsh (Cymraeg) text (title)");
    await expect(page.getByRole("button", { name: "Publish this version" })).toHaveCount(0);
    await expectAccessible(page);
    await errors.getByRole("link", { name: /Wording that could blame/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change question");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Question: English").fill("How did you first contact us?");
    await page.getByLabel("Question: Welsh (Cymraeg)").fill("Sut wnaethoch chi gysylltu â ni gyntaf?");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");
    await expectAccessible(page);
  });

  await test.step("preview in Welsh with the respondent renderer", async () => {
    // The frames show the draft as respondents get it: the plain form, stepped on the server, with nothing stored.
    await sections.getByRole("link", { name: "Preview" }).click();
    const englishPhone = page.frameLocator("iframe[title='Preview on a phone']");
    await expect(englishPhone.getByTestId("preview-notice")).toContainText(
      "Preview: respondents see the survey like this. Nothing entered here is stored.",
    );
    await expect(englishPhone.getByTestId("page-of")).toHaveText(/^Page 1 of \d+$/);
    await expect(englishPhone.getByText("How did you first contact us?")).toBeVisible();
    await expect(englishPhone.getByRole("button", { name: "Continue" })).toBeVisible();
    await expect(englishPhone.getByRole("button", { name: "Exit this page" })).toBeVisible();
    await expect(englishPhone.locator(".sv-root-modern, .sd-root-modern")).toHaveCount(0);
    // The organisation's colours, linked once (by the respondent layout), not again by the staff layout around it.
    await expect(englishPhone.locator('link[rel="stylesheet"][href^="/theme/"]')).toHaveCount(1);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Welsh (Cymraeg)" }).click();
    await expect(page).toHaveURL(/locale=cy/);
    const phone = page.frameLocator("iframe[title='Preview on a phone']");
    await expect(phone.getByText("Rhoi gwybod am drosedd: eich profiad").first()).toBeVisible({ timeout: 20_000 });
    await expect(phone.getByText("Sut wnaethoch chi gysylltu â ni gyntaf?")).toBeVisible();
    await expect(phone.getByTestId("preview-notice")).toContainText("Rhagolwg: fel hyn mae ymatebwyr yn gweld yr arolwg.");
    await expect(phone.getByTestId("page-of")).toHaveText(/^Tudalen 1 o \d+$/);
    const desktop = page.frameLocator("iframe[title='Preview on a computer']");
    await expect(desktop.getByText("Mae'n well gennyf beidio â dweud").first()).toBeVisible();
    await expectAccessible(page);
    // Continue in a frame steps the draft like a respondent's page (no script in the frame: a plain form post).
    await desktop.getByRole("button", { name: "Parhau" }).click();
    await expect(desktop.getByTestId("page-of")).toHaveText(/^Tudalen 2 o \d+$/);
    await expect(desktop.getByRole("button", { name: "Yn ôl", exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("a survey in no engagement carries its own safety checks, ticked on its page", async () => {
    await sections.getByRole("link", { name: "Check and publish" }).click();
    const gate = page.getByTestId("gate");
    await expect(gate).toContainText("This survey cannot open to respondents until these safety checks are ticked");
    await expect(page.getByRole("button", { name: "Publish this version" })).toHaveCount(0);
    await gate.getByRole("link").first().click();
    const safety = page.getByTestId("survey-safety");
    await expect(safety.getByRole("heading", { name: "Safety checks for this survey" })).toBeVisible();
    await expectAccessible(page);
    await hydrated(page);
    for (const box of await safety.getByRole("checkbox").all()) await box.check();
    await safety.getByRole("button", { name: "Save safety checks" }).click();
    await expect(safety).toContainText("this survey can be opened to respondents");
    await expectAccessible(page);
  });

  await test.step("publish version 1", async () => {
    await sections.getByRole("link", { name: "Check and publish" }).click();
    await expect(page.getByTestId("gate")).toHaveCount(0);
    await expect(page.getByText("No errors.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publish this version" }).click();
    await expect(page.getByTestId("versions")).toContainText("First version");
    await expect(page.locator("main")).toContainText("Published: version 1");
    await expectAccessible(page);
  });

  await test.step("keyboard only: move a question down, then delete one, and publish version 2", async () => {
    await sections.getByRole("link", { name: "Questions" }).click();
    await expectAccessible(page);
    await hydrated(page);
    const moveDown = page.getByRole("button", { name: "Move down How did you first contact us?" });
    await page.locator("h1").click();
    for (let i = 0; i < 80 && !(await moveDown.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press("Tab");
    await expect(moveDown).toBeFocused();
    await page.keyboard.press("Enter");
    const items = page.locator("main section").first().locator(".vv-element strong");
    await expect(items.nth(1)).toHaveText("How did you first contact us?");

    await page.getByRole("button", { name: "Delete Is there anything else you want to tell us?" }).click();
    await expect(page.getByText("Is there anything else you want to tell us?")).toHaveCount(0);
    await sections.getByRole("link", { name: "Overview" }).click();
    await expect(page.locator("main")).toContainText("The draft has changes since version 1");
    await expectAccessible(page);
    await sections.getByRole("link", { name: "Check and publish" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publish this version" }).click();
    const versions = page.getByTestId("versions");
    await expect(versions.getByRole("row")).toHaveCount(3);
    await expect(versions).toContainText("Removed open-anything-else");
    await expect(versions).toContainText("Questions reordered");
    await expectAccessible(page);
  });

  await test.step("in Welsh, the designer speaks Welsh", async () => {
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await expect(page.getByRole("navigation", { name: "Adrannau'r arolwg" })).toBeVisible();
    await expect(page.locator("main")).toContainText("Wedi'i gyhoeddi: fersiwn 2");
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Adrannau'r arolwg" }).getByRole("link", { name: "Cyfieithiadau" }).click();
    await expect(page.getByTestId("missing-count")).toHaveText("Ar goll (Cymraeg): 0");
    await expectAccessible(page);
    await page.goto("/surveys?lng=en");
    await expectAccessible(page);
  });
});
