import type { Actor } from "../accounts/actor";
import { and, asc, desc, eq, max, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { engagements, surveys, surveyVersions, users, type SurveySettings } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { lockedProblemsFor } from "../commissioning/locked.server";
import { notFound } from "../http/responses";
import { blocksPublishing, checkSurvey, type Finding } from "./checks";
import { checkDefinition, type DefinitionProblem } from "./definition";
import { changeSummary } from "./edit";
import { safetyGate } from "./safety.server";
import { mergeLocalised, type SurveyJson } from "./survey-json";

/** A finding's stable id, so a person can acknowledge that exact warning. */
export const findingId = (f: Finding) =>
  [f.rule, f.page ?? "", f.element ?? "", f.params.lang ?? "", f.params.field ?? ""].join(":");

export function listSurveys(organisationId: number) {
  const db = getDb();
  const rows = db
    .select({
      id: surveys.id,
      title: surveys.title,
      slug: surveys.slug,
      status: surveys.status,
      draftChanged: surveys.draftChanged,
      engagementId: surveys.engagementId,
      engagementTitle: engagements.title,
    })
    .from(surveys)
    .leftJoin(engagements, eq(engagements.id, surveys.engagementId))
    .where(eq(surveys.organisationId, organisationId))
    .orderBy(desc(surveys.id))
    .all();
  const versions = db
    .select({ surveyId: surveyVersions.surveyId, latest: max(surveyVersions.version) })
    .from(surveyVersions)
    .innerJoin(surveys, eq(surveys.id, surveyVersions.surveyId))
    .where(eq(surveys.organisationId, organisationId))
    .groupBy(surveyVersions.surveyId)
    .all();
  return rows.map((row) => ({ ...row, latestVersion: versions.find((v) => v.surveyId === row.id)?.latest ?? null }));
}

/** A survey of the organisation, or 404. */
export function getSurvey(organisationId: number, surveyId: number) {
  const row = getDb()
    .select({
      id: surveys.id,
      title: surveys.title,
      slug: surveys.slug,
      status: surveys.status,
      settings: surveys.settings,
      draft: surveys.draft,
      draftChanged: surveys.draftChanged,
      engagementId: surveys.engagementId,
      engagementTitle: engagements.title,
    })
    .from(surveys)
    .leftJoin(engagements, eq(engagements.id, surveys.engagementId))
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return { ...row, draft: row.draft as SurveyJson };
}

export function listVersions(organisationId: number, surveyId: number) {
  getSurvey(organisationId, surveyId);
  return getDb()
    .select({
      version: surveyVersions.version,
      changes: surveyVersions.changes,
      publishedAt: surveyVersions.publishedAt,
      publishedBy: users.name,
      acknowledgedWarnings: surveyVersions.acknowledgedWarnings,
    })
    .from(surveyVersions)
    .leftJoin(users, eq(users.id, surveyVersions.publishedBy))
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.version))
    .all();
}

function slugTaken(slug: string, exceptId?: number) {
  const where = exceptId === undefined ? eq(surveys.slug, slug) : and(eq(surveys.slug, slug), ne(surveys.id, exceptId));
  return getDb().select({ id: surveys.id }).from(surveys).where(where).get() !== undefined;
}

function engagementOk(organisationId: number, engagementId: number | null) {
  if (engagementId === null) return true;
  return (
    getDb()
      .select({ id: engagements.id })
      .from(engagements)
      .where(and(eq(engagements.id, engagementId), eq(engagements.organisationId, organisationId)))
      .get() !== undefined
  );
}

export type SurveyDetails = { slug: string; engagementId: number | null; settings: SurveySettings };

type Failure = { ok: false; field: string; error: string } | { ok: false; problems: DefinitionProblem[] };

export function createSurvey(actor: Actor, details: SurveyDetails, draft: SurveyJson): { ok: true; id: number } | Failure {
  if (slugTaken(details.slug)) return { ok: false, field: "slug", error: "errors.surveySlugTaken" };
  if (!engagementOk(actor.organisation.id, details.engagementId))
    return { ok: false, field: "engagementId", error: "errors.staffUnknown" };
  const checked = checkDefinition(draft);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  return getDb().transaction((tx) => {
    const row = tx
      .insert(surveys)
      .values({
        organisationId: actor.organisation.id,
        engagementId: details.engagementId,
        slug: details.slug,
        title: titleOf(draft),
        settings: details.settings,
        draft: checked.json,
      })
      .returning({ id: surveys.id })
      .get();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "survey.created",
      objectType: "survey",
      objectId: row.id,
    });
    return { ok: true as const, id: row.id };
  });
}

const titleOf = (json: SurveyJson) =>
  (typeof json.title === "string" ? json.title : (json.title?.default ?? json.title?.en ?? "")).trim() || "Untitled survey";

export function updateSurveyDetails(actor: Actor, surveyId: number, details: SurveyDetails, titles: Record<string, string>) {
  const survey = getSurvey(actor.organisation.id, surveyId);
  if (slugTaken(details.slug, surveyId)) return { ok: false as const, field: "slug", error: "errors.surveySlugTaken" };
  if (!engagementOk(actor.organisation.id, details.engagementId))
    return { ok: false as const, field: "engagementId", error: "errors.staffUnknown" };
  // The form shows a title field for each language offered before this save: only those are edited. A language
  // offered just now keeps the title its definition carries, and one no longer offered keeps its text too.
  const shown = ["en", ...survey.settings.languages.filter((lang) => details.settings.languages.includes(lang))];
  const title = mergeLocalised(survey.draft.title, titles, shown);
  const draft = { ...survey.draft, title };
  getDb().transaction((tx) => {
    tx.update(surveys)
      .set({
        slug: details.slug,
        engagementId: details.engagementId,
        // The settings form does not carry the survey's own safety ticks: they stay as they were.
        settings: { ...details.settings, safetyTicked: survey.settings.safetyTicked },
        draft,
        title: titleOf(draft),
        draftChanged: true,
      })
      .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "survey.settings_updated",
      objectType: "survey",
      objectId: surveyId,
    });
  });
  return { ok: true as const };
}

/** Saves the working copy; an invalid definition is never stored. */
export function saveDraft(actor: Actor, surveyId: number, draft: SurveyJson) {
  getSurvey(actor.organisation.id, surveyId);
  const checked = checkDefinition(draft);
  if (!checked.ok) return { ok: false as const, problems: checked.problems };
  // Every editing path ends here, so this one check keeps an outcome survey's measured questions as adopted.
  const locked = lockedProblemsFor(surveyId, checked.json);
  if (locked.length) return { ok: false as const, problems: locked as DefinitionProblem[] };
  getDb().transaction((tx) => {
    tx.update(surveys)
      .set({ draft: checked.json, title: titleOf(checked.json), draftChanged: true })
      .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "survey.draft_updated",
      objectType: "survey",
      objectId: surveyId,
    });
  });
  return { ok: true as const };
}

/** Everything that stands between the draft and publishing: definition problems, check findings, the engagement's gate. */
export function publishReview(organisationId: number, surveyId: number) {
  const survey = getSurvey(organisationId, surveyId);
  const definition = checkDefinition(survey.draft);
  const findings = definition.ok
    ? checkSurvey(definition.json, { languages: survey.settings.languages, estimatedMinutes: survey.settings.estimatedMinutes })
    : [];
  const safety = safetyGate(organisationId, survey);
  // A draft stored before import normalised definitions is published in the one shape too.
  const draft = definition.ok ? definition.json : survey.draft;
  return {
    survey: { ...survey, draft },
    problems: definition.ok ? [] : definition.problems,
    findings,
    gate: safety.missing,
    safety,
  };
}

export function publishSurvey(actor: Actor, surveyId: number, acknowledged: string[]) {
  const review = publishReview(actor.organisation.id, surveyId);
  const warnings = review.findings.filter((f) => f.severity === "warning").map(findingId);
  const unacknowledged = warnings.filter((id) => !acknowledged.includes(id));
  if (review.problems.length || blocksPublishing(review.findings) || review.gate.length || unacknowledged.length) {
    return { ok: false as const, review, unacknowledged };
  }
  return getDb().transaction((tx) => {
    const previous = tx
      .select({ version: surveyVersions.version, definition: surveyVersions.definition })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, surveyId))
      .orderBy(desc(surveyVersions.version))
      .limit(1)
      .get();
    const version = (previous?.version ?? 0) + 1;
    const changes = changeSummary((previous?.definition as SurveyJson | undefined) ?? null, review.survey.draft);
    tx.insert(surveyVersions)
      .values({
        surveyId,
        version,
        definition: review.survey.draft,
        settings: review.survey.settings,
        changes,
        acknowledgedWarnings: warnings,
        publishedBy: actor.id,
      })
      .run();
    tx.update(surveys).set({ status: "published", draftChanged: false }).where(eq(surveys.id, surveyId)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "survey.published",
      objectType: "survey",
      objectId: surveyId,
      detail: { version, acknowledgedWarnings: warnings },
    });
    return { ok: true as const, version };
  });
}

/** The engagements a survey can belong to. */
export function engagementChoices(organisationId: number) {
  return getDb()
    .select({ id: engagements.id, title: engagements.title })
    .from(engagements)
    .where(eq(engagements.organisationId, organisationId))
    .orderBy(asc(engagements.title))
    .all();
}

/** An engagement's surveys, for its overview page. */
export function listEngagementSurveys(organisationId: number, engagementId: number) {
  return listSurveys(organisationId).filter((survey) => survey.engagementId === engagementId);
}
