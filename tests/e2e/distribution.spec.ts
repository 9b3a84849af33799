import { ADMIN, expect, expectAccessible, expectAccessibleWithoutScripts, hydrated, signIn, test } from "./fixtures";
import { publishRespondentSurvey, responsesTo } from "./respondent-seed";

const SLUG = "e2e-treated";
const CHANNEL = "Poster in custody suite";

test.beforeAll(() => {
  publishRespondentSurvey(SLUG);
});

test("an admin sets the exit destination and support directory, shares a survey through a channel, pauses and reopens it", async ({
  page,
  browser,
}) => {
  const exitTo = `http://127.0.0.1:${process.env.E2E_PORT}/o/${ADMIN.slug}/accessibility`;
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectAccessible(page);
  const menu = page.getByRole("navigation", { name: "Menu" });

  await test.step("organisation settings: a wrong exit address is refused kindly, then saved", async () => {
    await menu.getByRole("link", { name: "Administration" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
    await expectAccessible(page);
    await page.getByTestId("admin-pages").getByRole("link", { name: "Organisation settings" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisation settings");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Where ‘Exit this page’ goes").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter a full web address starting with https://");
    await expect(page.getByLabel("Where ‘Exit this page’ goes")).toHaveValue("javascript:alert(1)");
    await expectAccessible(page);
    await page.getByLabel("Where ‘Exit this page’ goes").fill(exitTo);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Settings saved");
  });

  await test.step("support directory: copy the national helplines, then add the local hub", async () => {
    await menu.getByRole("link", { name: "Administration" }).click();
    await page.getByTestId("admin-pages").getByRole("link", { name: "Support directory" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support directory");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByRole("button", { name: "Copy the national helplines into our directory" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("The national helplines are now in your directory");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Add a service" }).click();
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Name in English").fill("Gwent Victim Hub");
    await page.getByLabel("Name in Welsh").fill("Hwb Dioddefwyr Gwent");
    await page.getByLabel("Phone number (optional)").fill("0300 123 2133");
    await page.getByRole("button", { name: "Add service" }).click();
    await expect(page.locator("main")).toContainText("Gwent Victim Hub");
  });

  let link = "";
  await test.step("distribution: add a channel with its link and QR code", async () => {
    await menu.getByRole("link", { name: "Surveys" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Surveys");
    await expectAccessible(page);
    await page.getByRole("link", { name: "How we treated you" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we treated you");
    await expect(page.locator("main")).toContainText("Links, QR codes and responses by channel");
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Survey sections" }).getByRole("link", { name: "Distribution" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Distribution");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Channel name").fill(CHANNEL);
    await page.getByRole("button", { name: "Add channel" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Channel added");
    await expect(page.getByRole("img", { name: `QR code for the link of ‘${CHANNEL}’` })).toBeVisible();
    await expectAccessible(page);
    link = (await page.locator("main").innerText()).match(/http:\/\/\S+\/s\/e2e-treated\?ch=[a-z0-9]+/)?.[0] ?? "";
    expect(link).not.toBe("");
    const png = await page.request.get(
      await page
        .getByRole("link", { name: /Download as PNG/ })
        .first()
        .getAttribute("href")
        .then((h) => h ?? ""),
    );
    expect(png.headers()["content-type"]).toBe("image/png");
  });

  await test.step("a paused channel tells people kindly, with support; reopened, it takes answers and counts them", async () => {
    await page.getByRole("button", { name: "Pause" }).first().click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Channel paused");
    const respondent = await browser.newContext({ javaScriptEnabled: false });
    const visit = await respondent.newPage();
    await visit.goto(link);
    await expect(visit.getByRole("heading", { level: 1 })).toHaveText("This link is not taking answers at the moment");
    await expect(visit.locator("aside")).toContainText("Gwent Victim Hub");
    await expectAccessibleWithoutScripts(visit);

    await page.getByRole("button", { name: "Reopen" }).first().click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Channel reopened");
    const before = responsesTo(SLUG).length;
    await visit.goto(link);
    await expect(visit.getByRole("heading", { level: 1 })).toHaveText("How we treated you");
    await expect(visit.getByRole("button", { name: /Exit this page/ })).toHaveAttribute("href", exitTo);
    await visit.getByRole("button", { name: "Start the survey" }).click();
    await visit
      .getByRole("group", { name: /Did you report/ })
      .getByLabel("No", { exact: true })
      .check();
    await visit.getByRole("button", { name: "Continue" }).click();
    await visit
      .getByRole("group", { name: /Which area/ })
      .getByLabel("North")
      .check();
    await visit.getByRole("button", { name: "Send my answers" }).click();
    await expect(visit.locator(".govuk-panel__title")).toHaveText("Thank you");
    await respondent.close();
    const stored = responsesTo(SLUG);
    expect(stored.length).toBe(before + 1);
    expect(stored.at(-1)?.channelId).not.toBeNull();

    await page.reload();
    await expect(page.locator("main")).toContainText(CHANNEL);
    await expect(page.locator("main")).toContainText("fewer than 5");
    await expectAccessible(page);
  });
});
