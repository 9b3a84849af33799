/**
 * Form schemas of the practice self-assessment: one per form, used by the route's action to re-validate whatever the
 * page sent. Messages are translation keys (practice.errors.*), so the page says them in the person's language.
 */
import { z } from "zod";
import { isCalendarDate } from "../engagements/stages";
import { normaliseWebAddress } from "../organisations/web-address";
import { PRACTICE_LEVELS, type PracticeLevel } from "./profile";

const required = (max: number, message: string, tooLong = "errors.textTooLong") =>
  z.string({ required_error: message }).trim().min(1, message).max(max, tooLong);

const id = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^[1-9]\d{0,15}$/, message)
    .transform(Number);

/** Starting an assessment: a name and the day it describes (today or earlier). */
export const startAssessmentSchema = (today: string) =>
  z.object({
    name: required(200, "practice.errors.nameRequired", "practice.errors.nameTooLong"),
    assessedOn: z
      .string({ required_error: "practice.errors.dateRequired" })
      .trim()
      .refine(isCalendarDate, "practice.errors.dateRequired")
      .refine((value) => value <= today, "practice.errors.dateInFuture"),
  });

export const MAX_EVIDENCE_LINKS = 10;
export const MAX_NOTES = 4000;

export type RatingInput = { statementKey: string; level: PracticeLevel; notes: string; evidenceLinks: string[] };

/** The field names of one statement on a stage's rating form. */
export const ratingFields = (key: string) => ({ level: `level-${key}`, notes: `notes-${key}`, evidence: `evidence-${key}` });

/**
 * Rating a stage's statements: for each, a level (or none yet), notes, and evidence links one per line. Notes or
 * links without a level are refused rather than dropped, so nothing typed is lost without a word.
 */
export function rateStageSchema(statementKeys: string[]) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const key of statementKeys) {
    const fields = ratingFields(key);
    shape[fields.level] = z
      .string()
      .trim()
      .default("")
      .refine((value) => value === "" || (PRACTICE_LEVELS as readonly string[]).includes(value), "practice.errors.levelUnknown");
    shape[fields.notes] = z.string().trim().max(MAX_NOTES, "practice.errors.notesTooLong").default("");
    shape[fields.evidence] = z
      .string()
      .max(MAX_EVIDENCE_LINKS * 2100, "practice.errors.tooManyLinks")
      .default("")
      .transform((value, ctx) => {
        const lines = value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        if (lines.length > MAX_EVIDENCE_LINKS) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: "practice.errors.tooManyLinks" });
          return z.NEVER;
        }
        const links = lines.map((line) => (line.length <= 2000 ? normaliseWebAddress(line) : null));
        if (links.some((link) => link === null)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: "practice.errors.linkInvalid" });
          return z.NEVER;
        }
        return links as string[];
      });
  }
  return z
    .object(shape)
    .superRefine((value, ctx) => {
      for (const key of statementKeys) {
        const fields = ratingFields(key);
        const notes = value[fields.notes] as string;
        const links = value[fields.evidence] as string[];
        if (value[fields.level] === "" && (notes !== "" || links.length > 0)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [fields.level], message: "practice.errors.levelNeeded" });
        }
      }
    })
    .transform((value): RatingInput[] =>
      statementKeys.flatMap((key) => {
        const fields = ratingFields(key);
        const level = value[fields.level] as string;
        if (level === "") return [];
        return [
          {
            statementKey: key,
            level: level as PracticeLevel,
            notes: value[fields.notes] as string,
            evidenceLinks: value[fields.evidence] as string[],
          },
        ];
      }),
    );
}

/** Raising an action from a gap: the engagement it belongs to, who owns it, by when. */
export const gapActionSchema = (today: string) =>
  z.object({
    engagementId: id("practice.errors.engagementRequired"),
    title: required(200, "actions.errors.titleRequired", "actions.errors.titleTooLong"),
    titleCy: z.string().trim().max(200, "actions.errors.titleTooLong").default(""),
    owningTeam: required(200, "actions.errors.teamRequired"),
    ownerUserId: id("practice.errors.ownerRequired"),
    targetDate: z
      .string({ required_error: "practice.errors.targetRequired" })
      .trim()
      .refine(isCalendarDate, "practice.errors.targetRequired")
      .refine((value) => value >= today, "practice.errors.targetInPast"),
  });

export type GapActionInput = z.output<ReturnType<typeof gapActionSchema>>;

export const sharingSchema = z.object({
  share: z.enum(["yes", "no"], { errorMap: () => ({ message: "practice.errors.sharingChoice" }) }),
});

/** An admin's wording of one practice statement: what it says and what evidence would show it, in both languages. */
export const statementWordingSchema = z.object({
  text: required(300, "practice.errors.wordingTextRequired", "practice.errors.wordingTextTooLong"),
  textCy: required(300, "practice.errors.wordingTextCyRequired", "practice.errors.wordingTextTooLong"),
  evidence: required(1000, "practice.errors.wordingEvidenceRequired", "practice.errors.wordingEvidenceTooLong"),
  evidenceCy: required(1000, "practice.errors.wordingEvidenceCyRequired", "practice.errors.wordingEvidenceTooLong"),
});

export type StatementWordingInput = z.output<typeof statementWordingSchema>;
