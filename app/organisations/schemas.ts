import { z } from "zod";
import { contrastWithWhite, HEX_COLOUR, MINIMUM_CONTRAST } from "./colour";
import { webAddress } from "./web-address";

/** Error messages are translation keys (distribution errors). */
export const organisationSettingsSchema = z.object({
  name: z.string().trim().min(1, "distribution.errors.orgNameRequired").max(120, "distribution.errors.nameTooLong"),
  nameCy: z.string().trim().min(1, "distribution.errors.orgNameCyRequired").max(120, "distribution.errors.nameTooLong"),
  brandColour: z
    .string()
    .trim()
    .regex(HEX_COLOUR, "distribution.errors.colourFormat")
    .transform((value) => value.toLowerCase())
    .refine((value) => contrastWithWhite(value) >= MINIMUM_CONTRAST, "distribution.errors.colourContrast"),
  quickExitUrl: webAddress({ message: "distribution.errors.exitUrl" }),
  disclosureThreshold: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "distribution.errors.threshold")
    .transform(Number)
    .pipe(z.number().int().min(3, "distribution.errors.threshold").max(50, "distribution.errors.threshold")),
  /** A checkbox (read with getAll): whether the public "you said, we did" page names the staff who own actions. */
  publicStaffNames: z
    .array(z.string())
    .default([])
    .transform((ticked) => ticked.includes("yes")),
});

/** Fields of the settings form read with getAll (checkboxes). */
export const ORGANISATION_SETTINGS_ARRAYS = ["publicStaffNames"] as const;

export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;
