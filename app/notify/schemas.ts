import { z } from "zod";
import { isUuid, parseApiKey } from "./api-key";

const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || isUuid(value), message)
    .transform((value) => value.toLowerCase())
    .default("");

/** The Notify settings form. An empty key keeps the one stored; the key is never sent back to the page. */
export const notifySettingsSchema = z.object({
  intent: z.enum(["check", "save"]),
  apiKey: z
    .string()
    .trim()
    .refine((value) => value === "" || parseApiKey(value) !== null, "notify.errors.keyFormat")
    .default(""),
  smsSenderId: optionalId("notify.errors.idFormat"),
  emailReplyToId: optionalId("notify.errors.idFormat"),
  smsTemplateEn: optionalId("notify.errors.idFormat"),
  smsTemplateCy: optionalId("notify.errors.idFormat"),
  emailTemplateEn: optionalId("notify.errors.idFormat"),
  emailTemplateCy: optionalId("notify.errors.idFormat"),
  inboundSms: z
    .array(z.string())
    .default([])
    .transform((ticked) => ticked.includes("yes")),
});

export const NOTIFY_SETTINGS_ARRAYS = ["inboundSms"] as const;
export type NotifySettingsForm = z.output<typeof notifySettingsSchema>;
