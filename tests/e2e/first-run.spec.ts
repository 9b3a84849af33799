import { ADMIN, expect, expectAccessible, hydrated, test } from "./fixtures";

test("first run: setup page, kind errors that keep what was typed, then the organisation and its admin", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up Victim Voice");
  await expectAccessible(page);
  await hydrated(page);

  await page.getByLabel("Organisation name", { exact: true }).fill(ADMIN.organisation);
  await page.getByLabel("Short name for web addresses").fill("Not valid!");
  await page.getByLabel("Full name").fill(ADMIN.name);
  await page.getByLabel("Email address").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create organisation and account" }).click();

  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter the organisation name in Welsh");
  await expect(summary).toContainText("Short name must be 2 to 40 lower-case letters");
  await expect(summary).toContainText("Password must be 12 characters or more");
  await expect(page.getByLabel("Organisation name", { exact: true })).toHaveValue(ADMIN.organisation);
  await expect(page.getByLabel("Email address")).toHaveValue(ADMIN.email);
  await expectAccessible(page);

  await summary.getByRole("link", { name: "Enter the organisation name in Welsh" }).click();
  await expect(page.getByLabel("Organisation name in Welsh")).toBeFocused();
  await page.getByLabel("Organisation name in Welsh").fill(ADMIN.organisationCy);
  await page.getByLabel("Short name for web addresses").fill(ADMIN.slug);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Confirm password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create organisation and account" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ADMIN.name}`);
  await expect(page.locator("header")).toContainText(ADMIN.organisation);
  await expectAccessible(page);

  await page.goto("/setup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page);
});
