/**
 * An organisation's GOV.UK Notify settings (admins only). The API key is sealed before it is stored
 * (secrets.server.ts) and never read back to a page: the page learns only that a key is set and its key name.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifySettings } from "../../db/schema";
import { openApiKey, sealApiKey } from "./secrets.server";
import type { Medium } from "./outbox.server";

export type NotifySettingsView = {
  keyName: string | null;
  smsSenderId: string;
  emailReplyToId: string;
  smsTemplateEn: string;
  smsTemplateCy: string;
  emailTemplateEn: string;
  emailTemplateCy: string;
  inboundSms: boolean;
};

export type NotifySettingsInput = Omit<NotifySettingsView, "keyName">;

type Reader = Pick<Db, "select">;

export function readNotifySettings(db: Reader, organisationId: number): NotifySettingsView {
  const row = db.select().from(notifySettings).where(eq(notifySettings.organisationId, organisationId)).get();
  return {
    keyName: row?.apiKeySealed ? row.apiKeyName : null,
    smsSenderId: row?.smsSenderId ?? "",
    emailReplyToId: row?.emailReplyToId ?? "",
    smsTemplateEn: row?.smsTemplateEn ?? "",
    smsTemplateCy: row?.smsTemplateCy ?? "",
    emailTemplateEn: row?.emailTemplateEn ?? "",
    emailTemplateCy: row?.emailTemplateCy ?? "",
    inboundSms: row?.inboundSms ?? false,
  };
}

/** What the sender needs: the key in clear (never leaves the server) and the ids for a medium and language. */
export type SendingSettings = NotifySettingsView & { apiKey: string };

export function sendingSettings(db: Reader, organisationId: number): SendingSettings | null {
  const row = db
    .select({ sealed: notifySettings.apiKeySealed })
    .from(notifySettings)
    .where(eq(notifySettings.organisationId, organisationId))
    .get();
  const apiKey = row?.sealed ? openApiKey(organisationId, row.sealed) : null;
  return apiKey ? { ...readNotifySettings(db, organisationId), apiKey } : null;
}

export function templateFor(settings: NotifySettingsView, medium: Medium, language: "en" | "cy"): string {
  if (medium === "sms") return language === "cy" ? settings.smsTemplateCy : settings.smsTemplateEn;
  return language === "cy" ? settings.emailTemplateCy : settings.emailTemplateEn;
}

/** Which media the organisation can send now: a key, and a template in both languages for that medium. */
export function notifyReadiness(db: Reader, organisationId: number): Record<Medium, boolean> {
  const settings = readNotifySettings(db, organisationId);
  const keySet = settings.keyName !== null;
  return {
    sms: keySet && Boolean(settings.smsTemplateEn && settings.smsTemplateCy),
    email: keySet && Boolean(settings.emailTemplateEn && settings.emailTemplateCy),
  };
}

/**
 * Saves the settings; a new key (already checked against Notify by the caller) replaces the sealed one, and no key
 * keeps the one stored. Call inside the transaction that writes the audit entry.
 */
export function saveNotifySettings(
  tx: Pick<Db, "insert">,
  organisationId: number,
  userId: number | null,
  input: NotifySettingsInput,
  newKey: { apiKey: string; keyName: string } | null,
) {
  const values = {
    smsSenderId: input.smsSenderId || null,
    emailReplyToId: input.emailReplyToId || null,
    smsTemplateEn: input.smsTemplateEn || null,
    smsTemplateCy: input.smsTemplateCy || null,
    emailTemplateEn: input.emailTemplateEn || null,
    emailTemplateCy: input.emailTemplateCy || null,
    inboundSms: input.inboundSms,
    updatedAt: new Date().toISOString(),
    updatedBy: userId,
    ...(newKey ? { apiKeySealed: sealApiKey(organisationId, newKey.apiKey), apiKeyName: newKey.keyName } : {}),
  };
  tx.insert(notifySettings)
    .values({ organisationId, ...values })
    .onConflictDoUpdate({ target: notifySettings.organisationId, set: values })
    .run();
}
