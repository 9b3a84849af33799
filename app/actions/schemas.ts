/**
 * Form schemas of the action log: one per form, used by the route's action to
 * re-validate whatever the page sent. Messages are translation keys. Schemas
 * that refuse dates in the future take today's date, so tests can fix it.
 */
import { z } from "zod";
import { isCalendarDate } from "../engagements/stages";
import { ACTION_STATUSES } from "./status";

/** Fields read with getAll (checkboxes). */
export const ACTION_ARRAYS = ["themeId"] as const;
export const QUOTE_ARRAYS = ["codingId"] as const;

/** How many passages an action can quote publicly. */
export const MAX_QUOTES = 6;

const id = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^[1-9]\d{0,15}$/, message)
    .transform(Number);

const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^[1-9]\d{0,15}$/.test(value), message)
    .transform((value) => (value === "" ? null : Number(value)));

const required = (max: number, message: string, tooLong = "errors.textTooLong") =>
  z.string({ required_error: message }).trim().min(1, message).max(max, tooLong);

const optional = (max: number) => z.string().trim().max(max, "errors.textTooLong").default("");

const date = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .refine((value) => isCalendarDate(value), message);

const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || isCalendarDate(value), "errors.dateInvalid")
  .transform((value) => (value === "" ? null : value));

/** A day that has already come (or is today). */
const pastDate = (today: string, message: string) =>
  date(message).refine((value) => value <= today, "actions.errors.dateInFuture");

/** Creating or changing an action (not its status, which has a form of its own). */
export const actionSchema = (today: string) =>
  z
    .object({
      engagementId: id("actions.errors.engagementRequired"),
      title: required(200, "actions.errors.titleRequired", "actions.errors.titleTooLong"),
      titleCy: z.string().trim().max(200, "actions.errors.titleTooLong").default(""),
      description: required(4000, "actions.errors.descriptionRequired"),
      descriptionCy: optional(4000),
      rationale: optional(4000),
      rationaleCy: optional(4000),
      owningTeam: required(200, "actions.errors.teamRequired"),
      ownerUserId: optionalId("errors.staffUnknown"),
      raisedOn: pastDate(today, "actions.errors.raisedOnRequired"),
      targetDate: optionalDate,
      themeId: z.array(id("actions.errors.themeUnknown")).max(50, "actions.errors.tooManyThemes").default([]),
    })
    .superRefine((value, ctx) => {
      if (value.targetDate && value.targetDate < value.raisedOn) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["targetDate"], message: "actions.errors.targetBeforeRaised" });
      }
    });

export type ActionInput = z.output<ReturnType<typeof actionSchema>>;

/** A checkbox with the value "yes": sent only when ticked. */
const ticked = z
  .string()
  .optional()
  .transform((value) => value === "yes");

/** A dated progress update. The "public" box is sent only when ticked. */
export const updateSchema = (today: string) =>
  z.object({
    updateOn: pastDate(today, "actions.errors.updateOnRequired"),
    body: required(4000, "actions.errors.updateRequired"),
    bodyCy: optional(4000),
    isPublic: ticked,
  });

export type UpdateInput = z.output<ReturnType<typeof updateSchema>>;

/** A change of status, recorded as an update; "not taken forward" needs a reason. */
export const statusSchema = (today: string) =>
  z
    .object({
      status: z.enum(ACTION_STATUSES, { errorMap: () => ({ message: "actions.errors.statusRequired" }) }),
      changedOn: pastDate(today, "actions.errors.changedOnRequired"),
      reason: optional(2000),
      reasonCy: optional(2000),
      note: optional(4000),
      noteCy: optional(4000),
      /** The change joins the public history only when ticked: a note may be meant for staff alone. */
      notePublic: ticked,
    })
    .superRefine((value, ctx) => {
      if (value.status === "not_taken_forward" && value.reason === "") {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reason"], message: "actions.errors.reasonRequired" });
      }
    });

export type StatusInput = z.output<ReturnType<typeof statusSchema>>;

/** Only http and https links: no javascript:, data: or file: addresses reach a page as a link. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const evidenceSchema = z.object({
  evidenceLabel: required(200, "actions.errors.evidenceLabelRequired", "actions.errors.evidenceLabelTooLong"),
  evidenceUrl: z
    .string({ required_error: "actions.errors.evidenceUrlRequired" })
    .trim()
    .min(1, "actions.errors.evidenceUrlRequired")
    .max(2000, "actions.errors.evidenceUrlInvalid")
    .refine(isWebAddress, "actions.errors.evidenceUrlInvalid"),
});

export const removeEvidenceSchema = z.object({ evidenceId: id("actions.errors.unknown") });

export const quotesSchema = z.object({
  codingId: z.array(id("actions.errors.quoteUnknown")).max(MAX_QUOTES, "actions.errors.tooManyQuotes").default([]),
});

/** The list's filters (a GET form): a value that is not recognised is dropped rather than refused. */
export const listFilterSchema = z.object({
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
  owner: optionalId("").catch(null),
  engagement: optionalId("").catch(null),
  overdue: z
    .string()
    .optional()
    .transform((value) => value === "1")
    .catch(false),
});

export type ListFilter = z.output<typeof listFilterSchema>;

/** The report's period (a GET form). */
export const periodSchema = z
  .object({
    from: date("actions.errors.fromRequired"),
    to: date("actions.errors.toRequired"),
  })
  .superRefine((value, ctx) => {
    if (value.to < value.from)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["to"], message: "actions.errors.toBeforeFrom" });
  });

export type Period = z.output<typeof periodSchema>;
