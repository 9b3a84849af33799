import { ADMIN, expect, expectAccessible, signIn, test } from "./fixtures";
import { publishRespondentSurvey } from "./respondent-seed";

test.beforeAll(() => {
  publishRespondentSurvey("e2e-treated");
});

test("the staff pages over responses (insights, themes, responses) render accessibly in English and Welsh", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Surveys" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "How we treated you" }).first().click();
  await expectAccessible(page);
  const sections = page.getByRole("navigation", { name: "Survey sections" });
  for (const [link, heading] of [
    ["Insights", "Insights"],
    ["Themes", "Themes"],
    ["Responses", "Responses"],
  ]) {
    await sections.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expectAccessible(page);
  }
  await page.goto(`${new URL(page.url()).pathname.replace(/\/responses$/, "/insights")}?lng=cy`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mewnwelediadau");
  await expectAccessible(page);
  await page.goto(`${new URL(page.url()).pathname.replace(/\/insights$/, "/themes/code")}?lng=en`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Code answers");
  await expectAccessible(page);
});
