/**
 * What the Notify settings page does: check a key (and the templates named) with Notify, and save only what Notify
 * accepted. Nothing is saved when Notify refuses the key; the key is never logged, audited or shown again.
 */
import { getDb } from "../../db/client";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { checkNotifyKey, type KeyCheck, type TemplateToCheck } from "./client.server";
import { checkMessage } from "./message-check";
import type { NotifySettingsForm } from "./schemas";
import { readNotifySettings, saveNotifySettings, sendingSettings, type NotifySettingsInput } from "./settings.server";

const TEMPLATE_FIELDS = [
  ["smsTemplateEn", "sms"],
  ["smsTemplateCy", "sms"],
  ["emailTemplateEn", "email"],
  ["emailTemplateCy", "email"],
] as const;

export type SettingsOutcome = { result: KeyCheck | { ok: false; problem: "no-key" }; saved: boolean };

export async function checkAndMaybeSave(actor: Actor, form: NotifySettingsForm): Promise<SettingsOutcome> {
  const organisationId = actor.organisation.id;
  const apiKey = form.apiKey || sendingSettings(getDb(), organisationId)?.apiKey;
  if (!apiKey) return { result: { ok: false, problem: "no-key" }, saved: false };
  const templates: TemplateToCheck[] = TEMPLATE_FIELDS.filter(([field]) => form[field]).map(([field, medium]) => ({
    field,
    medium,
    id: form[field],
    check: (body) => checkMessage(body, medium).length === 0,
  }));
  const result = await checkNotifyKey(apiKey, templates);
  if (!result.ok || form.intent === "check") return { result, saved: false };
  const input: NotifySettingsInput = {
    smsSenderId: form.smsSenderId,
    emailReplyToId: form.emailReplyToId,
    smsTemplateEn: form.smsTemplateEn,
    smsTemplateCy: form.smsTemplateCy,
    emailTemplateEn: form.emailTemplateEn,
    emailTemplateCy: form.emailTemplateCy,
    inboundSms: form.inboundSms,
  };
  const db = getDb();
  const before = readNotifySettings(db, organisationId);
  const changed = (Object.keys(input) as (keyof NotifySettingsInput)[]).filter((key) => input[key] !== before[key]);
  db.transaction((tx) => {
    saveNotifySettings(
      tx,
      organisationId,
      actor.id,
      input,
      form.apiKey ? { apiKey: form.apiKey, keyName: result.keyName } : null,
    );
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "notify.settings_updated",
      objectType: "organisation",
      objectId: organisationId,
      // Which settings changed, and the new key's name when a key was replaced: never the key.
      detail: { changed, ...(form.apiKey ? { keyReplaced: true, keyName: result.keyName } : {}) },
    });
  });
  return { result, saved: true };
}

/** What the page shows: the settings without the key (only whether one is set, and its name). */
export const notifySettingsFor = (organisationId: number) => readNotifySettings(getDb(), organisationId);
