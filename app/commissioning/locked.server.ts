/**
 * Which questions of a survey are locked: the measured questions of the framework version its service adopted
 * (none for any other survey). Kept apart from outcome-survey.server.ts so the survey model can ask it without
 * an import cycle.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { serviceOutcomeSurveys } from "../../db/schema";
import type { SurveyElement, SurveyJson } from "../surveys/survey-json";
import { frameworkMeasures } from "./frameworks.server";
import { lockedQuestionProblems, type LockedProblem } from "./locked";

/** The locked elements of a survey (none unless it is an outcome survey). */
export function lockedElementsOf(surveyId: number): SurveyElement[] {
  const link = getDb()
    .select({ frameworkId: serviceOutcomeSurveys.frameworkId })
    .from(serviceOutcomeSurveys)
    .where(eq(serviceOutcomeSurveys.surveyId, surveyId))
    .get();
  return link ? frameworkMeasures(link.frameworkId).map((m) => m.element) : [];
}

/** What saveDraft asks before storing a draft of any survey. */
export function lockedProblemsFor(surveyId: number, draft: SurveyJson): LockedProblem[] {
  return lockedQuestionProblems(draft, lockedElementsOf(surveyId));
}
