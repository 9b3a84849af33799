/**
 * One organisation with a published survey (the "experience of reporting"
 * template, 22 questions on 5 pages), and a realistic answer set for it.
 * Uses the app's own model functions on the bench database (DATABASE_URL).
 */
import { getDb } from "../../db/client";
import { makeOrganisation, makeUser } from "../../db/factories";
import { answerText } from "../../db/answer-text";
import { randomAnswers, seeded } from "../../app/respondent/fields/testing";
import { questionSpecs, validateSubmission } from "../../app/respondent/survey-engine";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import { publishTestSurvey } from "../respondent-helpers";

let seededSurvey:
  | { organisationId: number; surveyId: number; slug: string; definition: object; answers: Record<string, unknown> }
  | undefined;

export async function benchSurvey() {
  if (seededSurvey) return seededSurvey;
  const db = getDb();
  const organisation = makeOrganisation(db, { slug: "bench", name: "Bench Police", nameCy: "Heddlu Mainc" });
  const lead = await makeUser(db, {
    organisationId: organisation.id,
    email: "lead@bench.example",
    name: "Bench Lead",
    roles: ["engagement_lead"],
    password: "a long bench password",
  });
  const definition = templateSurvey(TEMPLATES.find((t) => t.id === "experience-of-reporting")!);
  const surveyId = publishTestSurvey({ id: lead.id, organisation: { id: organisation.id } }, "bench-reporting", definition, {
    estimatedMinutes: 15,
  });
  const random = seeded(42);
  const specs = questionSpecs(definition);
  let answers: Record<string, unknown> = {};
  for (;;) {
    answers = randomAnswers(specs, random);
    for (const spec of specs)
      if (answers[spec.name] !== undefined && spec.kind === "comment") answers[spec.name] = answerText(random, "en").text;
    const checked = validateSubmission(definition, answers, "en");
    if (checked.ok) {
      answers = checked.answers;
      break;
    }
  }
  seededSurvey = { organisationId: organisation.id, surveyId, slug: "bench-reporting", definition, answers };
  return seededSurvey;
}
