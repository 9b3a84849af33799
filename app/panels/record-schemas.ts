/**
 * Form schemas of a panel session's record: one per form, used by the route's action to re-validate whatever the page
 * sent. Messages are translation keys. The page has one finding form and one recommendation form per theme, so their
 * fields carry the theme in their names (`finding-12-outcome`); `parseScoped` reads one form's fields by that prefix
 * and gives the errors back under the same names, so only that form shows them. Pure.
 */
import { z } from "zod";
import { FINDING_OUTCOMES, RECOMMENDATION_PRIORITIES } from "../../db/enums";
import { parseForm, type FieldErrors, type FormResult, type FormValues } from "../components/form/parse-form";

export const RECORD_INTENTS = [
  "finding",
  "recommendation",
  "remove-recommendation",
  "attendance",
  "minutes",
  "comment",
  "sign-off",
] as const;
export type RecordIntent = (typeof RECORD_INTENTS)[number];

export const isRecordIntent = (value: unknown): value is RecordIntent =>
  typeof value === "string" && (RECORD_INTENTS as readonly string[]).includes(value);

/** What only the chair or an admin may do; comments are for every member. */
export const RECORDER_INTENTS: readonly RecordIntent[] = RECORD_INTENTS.filter((intent) => intent !== "comment");

const ID = /^[1-9]\d{0,15}$/;

const id = (message: string) => z.string({ required_error: message }).trim().regex(ID, message).transform(Number);

const optional = (max: number) => z.string().trim().max(max, "errors.textTooLong").default("");

const required = (max: number, message: string) =>
  z.string({ required_error: message }).trim().min(1, message).max(max, "errors.textTooLong");

export const themeIdSchema = z.object({ themeId: id("panelRecord.errors.unknownTheme") });

export const findingSchema = z.object({
  outcome: z.enum(FINDING_OUTCOMES, { errorMap: () => ({ message: "panelRecord.errors.outcomeRequired" }) }),
  observations: optional(8000),
  observationsCy: optional(8000),
});
export type FindingInput = z.output<typeof findingSchema>;

export const recommendationSchema = z.object({
  what: required(2000, "panelRecord.errors.whatRequired"),
  whatCy: optional(2000),
  toWhom: required(200, "panelRecord.errors.toWhomRequired"),
  priority: z.enum(RECOMMENDATION_PRIORITIES, { errorMap: () => ({ message: "panelRecord.errors.priorityRequired" }) }),
});
export type RecommendationInput = z.output<typeof recommendationSchema>;

export const removeRecommendationSchema = z.object({ recommendationId: id("panelRecord.errors.unknownRecommendation") });

export const minutesSchema = z.object({ minutes: optional(50_000), minutesCy: optional(50_000) });
export type MinutesInput = z.output<typeof minutesSchema>;

export const commentSchema = z.object({
  commentThemeId: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || ID.test(value), "panelRecord.errors.unknownTheme")
    .transform((value) => (value === "" ? null : Number(value))),
  body: required(4000, "panelRecord.errors.commentRequired"),
});
export type CommentInput = z.output<typeof commentSchema>;

export const ATTENDANCE_ARRAYS = ["attended"] as const;

/** The field of one member's declaration of interest. */
export const declarationField = (userId: number) => `declaration-${userId}`;

/** Attendance of the panel's members: ticked boxes say who came; each has a declaration of interest (may be empty). */
export const attendanceSchema = (memberIds: number[]) =>
  z
    .object({
      attended: z.array(id("panelRecord.errors.unknownMember")).max(500, "panelRecord.errors.unknownMember").default([]),
      ...Object.fromEntries(memberIds.map((userId) => [declarationField(userId), optional(2000)])),
    })
    .superRefine((value, ctx) => {
      if (value.attended.some((userId) => !memberIds.includes(userId))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["attended"], message: "panelRecord.errors.unknownMember" });
      }
    })
    .transform((value) => ({
      members: memberIds.map((userId) => ({
        userId,
        attended: value.attended.includes(userId),
        declaration: String((value as Record<string, unknown>)[declarationField(userId)] ?? ""),
      })),
    }));
export type AttendanceInput = z.output<ReturnType<typeof attendanceSchema>>;

export const summarySchema = z.object({
  publicSummary: optional(8000),
  publicSummaryCy: optional(8000),
});
export type SummaryInput = z.output<typeof summarySchema>;

export const SUMMARY_INTENTS = ["save", "publish", "unpublish"] as const;
export type SummaryIntent = (typeof SUMMARY_INTENTS)[number];
export const isSummaryIntent = (value: unknown): value is SummaryIntent =>
  typeof value === "string" && (SUMMARY_INTENTS as readonly string[]).includes(value);

/** The prefixes of a theme's two forms. */
export const findingPrefix = (themeId: number) => `finding-${themeId}-`;
export const recommendationPrefix = (themeId: number) => `rec-${themeId}-`;

const prefixed = <T>(record: Record<string, T>, prefix: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [`${prefix}${key}`, value]));

/** Parses the fields named `<prefix><field>` with a schema written for plain `<field>` names. */
export function parseScoped<S extends z.ZodTypeAny>(schema: S, formData: FormData, prefix: string): FormResult<z.output<S>> {
  const scoped = new FormData();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith(prefix)) scoped.append(key.slice(prefix.length), value);
  }
  const parsed = parseForm(schema, scoped);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    errors: prefixed<string>(parsed.errors, prefix) as FieldErrors,
    values: prefixed(parsed.values, prefix) as FormValues,
  };
}

/**
 * An action's title from a recommendation: the whole text when it is short, otherwise cut at a word before `max`
 * characters, with an ellipsis. The full text is the action's description.
 */
export function actionTitleFrom(what: string, max = 120): string {
  const text = what.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
