import { z } from "zod";
import { SURVEY_LANGUAGES } from "../../db/enums";
import type { SurveySettings } from "../../db/schema";
import { isCalendarDate } from "../engagements/stages";
import { isLanguageCode } from "./languages";

const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || isCalendarDate(value), "errors.dateInvalid")
  .transform((value) => (value === "" ? null : value));

const localisedFields = Object.fromEntries(
  SURVEY_LANGUAGES.flatMap((lang) => [
    [`title_${lang}`, z.string().trim().max(200, "errors.textTooLong").default("")],
    [`intro_${lang}`, z.string().trim().max(4000, "errors.textTooLong").default("")],
  ]),
) as Record<string, z.ZodDefault<z.ZodString>>;

/** Settings shared by "create a survey" and "survey settings". */
export const surveySettingsSchema = z
  .object({
    title_en: z
      .string({ required_error: "errors.surveyTitleRequired" })
      .trim()
      .min(1, "errors.surveyTitleRequired")
      .max(200, "errors.textTooLong"),
    intro_en: z.string().trim().max(4000, "errors.textTooLong").default(""),
    ...localisedFields,
    slug: z
      .string({ required_error: "errors.slugRequired" })
      .trim()
      .toLowerCase()
      .min(1, "errors.slugRequired")
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])$/, "errors.surveySlugFormat"),
    engagementId: z
      .string()
      .default("")
      .refine((v) => v === "" || /^\d{1,9}$/.test(v), "errors.staffUnknown")
      .transform((v) => (v === "" ? null : Number(v))),
    // The built-in languages, or any other BCP 47 code (a language the definition carries).
    languages: z
      .array(z.string().trim().refine(isLanguageCode, "errors.languageUnknown"))
      .default([])
      .transform((codes) => [...new Set(codes)]),
    estimatedMinutes: z.coerce
      .number({ message: "errors.minutesInvalid" })
      .int("errors.minutesInvalid")
      .min(1, "errors.minutesInvalid")
      .max(60, "errors.minutesInvalid"),
    retentionDays: z.coerce
      .number({ message: "errors.retentionInvalid" })
      .int("errors.retentionInvalid")
      .min(30, "errors.retentionInvalid")
      .max(3650, "errors.retentionInvalid"),
    opensOn: optionalDate,
    closesOn: optionalDate,
  })
  // Titles and introductions of languages beyond the built-in ones are checked below, as the built-in ones are above.
  .passthrough()
  .superRefine((value, ctx) => {
    const fields = value as Record<string, unknown>;
    for (const lang of value.languages) {
      for (const [field, max] of [
        [`title_${lang}`, 200],
        [`intro_${lang}`, 4000],
      ] as const) {
        const text = fields[field];
        if (text !== undefined && (typeof text !== "string" || text.trim().length > max))
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: "errors.textTooLong" });
      }
    }
    if (value.opensOn && value.closesOn && value.closesOn < value.opensOn) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesOn"], message: "errors.closeBeforeOpen" });
    }
  });

export type SurveySettingsInput = z.output<typeof surveySettingsSchema>;

/** The settings and titles, split out of the parsed form. */
export function settingsFrom(input: SurveySettingsInput) {
  const fields = input as unknown as Record<string, unknown>;
  const field = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string).trim() : "");
  const titles: Record<string, string> = { en: input.title_en };
  const intro: Record<string, string> = {};
  if (input.intro_en) intro.en = input.intro_en;
  for (const lang of input.languages) {
    if (field(`title_${lang}`)) titles[lang] = field(`title_${lang}`);
    if (field(`intro_${lang}`)) intro[lang] = field(`intro_${lang}`);
  }
  return {
    titles,
    details: {
      slug: input.slug,
      engagementId: input.engagementId,
      settings: {
        languages: input.languages,
        estimatedMinutes: input.estimatedMinutes,
        intro,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        retentionDays: input.retentionDays,
      },
    },
  };
}

export const SURVEY_ARRAYS = ["languages"] as const;

export const DEFAULT_SETTINGS: SurveySettings = {
  languages: ["cy"],
  estimatedMinutes: 10,
  intro: {},
  opensOn: null,
  closesOn: null,
  retentionDays: 365,
};
