/**
 * Questions of several parts on the plain form (multipletext, matrixdropdown, matrixdynamic, paneldynamic) and an
 * image picker: answered without JavaScript in Welsh, and keyboard only with JavaScript in English. Add and Remove
 * post the page and keep every answer; errors in one cell link to that cell; another site's picture is never asked
 * for; what is stored is what survey-core stores. Screenshots at phone and desktop widths go to test-results/.
 */
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectAccessibleWithoutScripts, respondentScriptRan, tabTo, test } from "./fixtures";
import { publishRespondentSurvey, responsesTo } from "./respondent-seed";

const SLUG = "e2e-complex";

test.beforeAll(() => publishRespondentSurvey(SLUG, "complex"));

/** Another site's picture shows as its words only; our own and data: pictures show with the choice as their alt text. */
async function picturesAreOurOwn(page: Page, alt: { own: string; data: string; words: string }) {
  await expect(page.locator('img[src^="http"]')).toHaveCount(0);
  await expect(page.getByRole("img", { name: alt.own })).toHaveAttribute("src", "/favicon.svg");
  await expect(page.getByRole("img", { name: alt.data })).toHaveAttribute("src", /^data:image\/svg\+xml,/);
  await expect(page.getByRole("radio", { name: alt.words })).toBeVisible();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("in Welsh: parts, rows and panels added and taken away, an error per cell, and survey-core's answers stored", async ({
    page,
  }) => {
    const before = responsesTo(SLUG).length;
    await page.goto(`/s/${SLUG}/answer?lng=cy`);
    await expect(page.getByTestId("page-of")).toHaveText("Tudalen 1 o 2");
    await picturesAreOurOwn(page, { own: "Gwyrdd, gobeithiol", data: "Glas, tawel", words: "Llwyd, isel" });
    await expectAccessibleWithoutScripts(page);

    const contact = page.getByRole("group", { name: /Pa mor aml wnaethon ni gysylltu/ });
    await contact.getByLabel("Galwadau ffôn").fill("3");
    await contact.getByLabel("Llythyrau").fill("60");
    await page.getByRole("radio", { name: "Glas, tawel" }).check();
    const police = page.getByRole("group", { name: "Yr heddlu" });
    await police
      .getByRole("group", { name: /Wnaethoch chi ei ddefnyddio/ })
      .getByLabel("Ie")
      .check();
    // The rating of a service used shows once the page comes back, as survey-core shows it after the answer.
    await expect(police.getByLabel("Sut oedd e?")).toHaveCount(0);
    await page.getByRole("button", { name: "Parhau" }).click();
    await expect(page.getByTestId("page-of")).toHaveText("Tudalen 1 o 2");
    await police.getByLabel("Sut oedd e?").selectOption({ label: "Da" });
    await expect(contact.getByLabel("Llythyrau")).toHaveValue("60");
    await page.getByRole("button", { name: "Parhau" }).click();

    // The one cell in error has its own message, and the summary's link lands on it.
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeVisible();
    await expectAccessibleWithoutScripts(page);
    await summary.getByRole("link").first().click();
    await expect(contact.getByLabel("Llythyrau")).toBeFocused();
    await contact.getByLabel("Llythyrau").fill("5");
    await page.getByRole("button", { name: "Parhau" }).click();

    await expect(page.getByTestId("page-of")).toHaveText("Tudalen 2 o 2");
    const places = page.getByRole("group", { name: /I ble aethoch chi am help/ });
    await expect(places.getByRole("group", { name: /^Rhes/ })).toHaveCount(1);
    await places.getByRole("group", { name: "Rhes 1" }).getByLabel("Lle").fill("Yr hyb");
    await page.getByRole("button", { name: "Ychwanegu rhes arall" }).click();
    await expect(places.getByRole("group", { name: /^Rhes/ })).toHaveCount(2);
    await expect(places.getByRole("group", { name: "Rhes 1" }).getByLabel("Lle")).toHaveValue("Yr hyb");
    await expect(page).toHaveURL(/#q-places-group-1$/);
    await places.getByRole("group", { name: "Rhes 1" }).getByLabel("Oedd", { exact: true }).check();

    const people = page.getByRole("group", { name: /Pwy wnaeth eich cefnogi/ });
    await expect(people).toContainText("Dim wedi'u hychwanegu eto.");
    await page.getByRole("button", { name: "Ychwanegu un arall" }).click();
    const supporter = people.getByRole("group", { name: "Cefnogwr 1" });
    await supporter.getByLabel("Eu rôl").selectOption({ label: "Gweithiwr achos" });
    await supporter.getByLabel("Gwrando").check();
    await expectAccessibleWithoutScripts(page);

    // Row 2's place is compulsory: its message is on row 2's box, and the summary's link goes there.
    await page.getByRole("button", { name: "Anfon fy atebion" }).click();
    await expect(summary).toBeVisible();
    const row2 = places.getByRole("group", { name: "Rhes 2" });
    await expect(row2.locator(".govuk-error-message")).toHaveCount(1);
    await expect(places.getByRole("group", { name: "Rhes 1" }).locator(".govuk-error-message")).toHaveCount(0);
    await expect(supporter.getByLabel("Gwrando")).toBeChecked();
    await expectAccessibleWithoutScripts(page);
    await summary.getByRole("link").first().click();
    await expect(row2.getByLabel("Lle")).toBeFocused();
    await row2.getByRole("button", { name: "Tynnu Rhes 2" }).click();
    await expect(places.getByRole("group", { name: /^Rhes/ })).toHaveCount(1);
    await page.getByRole("button", { name: "Anfon fy atebion" }).click();
    await expect(page.locator(".govuk-panel__title")).toHaveText("Diolch");
    await expectAccessibleWithoutScripts(page);

    const stored = responsesTo(SLUG);
    expect(stored.length).toBe(before + 1);
    expect(stored.at(-1)).toMatchObject({ language: "cy" });
    expect(stored.at(-1)!.answers).toEqual({
      contact: { calls: 3, letters: 5 },
      feeling: "blue",
      services: { police: { used: true, rating: "good" } },
      places: [{ place: "Yr hyb", helpful: "yes" }],
      people: [{ role: "caseworker", helped: ["listened"] }],
    });
  });
});

test.describe("with JavaScript", () => {
  test("in English, keyboard only: the same form, rows and panels added with Enter, answers stored", async ({ page }) => {
    const before = responsesTo(SLUG).length;
    await page.goto(`/s/${SLUG}/answer?lng=en`);
    await respondentScriptRan(page);
    await picturesAreOurOwn(page, { own: "Green, hopeful", data: "Blue, calm", words: "Grey, low" });
    await expectAccessible(page);

    await tabTo(page, page.getByLabel("Phone calls"));
    await page.keyboard.type("2");
    // Tab reaches a group of radios once; the arrow keys move along it (and choose).
    await tabTo(page, page.getByRole("radio", { name: "Blue, calm" }));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Green, hopeful" })).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Continue" }));
    await page.keyboard.press("Enter");

    await expect(page.getByTestId("page-of")).toHaveText("Page 2 of 2");
    await expectAccessible(page);
    await tabTo(page, page.getByRole("group", { name: "Row 1" }).getByLabel("Place"));
    await page.keyboard.type("At home");
    await tabTo(page, page.getByRole("button", { name: "Add another", exact: true }));
    await page.keyboard.press("Enter");
    const supporter = page.getByRole("group", { name: "Supporter 1" });
    await expect(supporter).toBeVisible();
    await expect(page.getByRole("group", { name: "Row 1" }).getByLabel("Place")).toHaveValue("At home");
    await expectAccessible(page);
    await tabTo(page, supporter.getByLabel("Explained things"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Send my answers" }));
    await page.keyboard.press("Enter");
    await expect(page.locator(".govuk-panel__title")).toHaveText("Thank you");
    await expectAccessible(page);

    const stored = responsesTo(SLUG);
    expect(stored.length).toBe(before + 1);
    expect(stored.at(-1)!.answers).toEqual({
      contact: { calls: 2 },
      feeling: "green",
      places: [{ place: "At home" }],
      people: [{ helped: ["explained"] }],
    });
  });

  for (const lang of ["en", "cy"] as const) {
    test(`looks right on a phone and a desktop (${lang})`, async ({ page }, testInfo) => {
      for (const [width, height] of [
        [360, 800],
        [1280, 900],
      ]) {
        await page.setViewportSize({ width, height });
        await page.goto(`/s/${SLUG}/answer?lng=${lang}`);
        await respondentScriptRan(page);
        await expectAccessible(page);
        await page.screenshot({ path: testInfo.outputPath(`page1-${lang}-${width}.png`), fullPage: true });
        await page.getByRole("button", { name: lang === "en" ? "Continue" : "Parhau" }).click();
        await expect(page.getByTestId("page-of")).toContainText("2");
        await page.getByRole("button", { name: lang === "en" ? "Add another row" : "Ychwanegu rhes arall" }).click();
        await page.getByRole("button", { name: lang === "en" ? "Add another" : "Ychwanegu un arall", exact: true }).click();
        await page.getByRole("button", { name: lang === "en" ? "Send my answers" : "Anfon fy atebion" }).click();
        await expect(page.locator(".govuk-error-summary")).toBeVisible();
        await expectAccessible(page);
        await page.screenshot({ path: testInfo.outputPath(`page2-${lang}-${width}.png`), fullPage: true });
      }
    });
  }
});
