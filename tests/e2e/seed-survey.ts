/**
 * Run with tsx (`node --import tsx tests/e2e/seed-survey.ts <slug> <org slug> <admin email> [responses | optional | complex]`), with
 * DATABASE_URL set to the e2e database: publishes a test survey through the app's own model functions. With a number
 * of responses, publishes the "experience of reporting" template instead and stores that many made-up responses
 * (redacted and counted as a respondent's would be) over the last 85 days. A separate process because the app's
 * modules import JSON the way tsx and Vite allow and Playwright's loader does not.
 */
import { eq } from "drizzle-orm";
import { londonDate } from "../../app/components/dates";
import { TEMPLATES, templateSurvey } from "../../app/surveys/bank";
import { getDb } from "../../db/client";
import { makeEngagement } from "../../db/factories";
import { makeResponses } from "../../db/response-factory";
import { organisations, surveys, surveyVersions, users } from "../../db/schema";
import { COMPLEX_SURVEY } from "../fixtures/complex-survey";
import { ALL_OPTIONAL_SURVEY } from "../fixtures/respondent-survey";
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
  if (responses === "optional") {
    publishTestSurvey(actor, slug, ALL_OPTIONAL_SURVEY);
  } else if (responses === "complex") {
    publishTestSurvey(actor, slug, COMPLEX_SURVEY);
  } else if (!responses) {
    publishTestSurvey(actor, slug);
  } else {
    const template = TEMPLATES.find((candidate) => candidate.id === "experience-of-reporting");
    if (!template) throw new Error("The experience-of-reporting template is missing.");
    const surveyId = publishTestSurvey(actor, slug, templateSurvey(template));
    // The survey listens for an engagement, as a real one would: actions and the public page hang off engagements.
    const engagement = makeEngagement(db, {
      organisationId: organisation.id,
      title: `Reporting a crime (${slug})`,
      titleCy: `Rhoi gwybod am drosedd (${slug})`,
      purpose: "To learn how it feels to report a crime to us, and change what does not work.",
      purposeCy: "Dysgu sut deimlad yw rhoi gwybod i ni am drosedd, a newid yr hyn nad yw'n gweithio.",
      audience: "People who reported a crime in the last three months",
      leadUserId: admin.id,
      startDate: "2026-08-01",
      endDate: "2026-11-30",
      status: "listening",
    });
    db.update(surveys).set({ engagementId: engagement.id }).where(eq(surveys.id, surveyId)).run();
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
