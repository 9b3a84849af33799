import type { Page } from "@playwright/test";
import { ADMIN, expect, expectAccessible, hydrated, signIn, signOut, tabTo, test } from "./fixtures";
import { addStaffMember, publishRespondentSurvey, surveyIdOf } from "./respondent-seed";

/**
 * Issue #7's journey: an admin sets up a scrutiny panel and a session and issues its pack; a member reads the pack
 * keyboard only and comments; the chair records an outcome and a recommendation and signs the session off, in English
 * and Welsh; the recommendation arrives in the action log as a proposed action.
 */
const SLUG = "e2e-panels";
const ENGAGEMENT = `Reporting a crime (${SLUG})`;
const CHAIR = {
  name: "Gwen Thomas",
  email: "gwen.thomas@example.org",
  password: "harbour willow compass",
  roles: ["panel_member"],
};
const MEMBER = {
  name: "Owen Jones",
  email: "owen.jones@example.org",
  password: "pebble lantern meadow",
  roles: ["panel_member"],
};
const PANEL = "Victims' scrutiny panel";
const THEME = "Hearing nothing back";
const RECOMMENDATION = "Write to every victim within a week to say who is dealing with their case";

test.beforeAll(() => {
  publishRespondentSurvey(SLUG, 120);
  addStaffMember(CHAIR);
  addStaffMember(MEMBER);
});

async function signInAs(page: Page, person: { name: string; email: string; password: string }) {
  await signIn(page, person.email, person.password);
  // The sign-in page keeps the language last chosen on this browser.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^(Welcome|Croeso), ${person.name}$`));
  await expectAccessible(page);
}

test("an admin sets up a panel and issues a pack; a member reads it keyboard only; the chair records and signs off, in Welsh too", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const base = `/surveys/${surveyIdOf(SLUG)}`;
  const today = new Date().toISOString().slice(0, 10);
  let sessionPath = "";

  await test.step("the admin makes a theme from what people wrote", async () => {
    await signInAs(page, ADMIN);
    await page.goto(`${base}/themes/suggestions`);
    await page
      .getByRole("link", { name: /^Review and decide/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Accept as a new theme" })).toBeVisible();
    await hydrated(page);
    await page.getByLabel("Name in English").fill(THEME);
    await page.getByLabel("Name in Welsh").fill("Clywed dim byd yn ôl");
    await page.getByRole("button", { name: "Accept and tag the group" }).click();
    await expect(page.getByText(/^Theme added and \d+ answers tagged$/)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("sets up the panel: the chair must be a member", async () => {
    await page.getByRole("link", { name: "Panels", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scrutiny panels");
    await expectAccessible(page);
    await page
      .getByRole("link", { name: "Set up a panel" })
      .or(page.getByRole("button", { name: "Set up a panel" }))
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up a panel");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Panel name", { exact: true }).fill(PANEL);
    await page.getByLabel("Panel name in Welsh (optional)").fill("Panel craffu dioddefwyr");
    await page
      .getByLabel("Terms of reference", { exact: true })
      .fill("To scrutinise how the force treats victims who report a crime.");
    await page.getByRole("checkbox", { name: MEMBER.name }).check();
    await page.getByLabel("Chair").selectOption({ label: CHAIR.name });
    await page.getByRole("checkbox", { name: ENGAGEMENT }).check();
    await page.getByRole("button", { name: "Set up panel" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("The chair must be one of the members");
    await expect(page.getByLabel("Panel name", { exact: true })).toHaveValue(PANEL);
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: CHAIR.name }).check();
    await page.getByRole("button", { name: "Set up panel" }).click();
    await expect(page.getByRole("heading", { name: "Panel set up", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PANEL);
    await expectAccessible(page);
  });

  await test.step("plans a session, chooses the theme and issues the pack", async () => {
    await page
      .getByRole("link", { name: "Plan a session" })
      .or(page.getByRole("button", { name: "Plan a session" }))
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan a session");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Date of the session").fill(today);
    await page.getByLabel("Agenda", { exact: true }).fill("1. Welcome and declarations. 2. Being kept informed.");
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Session on /);
    await expectAccessible(page);
    sessionPath = new URL(page.url()).pathname;

    await hydrated(page);
    await page.getByRole("button", { name: "Issue the pack" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Tick at least one theme");
    await expectAccessible(page);
    await page.getByRole("checkbox", { name: THEME }).check();
    await page.getByRole("button", { name: "Save themes" }).click();
    await expect(page.getByRole("heading", { name: "Read the quotes the pack will carry" })).toBeVisible();
    const quotes = page.getByTestId("quote-check").getByRole("group");
    await expect(quotes.first()).toBeVisible();
    await expectAccessible(page);

    // Nobody has read the quotes yet: issuing is refused, kindly, and nothing is issued.
    await hydrated(page);
    await page.getByRole("button", { name: "Issue the pack" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Some quotes the pack would carry have not been read yet");
    await expect(quotes.first()).toContainText("Read this quote and choose “Safe to quote” or “Leave out”");
    await expect(page.getByTestId("session-status")).not.toContainText(/issued/i);
    await expectAccessible(page);
  });

  await test.step("in Welsh, reads the quotes, leaves one out, confirms the rest and the one that takes its place", async () => {
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { name: "Darllenwch y dyfyniadau a fydd yn y pecyn" })).toBeVisible();
    const quotes = page.getByTestId("quote-check").getByRole("group");
    await expect(quotes.first()).toContainText("Dyfyniad 1 ar gyfer “Clywed dim byd yn ôl”");
    await expectAccessible(page);
    await hydrated(page);
    const count = await quotes.count();
    expect(count).toBeGreaterThan(1);
    // Known by its field (quote-<passage>), since two people may have written the same words.
    const leftOut = await quotes.first().getByRole("radio").first().getAttribute("name");
    // Keyboard only: Tab reaches the group, an arrow key chooses within it.
    await tabTo(page, quotes.first().getByRole("radio", { name: "Diogel i'w ddyfynnu" }));
    await page.keyboard.press("ArrowRight");
    await expect(quotes.first().getByRole("radio", { name: "Gadael allan" })).toBeChecked();
    for (let i = 1; i < count; i += 1) await quotes.nth(i).getByRole("radio", { name: "Diogel i'w ddyfynnu" }).check();
    await page.getByRole("button", { name: "Cyhoeddi'r pecyn" }).click();
    // The one left out gave way to the next quote, which nobody has read: refused again, in Welsh, with the choices kept.
    await expect(page.locator(".govuk-error-summary")).toContainText("Nid yw rhai o'r dyfyniadau");
    await expect(page.locator(`input[type=radio][name="${leftOut}"]`)).toHaveCount(0);
    await expect(page.getByTestId("quotes-left-out")).toContainText("Dyfyniadau y dewisoch eu gadael allan: 1.");
    const unread = page.getByTestId("quote-check").getByRole("group").filter({ hasText: "Darllenwch y dyfyniad hwn" });
    await expect(unread).toHaveCount(1);
    await expectAccessible(page);
    await unread.getByRole("radio", { name: "Diogel i'w ddyfynnu" }).check();
    await page.getByRole("button", { name: "Cyhoeddi'r pecyn" }).click();
    await expect(page.getByRole("heading", { name: "Mae'r pecyn wedi'i gyhoeddi", exact: true })).toBeVisible();
    await expect(page.getByTestId("pack")).toContainText("Clywed dim byd yn ôl");
    // Every quote in the pack is one a person confirmed: as many as were read safe.
    await expect(page.getByTestId("pack").locator("blockquote")).toHaveCount(count);
    await expectAccessible(page);

    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("pack")).toContainText(THEME);
    await expect(page.getByTestId("pack")).toContainText("Respondents mentioning it");
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("a member reads the pack keyboard only and comments; they reach nothing else", async () => {
    await signInAs(page, MEMBER);
    await hydrated(page);
    await tabTo(page, page.getByTestId("your-panels").getByRole("link", { name: PANEL }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PANEL);
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByTestId("panel-sessions").getByRole("link").first());
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Session on /);
    await expect(page.getByTestId("pack-theme").first()).toContainText(THEME);
    await expect(page.getByRole("button", { name: "Issue the pack" })).toHaveCount(0);
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: "Session record" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Session record");
    await expect(page.getByRole("button", { name: "Save outcome" })).toHaveCount(0);
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByLabel("Your comment", { exact: true }));
    await page.keyboard.type("The quotes about waiting match what we hear at the victim hub.");
    await tabTo(page, page.getByRole("button", { name: "Add comment" }));
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toContainText("The quotes about waiting match what we hear at the victim hub.");
    await expectAccessible(page);

    for (const path of [`${base}/responses`, `${base}/insights`, "/actions", `${base}/responses/export?format=csv`]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect([403, 404], `${path} answered ${response.status()}`).toContain(response.status());
    }
    await signOut(page);
  });

  await test.step("the chair records an outcome and a recommendation, then signs off", async () => {
    await signInAs(page, CHAIR);
    await page.goto(`${sessionPath}/record`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Session record");
    await expectAccessible(page);
    await hydrated(page);

    // Signing off before an outcome is refused, kindly.
    await page.getByRole("button", { name: "Sign off" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("every theme under review needs an outcome");
    await expectAccessible(page);

    const theme = page.locator("section[id^='theme-']").first();
    await theme.getByRole("radio", { name: "Area for improvement" }).check();
    await theme.getByLabel("Observations", { exact: true }).fill("Too many people heard nothing for weeks after reporting.");
    await theme.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.locator("section[id^='theme-']").first()).toContainText("Area for improvement");
    await expectAccessible(page);

    const again = page.locator("section[id^='theme-']").first();
    await again.getByLabel("What the panel recommends", { exact: true }).fill(RECOMMENDATION);
    await again.getByLabel("To whom").fill("Contact management");
    await again.getByRole("radio", { name: "High" }).check();
    await again.getByRole("button", { name: "Add recommendation" }).click();
    await expect(page.locator("section[id^='theme-']").first()).toContainText(RECOMMENDATION);
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Minutes", exact: true }).fill("Members agreed the waiting theme is the priority.");
    await page.getByRole("button", { name: "Save minutes" }).click();
    await expect(page.getByRole("textbox", { name: "Minutes", exact: true })).toHaveValue(
      "Members agreed the waiting theme is the priority.",
    );
    await expectAccessible(page);

    await page.getByRole("button", { name: "Sign off" }).click();
    await expect(page.getByText(/^Session signed off\./)).toBeVisible();
    await expect(page.getByText("The record is now frozen: nothing in it can be changed.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save outcome" })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step("in Welsh, the signed-off record and the pack read the same", async () => {
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cofnod y sesiwn");
    await expect(page.locator("main")).toContainText("Clywed dim byd yn ôl");
    await expect(page.locator("main")).toContainText(RECOMMENDATION);
    await expectAccessible(page);
    await page.goto(`${sessionPath}?lng=cy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Sesiwn ar /);
    await expectAccessible(page);
    await signOut(page);
  });

  await test.step("the recommendation is a proposed action for the named team", async () => {
    await signInAs(page, ADMIN);
    await page.goto("/actions?status=proposed&lng=en");
    await expect(page.getByTestId("action-table")).toContainText(RECOMMENDATION.slice(0, 40));
    await expectAccessible(page);
  });
});
