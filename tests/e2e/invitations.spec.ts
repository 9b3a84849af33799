/**
 * Invitation batches in the browser (issue 22 part B): a lead uploads a 200-row contact list made here, with bad rows
 * and flagged rows; files of the wrong shape, with a formula, or of 50 MB are refused kindly and change nothing; the
 * columns are matched on screen; the report shows the counts per rule and the problems by row (never a value), in
 * English and in Welsh; confirming without GOV.UK Notify set up is refused and sends nothing.
 */
import Database from "better-sqlite3";
import { ADMIN, expect, expectAccessible, hydrated, signIn, test } from "./fixtures";
import { publishRespondentSurvey } from "./respondent-seed";

const SLUG = "e2e-invitations";
const CHANNEL = "Text message invitations";

let surveyId = 0;
test.beforeAll(() => {
  publishRespondentSurvey(SLUG);
  const db = new Database(process.env.E2E_DATABASE!, { readonly: true });
  surveyId = (db.prepare("select id from surveys where slug = ?").get(SLUG) as { id: number }).id;
  db.close();
});

function ukDay(daysAgo: number) {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
}

/**
 * 200 rows: 170 people to invite, 5 of them again in another spelling (merged), 10 bad rows (5 numbers that are not
 * numbers, 5 impossible dates), 10 flagged domestic abuse without "contact safe", 5 flagged do not contact.
 */
function contactList(): string {
  const lines = [
    "Mobile,E-mail,Language,Date reported,Offence group,Domestic abuse,Under 18,Sexual offence,Deceased,Do not contact,Contact safe",
  ];
  const row = (phone: string, date: string, flags = "N,N,N,N,N,N") => lines.push(`${phone},,English,${date},Burglary,${flags}`);
  for (let i = 0; i < 170; i += 1) row(`07911 ${210000 + i}`, ukDay(20));
  for (let i = 0; i < 5; i += 1) row(`+447911${210000 + i}`, ukDay(21));
  for (let i = 0; i < 5; i += 1) row("12345", ukDay(20));
  for (let i = 0; i < 5; i += 1) row(`07911 ${220000 + i}`, "31/02/2026");
  for (let i = 0; i < 10; i += 1) row(`07911 ${230000 + i}`, ukDay(20), "Y,N,N,N,N,N");
  for (let i = 0; i < 5; i += 1) row(`07911 ${240000 + i}`, ukDay(20), "N,N,N,N,Y,Y");
  return `${lines.join("\r\n")}\r\n`;
}

const csv = (name: string, text: string | Buffer) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
});

test("a lead uploads a contact list, sees it refused when it is wrong, then the counts per rule in English and Welsh", async ({
  page,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("navigation", { name: "Menu" })).toBeVisible();
  await expectAccessible(page);

  await test.step("from the distribution page, add a channel and open Invitations", async () => {
    await page.goto(`/surveys/${surveyId}/distribution`);
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Channel name").fill(CHANNEL);
    await page.getByRole("button", { name: "Add channel" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Channel added");
    await page.getByRole("link", { name: "Send invitations by text message or e-mail" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitations");
    await expect(page.locator("main")).toContainText("No invitations have been sent for this survey yet.");
    await expectAccessible(page);
  });
  const invitations = page.url();

  await test.step("a file of the wrong shape, and one with a formula, are refused with a clear message", async () => {
    await page.getByLabel("Channel").selectOption({ label: CHANNEL });
    await page.getByLabel("Contact list (CSV file)").setInputFiles(csv("notes.csv", "just some notes\nwith no columns\n"));
    await page.getByRole("button", { name: "Upload and check" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("The file needs a header row naming each column");
    await expectAccessible(page);
    const withFormula = contactList().replace("Burglary", '"=HYPERLINK(""http://evil.example"",""click"")"');
    await page.getByLabel("Contact list (CSV file)").setInputFiles(csv("list.csv", withFormula));
    await page.getByRole("button", { name: "Upload and check" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Some cells start with =, +, -, or @");
    await expect(page.getByTestId("formula-cells")).toContainText('Row 2, column "Offence group"');
    await expect(page.locator("main")).not.toContainText("evil.example");
    await expectAccessible(page);
  });

  await test.step("a 50 MB file is refused before it is read", async () => {
    await page.getByLabel("Channel").selectOption({ label: CHANNEL });
    await page.getByLabel("Contact list (CSV file)").setInputFiles(csv("huge.csv", Buffer.alloc(50 * 1000 * 1000, "0")));
    await page.getByRole("button", { name: "Upload and check" }).click();
    await expect(page.locator("h1").first()).toHaveText("That was too large to send");
    await expect(page.locator("main")).toContainText("Nothing was saved.");
    await expectAccessible(page);
    await page.goto(invitations);
    await expect(page.locator("main")).toContainText("No invitations have been sent for this survey yet.");
  });

  await test.step("a 200-row list: columns matched on screen, then the report", async () => {
    await page.getByLabel("Channel").selectOption({ label: CHANNEL });
    await page.getByLabel("Contact list (CSV file)").setInputFiles(csv("victims.csv", contactList()));
    await page.getByRole("button", { name: "Upload and check" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Match the columns");
    await expect(page.getByTestId("rows-in-file")).toHaveText("The file has 200 rows.");
    await expect(page.getByLabel("Mobile phone number", { exact: true })).toHaveValue("Mobile");
    await expect(page.getByLabel("Date of contact", { exact: true })).toHaveValue("Date reported");
    await expect(page.getByLabel("Contact is safe", { exact: true })).toHaveValue("Contact safe");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Check the list" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Batch \d+$/);
    await expect(page.locator(".govuk-notification-banner")).toContainText("Nothing has been sent yet.");
    await expect(page.getByTestId("count-rows")).toHaveText("200");
    await expect(page.getByTestId("count-refused")).toHaveText("10");
    await expect(page.getByTestId("count-duplicates")).toHaveText("5");
    await expect(page.getByTestId("count-contacts")).toHaveText("185");
    await expect(page.getByTestId("rule-domesticAbuse")).toHaveText("10");
    await expect(page.getByTestId("rule-doNotContact")).toHaveText("5");
    await expect(page.getByTestId("count-invited")).toHaveText("170");
    const problems = page.getByTestId("row-problems");
    await expect(problems).toContainText("The phone number is not a valid number");
    await expect(problems).toContainText("The date of contact is not a date");
    // Problems name the row and what is wrong, never the value.
    await expect(page.locator("main")).not.toContainText("12345");
    await expect(page.locator("main")).not.toContainText("7911");
    await expectAccessible(page);
  });

  await test.step("the same report in Welsh", async () => {
    await page.goto(`${page.url().split("?")[0]}?lng=cy`);
    await expect(page.getByRole("heading", { name: "Gwirio'r niferoedd cyn anfon" })).toBeVisible();
    await expect(page.locator("main")).toContainText("Cam-drin domestig, cysylltu heb ei nodi'n ddiogel");
    await expectAccessible(page);
    await page.goto(`${page.url().split("?")[0]}?lng=en`);
  });

  await test.step("confirming without GOV.UK Notify set up is refused and sends nothing", async () => {
    await page.getByRole("button", { name: "Confirm the counts and send" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("GOV.UK Notify is not set up for this organisation");
    await expect(page.getByTestId("batch-status")).toHaveText("Not sent: waiting for confirmation");
    await expectAccessible(page);
  });

  await test.step("withdrawing the batch deletes the list; the figures keep the counts", async () => {
    await page.getByRole("button", { name: "Withdraw this batch" }).click();
    await expect(page.getByTestId("batch-status")).toHaveText("Withdrawn");
    await page.goto(invitations);
    await expect(page.getByTestId("batch-figures")).toContainText("170");
    await expectAccessible(page);
  });
});
