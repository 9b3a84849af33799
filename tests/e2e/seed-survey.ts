/**
 * Run with tsx (`node --import tsx tests/e2e/seed-survey.ts <slug> <org slug> <admin email> [responses]`), with
 * DATABASE_URL set to the e2e database: publishes a test survey through the app's own model functions. With a number
 * of responses, publishes the "experience of reporting" template instead and stores that many made-up responses
 * (redacted and counted as a respondent's would be) over the last 85 days. A separate process because the app's
 * modules import JSON the way tsx and Vite allow and Playwright's loader does not.
 */
import { eq } from "drizzle-orm";
import { londonDate } from "../../app/components/dates";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import { getDb } from "../../db/client";
import { makeResponses } from "../../db/response-factory";
import { organisations, surveys, surveyVersions, users } from "../../db/schema";
import { publishTestSurvey } from "../respondent-helpers";

const [slug, organisationSlug, adminEmail, responses] = process.argv.slice(2);
const db = getDb();
if (!db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug)).get()) {
  const organisation = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, organisationSlug))
    .get();
  const admin = db.select({ id: users.id }).from(users).where(eq(users.email, adminEmail)).get();
  if (!organisation || !admin) throw new Error("The first-run organisation is missing: the first-run spec must run first.");
  const actor = { id: admin.id, organisation: { id: organisation.id } };
  if (!responses) {
    publishTestSurvey(actor, slug);
  } else {
    const template = TEMPLATES.find((candidate) => candidate.id === "experience-of-reporting");
    if (!template) throw new Error("The experience-of-reporting template is missing.");
    const surveyId = publishTestSurvey(actor, slug, templateSurvey(template));
    const version = db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).get();
    if (!version) throw new Error("The test survey was not published.");
    makeResponses({
      organisationId: organisation.id,
      surveyId,
      versionId: version.id,
      definition: version.definition,
      count: Number(responses),
      seed: 6,
      channelIds: [null],
      lastDay: londonDate(new Date()),
      days: 85,
      welshShare: 0.15,
    });
  }
}
