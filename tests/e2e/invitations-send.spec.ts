/**
 * Invitation batches sent for real (issue 22, "Done when"), through GOV.UK Notify's local stand-in: a lead sets up
 * Notify, uploads a contact list with bad and flagged rows and confirms it at 21:00 UK time (the sending worker's
 * clock is fixed with NOTIFY_FAKE_NOW, honoured only against a local stand-in): nothing is sent in quiet hours. The
 * server is stopped and started again at 09:00 the next weekday: the queue survived, and exactly the allowed people
 * get a message (flagged people none). Delivery receipts come back from the stand-in (two people's messages fail) and
 * the batch page counts them, in English and Welsh, never per person. One of them answers through the one-time link in their message; the one
 * reminder reaches only the others; the lead closes the batch; then no phone number, e-mail address or contact hash
 * of the list is anywhere in the database file or its write-ahead log (the same scan finds them while queued).
 *
 * The spec runs its own server (tests/server-process.ts) on a copy of the e2e database, so it can restart it and
 * fix its clock without touching the shared server the other specs use.
 */
import Database from "better-sqlite3";
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { resetConfigForTests } from "../../app/config.server";
import { invitationsCy } from "../../app/i18n/locales/invitations.cy";
import { notifyCy } from "../../app/i18n/locales/notify.cy";
import { notifyEn } from "../../app/i18n/locales/notify.en";
import { contactKey } from "../../app/notify/secrets.server";
import { freePort, startServer, type RunningServer } from "../server-process";
import { addOurTemplates, startNotifyStandIn, type NotifyStandIn } from "../stand-ins/notify";
import { ADMIN, expect, expectAccessible, expectAccessibleWithoutScripts, hydrated, test } from "./fixtures";
import { publishRespondentSurvey } from "./respondent-seed";

const SHOTS = process.env.E2E_SCREENSHOTS;
const SLUG = "e2e-invitations-send";
const CHANNEL = "Text and e-mail invitations";

/** The UTC instant of `hour`:00 UK time on `day`'s date. */
function ukTime(day: Date, hour: number): string {
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  const shown = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", hourCycle: "h23" }).format(new Date(guess)),
  );
  return new Date(guess - (shown - hour) * 3_600_000).toISOString();
}

/** An evening from Monday to Thursday at least two days ahead (so later than any message's earliest time), and the next morning. */
function eveningAndMorning() {
  let day = new Date(Date.now() + 2 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() >= 5) day = new Date(day.getTime() + 86_400_000);
  const next = new Date(day.getTime() + 86_400_000);
  return { evening: ukTime(day, 21), quietEnds: ukTime(next, 8), morning: ukTime(next, 9) };
}

function ukDay(daysAgo: number) {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;
}

/**
 * 33 rows: 20 mobiles (one in Welsh, one again in another spelling: merged), 3 e-mail addresses, 1 flagged domestic
 * abuse but marked contact safe: 24 people to invite. Flagged and never messaged: 3 domestic abuse, 2 do not contact.
 * Refused: 2 numbers that are not numbers, 1 impossible date.
 */
const invitedPhones = [...Array.from({ length: 20 }, (_, i) => `+447911${250000 + i}`), "+447911260000"];
const invitedEmails = ["victim.one@example.org", "victim.two@example.org", "victim.three@example.org"];
const flaggedPhones = [...Array.from({ length: 3 }, (_, i) => `+447911${270000 + i}`), "+447911280000", "+447911280001"];
const refusedPhones = ["+447911290000"];

function contactList(): string {
  const lines = [
    "Mobile,E-mail,Language,Date reported,Offence group,Domestic abuse,Under 18,Sexual offence,Deceased,Do not contact,Contact safe",
  ];
  const local = (e164: string) => `0${e164.slice(3, 7)} ${e164.slice(7)}`;
  const row = (phone: string, email: string, language: string, date: string, flags = "N,N,N,N,N,N") =>
    lines.push(`${phone},${email},${language},${date},Burglary,${flags}`);
  invitedPhones.slice(0, 20).forEach((phone, i) => row(local(phone), "", i === 0 ? "Welsh" : "English", ukDay(20)));
  row(invitedPhones[1], "", "English", ukDay(21));
  invitedEmails.forEach((email) => row("", email, "English", ukDay(20)));
  row(local(invitedPhones[20]), "", "English", ukDay(20), "Y,N,N,N,N,Y");
  flaggedPhones.slice(0, 3).forEach((phone) => row(local(phone), "", "English", ukDay(20), "Y,N,N,N,N,N"));
  flaggedPhones.slice(3).forEach((phone) => row(local(phone), "", "English", ukDay(20), "N,N,N,N,Y,N"));
  row("12345", "", "English", ukDay(20));
  row("12346", "", "English", ukDay(20));
  row(local(refusedPhones[0]), "", "English", "31/02/2026");
  return `${lines.join("\r\n")}\r\n`;
}

const INVITED = invitedPhones.length + invitedEmails.length;
/** Whose messages the stand-in reports as not delivered (a number that no longer works, a full inbox). */
const undeliverable = new Set([invitedPhones[19], invitedEmails[2]]);
const times = eveningAndMorning();
let standIn: NotifyStandIn;
let templates: ReturnType<typeof addOurTemplates>;
let server: RunningServer | undefined;
let databaseFile = "";
let port = 0;
let base = "";
/** Given to the server, so this spec can work out the keyed hashes of the list's contacts and look for them too. */
const NOTIFY_SECRET = randomBytes(32).toString("hex");

async function start(fakeNow: string) {
  server = await startServer({
    PORT: String(port),
    DATABASE_URL: databaseFile,
    NOTIFY_BASE_URL: standIn.url,
    NOTIFY_POLL_SECONDS: "1",
    NOTIFY_RECEIPT_SECONDS: "1",
    NOTIFY_FAKE_NOW: fakeNow,
    NOTIFY_SECRET,
    RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: "10000",
  });
}

async function stop() {
  if (!server) return;
  const running = server;
  server = undefined;
  running.child.kill("SIGTERM");
  expect(await running.exited).toBe(0);
  // The run's anonymity scan (tests/e2e/anonymity-scan.ts) reads everything servers wrote.
  if (process.env.E2E_SERVER_LOG) appendFileSync(process.env.E2E_SERVER_LOG, running.output());
}

function queued() {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return db.prepare("select state, next_attempt_at as next from notify_outbox").all() as { state: string; next: string }[];
  } finally {
    db.close();
  }
}

/** The keyed hashes (app/notify/secrets.server.ts) the server makes of the list's contacts, with its secret. */
function contactHashes(): string[] {
  const db = new Database(databaseFile, { readonly: true });
  const { id } = db.prepare("select id from organisations where slug = ?").get(ADMIN.slug) as { id: number };
  db.close();
  const saved = process.env.NOTIFY_SECRET;
  process.env.NOTIFY_SECRET = NOTIFY_SECRET;
  resetConfigForTests();
  try {
    return [...invitedPhones, ...flaggedPhones, ...refusedPhones, ...invitedEmails].map((contact) => contactKey(id, contact));
  } finally {
    if (saved === undefined) delete process.env.NOTIFY_SECRET;
    else process.env.NOTIFY_SECRET = saved;
    resetConfigForTests();
  }
}

/** Every phone number (in the forms a list or a message may hold), e-mail address and contact hash of the list found in the database file or its write-ahead log. */
function contactsInDatabase(): string[] {
  const bytes = [databaseFile, `${databaseFile}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString("latin1"))
    .join("\n");
  expect(bytes.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const phone of [...invitedPhones, ...flaggedPhones, ...refusedPhones]) {
    const national = phone.slice(3);
    for (const form of [phone, `0${national}`, `0${national.slice(0, 4)} ${national.slice(4)}`, national])
      if (bytes.includes(form)) found.push(form);
  }
  for (const email of invitedEmails) if (bytes.toLowerCase().includes(email)) found.push(email);
  for (const hash of contactHashes()) if (bytes.includes(hash)) found.push(`hash ${hash}`);
  return found;
}

test.beforeAll(async () => {
  publishRespondentSurvey(SLUG);
  databaseFile = path.join(mkdtempSync(path.join(tmpdir(), "vv-e2e-send-")), "send.sqlite");
  const source = new Database(process.env.E2E_DATABASE!, { readonly: true });
  await source.backup(databaseFile);
  source.close();
  standIn = await startNotifyStandIn();
  templates = addOurTemplates(standIn, { en: notifyEn.message, cy: notifyCy.message });
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  await stop();
  await standIn?.close();
});

test("quiet hours hold, the queue survives a restart, a reminder reaches only non-respondents, and closing leaves no contact", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await start(times.evening);

  await test.step("the admin sets up Notify", async () => {
    await page.goto(`${base}/sign-in`);
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Email address").fill(ADMIN.email);
    await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ADMIN.name}`);
    await expectAccessible(page);
    await page.goto(`${base}/admin/notify`);
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("New API key").fill(standIn.apiKey);
    await page.getByLabel("Text message template ID, English").fill(templates.smsTemplateEn);
    await page.getByLabel("Text message template ID, Welsh").fill(templates.smsTemplateCy);
    await page.getByLabel("E-mail template ID, English").fill(templates.emailTemplateEn);
    await page.getByLabel("E-mail template ID, Welsh").fill(templates.emailTemplateCy);
    await page.getByRole("button", { name: "Check and save" }).click();
    await expect(page.getByRole("heading", { name: "Settings saved. Notify accepted the key." })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("a lead uploads the list and confirms it at 21:00: nothing is sent in quiet hours", async () => {
    const db = new Database(databaseFile, { readonly: true });
    const surveyId = (db.prepare("select id from surveys where slug = ?").get(SLUG) as { id: number }).id;
    db.close();
    await page.goto(`${base}/surveys/${surveyId}/distribution`);
    await expectAccessible(page);
    await hydrated(page);
    await page.getByLabel("Channel name").fill(CHANNEL);
    await page.getByRole("button", { name: "Add channel" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Channel added");
    await page.getByRole("link", { name: "Send invitations by text message or e-mail" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitations");
    await expectAccessible(page);
    await page.getByLabel("Channel").selectOption({ label: CHANNEL });
    await page
      .getByLabel("Contact list (CSV file)")
      .setInputFiles({ name: "victims.csv", mimeType: "text/csv", buffer: Buffer.from(contactList()) });
    await page.getByRole("button", { name: "Upload and check" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Match the columns");
    await expect(page.getByTestId("rows-in-file")).toHaveText("The file has 33 rows.");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Check the list" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Batch \d+$/);
    await expect(page.getByTestId("count-rows")).toHaveText("33");
    await expect(page.getByTestId("count-refused")).toHaveText("3");
    await expect(page.getByTestId("count-duplicates")).toHaveText("1");
    await expect(page.getByTestId("rule-domesticAbuse")).toHaveText("3");
    await expect(page.getByTestId("rule-doNotContact")).toHaveText("2");
    await expect(page.getByTestId("count-invited")).toHaveText(String(INVITED));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirm the counts and send" }).click();
    await expect(page.getByTestId("batch-status")).toHaveText("Open");
    await expect(page.locator(".govuk-notification-banner")).toContainText("never between 8pm and 8am");
    await expect(page.getByTestId("waiting")).toHaveText(String(INVITED));
    await expect(page.getByTestId("invitation-accepted")).toHaveText("0");
    await expect(page.getByTestId("progress-next")).toContainText("Sending carries on by itself");
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/invitations-send-confirmed.png`, fullPage: true });
    // The worker has seen every message and put it off until quiet hours end at 08:00; none reached Notify.
    await expect
      .poll(() => queued().filter((row) => row.state === "queued" && row.next === times.quietEnds).length, { timeout: 30_000 })
      .toBe(INVITED);
    expect(standIn.sent()).toHaveLength(0);
    // The scan sees what is there: queued messages hold their recipients, the batch its contacts' hashes.
    const found = contactsInDatabase();
    for (const contact of [...invitedPhones, ...invitedEmails]) expect(found).toContain(contact);
    expect(found.filter((item) => item.startsWith("hash ")).length).toBe(INVITED);
  });
  const batchPage = page.url();

  await test.step("the server restarts at 09:00 the next morning: the queue survived and exactly the allowed people get a message", async () => {
    await stop();
    expect(queued()).toHaveLength(INVITED);
    standIn.setOutcome((recipient) =>
      recipient === invitedPhones[19] ? "permanent-failure" : undeliverable.has(recipient) ? "temporary-failure" : "delivered",
    );
    await start(times.morning);
    await expect.poll(() => standIn.sent().length, { timeout: 60_000 }).toBe(INVITED);
    const recipients = standIn.sent().map((request) => {
      const body = request.body as { phone_number?: string; email_address?: string };
      return body.phone_number ?? body.email_address;
    });
    expect(recipients.sort()).toEqual([...invitedPhones, ...invitedEmails].sort());
    for (const phone of [...flaggedPhones, ...refusedPhones]) expect(recipients).not.toContain(phone);
    const welsh = [...standIn.notifications.values()].find((message) => message.recipient === invitedPhones[0]);
    expect(welsh?.templateId).toBe(templates.smsTemplateCy);
  });

  await test.step("delivery receipts arrive: the batch page counts delivered and not delivered, in English and Welsh", async () => {
    // The worker reads each message's status from Notify until it is final; the page is read again as a lead would.
    await expect(async () => {
      await page.goto(batchPage);
      await expect(page.getByTestId("invitation-delivered")).toHaveText(String(INVITED - undeliverable.size));
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId("batch-status")).toHaveText("Open");
    await expect(page.getByTestId("invitation-accepted")).toHaveText(String(INVITED));
    await expect(page.getByTestId("invitation-failed")).toHaveText(String(undeliverable.size));
    await expect(page.getByTestId("invitation-awaitingReceipt")).toHaveText("0");
    await expect(page.getByTestId("invitation-notSent")).toHaveText("0");
    await expect(page.getByTestId("waiting")).toHaveText("0");
    await expect(page.getByTestId("progress-next")).toHaveText("Everything has been sent and every delivery report has arrived.");
    const progress = page.getByTestId("batch-progress");
    // The page speaks of a sent batch: no "nothing has been sent yet" from the address it was first shown at.
    expect(batchPage).toContain("notice=created");
    await expect(page.getByText("Nothing has been sent yet")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "The list as it was checked" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Invited", exact: true })).toBeVisible();
    await expect(progress.getByRole("rowheader", { name: "Not delivered" })).toBeVisible();
    // Counts only: no phone number or e-mail address of the list is on the page.
    const body = await page.locator("body").innerText();
    for (const contact of [...invitedPhones, ...invitedEmails]) {
      expect(body).not.toContain(contact);
      expect(body).not.toContain(contact.replace(/^\+44/, "0"));
    }
    await page.getByText("What these figures mean").click();
    await expect(page.getByText("The message could not be delivered")).toBeVisible();
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/invitations-send-receipts.png`, fullPage: true });

    await page.goto(`${batchPage.split("?")[0]}?lng=cy`);
    await expect(page.getByTestId("batch-status")).toHaveText(invitationsCy.status.sending);
    await expect(progress.locator("caption")).toHaveText(invitationsCy.progressHeading);
    await expect(progress.getByRole("rowheader", { name: invitationsCy.progress.failed, exact: true })).toBeVisible();
    await expect(page.getByTestId("invitation-delivered")).toHaveText(String(INVITED - undeliverable.size));
    await expect(page.getByTestId("invitation-failed")).toHaveText(String(undeliverable.size));
    await expect(page.getByTestId("progress-next")).toHaveText(invitationsCy.progressNext.done);
    await page.getByText(invitationsCy.progressMeaning.summary).click();
    await expect(page.getByText(invitationsCy.progressMeaning.failed)).toBeVisible();
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/invitations-send-receipts-cy.png`, fullPage: true });
    await page.goto(`${batchPage.split("?")[0]}?lng=en`);
    await expect(page.getByTestId("batch-status")).toHaveText("Open");
  });

  const respondent = invitedPhones[5];
  await test.step("one person answers through the one-time link in their message", async () => {
    const message = [...standIn.notifications.values()].find((stored) => stored.recipient === respondent);
    const link = String(message?.personalisation.link);
    expect(link.startsWith(`${base}/s/${SLUG}?`)).toBe(true);
    expect(message?.body).toContain(link);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const person = await context.newPage();
    await person.goto(link);
    await expect(person.getByRole("button", { name: /Exit this page/ })).toBeVisible();
    await expectAccessibleWithoutScripts(person);
    await person.getByRole("button", { name: "Start the survey" }).click();
    await expectAccessibleWithoutScripts(person);
    await person
      .getByRole("group", { name: /Did you report/ })
      .getByLabel("No", { exact: true })
      .check();
    await person.getByRole("button", { name: "Continue" }).click();
    await person
      .getByRole("group", { name: /Which area/ })
      .getByLabel("South")
      .check();
    await person.getByRole("button", { name: "Send my answers" }).click();
    await expect(person.locator(".govuk-panel__title")).toHaveText("Thank you");
    await expectAccessibleWithoutScripts(person);
    await context.close();
  });

  await test.step("the reminder reaches only those who have not answered", async () => {
    const before = standIn.sent().length;
    await page.goto(batchPage);
    await expectAccessible(page);
    await hydrated(page);
    await page.getByRole("button", { name: "Send the reminder" }).click();
    await expect(page.getByTestId("reminder-sent")).toContainText(
      `A reminder was queued for ${INVITED - 1} people who had not answered.`,
    );
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/invitations-send-reminded.png`, fullPage: true });
    await expect.poll(() => standIn.sent().length - before, { timeout: 60_000 }).toBe(INVITED - 1);
    const reminded = standIn
      .sent()
      .slice(before)
      .map((request) => {
        const body = request.body as { phone_number?: string; email_address?: string };
        return body.phone_number ?? body.email_address;
      });
    expect(reminded).not.toContain(respondent);
    expect(new Set(reminded).size).toBe(INVITED - 1);
    // Nothing is left to send: one reminder only.
    await expect.poll(() => queued().filter((row) => row.state !== "accepted").length, { timeout: 30_000 }).toBe(0);
    expect(standIn.sent().length - before).toBe(INVITED - 1);
    // The reminders' receipts are counted apart from the invitations' (the respondent was neither failing contact).
    await expect(async () => {
      await page.goto(batchPage);
      await expect(page.getByTestId("reminder-delivered")).toHaveText(String(INVITED - 1 - undeliverable.size));
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId("reminder-failed")).toHaveText(String(undeliverable.size));
    await expect(page.getByTestId("invitation-delivered")).toHaveText(String(INVITED - undeliverable.size));
    await expectAccessible(page);
  });

  await test.step("the lead closes the batch; no phone number or e-mail address of the list is left in the database", async () => {
    await page.getByRole("button", { name: "Close the batch" }).click();
    await expect(page.getByTestId("batch-status")).toHaveText("Closed");
    await expectAccessible(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/invitations-send-closed.png`, fullPage: true });
    const db = new Database(databaseFile, { readonly: true });
    expect(db.prepare("select count(*) as n from invitation_contacts").get()).toEqual({ n: 0 });
    db.close();
    expect(contactsInDatabase()).toEqual([]);
  });
});
