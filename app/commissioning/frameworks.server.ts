/**
 * The commissioner's outcome framework, one row per version. The draft is edited (name, measures chosen from the
 * bank or written, their order); publishing freezes it (the model refuses, and database triggers refuse too); a
 * change after that is a new draft version copied from the latest published one. Services adopt published versions.
 */
import { and, asc, desc, eq, max } from "drizzle-orm";
import type { Actor } from "../accounts/actor";
import { getDb, type Db } from "../../db/client";
import { outcomeFrameworks, outcomeMeasures } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import type { SurveyElement } from "../surveys/survey-json";
import { bankMeasure, ownMeasure, type MeasureInput, type OutcomeMeasure, type OwnMeasure } from "./measures";
import { outcomeQuestionName } from "./names";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type FrameworkSummary = {
  id: number;
  organisationId: number;
  name: string;
  nameCy: string;
  status: "draft" | "published";
  version: number;
  publishedAt: string | null;
};

export type FrameworkVersion = FrameworkSummary & { measures: OutcomeMeasure[] };

export type Failure = { ok: false; field: string; error: string };

const summaryColumns = {
  id: outcomeFrameworks.id,
  organisationId: outcomeFrameworks.organisationId,
  name: outcomeFrameworks.name,
  nameCy: outcomeFrameworks.nameCy,
  status: outcomeFrameworks.status,
  version: outcomeFrameworks.version,
  publishedAt: outcomeFrameworks.publishedAt,
};

/** The measures of a framework version in order. */
export function frameworkMeasures(frameworkId: number, db: Pick<Db, "select"> = getDb()): OutcomeMeasure[] {
  return db
    .select({
      key: outcomeMeasures.key,
      position: outcomeMeasures.position,
      kind: outcomeMeasures.kind,
      bankId: outcomeMeasures.bankId,
      element: outcomeMeasures.element,
      scale: outcomeMeasures.scale,
      improvedWhen: outcomeMeasures.improvedWhen,
    })
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.frameworkId, frameworkId))
    .orderBy(asc(outcomeMeasures.position))
    .all()
    .map((row) => ({ ...row, element: row.element as SurveyElement, questionName: outcomeQuestionName(row.key) }));
}

/** A framework version by id, with its measures (no organisation scope: callers check the relationship). */
export function getFrameworkVersion(frameworkId: number): FrameworkVersion | null {
  const row = getDb().select(summaryColumns).from(outcomeFrameworks).where(eq(outcomeFrameworks.id, frameworkId)).get();
  return row ? { ...row, measures: frameworkMeasures(row.id) } : null;
}

/** Every version of an organisation's framework, newest first. */
export function listFrameworkVersions(organisationId: number): FrameworkSummary[] {
  return getDb()
    .select(summaryColumns)
    .from(outcomeFrameworks)
    .where(eq(outcomeFrameworks.organisationId, organisationId))
    .orderBy(desc(outcomeFrameworks.version))
    .all();
}

/** The organisation's latest published version, with its measures, or null. */
export function latestPublishedFramework(organisationId: number): FrameworkVersion | null {
  const row = getDb()
    .select(summaryColumns)
    .from(outcomeFrameworks)
    .where(and(eq(outcomeFrameworks.organisationId, organisationId), eq(outcomeFrameworks.status, "published")))
    .orderBy(desc(outcomeFrameworks.version))
    .limit(1)
    .get();
  return row ? { ...row, measures: frameworkMeasures(row.id) } : null;
}

/** The organisation's draft version, with its measures, or null. */
export function draftFramework(organisationId: number): FrameworkVersion | null {
  const row = getDb()
    .select(summaryColumns)
    .from(outcomeFrameworks)
    .where(and(eq(outcomeFrameworks.organisationId, organisationId), eq(outcomeFrameworks.status, "draft")))
    .get();
  return row ? { ...row, measures: frameworkMeasures(row.id) } : null;
}

function audit(tx: Tx, actor: Actor, action: string, frameworkId: number, detail?: Record<string, unknown>) {
  recordAudit(tx, {
    organisationId: actor.organisation.id,
    actorUserId: actor.id,
    action,
    objectType: "outcome_framework",
    objectId: frameworkId,
    detail,
  });
}

/**
 * Starts a draft: version 1 with no measures, or the next version copied from the latest published one. Answers
 * the draft's id; an existing draft is returned as it is.
 */
export function startDraft(actor: Actor, names: { name: string; nameCy: string }): number {
  return getDb().transaction((tx) => {
    const existing = tx
      .select({ id: outcomeFrameworks.id })
      .from(outcomeFrameworks)
      .where(and(eq(outcomeFrameworks.organisationId, actor.organisation.id), eq(outcomeFrameworks.status, "draft")))
      .get();
    if (existing) return existing.id;
    const latest = tx
      .select({ id: outcomeFrameworks.id, version: max(outcomeFrameworks.version) })
      .from(outcomeFrameworks)
      .where(eq(outcomeFrameworks.organisationId, actor.organisation.id))
      .get();
    const previous = latestPublishedFramework(actor.organisation.id);
    const row = tx
      .insert(outcomeFrameworks)
      .values({
        organisationId: actor.organisation.id,
        name: previous?.name ?? names.name,
        nameCy: previous?.nameCy ?? names.nameCy,
        status: "draft",
        version: (latest?.version ?? 0) + 1,
        createdBy: actor.id,
      })
      .returning({ id: outcomeFrameworks.id, version: outcomeFrameworks.version })
      .get();
    for (const measure of previous?.measures ?? []) insertMeasure(tx, row.id, measure, measure.position);
    audit(tx, actor, "outcome_framework.draft_started", row.id, { version: row.version, from: previous?.version ?? null });
    return row.id;
  });
}

function insertMeasure(tx: Tx, frameworkId: number, measure: MeasureInput, position: number) {
  tx.insert(outcomeMeasures)
    .values({
      frameworkId,
      key: measure.key,
      position,
      kind: measure.kind,
      bankId: measure.bankId,
      element: measure.element,
      scale: measure.scale,
      improvedWhen: measure.improvedWhen,
    })
    .run();
}

/** The organisation's draft or 404: a published version is never edited. */
function requireDraft(actor: Actor): FrameworkVersion {
  const draft = draftFramework(actor.organisation.id);
  if (!draft) notFound();
  return draft;
}

export function renameDraft(actor: Actor, names: { name: string; nameCy: string }) {
  const draft = requireDraft(actor);
  getDb().transaction((tx) => {
    tx.update(outcomeFrameworks).set(names).where(eq(outcomeFrameworks.id, draft.id)).run();
    audit(tx, actor, "outcome_framework.renamed", draft.id);
  });
}

function addMeasure(actor: Actor, measure: MeasureInput, field: string): { ok: true } | Failure {
  const draft = requireDraft(actor);
  if (draft.measures.some((m) => m.key === measure.key)) return { ok: false, field, error: "commissioning.errors.measureTaken" };
  const position = draft.measures.reduce((highest, m) => Math.max(highest, m.position + 1), 0);
  getDb().transaction((tx) => {
    insertMeasure(tx, draft.id, measure, position);
    audit(tx, actor, "outcome_framework.measure_added", draft.id, { key: measure.key });
  });
  return { ok: true };
}

export function addBankMeasure(actor: Actor, bankId: string): { ok: true } | Failure {
  const measure = bankMeasure(bankId);
  if (!measure) return { ok: false, field: "bankId", error: "commissioning.errors.notMeasurable" };
  return addMeasure(actor, measure, "bankId");
}

export function addOwnMeasure(actor: Actor, input: OwnMeasure): { ok: true } | Failure {
  return addMeasure(actor, ownMeasure(input), "key");
}

export function removeMeasure(actor: Actor, key: string) {
  const draft = requireDraft(actor);
  getDb().transaction((tx) => {
    tx.delete(outcomeMeasures)
      .where(and(eq(outcomeMeasures.frameworkId, draft.id), eq(outcomeMeasures.key, key)))
      .run();
    audit(tx, actor, "outcome_framework.measure_removed", draft.id, { key });
  });
}

/** Swaps a measure with its neighbour; positions are rewritten 0..n-1. */
export function moveMeasure(actor: Actor, key: string, direction: -1 | 1) {
  const draft = requireDraft(actor);
  const order = draft.measures.map((m) => m.key);
  const from = order.indexOf(key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= order.length) return;
  [order[from], order[to]] = [order[to], order[from]];
  getDb().transaction((tx) => {
    order.forEach((k, position) =>
      tx
        .update(outcomeMeasures)
        .set({ position })
        .where(and(eq(outcomeMeasures.frameworkId, draft.id), eq(outcomeMeasures.key, k)))
        .run(),
    );
    audit(tx, actor, "outcome_framework.measure_moved", draft.id, { key, direction });
  });
}

/** Publishes the draft as a frozen version. Refused while it has no measures. */
export function publishFramework(actor: Actor): { ok: true; version: number } | Failure {
  const draft = requireDraft(actor);
  if (draft.measures.length === 0) return { ok: false, field: "measures", error: "commissioning.errors.noMeasures" };
  getDb().transaction((tx) => {
    tx.update(outcomeFrameworks)
      .set({ status: "published", publishedAt: new Date().toISOString(), publishedBy: actor.id })
      .where(and(eq(outcomeFrameworks.id, draft.id), eq(outcomeFrameworks.status, "draft")))
      .run();
    audit(tx, actor, "outcome_framework.published", draft.id, {
      version: draft.version,
      measures: draft.measures.map((m) => m.key),
    });
  });
  return { ok: true, version: draft.version };
}
