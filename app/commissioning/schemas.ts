/** Forms of the commissioning pages; error messages are translation keys. */
import { z } from "zod";
import { OUTCOME_MEASURE_KINDS } from "../../db/schema";
import { MEASURE_KEY_PATTERN } from "./names";

const required = (key: string, max = 120) => z.string({ required_error: key }).trim().min(1, key).max(max, key);

export const commissionIdSchema = z.object({
  commissionId: z.coerce.number({ message: "errors.staffUnknown" }).int().positive(),
});

export const inviteExistingSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "commissioning.errors.slugRequired")
    .max(40, "commissioning.errors.unknownOrganisation"),
});

export const inviteNewSchema = z.object({
  name: required("errors.organisationNameRequired"),
  nameCy: required("errors.organisationNameCyRequired"),
  serviceSlug: z
    .string({ required_error: "errors.slugRequired" })
    .trim()
    .toLowerCase()
    .min(1, "errors.slugRequired")
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/, "errors.slugFormat"),
  adminName: required("errors.nameRequired"),
  adminEmail: z
    .string({ required_error: "errors.emailRequired" })
    .trim()
    .toLowerCase()
    .min(1, "errors.emailRequired")
    .max(254, "errors.emailFormat")
    .email("errors.emailFormat"),
});

export const frameworkNamesSchema = z.object({
  name: required("commissioning.errors.frameworkNameRequired"),
  nameCy: required("commissioning.errors.frameworkNameCyRequired"),
});

export const bankMeasureSchema = z.object({ bankId: z.string().trim().min(1, "commissioning.errors.bankRequired") });

/** One scale choice a line, lowest first; English and Welsh lines pair up in order. */
const lines = (key: string) =>
  z
    .string({ required_error: key })
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(120, "commissioning.errors.scaleLineTooLong"))
        .min(2, key)
        .max(10, "commissioning.errors.scaleTooLong"),
    );

export const ownMeasureSchema = z
  .object({
    key: z.string().trim().toLowerCase().regex(MEASURE_KEY_PATTERN, "commissioning.errors.keyFormat"),
    kind: z.enum(OUTCOME_MEASURE_KINDS, { message: "commissioning.errors.kindRequired" }),
    title: required("commissioning.errors.titleRequired", 300),
    titleCy: required("commissioning.errors.titleCyRequired", 300),
    scale: lines("commissioning.errors.scaleRequired"),
    scaleCy: lines("commissioning.errors.scaleCyRequired"),
    improvedWhen: z.enum(["higher", "lower"], { message: "commissioning.errors.improvedWhenRequired" }),
  })
  .superRefine((value, ctx) => {
    if (value.scale.length !== value.scaleCy.length)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["scaleCy"], message: "commissioning.errors.scaleMismatch" });
  });

export const measureKeySchema = z.object({
  key: z.string().trim().regex(MEASURE_KEY_PATTERN, "errors.staffUnknown"),
  direction: z.enum(["up", "down"]).optional(),
});
