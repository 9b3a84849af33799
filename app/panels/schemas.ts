/**
 * Form schemas of the panel pages: one per form, re-validated by the route's action. Messages are translation keys.
 * Whether an id names a real member, engagement or theme of the organisation is checked by the model functions.
 */
import { z } from "zod";
import { isCalendarDate } from "../engagements/stages";

/** Fields read with getAll (checkboxes). */
export const PANEL_ARRAYS = ["memberId", "engagementId"] as const;
export const THEME_ARRAYS = ["themeId"] as const;

const id = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^[1-9]\d{0,15}$/, message)
    .transform(Number);

const optional = (max: number) => z.string().trim().max(max, "errors.textTooLong").default("");

export const panelSchema = z.object({
  name: z
    .string({ required_error: "panels.errors.nameRequired" })
    .trim()
    .min(1, "panels.errors.nameRequired")
    .max(200, "panels.errors.nameTooLong"),
  nameCy: z.string().trim().max(200, "panels.errors.nameTooLong").default(""),
  termsOfReference: optional(8000),
  termsOfReferenceCy: optional(8000),
  memberId: z
    .array(id("panels.errors.memberUnknown"))
    .min(1, "panels.errors.membersRequired")
    .max(100, "panels.errors.tooManyMembers")
    .default([]),
  chairUserId: id("panels.errors.chairRequired"),
  engagementId: z
    .array(id("panels.errors.engagementUnknown"))
    .min(1, "panels.errors.engagementsRequired")
    .max(50, "panels.errors.tooManyEngagements")
    .default([]),
});

export type PanelInput = z.output<typeof panelSchema>;

export const sessionSchema = z.object({
  heldOn: z
    .string({ required_error: "panels.errors.heldOnRequired" })
    .trim()
    .refine((value) => isCalendarDate(value), "panels.errors.heldOnRequired"),
  agenda: optional(8000),
  agendaCy: optional(8000),
});

export type SessionInput = z.output<typeof sessionSchema>;

/** The themes under review; issuing the pack needs at least one (checked by the model, which knows the intent). */
export const sessionThemesSchema = z.object({
  themeId: z.array(id("panels.errors.themeUnknown")).max(30, "panels.errors.tooManyThemes").default([]),
});

export type SessionThemesInput = z.output<typeof sessionThemesSchema>;
