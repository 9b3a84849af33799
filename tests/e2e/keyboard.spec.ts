import { ADMIN, expect, expectAccessible, hydrated, test } from "./fixtures";

for (const lng of ["en", "cy"] as const) {
  test(`keyboard only: skip link, sign in and reach the users page (${lng})`, async ({ page }) => {
    await page.goto(`/sign-in?lng=${lng}`);
    await expectAccessible(page);
    await hydrated(page);

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: lng === "en" ? "Skip to main content" : "Neidio i'r prif gynnwys" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();

    // From the main content, Tab reaches the e-mail field, then the password, then the button.
    await page.keyboard.press("Tab");
    await expect(page.locator("#email")).toBeFocused();
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press("Tab");
    await expect(page.locator("#password")).toBeFocused();
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: lng === "en" ? "Sign in" : "Mewngofnodi" })).toBeFocused();
    await page.keyboard.press("Enter");

    const welcome = lng === "en" ? `Welcome, ${ADMIN.name}` : `Croeso, ${ADMIN.name}`;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(welcome);
    await expectAccessible(page);

    // The organisation's settings are one navigation item, opening the page that lists them.
    const adminLink = page
      .getByRole("navigation", { name: lng === "en" ? "Menu" : "Dewislen" })
      .getByRole("link", { name: lng === "en" ? "Administration" : "Gweinyddu", exact: true });
    for (let i = 0; i < 40 && !(await adminLink.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press("Tab");
    }
    await expect(adminLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lng === "en" ? "Administration" : "Gweinyddu");
    await expect(adminLink).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);

    const usersLink = page
      .getByTestId("admin-pages")
      .getByRole("link", { name: lng === "en" ? "Users" : "Defnyddwyr", exact: true });
    for (let i = 0; i < 40 && !(await usersLink.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press("Tab");
    }
    await expect(usersLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lng === "en" ? "Users" : "Defnyddwyr");
    await expectAccessible(page);
  });
}
