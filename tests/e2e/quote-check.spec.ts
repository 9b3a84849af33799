import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { ADMIN, expect, expectAccessible, hydrated, signIn, signOut, tabTo, test } from "./fixtures";
import { addStaffMember, publishRespondentSurvey, surveyIdOf } from "./respondent-seed";

/**
 * The quote check on a theme's page (ADR 0017), keyboard only, in English and Welsh: an analyst leaves a quote out
 * ("Leave this quote out"), finds it under "Quotes left out", and puts it back for checking, after which it is a quote
 * of the theme again, marked "Not read yet" (never confirmed by putting it back); a passage re-redacted while the page
 * is open is refused and shown anew. Then an admin does the same at a pack's issue step. 120 made-up responses give a
 * suggestion group large enough for the theme's quotes to be shown.
 */
const SLUG = "e2e-quote-check";
const ANALYST = {
  name: "Rhys Evans",
  email: "rhys.evans@example.org",
  password: "meadow lantern harbour",
  roles: ["analyst"],
};
const MEMBER = {
  name: "Ceri Lloyd",
  email: "ceri.lloyd@example.org",
  password: "orchard kettle willow",
  roles: ["panel_member"],
};
const THEME = "Waiting to hear";
const THEME_CY = "Aros i glywed";
const SHOTS = process.env.E2E_SCREENSHOTS;

test.beforeAll(() => {
  publishRespondentSurvey(SLUG, 120);
  addStaffMember(ANALYST);
  addStaffMember(MEMBER);
});

const press = (page: Page) => page.keyboard.press("Enter");
const summaryQuotes = (page: Page) => page.getByTestId("summary-quote");
const leftOut = (page: Page) => page.getByTestId("left-out-quotes");
/** A quote known by its passage (made-up answers repeat words, as people's do), in a list of quotes. */
const byPassage = (page: Page, list: ReturnType<Page["getByTestId"]>, id: string) =>
  list.filter({ has: page.locator(`input[name=codingId][value="${id}"]`) });

/**
 * Re-redaction while the page is open: the passage's words change (in capitals: the same length, so the coding's
 * offsets still fit), as `npm run redact` could change them between loading a page and pressing its button.
 */
function reRedact(codingId: string): string {
  const db = new Database(process.env.E2E_DATABASE!);
  try {
    const coding = db
      .prepare("select response_id as responseId, answer_key as answerKey, start, end from codings where id = ?")
      .get(Number(codingId)) as { responseId: number; answerKey: string; start: number; end: number };
    const row = db.prepare("select answers from responses where id = ?").get(coding.responseId) as { answers: string };
    const answers = JSON.parse(row.answers) as Record<string, string>;
    const text = answers[coding.answerKey];
    const changed = text.slice(coding.start, coding.end).toUpperCase();
    answers[coding.answerKey] = text.slice(0, coding.start) + changed + text.slice(coding.end);
    db.prepare("update responses set answers = ? where id = ?").run(JSON.stringify(answers), coding.responseId);
    return changed;
  } finally {
    db.close();
  }
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("an analyst leaves a quote out on the theme's page and puts it back for checking, keyboard only, in English and Welsh", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const base = `/surveys/${surveyIdOf(SLUG)}`;

  await test.step("makes a theme from a suggested group", async () => {
    await signIn(page, ANALYST.email, ANALYST.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(Welcome|Croeso), /);
    await expectAccessible(page);
    await page.goto(`${base}/themes/suggestions`);
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: /^Review and decide/ }).first());
    await press(page);
    await expect(page.getByRole("heading", { name: "Accept as a new theme" })).toBeVisible();
    await hydrated(page);
    await tabTo(page, page.getByLabel("Name in English"));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(THEME);
    await tabTo(page, page.getByLabel("Name in Welsh"));
    await page.keyboard.type(THEME_CY);
    await tabTo(page, page.getByRole("button", { name: "Accept and tag the group" }));
    await press(page);
    await expect(page.getByText(/^Theme added and \d+ answers tagged$/)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("leaves the first quote out: it leaves the quotes and is listed as left out", async () => {
    await page.goto(`${base}/themes`);
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: THEME }));
    await press(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(THEME);
    await expect(summaryQuotes(page).first()).toBeVisible();
    await expect(leftOut(page)).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "quote-check-theme-before");

    const first = summaryQuotes(page).first();
    const words = (await first.locator("blockquote").textContent()) ?? "";
    const id = (await first.locator("input[name=codingId]").getAttribute("value")) ?? "";
    expect(words.length).toBeGreaterThan(0);
    await expect(first.getByText("Not read yet")).toBeVisible();
    await hydrated(page);
    await tabTo(page, first.getByRole("button", { name: "Leave this quote out" }));
    await press(page);
    await expect(page.getByRole("heading", { name: "Quote left out. The next quote has taken its place." })).toBeVisible();
    await expect(byPassage(page, summaryQuotes(page), id)).toHaveCount(0);
    await expect(leftOut(page).getByRole("heading", { name: "Quotes left out" })).toBeVisible();
    const listed = leftOut(page).getByTestId("left-out-quote");
    await expect(listed).toHaveCount(1);
    await expect(byPassage(page, listed, id)).toHaveCount(1);
    await expect(listed.locator("blockquote")).toHaveText(words);
    await expect(listed).toContainText(`Left out by ${ANALYST.name} on `);
    await expectAccessible(page);
    await shot(page, "quote-check-theme-left-out");

    // Put back for checking: it is a quote of the theme again, not read yet, and nothing is listed as left out.
    await hydrated(page);
    await tabTo(page, listed.getByRole("button", { name: /^Put back for checking/ }));
    await press(page);
    await expect(
      page.getByRole("heading", {
        name: "Quote put back for checking. It is not read yet: someone needs to read it before it can be quoted.",
      }),
    ).toBeVisible();
    await expect(leftOut(page)).toHaveCount(0);
    const back = byPassage(page, summaryQuotes(page), id);
    await expect(back).toHaveCount(1);
    await expect(back.locator("blockquote")).toHaveText(words);
    await expect(back.getByText("Not read yet")).toBeVisible();
    await expectAccessible(page);
    await shot(page, "quote-check-theme-put-back");
  });

  await test.step("a quote whose words changed since the page opened is not left out: the page shows it anew", async () => {
    const last = summaryQuotes(page).last();
    const id = (await last.locator("input[name=codingId]").getAttribute("value")) ?? "";
    const now = reRedact(id);
    await hydrated(page);
    await tabTo(page, last.getByRole("button", { name: "Leave this quote out" }));
    await press(page);
    const message = "This passage changed since you opened the page — read it again below. Nothing was saved.";
    await expect(page.locator(".govuk-error-summary")).toContainText(message);
    const again = byPassage(page, summaryQuotes(page), id);
    await expect(again.locator("blockquote")).toHaveText(now);
    await expect(again.locator(".govuk-error-message")).toContainText(message);
    await expect(leftOut(page)).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "quote-check-theme-changed");
    // The error summary's link takes a keyboard user to the quote's button, now carrying the new words' fingerprint.
    await tabTo(page, page.locator(".govuk-error-summary").getByRole("link", { name: message }));
    await press(page);
    await expect(again.getByRole("button", { name: "Leave this quote out" })).toBeFocused();
  });

  await test.step("in Welsh, the same: leave out, listed, put back", async () => {
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: "Cymraeg" }));
    await press(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(THEME_CY);
    await expectAccessible(page);

    const first = summaryQuotes(page).first();
    const words = (await first.locator("blockquote").textContent()) ?? "";
    const id = (await first.locator("input[name=codingId]").getAttribute("value")) ?? "";
    await expect(first.getByText("Heb ei ddarllen eto")).toBeVisible();
    await hydrated(page);
    await tabTo(page, first.getByRole("button", { name: "Gadael y dyfyniad hwn allan" }));
    await press(page);
    await expect(
      page.getByRole("heading", { name: "Dyfyniad wedi'i adael allan. Mae'r dyfyniad nesaf wedi dod yn ei le." }),
    ).toBeVisible();
    const listed = leftOut(page).getByTestId("left-out-quote");
    await expect(leftOut(page).getByRole("heading", { name: "Dyfyniadau a adawyd allan" })).toBeVisible();
    await expect(byPassage(page, listed, id)).toHaveCount(1);
    await expect(listed.locator("blockquote")).toHaveText(words);
    await expect(listed).toContainText(`Wedi'i adael allan gan ${ANALYST.name} ar `);
    await expectAccessible(page);
    await shot(page, "quote-check-theme-left-out-cy");

    await hydrated(page);
    await tabTo(page, listed.getByRole("button", { name: /^Rhoi'n ôl i'w wirio/ }));
    await press(page);
    await expect(page.getByRole("heading", { name: /^Dyfyniad wedi'i roi'n ôl i'w wirio\./ })).toBeVisible();
    await expect(leftOut(page)).toHaveCount(0);
    const back = byPassage(page, summaryQuotes(page), id);
    await expect(back.getByText("Heb ei ddarllen eto")).toBeVisible();
    await expectAccessible(page);
    await shot(page, "quote-check-theme-put-back-cy");
  });
  await test.step("at a pack's issue step, an admin leaves a quote out, finds it below, and puts it back", async () => {
    await signOut(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(Welcome|Croeso), /);
    await expectAccessible(page);
    // This browser last chose Welsh: back to English, as a person would, by the language link.
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await page.goto("/panels/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up a panel");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Panel name", { exact: true }).fill("Quote check panel");
    await page.getByLabel("Terms of reference", { exact: true }).fill("To read what victims said about waiting.");
    await page.getByRole("checkbox", { name: MEMBER.name }).check();
    await page.getByLabel("Chair").selectOption({ label: MEMBER.name });
    await page.getByRole("checkbox", { name: `Reporting a crime (${SLUG})` }).check();
    await page.getByRole("button", { name: "Set up panel" }).click();
    await expect(page.getByRole("heading", { name: "Panel set up", exact: true })).toBeVisible();
    await expectAccessible(page);
    await page
      .getByRole("link", { name: "Plan a session" })
      .or(page.getByRole("button", { name: "Plan a session" }))
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan a session");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Date of the session").fill(new Date().toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Session on /);
    await expectAccessible(page);
    await hydrated(page);
    await page.getByRole("checkbox", { name: THEME }).check();
    await page.getByRole("button", { name: "Save themes" }).click();
    const quotes = page.getByTestId("quote-check").getByRole("group");
    await expect(quotes.first()).toBeVisible();
    await expectAccessible(page);

    // Left out with "Save themes": it leaves the quotes the pack would carry and is listed below the form.
    const field = (await quotes.first().getByRole("radio").first().getAttribute("name")) ?? "";
    const id = field.replace("quote-", "");
    const words = (await quotes.first().locator("blockquote").textContent()) ?? "";
    await hydrated(page);
    await quotes.first().getByRole("radio", { name: "Leave out" }).check();
    await page.getByRole("button", { name: "Save themes" }).click();
    await expect(page.getByRole("heading", { name: "Themes saved", exact: true })).toBeVisible();
    await expect(page.locator(`input[type=radio][name="${field}"]`)).toHaveCount(0);
    const listed = byPassage(page, leftOut(page).getByTestId("left-out-quote"), id);
    await expect(listed.locator("blockquote")).toHaveText(words);
    await expect(listed).toContainText(`Left out by ${ADMIN.name} on `);
    await expectAccessible(page);
    await shot(page, "quote-check-issue-step-left-out");

    // Keyboard only: put back, and it is a quote the pack would carry again, to be read (nothing chosen).
    await hydrated(page);
    await tabTo(page, listed.getByRole("button", { name: /^Put back for checking/ }));
    await press(page);
    await expect(page.getByRole("heading", { name: /^Quote put back for checking\./ })).toBeVisible();
    await expect(leftOut(page)).toHaveCount(0);
    await expect(page.locator(`input[type=radio][name="${field}"]`)).toHaveCount(2);
    await expect(page.locator(`input[type=radio][name="${field}"]:checked`)).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "quote-check-issue-step-put-back");
  });
});
