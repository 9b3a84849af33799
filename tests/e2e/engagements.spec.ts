import type { Page } from "@playwright/test";
import { ADMIN, expect, expectAccessible, hydrated, signIn, test } from "./fixtures";

const TITLE = "Hate crime victims: first contact, 2027";

async function tabTo(page: Page, name: RegExp, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute("aria-label") ?? el.textContent ?? "") : "";
    });
    if (name.test(label)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${name}`);
}

test("plan an engagement round the wheel, meet the publish gate, and reword a stage, in English and Welsh", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectAccessible(page);

  await test.step("create an engagement, with a kind error first", async () => {
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Engagements" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engagements");
    await expectAccessible(page);
    await page
      .getByRole("button", { name: "Create an engagement" })
      .or(page.getByRole("link", { name: "Create an engagement" }))
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an engagement");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Title", { exact: true }).fill(TITLE);
    await page.getByRole("button", { name: "Create an engagement" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Say what decision the engagement will inform");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(TITLE);
    await expectAccessible(page);
    await page
      .getByLabel("Purpose: what decision will it inform?")
      .fill("Decide how call handlers respond to reports of hate crime.");
    await page.getByLabel("Who it seeks to hear").fill("People who reported a hate crime in the last year.");
    await page.getByRole("button", { name: "Create an engagement" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expectAccessible(page);
  });

  await test.step("the wheel starts with nothing done and the publish gate closed", async () => {
    await expect(page.locator(".vv-wheel__hub-text")).toHaveText("0 of 7 done");
    const gate = page.getByTestId("publish-readiness");
    await expect(gate).toContainText("No survey of this engagement can open to respondents");
    for (const item of [
      "Data protection impact assessment done",
      "Support directory checked and up to date",
      "Retention period set for the answers",
      "Content warnings reviewed",
    ]) {
      await expect(gate.getByRole("link", { name: item })).toBeVisible();
    }
    const safetyRow = page.getByRole("row", { name: /4\. Safety, ethics/ });
    await expect(safetyRow).toContainText("Not started");
  });

  await test.step("the gate links to exactly what is missing; ticking it opens the gate and the wheel and table change", async () => {
    await page.getByTestId("publish-readiness").getByRole("link", { name: "Data protection impact assessment done" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Safety, ethics and trauma-informed approach");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Done", { exact: true }).check();
    for (const item of [
      "Data protection impact assessment done",
      "Support directory checked and up to date",
      "Retention period set for the answers",
    ]) {
      await page.getByLabel(item).check();
    }
    await page.getByRole("button", { name: "Save stage" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Stage saved" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Back to the wheel" }).click();
    await expect(page.getByTestId("publish-readiness")).toContainText("Content warnings reviewed");
    await expect(page.getByTestId("publish-readiness").getByRole("link")).toHaveCount(1);
    await expect(page.locator(".vv-wheel__hub-text")).toHaveText("1 of 7 done");
    await expect(page.getByRole("link", { name: /^Stage 4: .*Status: Done$/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /4\. Safety, ethics/ })).toContainText("Done");
    await expectAccessible(page);

    await page.getByTestId("publish-readiness").getByRole("link", { name: "Content warnings reviewed" }).click();
    await expect(page.locator("#item-content_warnings")).toBeVisible();
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Content warnings reviewed").check();
    await page.getByRole("button", { name: "Save stage" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Stage saved" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the wheel" }).click();
    await expect(page.getByTestId("publish-readiness")).toContainText("surveys of this engagement can be opened to respondents");
    await expectAccessible(page);
  });

  await test.step("keyboard only through the wheel: each segment is a stop, Enter opens the stage", async () => {
    await page.locator("h1").click();
    await tabTo(page, /^Stage 1: Purpose and leadership/);
    const labels: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      labels.push((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "");
      await page.keyboard.press("Tab");
    }
    expect(labels.map((l) => l.split(":")[0])).toEqual([
      "Stage 1",
      "Stage 2",
      "Stage 3",
      "Stage 4",
      "Stage 5",
      "Stage 6",
      "Stage 7",
    ]);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Listen and understand");
    await expectAccessible(page);
  });

  await test.step("a stage past its review date is due for review on the wheel and the home page", async () => {
    await page.getByRole("link", { name: "Next stage" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Act, feed back and review");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Next stage" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Purpose and leadership");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("In progress").check();
    await page.getByLabel("Next review").fill("2020-01-31");
    await page.getByRole("button", { name: "Save stage" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Stage saved" })).toBeVisible();
    await expect(page.locator(".govuk-tag").first()).toHaveText("Due for review");
    await page.getByRole("link", { name: "Back to the wheel" }).click();
    await expect(page.getByRole("link", { name: /^Stage 1: .*Status: Due for review$/ })).toBeVisible();
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Home" }).click();
    await expect(page.getByTestId("attention")).toContainText(`${TITLE}: Stage 1: Purpose and leadership`);
    await expectAccessible(page);
  });

  await test.step("in Welsh, the wheel, the table and the gate speak Welsh", async () => {
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await expect(page.getByTestId("attention")).toContainText("Cam 1: Diben ac arweinyddiaeth");
    await expectAccessible(page);
    await page.getByTestId("attention").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Cam 1: Diben ac arweinyddiaeth");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Yn ôl i'r olwyn" }).click();
    await expect(page.getByRole("link", { name: /^Cam 4: Diogelwch, moeseg .*Statws: Wedi'i wneud$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Cam 1: .*Statws: Angen ei adolygu$/ })).toBeVisible();
    await expect(page.getByTestId("publish-readiness")).toContainText("gellir agor arolygon");
    await expect(page.locator(".vv-wheel__hub-text")).toHaveText("1 o 7 wedi'u gwneud");
    await expectAccessible(page);
  });

  await test.step("an admin rewords a stage in both languages and the engagement shows it", async () => {
    await page.getByRole("navigation", { name: "Dewislen" }).getByRole("link", { name: "Gweinyddu" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gweinyddu");
    await expectAccessible(page);
    await page.getByTestId("admin-pages").getByRole("link", { name: "Geiriad y camau" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geiriad y camau");
    await expectAccessible(page);
    await page.getByRole("link", { name: /Newid .*Meincnodi'r arfer presennol/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Newid geiriad y cam");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Teitl yn Saesneg").fill("Learn from what we do now");
    await page.getByLabel("Teitl yn Gymraeg").fill("");
    await page.getByRole("button", { name: "Cadw newidiadau" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Rhowch deitl y cam yn Gymraeg");
    await expect(page.getByLabel("Teitl yn Saesneg")).toHaveValue("Learn from what we do now");
    await expectAccessible(page);
    await page.getByLabel("Teitl yn Gymraeg").fill("Dysgu o'r hyn rydyn ni'n ei wneud nawr");
    await page.getByRole("button", { name: "Cadw newidiadau" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geiriad y camau");
    await expect(page.locator("main")).toContainText("2. Dysgu o'r hyn rydyn ni'n ei wneud nawr");
    await expectAccessible(page);

    await page.goto("/engagements?lng=en");
    await expectAccessible(page);
    await page.getByRole("link", { name: TITLE }).click();
    await expect(page.getByRole("row", { name: /2\. Learn from what we do now/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Stage 2: Learn from what we do now/ })).toBeVisible();
    await expectAccessible(page);
  });
});
