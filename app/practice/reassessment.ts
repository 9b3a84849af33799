/**
 * When an organisation is due to assess its practice again: a year after the day its latest signed-off assessment
 * describes, as the stages of an engagement are due on their review date. Pure: no I/O.
 */
import { addDays } from "../engagements/stages";

export const REASSESS_AFTER_DAYS = 365;
/** The home page says so this many days before it falls due. */
export const REMIND_BEFORE_DAYS = 30;

export type Reassessment =
  | { state: "never" }
  | { state: "open"; assessmentId: number; name: string }
  | { state: "due" | "soon"; dueOn: string; lastName: string; lastAssessmentId: number }
  | { state: "not_yet"; dueOn: string };

export function reassessment(
  latestSignedOff: { id: number; name: string; assessedOn: string } | null,
  open: { id: number; name: string } | null,
  today: string,
): Reassessment {
  if (open) return { state: "open", assessmentId: open.id, name: open.name };
  if (!latestSignedOff) return { state: "never" };
  const dueOn = addDays(latestSignedOff.assessedOn, REASSESS_AFTER_DAYS);
  const base = { dueOn, lastName: latestSignedOff.name, lastAssessmentId: latestSignedOff.id };
  if (dueOn <= today) return { state: "due", ...base };
  if (addDays(today, REMIND_BEFORE_DAYS) >= dueOn) return { state: "soon", ...base };
  return { state: "not_yet", dueOn };
}
