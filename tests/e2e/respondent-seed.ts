/**
 * Test set-up for the respondent journeys, written straight into the e2e
 * database through the app's own model functions (the server reads the same
 * SQLite file), so each spec starts from a published survey without clicking
 * through the designer again.
 */
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { ADMIN } from "./fixtures";

function databaseFile(): string {
  const file = process.env.E2E_DATABASE;
  if (!file) throw new Error("E2E_DATABASE is not set: run the browser tests through playwright.config.ts.");
  return file;
}

/**
 * Publishes the respondent test survey under `slug` for the first-run organisation (once). With `responses`, publishes
 * the "experience of reporting" template with that many made-up responses over the last 85 days instead; with
 * "optional", a one-page survey where nothing is compulsory; with "complex", the survey of questions of several parts
 * (tests/fixtures/complex-survey.ts).
 */
export function publishRespondentSurvey(slug: string, responses?: number | "optional" | "complex") {
  const extra = responses === undefined ? [] : [String(responses)];
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "tests/e2e/seed-survey.ts", slug, ADMIN.slug, ADMIN.email, ...extra],
    {
      env: { ...process.env, DATABASE_URL: databaseFile(), NODE_ENV: "test" },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`Could not publish the test survey:\n${result.stderr}`);
}

/** Adds a staff member of the first-run organisation who can sign in with `password` (once). */
export function addStaffMember(person: { email: string; name: string; password: string; roles: string[] }) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "tests/e2e/seed-user.ts", ADMIN.slug, person.email, person.name, person.password, person.roles.join(",")],
    { env: { ...process.env, DATABASE_URL: databaseFile(), NODE_ENV: "test" }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`Could not add the staff member:\n${result.stderr}`);
}

/** Where "Exit this page" sends people from the first-run organisation (a page on this machine, for the tests). */
export function setQuickExit(url: string) {
  const db = new Database(databaseFile());
  try {
    db.prepare("update organisations set quick_exit_url = ? where slug = ?").run(url, ADMIN.slug);
  } finally {
    db.close();
  }
}

/** The staff id of a survey, for its pages' addresses (/surveys/<id>/...). */
export function surveyIdOf(slug: string): number {
  const db = new Database(databaseFile(), { readonly: true });
  try {
    const row = db.prepare("select id from surveys where slug = ?").get(slug) as { id: number } | undefined;
    if (!row) throw new Error(`No survey ${slug}`);
    return row.id;
  } finally {
    db.close();
  }
}

/** Stored responses to a survey, read from the database file. */
export function responsesTo(
  slug: string,
): { answers: Record<string, unknown>; language: string; submittedOn: string; channelId: number | null }[] {
  const db = new Database(databaseFile(), { readonly: true });
  try {
    const rows = db
      .prepare(
        "select r.answers, r.language, r.submitted_on as submittedOn, r.channel_id as channelId from responses r join surveys s on s.id = r.survey_id where s.slug = ? order by r.id",
      )
      .all(slug) as { answers: string; language: string; submittedOn: string; channelId: number | null }[];
    return rows.map((row) => ({ ...row, answers: JSON.parse(row.answers) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}
