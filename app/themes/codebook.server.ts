/**
 * The codebook behind a survey: its engagement's themes, or the survey's own
 * when it belongs to no engagement. Every query is scoped by organisation and
 * codebook: another organisation's survey or theme answers 404. Every change
 * is audited in the transaction that makes it.
 */
import { and, count, countDistinct, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { codings, responses, themes } from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { getSurvey } from "../surveys/surveys.server";
import { codebookOrder, placementProblem, type ThemeInput, type ThemeRow } from "./codebook";

/** A transaction of the app's database, for changes made together. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Codebook = {
  organisationId: number;
  survey: { id: number; title: string; engagementId: number | null; engagementTitle: string | null };
};

/** The codebook a survey's answers are coded with; 404 for another organisation's survey. */
export function codebookFor(organisationId: number, surveyId: number): Codebook {
  const survey = getSurvey(organisationId, surveyId);
  return {
    organisationId,
    survey: { id: survey.id, title: survey.title, engagementId: survey.engagementId, engagementTitle: survey.engagementTitle },
  };
}

/** The themes of this codebook, as a where clause. */
export function inCodebook(codebook: Codebook): SQL {
  const owner =
    codebook.survey.engagementId !== null
      ? eq(themes.engagementId, codebook.survey.engagementId)
      : and(isNull(themes.engagementId), eq(themes.surveyId, codebook.survey.id));
  return and(eq(themes.organisationId, codebook.organisationId), owner)!;
}

const themeColumns = {
  id: themes.id,
  parentId: themes.parentId,
  name: themes.name,
  nameCy: themes.nameCy,
  description: themes.description,
  descriptionCy: themes.descriptionCy,
};

export function listThemes(codebook: Codebook): ThemeRow[] {
  return getDb().select(themeColumns).from(themes).where(inCodebook(codebook)).all();
}

/** The codebook in reading order, with how many passages (and answers) of this survey each theme tags. */
export function codebookWithCounts(codebook: Codebook) {
  const rows = listThemes(codebook);
  const ids = rows.map((r) => r.id);
  const tallies = ids.length
    ? getDb()
        .select({ themeId: codings.themeId, passages: count(), answers: countDistinct(codings.responseId) })
        .from(codings)
        .innerJoin(responses, and(eq(responses.id, codings.responseId), eq(responses.surveyId, codebook.survey.id)))
        .where(and(eq(codings.organisationId, codebook.organisationId), inArray(codings.themeId, ids), isNull(codings.sampleId)))
        .groupBy(codings.themeId)
        .all()
    : [];
  return codebookOrder(rows).map((theme) => {
    const tally = tallies.find((t) => t.themeId === theme.id);
    return { ...theme, passages: tally?.passages ?? 0, answers: tally?.answers ?? 0 };
  });
}

/** A theme of this codebook, or 404. */
export function getTheme(codebook: Codebook, themeId: number): ThemeRow {
  const row = getDb()
    .select(themeColumns)
    .from(themes)
    .where(and(eq(themes.id, themeId), inCodebook(codebook)))
    .get();
  if (!row) notFound();
  return row;
}

type Failure = { ok: false; field: string; error: string };

function sameName(rows: ThemeRow[], input: ThemeInput, except: number | null): Failure | null {
  const clash = rows.find(
    (row) =>
      row.id !== except &&
      row.parentId === input.parentId &&
      row.name.toLocaleLowerCase("en-GB") === input.name.toLocaleLowerCase("en-GB"),
  );
  return clash ? { ok: false, field: "name", error: "themes.errors.duplicate" } : null;
}

/** Adds a theme; the transaction is the caller's when tagging follows (accepting a suggestion). */
export function insertTheme(tx: Tx, actor: Actor, codebook: Codebook, input: ThemeInput): number {
  const engagementId = codebook.survey.engagementId;
  const created = tx
    .insert(themes)
    .values({
      organisationId: actor.organisation.id,
      engagementId,
      surveyId: engagementId === null ? codebook.survey.id : null,
      parentId: input.parentId,
      name: input.name,
      nameCy: input.nameCy,
      description: input.description,
      descriptionCy: input.descriptionCy,
      createdBy: actor.id,
    })
    .returning({ id: themes.id })
    .get();
  recordAudit(tx, {
    organisationId: actor.organisation.id,
    actorUserId: actor.id,
    action: "theme.created",
    objectType: "theme",
    objectId: created.id,
    detail: { surveyId: codebook.survey.id, engagementId, parentId: input.parentId },
  });
  return created.id;
}

/** Checks a new theme against the codebook: its name, and where it would sit. */
export function newThemeProblem(codebook: Codebook, input: ThemeInput): Failure | null {
  const rows = listThemes(codebook);
  const placement = placementProblem(null, input.parentId, rows);
  if (placement) return { ok: false, field: "parentId", error: placement };
  return sameName(rows, input, null);
}

export function createTheme(actor: Actor, codebook: Codebook, input: ThemeInput): { ok: true; id: number } | Failure {
  const problem = newThemeProblem(codebook, input);
  if (problem) return problem;
  return { ok: true, id: getDb().transaction((tx) => insertTheme(tx, actor, codebook, input)) };
}

/** Changes a theme's names and descriptions, and moves it under a parent (or to the top). */
export function updateTheme(actor: Actor, codebook: Codebook, themeId: number, input: ThemeInput): { ok: true } | Failure {
  const before = getTheme(codebook, themeId);
  const rows = listThemes(codebook);
  const placement = placementProblem(themeId, input.parentId, rows);
  if (placement) return { ok: false, field: "parentId", error: placement };
  const clash = sameName(rows, input, themeId);
  if (clash) return clash;
  getDb().transaction((tx) => {
    tx.update(themes)
      .set({
        name: input.name,
        nameCy: input.nameCy,
        description: input.description,
        descriptionCy: input.descriptionCy,
        parentId: input.parentId,
      })
      .where(and(eq(themes.id, themeId), eq(themes.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: before.parentId === input.parentId ? "theme.updated" : "theme.moved",
      objectType: "theme",
      objectId: themeId,
      detail: { from: before.parentId, to: input.parentId },
    });
  });
  return { ok: true };
}

/** What deleting a theme takes with it, for the confirmation page: its passages everywhere, and its sub-themes move up. */
export function deletionImpact(codebook: Codebook, themeId: number) {
  const theme = getTheme(codebook, themeId);
  const db = getDb();
  const tally = db
    .select({ passages: count(), answers: countDistinct(codings.responseId) })
    .from(codings)
    .where(and(eq(codings.themeId, themeId), eq(codings.organisationId, codebook.organisationId)))
    .get();
  const children = listThemes(codebook).filter((row) => row.parentId === themeId);
  return { theme, passages: tally?.passages ?? 0, answers: tally?.answers ?? 0, children };
}

/** Deletes a theme with all its codings (double-coding ones too); its sub-themes become top-level themes. */
export function deleteTheme(actor: Actor, codebook: Codebook, themeId: number) {
  const impact = deletionImpact(codebook, themeId);
  getDb().transaction((tx) => {
    const org = actor.organisation.id;
    tx.update(themes)
      .set({ parentId: null })
      .where(and(eq(themes.parentId, themeId), eq(themes.organisationId, org)))
      .run();
    tx.delete(codings)
      .where(and(eq(codings.themeId, themeId), eq(codings.organisationId, org)))
      .run();
    tx.delete(themes)
      .where(and(eq(themes.id, themeId), eq(themes.organisationId, org)))
      .run();
    recordAudit(tx, {
      organisationId: org,
      actorUserId: actor.id,
      action: "theme.deleted",
      objectType: "theme",
      objectId: themeId,
      detail: { name: impact.theme.name, passages: impact.passages, childrenMoved: impact.children.map((c) => c.id) },
    });
  });
  return impact;
}
