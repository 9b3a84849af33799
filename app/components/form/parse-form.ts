import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type FormFailure = { ok: false; errors: FieldErrors; values: FormValues };
export type FormResult<T> = { ok: true; data: T } | FormFailure;

/** Fields never sent back to the page after an error. */
const SECRET = /password|apiKey/i;

/**
 * Reads a submitted form into the shape a schema expects. Fields listed in
 * `arrays` are read with getAll (checkboxes); everything else as one string.
 * Error messages in the schemas are translation keys, so the page shows them
 * in the person's language.
 */
export function formValues(formData: FormData, arrays: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = arrays.includes(key) ? all : (all[0] ?? "");
  }
  for (const key of arrays) values[key] ??= [];
  return values;
}

export function safeValues(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET.test(key)));
}

export function parseForm<S extends z.ZodTypeAny>(
  schema: S,
  formData: FormData,
  arrays: readonly string[] = [],
): FormResult<z.output<S>> {
  const values = formValues(formData, arrays);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: safeValues(values) };
}

/** A failure for a check the schema cannot make (a taken e-mail, a wrong password). */
export function formFailure(formData: FormData, errors: FieldErrors, arrays: readonly string[] = []): FormFailure {
  return { ok: false, errors, values: safeValues(formValues(formData, arrays)) };
}
