/**
 * Run with tsx (`node --import tsx tests/e2e/seed-survey.ts <slug> <org slug> <admin email>`), with DATABASE_URL set
 * to the e2e database: publishes the respondent test survey through the app's own model functions. A separate
 * process because the app's modules import JSON the way tsx and Vite allow and Playwright's loader does not.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organisations, surveys, users } from "../../db/schema";
import { publishTestSurvey } from "../respondent-helpers";

const [slug, organisationSlug, adminEmail] = process.argv.slice(2);
const db = getDb();
if (!db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug)).get()) {
  const organisation = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, organisationSlug))
    .get();
  const admin = db.select({ id: users.id }).from(users).where(eq(users.email, adminEmail)).get();
  if (!organisation || !admin) throw new Error("The first-run organisation is missing: the first-run spec must run first.");
  publishTestSurvey({ id: admin.id, organisation: { id: organisation.id } }, slug);
}
