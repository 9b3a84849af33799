import { ADMIN, expect, expectAccessible, hydrated, signIn, test } from "./fixtures";

const LEAD = { name: "Rhian Evans", email: "rhian.evans@example.org", password: "meadow copper violin" };

test("admin adds an engagement lead, who sets a password, signs in, works in Welsh and signs out", async ({ page, browser }) => {
  let setupLink = "";

  await test.step("the admin signs in", async () => {
    await page.goto("/sign-in");
    await expectAccessible(page);
    await signIn(page, ADMIN.email, "not the password");
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter a correct email address and password");
    await expect(page.getByLabel("Email address")).toHaveValue(ADMIN.email);
    await expectAccessible(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ADMIN.name}`);
    await expectAccessible(page);
  });

  await test.step("the admin adds an engagement lead and gets a one-time link", async () => {
    await page.getByRole("link", { name: "Users", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
    await expectAccessible(page);
    await page
      .getByRole("button", { name: "Add a user" })
      .or(page.getByRole("link", { name: "Add a user" }))
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a user");
    await expectAccessible(page);
    await hydrated(page);

    await page.getByLabel("Full name").fill(LEAD.name);
    await page.getByLabel("Email address").fill("rhian.evans@");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter an email address in the correct format");
    await expect(page.locator(".govuk-error-summary")).toContainText("Select at least one role");
    await expect(page.getByLabel("Full name")).toHaveValue(LEAD.name);
    await expectAccessible(page);

    await page.getByLabel("Email address").fill(LEAD.email);
    await page.getByLabel("Engagement lead").check();
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${LEAD.name} has been added`);
    setupLink = (await page.getByTestId("setup-link").textContent())?.trim() ?? "";
    expect(setupLink).toMatch(/\/welcome\/[\w-]{40,}$/);
    await expectAccessible(page);
  });

  await test.step("the admin signs out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expectAccessible(page);
  });

  await test.step("the lead opens the link and sets a password", async () => {
    await page.goto(new URL(setupLink).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set your password");
    await expect(page.getByText(`Hello ${LEAD.name}`)).toBeVisible();
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Password", { exact: true }).fill(LEAD.password);
    await page.getByLabel("Confirm password").fill(LEAD.password);
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${LEAD.name}`);
    await expect(page.getByText("Engagement lead")).toBeVisible();
    await expect(page.getByRole("link", { name: "Users", exact: true })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });

  await test.step("the lead signs in with the new password", async () => {
    await signIn(page, LEAD.email, LEAD.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${LEAD.name}`);
  });

  await test.step("the lead switches to Welsh and the whole page follows", async () => {
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Croeso, ${LEAD.name}`);
    await expect(page.getByText("Arweinydd ymgysylltu")).toBeVisible();
    await expect(page.locator("header")).toContainText(ADMIN.organisationCy);
    const accountLink = page.getByRole("navigation", { name: "Dewislen" }).getByRole("link", { name: "Eich cyfrif" });
    await expect(accountLink).toBeVisible();
    await expectAccessible(page);

    await accountLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eich cyfrif");
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByRole("button", { name: "Newid cyfrinair" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Mae problem wedi codi");
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch eich cyfrinair presennol");
    await expectAccessible(page);
  });

  await test.step("Welsh is remembered as the lead's preference on a new device", async () => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, LEAD.email, LEAD.password);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText(`Croeso, ${LEAD.name}`);
    await other.close();
  });

  await test.step("the lead signs out, in Welsh", async () => {
    await page.getByRole("button", { name: "Allgofnodi" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mewngofnodi");
    await expectAccessible(page);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
    await expectAccessible(page);
  });
});

test("a missing page and a page the role may not see are kind, in both languages", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page);
  await page.goto("/no-such-page-either?lng=cy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heb ddod o hyd i'r dudalen");
  await expectAccessible(page);

  await page.goto("/accessibility?lng=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expectAccessible(page);
  await signIn(page, LEAD.email, LEAD.password);
  await expectAccessible(page);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  await expectAccessible(page);
});
