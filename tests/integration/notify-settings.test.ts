/**
 * The Notify settings page (admins) against the local Notify stand-in, and the public stop-messages page: a refused
 * key saves nothing and says so kindly; a good key is saved sealed, audited without the key, never sent back.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { auditEvents, notifySettings } from "../../db/schema";
import { resetConfigForTests } from "../../app/config.server";
import { notifyCy } from "../../app/i18n/locales/notify.cy";
import { notifyEn } from "../../app/i18n/locales/notify.en";
import { isOptedOut } from "../../app/notify/opt-outs.server";
import { contactKey } from "../../app/notify/secrets.server";
import * as settingsRoute from "../../app/routes/admin.notify";
import * as stopRoute from "../../app/routes/o.$orgSlug.stop-messages";
import { addOurTemplates, startNotifyStandIn, type NotifyStandIn } from "../stand-ins/notify";
import { args, dataOf, get, makeOrganisationWithUsers, post } from "../helpers";

const db = getDb();
let standIn: NotifyStandIn;
let org: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let templates: ReturnType<typeof addOurTemplates>;

beforeAll(async () => {
  standIn = await startNotifyStandIn();
  process.env.NOTIFY_BASE_URL = standIn.url;
  resetConfigForTests();
  org = await makeOrganisationWithUsers("notify-settings");
  templates = addOurTemplates(standIn, { en: notifyEn.message, cy: notifyCy.message });
});

afterAll(() => standIn.close());

const submit = async (fields: Record<string, string>) =>
  dataOf(await settingsRoute.action(args(post("/admin/notify", fields, org.people.admin.cookie))));
const stored = () => db.select().from(notifySettings).where(eq(notifySettings.organisationId, org.organisation.id)).get();
const audits = () =>
  db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, org.organisation.id))
    .all()
    .filter((e) => e.action.startsWith("notify."));

describe("Notify settings", () => {
  it("a key of the wrong shape is refused before Notify is asked", async () => {
    const before = standIn.received.length;
    const { status, data } = await submit({ intent: "save", apiKey: "not-a-key" });
    expect(status).toBe(400);
    expect(data.errors).toEqual({ apiKey: "notify.errors.keyFormat" });
    expect(data.values).not.toHaveProperty("apiKey");
    expect(standIn.received.length).toBe(before);
  });

  it("a key Notify refuses (403) saves nothing, keeps what was typed except the key, and says so", async () => {
    const { status, data } = await submit({
      intent: "save",
      apiKey: standIn.unknownKey(),
      smsTemplateEn: templates.smsTemplateEn,
    });
    expect(status).toBe(400);
    expect(data.errors).toEqual({ apiKey: "notify.problems.refused" });
    expect(data.values).toMatchObject({ smsTemplateEn: templates.smsTemplateEn });
    expect(data.values).not.toHaveProperty("apiKey");
    expect(stored()).toBeUndefined();
    expect(audits()).toEqual([]);
  });

  it("a template whose text is not ours is refused", async () => {
    const other = standIn.addTemplate({ type: "sms", name: "Old", body: "Hello ((name)), about your burglary: ((link))" });
    const { status, data } = await submit({ intent: "save", apiKey: standIn.apiKey, smsTemplateEn: other });
    expect(status).toBe(400);
    expect(data.errors).toEqual({ smsTemplateEn: "notify.problems.template-placeholders" });
    expect(stored()).toBeUndefined();
  });

  it("checking a good key saves nothing; saving seals it, audits without it and never shows it again", async () => {
    const fields = {
      apiKey: standIn.apiKey,
      ...templates,
      smsSenderId: standIn.smsSenderId,
      emailReplyToId: "",
      inboundSms: "yes",
    };
    expect((await submit({ intent: "check", ...fields })).data).toEqual({ ok: true, saved: false });
    expect(stored()).toBeUndefined();
    expect((await submit({ intent: "save", ...fields })).data).toEqual({ ok: true, saved: true });
    const row = stored()!;
    expect(row.apiKeyName).toBe("victim-voice-live");
    expect(row.apiKeySealed).not.toContain(standIn.apiKey.slice(-36));
    expect(row).toMatchObject({ smsTemplateCy: templates.smsTemplateCy, inboundSms: true });
    const [entry] = audits();
    expect(entry.detail).toMatchObject({ keyReplaced: true, keyName: "victim-voice-live" });
    expect(JSON.stringify(entry)).not.toContain(standIn.apiKey.slice(-36));
    const page = (await settingsRoute.loader(args(get("/admin/notify", org.people.admin.cookie)))) as unknown;
    expect(JSON.stringify(page)).not.toContain(standIn.apiKey.slice(-36));
    expect(page).toMatchObject({ settings: { keyName: "victim-voice-live" } });
  });

  it("saving again with the key left empty keeps the saved key (checked with Notify again)", async () => {
    const sealed = stored()!.apiKeySealed;
    const { data } = await submit({ intent: "save", apiKey: "", ...templates, smsSenderId: "", emailReplyToId: "" });
    expect(data).toEqual({ ok: true, saved: true });
    expect(stored()!.apiKeySealed).toBe(sealed);
    standIn.revokeKey(standIn.apiKey);
    const refused = await submit({ intent: "check", apiKey: "", ...templates, smsSenderId: "", emailReplyToId: "" });
    expect(refused.data.errors).toEqual({ apiKey: "notify.problems.refused" });
  });
});

describe("the stop-messages page", () => {
  const send = async (slug: string, contact: string, lng = "en") =>
    dataOf(await stopRoute.action(args(post(`/o/${slug}/stop-messages?lng=${lng}`, { contact }), { orgSlug: slug })));

  it("asks kindly again for something that is not a number or address, and stores nothing", async () => {
    const { status, data } = await send("notify-settings", "not sure", "cy");
    expect(status).toBe(400);
    expect(data).toMatchObject({ lang: "cy", errors: { contact: "notify.optOut.invalid" } });
  });

  it("adds the keyed hash of the normalised contact to the organisation's list", async () => {
    const { status, data } = await send("notify-settings", "07700 900777");
    expect(status).toBe(200);
    expect(data.view).toBe("stopped-messages");
    expect(isOptedOut(db, org.organisation.id, contactKey(org.organisation.id, "+447700900777"))).toBe(true);
    expect((await send("notify-settings", "+44 7700 900777")).status).toBe(200); // again: the same answer
  });

  it("an unknown organisation answers 404", async () => {
    expect((await send("nobody-here", "07700 900777")).status).toBe(404);
  });
});
