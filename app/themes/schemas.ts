/** Form schemas of the themes pages: one per form, used by the action (and the page, for field names). */
import { z } from "zod";
import { SAMPLE_SIZE_MAX } from "./limits";

const id = (message: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,15}$/, message)
    .transform(Number);

/** Fields read with getAll (checkboxes). */
export const TAG_ARRAYS = ["themeId", "sentence"] as const;

export const tagSchema = z.object({
  themeId: z.array(id("themes.errors.chooseTheme")).min(1, "themes.errors.chooseTheme"),
  sentence: z.array(z.string()).default([]),
  start: z.string().default(""),
  end: z.string().default(""),
});

export const untagSchema = z.object({ codingId: id("themes.errors.unknown") });

export const suggestionSchema = z.object({ signature: z.string().min(1).max(400) });

export const mergeSchema = suggestionSchema.extend({ themeId: id("themes.errors.themeRequired") });

export const sampleSchema = z.object({
  answerKey: z.string().min(1, "themes.errors.question"),
  size: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, "themes.errors.sampleSize")
    .transform(Number)
    .refine((n) => n >= 1 && n <= SAMPLE_SIZE_MAX, "themes.errors.sampleSize"),
  coderUserId: id("themes.errors.coderUnknown"),
});

export const resolveSchema = z.object({
  responseId: id("themes.errors.unknown"),
  themeId: id("themes.errors.unknown"),
  decision: z.enum(["apply", "remove"]),
});

/** Sentence checkboxes: sentence numbers, and "whole" (the default, which any ticked sentence overrides). */
export function sentenceChoice(values: string[]) {
  return { sentences: values.filter((v) => v !== "whole").map(Number) };
}
