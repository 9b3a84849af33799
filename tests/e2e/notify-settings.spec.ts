import { notifyCy } from "../../app/i18n/locales/notify.cy";
import { notifyEn } from "../../app/i18n/locales/notify.en";
import { addOurTemplates, startNotifyStandIn, type NotifyStandIn } from "../stand-ins/notify";
import { ADMIN, expect, expectAccessible, expectAccessibleWithoutScripts, hydrated, signIn, test } from "./fixtures";

/**
 * Issue 22 part A: an admin sets up GOV.UK Notify (the local stand-in the server is pointed at): a key Notify refuses
 * is reported kindly and nothing is saved; a good one is saved and never shown again; the page in Welsh. Then the
 * public stop-messages page, without JavaScript, in English and Welsh.
 */
const SHOTS = process.env.E2E_SCREENSHOTS;
let standIn: NotifyStandIn;
let templates: ReturnType<typeof addOurTemplates>;

test.beforeAll(async () => {
  standIn = await startNotifyStandIn({ port: Number(process.env.E2E_NOTIFY_PORT) });
  templates = addOurTemplates(standIn, { en: notifyEn.message, cy: notifyCy.message });
});

test.afterAll(async () => {
  await standIn.close();
});

test("an admin sets up Notify: a refused key saves nothing, a good key is saved and never shown again", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${ADMIN.name}`);
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await expectAccessible(page);
  await page.getByTestId("admin-pages").getByRole("link", { name: "GOV.UK Notify" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Text messages and e-mails (GOV.UK Notify)");
  await expect(page.locator("#notify-key-status")).toHaveText("No API key is saved yet, so no messages can be sent.");
  await expectAccessible(page);
  await hydrated(page);

  const fill = async (key: string) => {
    await page.getByLabel("New API key").fill(key);
    await page.getByLabel("Text message template ID, English").fill(templates.smsTemplateEn);
    await page.getByLabel("Text message template ID, Welsh").fill(templates.smsTemplateCy);
    await page.getByLabel("E-mail template ID, English").fill(templates.emailTemplateEn);
    await page.getByLabel("E-mail template ID, Welsh").fill(templates.emailTemplateCy);
  };
  await fill(standIn.unknownKey());
  await page.getByRole("button", { name: "Check and save" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Notify did not accept this key, so we have not saved anything.");
  await expect(page.getByLabel("New API key")).toHaveValue("");
  await expect(page.getByLabel("Text message template ID, Welsh")).toHaveValue(templates.smsTemplateCy);
  await expect(page.locator("#notify-key-status")).toContainText("No API key is saved yet");
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notify-settings-refused.png`, fullPage: true });

  await page.getByLabel("New API key").fill(standIn.apiKey);
  await page.getByRole("button", { name: "Check and save" }).click();
  await expect(page.getByRole("heading", { name: "Settings saved. Notify accepted the key." })).toBeVisible();
  await expect(page.locator("#notify-key-status")).toContainText("“victim-voice-live”");
  await expect(page.getByLabel("New API key")).toHaveValue("");
  expect(await page.content()).not.toContain(standIn.apiKey.slice(-36));
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notify-settings-saved.png`, fullPage: true });

  await page.goto("/admin/notify?lng=cy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Negeseuon testun ac e-byst (GOV.UK Notify)");
  await expect(page.locator("#notify-key-status")).toContainText("Mae allwedd API wedi'i chadw");
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notify-settings-cy.png`, fullPage: true });
  await page.goto("/admin/notify?lng=en");
  await expectAccessible(page);
});

test("anyone can stop messages to their number, without JavaScript, in English and Welsh", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/o/${ADMIN.slug}/stop-messages`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop messages from us");
  await expect(page.getByRole("button", { name: /Exit this page/ })).toBeVisible();
  await expectAccessibleWithoutScripts(page);
  await page.getByLabel("Mobile number or e-mail address").fill("not sure");
  await page.getByRole("button", { name: "Stop messages" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter a mobile number, like 07700 900123");
  await expectAccessibleWithoutScripts(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/stop-messages-error.png`, fullPage: true });
  await page.getByLabel("Mobile number or e-mail address").fill("07700 900123");
  await page.getByRole("button", { name: "Stop messages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We will not send you these messages again");
  await expectAccessibleWithoutScripts(page);

  await page.goto(`/o/${ADMIN.slug}/stop-messages?lng=cy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atal negeseuon gennym ni");
  await expectAccessibleWithoutScripts(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/stop-messages-cy.png`, fullPage: true });
  await page.getByLabel("Rhif ffôn symudol neu gyfeiriad e-bost").fill("enw@enghraifft.com");
  await page.getByRole("button", { name: "Atal negeseuon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fyddwn ni ddim yn anfon y negeseuon hyn atoch chi eto");
  await context.close();
});
