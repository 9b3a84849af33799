/**
 * What a respondent may see of a survey and its organisation: only published
 * versions, only public fields. No staff data ever leaves through here.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { organisations, surveys, surveyVersions, type SurveySettings } from "../../db/schema";
import { londonDate } from "../components/dates";
import type { SurveyJson } from "../surveys/survey-json";

export type PublicOrganisation = {
  id: number;
  slug: string;
  name: string;
  nameCy: string;
  brandColour: string;
  quickExitUrl: string;
};

export type Availability = "open" | "not-yet-open" | "closed";

export type PublicSurvey = {
  id: number;
  slug: string;
  organisation: PublicOrganisation;
  availability: Availability;
  /** The latest published version: what new respondents answer. */
  version: { id: number; number: number; definition: SurveyJson; settings: SurveySettings };
};

const organisationColumns = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  nameCy: organisations.nameCy,
  brandColour: organisations.brandColour,
  quickExitUrl: organisations.quickExitUrl,
};

export function findPublicOrganisation(slug: string): PublicOrganisation | null {
  return getDb().select(organisationColumns).from(organisations).where(eq(organisations.slug, slug)).get() ?? null;
}

/** Frozen definitions, parsed once per version: they never change (a trigger refuses updates). */
const definitions = new Map<number, SurveyJson>();

function cachedDefinition(versionId: number, definition: Record<string, unknown>): SurveyJson {
  let cached = definitions.get(versionId);
  if (!cached) {
    cached = definition as SurveyJson;
    if (definitions.size > 500) definitions.clear();
    definitions.set(versionId, cached);
  }
  return cached;
}

export function availabilityOf(
  status: string,
  archived: boolean,
  settings: Pick<SurveySettings, "opensOn" | "closesOn">,
  today = londonDate(new Date()),
): Availability {
  if (status === "closed" || archived) return "closed";
  if (settings.opensOn && today < settings.opensOn) return "not-yet-open";
  if (settings.closesOn && today > settings.closesOn) return "closed";
  return "open";
}

/**
 * The lookups every respondent request makes, prepared once per connection and reused: building and preparing the
 * SQL each time cost more than running it.
 */
function prepareLookups(db: Db) {
  const p = sql.placeholder;
  return {
    survey: db
      .select({
        id: surveys.id,
        slug: surveys.slug,
        status: surveys.status,
        archivedAt: surveys.archivedAt,
        organisationId: surveys.organisationId,
      })
      .from(surveys)
      .where(eq(surveys.slug, p("slug")))
      .prepare(),
    latestVersion: db
      .select({ id: surveyVersions.id, number: surveyVersions.version, settings: surveyVersions.settings })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, p("surveyId")))
      .orderBy(desc(surveyVersions.version))
      .limit(1)
      .prepare(),
    organisation: db
      .select(organisationColumns)
      .from(organisations)
      .where(eq(organisations.id, p("id")))
      .prepare(),
    version: db
      .select({ id: surveyVersions.id, number: surveyVersions.version, settings: surveyVersions.settings })
      .from(surveyVersions)
      .where(and(eq(surveyVersions.id, p("versionId")), eq(surveyVersions.surveyId, p("surveyId"))))
      .prepare(),
    definition: db
      .select({ definition: surveyVersions.definition })
      .from(surveyVersions)
      .where(eq(surveyVersions.id, p("versionId")))
      .prepare(),
  };
}

const preparedLookups = new WeakMap<Db, ReturnType<typeof prepareLookups>>();

function lookups() {
  const db = getDb();
  let prepared = preparedLookups.get(db);
  if (!prepared) preparedLookups.set(db, (prepared = prepareLookups(db)));
  return prepared;
}

/** A survey that has been published at least once, by its public address; null otherwise. */
export function findPublicSurvey(slug: string): PublicSurvey | null {
  const prepared = lookups();
  const row = prepared.survey.get({ slug });
  if (!row) return null;
  const version = prepared.latestVersion.get({ surveyId: row.id });
  if (!version) return null;
  const organisation = prepared.organisation.get({ id: row.organisationId });
  if (!organisation) return null;
  return {
    id: row.id,
    slug: row.slug,
    organisation,
    availability: availabilityOf(row.status, row.archivedAt !== null, version.settings),
    version: { id: version.id, number: version.number, settings: version.settings, definition: definitionOf(version.id) },
  };
}

function definitionOf(versionId: number): SurveyJson {
  const known = definitions.get(versionId);
  if (known) return known;
  const row = lookups().definition.get({ versionId });
  return cachedDefinition(versionId, row?.definition ?? { pages: [] });
}

/**
 * The version a respondent started on, if it belongs to this survey: someone
 * part-way through finishes the version they began even after a republish.
 */
export function versionOfSurvey(surveyId: number, versionId: number) {
  if (!Number.isSafeInteger(versionId) || versionId <= 0) return null;
  const row = lookups().version.get({ versionId, surveyId });
  return row ? { ...row, definition: definitionOf(row.id) } : null;
}

/** An organisation's surveys that are open now, newest first, for its public page. */
export function listOpenSurveys(organisationId: number) {
  const rows = getDb()
    .select({ id: surveys.id, slug: surveys.slug, status: surveys.status, archivedAt: surveys.archivedAt })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.status, "published")))
    .orderBy(desc(surveys.id))
    .all();
  return rows
    .map((row) => findPublicSurvey(row.slug))
    .filter((survey): survey is PublicSurvey => survey !== null && survey.availability === "open");
}
