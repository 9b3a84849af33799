import { spawnSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { ADMIN, expect, expectAccessible, hydrated, signIn, signOut, tabTo, test } from "./fixtures";
import { addStaffMember } from "./respondent-seed";

/**
 * Issue 21's journey: a lead starts a practice self-assessment; two colleagues rate and evidence its statements
 * keyboard only, one in Welsh; the lead signs it off, raises actions from two gaps and prints the report; other
 * organisations' opted-in profiles appear only as a distribution, and not at all below five organisations.
 */
const LEAD = {
  name: "Rhian Price",
  email: "rhian.price@example.org",
  password: "orchard lantern copper",
  roles: ["engagement_lead"],
};
const ANALYST = { name: "Sam Patel", email: "sam.patel@example.org", password: "meadow pylon biscuit", roles: ["analyst"] };
const WELSH = { name: "Dafydd Evans", email: "dafydd.evans@example.org", password: "harbour thistle violin", roles: ["analyst"] };
const ENGAGEMENT = "Practice improvement (e2e-practice)";
const ASSESSMENT = "Practice benchmark (e2e)";

function seed(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "tests/e2e/practice-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE, NODE_ENV: "test" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`practice seed failed:\n${result.stderr}`);
}

test.beforeAll(() => {
  for (const person of [LEAD, ANALYST, WELSH]) addStaffMember(person);
  seed("engagement", ADMIN.slug, ENGAGEMENT);
});

async function signInAs(page: Page, person: { name: string; email: string; password: string }) {
  await signIn(page, person.email, person.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^(Welcome|Croeso), ${person.name}$`));
  await expectAccessible(page);
}

/**
 * Rates every statement on the stage page keyboard only: Tab to the first level, Space to choose it, arrow keys to
 * the wanted one, then Tab into the notes and the evidence links and type. `levels` are 0 (not started) to 3.
 */
async function rateByKeyboard(page: Page, levels: number[], note: string) {
  const statements = page.locator("fieldset.vv-practice-statement");
  await expect(statements).toHaveCount(levels.length);
  for (let i = 0; i < levels.length; i++) {
    const first = statements.nth(i).locator('input[type="radio"]').first();
    await tabTo(page, first);
    await page.keyboard.press("Space");
    for (let step = 0; step < levels[i]; step++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await expect(statements.nth(i).locator("textarea").first()).toBeFocused();
    await page.keyboard.type(`${note} ${i + 1}`);
    await page.keyboard.press("Tab");
    await page.keyboard.type(`https://intranet.example.org/evidence/${i + 1}`);
  }
}

async function openStage(page: Page, number: number) {
  await page
    .getByTestId("stages")
    .getByRole("link")
    .nth(number - 1)
    .click();
  await expect(page.locator(".govuk-caption-l")).toContainText(new RegExp(`(Stage|Cam) ${number} (of|o) 7`));
  await hydrated(page);
  await expectAccessible(page);
}

async function save(page: Page, label: RegExp) {
  await tabTo(page, page.getByRole("button", { name: label }));
  await page.keyboard.press("Enter");
}

test("a lead starts an assessment, two colleagues rate it keyboard only (one in Welsh), the lead signs off, raises actions and prints; others appear only in aggregate", async ({
  page,
}) => {
  test.setTimeout(420_000);
  let assessmentPath = "";

  await test.step("the lead starts the assessment (a kind error first)", async () => {
    await signInAs(page, LEAD);
    await page.getByRole("link", { name: "Practice", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Practice self-assessment");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page.getByRole("alert")).toContainText("Enter a name for the assessment");
    await expectAccessible(page);
    await page.getByLabel("Name", { exact: true }).fill(ASSESSMENT);
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ASSESSMENT);
    await expect(page.getByText("Assessment started.")).toBeVisible();
    await expectAccessible(page);
    assessmentPath = new URL(page.url()).pathname;
    await signOut(page);
  });

  await test.step("an analyst rates stages 1 to 4 keyboard only, and a bad link is refused kindly with nothing lost", async () => {
    await signInAs(page, ANALYST);
    await page.goto(assessmentPath);
    await expectAccessible(page);
    for (const stage of [1, 2, 3, 4]) {
      await openStage(page, stage);
      await rateByKeyboard(page, [1, 2, 2], `Stage ${stage} note`);
      if (stage === 1) {
        await page.keyboard.type("\nnot a web address");
        await save(page, /^Save this stage$/);
        await expect(page.getByRole("alert")).toContainText("Each evidence link must be a full web address");
        await expectAccessible(page);
        const links = page.locator("fieldset.vv-practice-statement").nth(2).locator("textarea").nth(1);
        await expect(links).toHaveValue("https://intranet.example.org/evidence/3\nnot a web address");
        await expect(page.locator("fieldset.vv-practice-statement").first().locator("textarea").first()).toHaveValue(
          "Stage 1 note 1",
        );
        await tabTo(page, links);
        await page.keyboard.press("Control+End");
        for (let i = 0; i < "\nnot a web address".length; i++) await page.keyboard.press("Backspace");
      }
      await save(page, /^Save this stage$/);
      await expect(page.getByText("Saved.")).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Back to the assessment" }).click();
    }
    await expect(page.getByTestId("stages")).toContainText("(3 of 3 rated)");
    await signOut(page);
  });

  await test.step("a colleague rates stages 5 to 7 in Welsh, keyboard only", async () => {
    await signInAs(page, WELSH);
    await page.goto(`${assessmentPath}?lng=cy`);
    await expect(page.getByRole("heading", { name: "Graddio'r datganiadau" })).toBeVisible();
    await expectAccessible(page);
    for (const stage of [5, 6, 7]) {
      await openStage(page, stage);
      await rateByKeyboard(page, stage === 7 ? [0, 3, 3] : [3, 3, 3], `Nodyn cam ${stage}`);
      await save(page, /^Cadw'r cam hwn$/);
      await expect(page.getByText("Wedi'i gadw.")).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Yn ôl i'r asesiad" }).click();
    }
    // Both colleagues are named as contributors.
    await expect(page.getByText("Dafydd Evans, Sam Patel", { exact: true })).toBeVisible();
    await page.goto(`${assessmentPath}?lng=en`);
    await signOut(page);
  });

  await test.step("the lead signs off: the ratings freeze", async () => {
    await signInAs(page, LEAD);
    await page.goto(assessmentPath);
    await hydrated(page);
    await page.getByRole("button", { name: "Sign off the assessment" }).click();
    await expect(page.getByText("Assessment signed off.")).toBeVisible();
    await expect(page.getByText(/Signed off by Rhian Price/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign off the assessment" })).toHaveCount(0);
    await expectAccessible(page);
    await openStage(page, 1);
    await expect(page.getByText("These ratings can no longer change: the assessment is signed off.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save this stage" })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to the assessment" }).click();
  });

  await test.step("raises actions from the first two gaps, weakest first", async () => {
    const gaps = page.getByTestId("gaps").locator("li");
    // Stage 7's first statement is the one not started; then the developing ones, round the wheel.
    await expect(gaps.first()).toContainText("We publish what changed within three months of a survey closing");
    await expect(gaps.first()).toContainText("Not started");
    for (const index of [0, 1]) {
      await gaps
        .nth(index)
        .getByRole("link", { name: /^Raise an action/ })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise an action from a gap");
      await expectAccessible(page);
      await hydrated(page);
      await page.getByLabel("Engagement it belongs to").selectOption({ label: ENGAGEMENT });
      await page.getByLabel("Owning team").fill("Victim engagement");
      await page.getByLabel("Owner").selectOption({ label: LEAD.name });
      await page.getByRole("button", { name: "Raise the action" }).click();
      await expect(page.getByText("Action raised from the gap.")).toBeVisible();
      await expectAccessible(page);
    }
    await expect(gaps.nth(0)).toContainText("Action raised:");
    await expect(gaps.nth(1)).toContainText("Action raised:");
    await expect(gaps.nth(2)).not.toContainText("Action raised:");
    await page.getByRole("link", { name: "We publish what changed within three months of a survey closing" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "We publish what changed within three months of a survey closing",
    );
    await expectAccessible(page);
  });

  await test.step("prints the report, in English and Welsh", async () => {
    await page.goto(assessmentPath);
    await page.getByRole("link", { name: "Printable report" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Practice self-assessment report: ${ASSESSMENT}`);
    await expectAccessible(page);
    await expect(page.getByRole("table", { name: "Profile by stage" })).toBeVisible();
    await hydrated(page);
    await expect(page.getByRole("button", { name: "Print the report" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print the report" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: /main/i })).toBeHidden();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
    await page.goto(`${new URL(page.url()).pathname}?lng=cy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Adroddiad hunanasesiad o arfer: ${ASSESSMENT}`);
    await expect(page.getByRole("table", { name: "Proffil fesul cam" })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/practice?lng=en");
    await signOut(page);
  });

  await test.step("others' profiles: nothing below five organisations, then only the distribution, never a name", async () => {
    seed("others", "4");
    await signInAs(page, ADMIN);
    await page.goto("/practice/compare");
    await expect(page.getByTestId("comparison")).toContainText("does not share its profile");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Yes, share it in aggregate").check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Sharing choice saved.")).toBeVisible();
    await expect(page.getByTestId("comparison")).toContainText("Fewer than five other organisations share");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectAccessible(page);
    seed("others", "5");
    await page.reload();
    const table = page.getByRole("table", { name: "Our latest profile against the others, by stage" });
    await expect(table).toBeVisible();
    await expect(page.getByTestId("comparison")).toContainText("Based on 5 other organisations' latest signed-off profiles");
    await expect(table.getByRole("columnheader", { name: "Median" })).toBeVisible();
    const body = await page.locator("main").innerText();
    for (let n = 1; n <= 5; n++) expect(body).not.toContain(`Neighbour ${n}`);
    await expectAccessible(page);
    await page.goto("/practice/compare?lng=cy");
    await expect(page.getByRole("table", { name: "Ein proffil diweddaraf yn erbyn y lleill, fesul cam" })).toBeVisible();
    await expectAccessible(page);
  });
});

test("an admin rewords a statement in English and Welsh, keyboard only; a new assessment shows it, the signed-off one keeps its wording", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const NATIONAL = "Every engagement starts from a decision it will inform, written down before we ask anyone";
  const ENGLISH = "Each engagement names the decision it informs before we ask anyone (e2e)";
  const WELSH_TEXT = "Mae pob gwaith ymgysylltu yn enwi'r penderfyniad y mae'n ei lywio cyn i ni ofyn i neb (e2e)";

  await test.step("from the practice page, in Welsh, to the statement's wording", async () => {
    await signInAs(page, ADMIN);
    await page.goto("/practice?lng=cy");
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.getByRole("link", { name: "Aileirio'r datganiadau arfer" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geiriad y datganiadau arfer");
    await expectAccessible(page);
    await hydrated(page);
    await tabTo(page, page.locator('a[href="/admin/practice/purpose_decision"]'));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Newid datganiad arfer");
    await expectAccessible(page);
    await hydrated(page);
    await page.screenshot({ path: test.info().outputPath("practice-wording-cy.png"), fullPage: true });
  });

  await test.step("a blank Welsh statement is refused kindly; then both languages are saved", async () => {
    await tabTo(page, page.getByLabel("Datganiad yn Saesneg"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type(ENGLISH);
    await tabTo(page, page.getByLabel("Datganiad yn Gymraeg"));
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await tabTo(page, page.getByRole("button", { name: "Cadw newidiadau" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert")).toContainText("Rhowch y datganiad yn Gymraeg");
    await expect(page.getByLabel("Datganiad yn Saesneg")).toHaveValue(ENGLISH);
    await expectAccessible(page);
    await tabTo(page, page.getByLabel("Datganiad yn Gymraeg"));
    await page.keyboard.type(WELSH_TEXT);
    await tabTo(page, page.getByRole("button", { name: "Cadw newidiadau" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geiriad y datganiadau arfer");
    const row = page.getByTestId("statement-purpose_decision");
    await expect(row).toContainText(WELSH_TEXT);
    await expect(row).toContainText("Wedi'i aileirio");
    await expectAccessible(page);
  });

  await test.step("the signed-off assessment keeps the national wording; a new one reads the new", async () => {
    await page.goto("/practice?lng=en");
    await expectAccessible(page);
    await page.getByRole("link", { name: ASSESSMENT }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ASSESSMENT);
    await expectAccessible(page);
    await openStage(page, 1);
    await expect(page.locator("main")).toContainText(NATIONAL);
    await expect(page.locator("main")).not.toContainText(ENGLISH);
    await page.goto("/practice");
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Name", { exact: true }).fill("After rewording (e2e)");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("After rewording (e2e)");
    await expectAccessible(page);
    await openStage(page, 1);
    await expect(page.locator("main")).toContainText(ENGLISH);
    await page.goto(`${new URL(page.url()).pathname}?lng=cy`);
    await expect(page.locator("main")).toContainText(WELSH_TEXT);
    await expectAccessible(page);
    await page.goto("/practice?lng=en");
    await expectAccessible(page);
  });
});
