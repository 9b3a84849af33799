import { z } from "zod";
import { ROLES } from "./roles";

/** Error messages are keys under `errors` in app/i18n/locales. */
const email = z
  .string({ required_error: "errors.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "errors.emailRequired")
  .max(254, "errors.emailFormat")
  .email("errors.emailFormat");

const personName = z
  .string({ required_error: "errors.nameRequired" })
  .trim()
  .min(1, "errors.nameRequired")
  .max(120, "errors.nameTooLong");

const newPassword = z
  .string({ required_error: "errors.passwordRequired" })
  .min(1, "errors.passwordRequired")
  .min(12, "errors.passwordTooShort")
  .max(256, "errors.passwordTooLong");

const roles = z.array(z.enum(ROLES, { message: "errors.rolesRequired" })).min(1, "errors.rolesRequired");

function confirmed<T extends { password: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["confirmPassword"], message: "errors.confirmPasswordMismatch" });
  }
}

export const setupSchema = z
  .object({
    organisationName: z
      .string({ required_error: "errors.organisationNameRequired" })
      .trim()
      .min(1, "errors.organisationNameRequired")
      .max(120, "errors.organisationNameTooLong"),
    organisationNameCy: z
      .string({ required_error: "errors.organisationNameCyRequired" })
      .trim()
      .min(1, "errors.organisationNameCyRequired")
      .max(120, "errors.organisationNameCyTooLong"),
    slug: z
      .string({ required_error: "errors.slugRequired" })
      .trim()
      .toLowerCase()
      .min(1, "errors.slugRequired")
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/, "errors.slugFormat"),
    name: personName,
    email,
    password: newPassword,
    confirmPassword: z.string().default(""),
  })
  .superRefine((value, ctx) => {
    confirmed(value, ctx);
    if (value.password.toLowerCase() === value.email) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["password"], message: "errors.passwordIsEmail" });
    }
  });

export const signInSchema = z.object({
  email,
  password: z
    .string({ required_error: "errors.passwordRequired" })
    .min(1, "errors.passwordRequired")
    .max(256, "errors.signInFailed"),
});

export const addUserSchema = z.object({ name: personName, email, roles });

export const editUserSchema = z.object({ name: personName, roles });

export const setPasswordSchema = z
  .object({ password: newPassword, confirmPassword: z.string().default("") })
  .superRefine(confirmed);

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ required_error: "errors.currentPasswordRequired" })
      .min(1, "errors.currentPasswordRequired")
      .max(256, "errors.currentPasswordWrong"),
    password: newPassword,
    confirmPassword: z.string().default(""),
  })
  .superRefine(confirmed);
