import type { Page } from "@playwright/test";
import { ADMIN, expect, expectAccessible, hydrated, signIn, signOut, test } from "./fixtures";

/**
 * Issue 20 part A's journey: the PCC office's admin invites a new service (its organisation and first admin made in
 * one go), the service's admin sets a password and accepts (the page seen in Welsh too), the PCC publishes an outcome
 * framework, and the service makes the outcome survey its own and publishes it through the usual safety gate.
 */
const SERVICE = {
  name: "E2E Victim and Witness Hub",
  nameCy: "Hwb Dioddefwyr a Thystion E2E",
  slug: "e2e-hub",
  admin: "Hana Hughes",
  email: "hana.hughes@e2e-hub.example.org",
  password: "copper willow kestrel",
};
const COPING = "How much has the support helped you cope with everyday life?";

async function welcomed(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);
  await expectAccessible(page);
}

async function openCommissioning(page: Page) {
  await page.getByRole("link", { name: "Commissioning", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commissioning");
  await expectAccessible(page);
}

test("a PCC admin invites a service, the service accepts, the PCC publishes a framework, the service adopts and publishes its outcome survey", async ({
  page,
}) => {
  test.setTimeout(300_000);
  let setupLink = "";

  await test.step("the PCC admin invites a service new to Victim Voice", async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await welcomed(page, ADMIN.name);
    await openCommissioning(page);
    await expect(page.getByText("You have not invited any services yet.")).toBeVisible();
    await page.getByRole("link", { name: "Invite a service" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite a service");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter the service's short name");
    await expectAccessible(page);
    await page.getByLabel("Service name in English").fill(SERVICE.name);
    await page.getByLabel("Service name in Welsh").fill(SERVICE.nameCy);
    await page.getByLabel("Short name for its addresses").fill(SERVICE.slug);
    await page.getByLabel("Full name of the service's admin").fill(SERVICE.admin);
    await page.getByLabel("The admin's email address").fill(SERVICE.email);
    await page.getByRole("button", { name: "Create the service and invite it" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${SERVICE.name} has been created and invited`);
    setupLink = (await page.getByTestId("setup-link").textContent())?.trim() ?? "";
    expect(setupLink).toMatch(/\/welcome\/[\w-]{40,}$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Back to commissioning" }).click();
    await expect(page.getByTestId("services-table")).toContainText(SERVICE.name);
    await expect(page.getByTestId("services-table")).toContainText("Invited");
    await signOut(page);
  });

  await test.step("the PCC admin publishes its outcome framework", async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await welcomed(page, ADMIN.name);
    await page.goto("/commissioning/framework");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outcome framework");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Framework name in English").fill("Victim services outcomes");
    await page.getByLabel("Framework name in Welsh").fill("Canlyniadau gwasanaethau dioddefwyr");
    await page.getByRole("button", { name: "Start the framework" }).click();
    await expect(page.getByText("Draft started")).toBeVisible();
    await page.getByLabel(`Cope and recover: ${COPING}`).check();
    await page.getByRole("button", { name: "Add the measure" }).click();
    await expect(page.getByTestId("draft-measures")).toContainText(COPING);
    await page.getByLabel(/^Satisfaction: All in all, how satisfied were you with the support you got from this service/).check();
    await page.getByRole("button", { name: "Add the measure" }).click();
    await expect(page.getByTestId("draft-measures").locator("li")).toHaveCount(2);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publish version 1" }).click();
    await expect(page.getByText("Version published. Services can now use it.")).toBeVisible();
    await expect(page.getByTestId("published-measures").locator("li")).toHaveCount(2);
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the service's admin sets a password and accepts the invitation, seen in Welsh too", async () => {
    await page.goto(new URL(setupLink).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set your password");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Password", { exact: true }).fill(SERVICE.password);
    await page.getByLabel("Confirm password").fill(SERVICE.password);
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await welcomed(page, SERVICE.admin);
    await page.goto("/commissioning?lng=cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comisiynu");
    await expect(page.getByRole("heading", { name: "Sefydliadau sy'n eich comisiynu chi" })).toBeVisible();
    await expect(page.getByRole("button", { name: `Derbyn y gwahoddiad ${ADMIN.organisationCy}` })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/commissioning?lng=en");
    await expectAccessible(page);
    await page.getByRole("button", { name: `Accept the invitation ${ADMIN.organisation}` }).click();
    await expect(page.getByText("Invitation accepted")).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("the service makes the outcome survey its own and publishes it", async () => {
    await page.getByRole("button", { name: `Make our outcome survey ${ADMIN.organisation}` }).click();
    await expect(page.getByText("Your outcome survey is ready")).toBeVisible();
    await page.getByRole("link", { name: "Open your outcome survey (framework version 1)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Victim services outcomes");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Check and publish" }).first().click();
    const gate = page.getByTestId("gate");
    await gate.getByRole("link").first().click();
    const safety = page.getByTestId("survey-safety");
    // A client-side navigation: wait for the survey page itself, or .all() finds no boxes on the page being left.
    await expect(safety.getByRole("checkbox")).toHaveCount(4);
    await hydrated(page);
    for (const box of await safety.getByRole("checkbox").all()) await box.check();
    await safety.getByRole("button", { name: "Save safety checks" }).click();
    await expect(safety).toContainText("this survey can be opened to respondents");
    await page.getByRole("link", { name: "Check and publish" }).first().click();
    await expect(page.getByRole("button", { name: "Publish this version" })).toBeVisible();
    await expect(page.getByTestId("gate")).toHaveCount(0);
    await hydrated(page);
    for (const box of await page.getByTestId("check-warnings").getByRole("checkbox").all()) await box.check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publish this version" }).click();
    await expect(page.locator("main")).toContainText("Published: version 1");
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the PCC sees the service using its framework, and no themes until the service shares", async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await welcomed(page, ADMIN.name);
    await openCommissioning(page);
    await expect(page.getByTestId("services-table")).toContainText("In use (framework version 1)");
    await expect(page.getByTestId("services-table")).toContainText("Active");
    await page.getByRole("link", { name: "Themes shared by services" }).click();
    await expect(page.getByText("No service shares its themes with you at the moment.")).toBeVisible();
    await expectAccessible(page);
  });
});
