import { z } from "zod";
import { ENGAGEMENT_STATUSES, STAGE_STATUSES } from "../../db/enums";
import { isCalendarDate } from "./stages";

/** Error messages are keys under `errors` in app/i18n/locales. */
const optionalDate = (message: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || isCalendarDate(value), message)
    .transform((value) => (value === "" ? null : value));

const optionalStaff = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || /^\d{1,9}$/.test(value), "errors.staffUnknown")
  .transform((value) => (value === "" ? null : Number(value)));

const text = (min: number, max: number, required: string, tooLong: string) =>
  z.string({ required_error: required }).trim().min(min, required).max(max, tooLong);

export const engagementSchema = z
  .object({
    title: text(1, 200, "errors.engagementTitleRequired", "errors.engagementTitleTooLong"),
    /** Welsh for the public "you said, we did" page; empty shows the English there. */
    titleCy: z.string().trim().max(200, "errors.engagementTitleTooLong").default(""),
    purpose: text(1, 2000, "errors.purposeRequired", "errors.textTooLong"),
    purposeCy: z.string().trim().max(2000, "errors.textTooLong").default(""),
    audience: text(1, 2000, "errors.audienceRequired", "errors.textTooLong"),
    sponsor: z.string().trim().max(200, "errors.textTooLong").default(""),
    leadUserId: optionalStaff,
    startDate: optionalDate("errors.dateInvalid"),
    endDate: optionalDate("errors.dateInvalid"),
    status: z.enum(ENGAGEMENT_STATUSES, { errorMap: () => ({ message: "errors.engagementStatusRequired" }) }),
  })
  .superRefine((value, ctx) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endDate"], message: "errors.endBeforeStart" });
    }
  });

export const stageSchema = z.object({
  status: z.enum(STAGE_STATUSES, { errorMap: () => ({ message: "errors.stageStatusRequired" }) }),
  ownerUserId: optionalStaff,
  notes: z.string().max(10_000, "errors.textTooLong").default(""),
  lastReviewedOn: optionalDate("errors.dateInvalid"),
  nextReviewOn: optionalDate("errors.dateInvalid"),
  ticked: z.array(z.string().max(100)).max(200).default([]),
});

export const checklistItemSchema = z.object({
  text: text(1, 300, "errors.checklistItemRequired", "errors.checklistItemTooLong"),
});

/** Parallel arrays from the wording form: one entry per checklist item. */
export const stageWordingSchema = z
  .object({
    title: text(1, 120, "errors.stageTitleRequired", "errors.stageTitleTooLong"),
    titleCy: text(1, 120, "errors.stageTitleCyRequired", "errors.stageTitleTooLong"),
    description: text(1, 1000, "errors.stageDescriptionRequired", "errors.textTooLong"),
    descriptionCy: text(1, 1000, "errors.stageDescriptionCyRequired", "errors.textTooLong"),
    itemKey: z.array(z.string().regex(/^[a-z0-9_]{1,40}$/)).max(50),
    itemText: z.array(z.string().trim().max(300, "errors.checklistItemTooLong")).max(50),
    itemTextCy: z.array(z.string().trim().max(300, "errors.checklistItemTooLong")).max(50),
    removeItem: z.array(z.string()).default([]),
    newItemText: z.string().trim().max(300, "errors.checklistItemTooLong").default(""),
    newItemTextCy: z.string().trim().max(300, "errors.checklistItemTooLong").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.itemKey.length !== value.itemText.length || value.itemKey.length !== value.itemTextCy.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["form"], message: "errors.formIncomplete" });
      return;
    }
    value.itemText.forEach((itemText, index) => {
      if (!value.removeItem.includes(value.itemKey[index]) && (itemText === "" || value.itemTextCy[index] === "")) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [`itemText-${index}`], message: "errors.checklistItemBothLanguages" });
      }
    });
    if ((value.newItemText === "") !== (value.newItemTextCy === "")) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["newItemText"], message: "errors.checklistItemBothLanguages" });
    }
  });
