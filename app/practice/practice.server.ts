/**
 * Practice self-assessments: starting one, rating statements, signing off, and reading one back with its wording
 * and figures. Every query is scoped by the organisation inside the function, so another organisation's assessment
 * answers 404 whatever the page forgot; every change is written with its audit entry in one transaction.
 *
 * An open assessment reads the organisation's current wording and live figures. Signing off freezes both into the
 * assessment (its snapshot) and the database refuses any later change to it or its ratings (triggers in the
 * migration), so a signed-off report says the same thing for ever. Gaps become actions in gaps.server.ts; sharing
 * and comparison are in sharing.server.ts.
 */
import { and, asc, desc, eq, lt, or } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import {
  practiceAssessments,
  practiceContributors,
  practiceRatings,
  practiceStatementWording,
  users,
  type PracticeSnapshot,
} from "../../db/schema";
import type { Actor } from "../accounts/actor";
import { recordAudit } from "../audit/audit.server";
import { getStageDefinitions } from "../engagements/stage-definitions.server";
import { ukToday, type StageKey } from "../engagements/stages";
import { notFound } from "../http/responses";
import { practiceFigures, type PracticeFigures } from "./figures.server";
import { stageScores, unratedStatements, type Rated } from "./profile";
import type { RatingInput } from "./schemas";
import {
  DEFAULT_STATEMENTS,
  resolveStatements,
  statementsOfStage,
  type PracticeFigure,
  type PracticeStatement,
} from "./statements";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Failure = { ok: false; field: string; error: string };

const FROZEN: Failure = { ok: false, field: "form", error: "practice.errors.signedOff" };

/** The organisation's statements: its own wording where it has some, the shipped wording elsewhere. */
export function getPracticeStatements(organisationId: number, db: Pick<Db, "select"> = getDb()): PracticeStatement[] {
  const rows = db
    .select({
      key: practiceStatementWording.statementKey,
      text: practiceStatementWording.text,
      textCy: practiceStatementWording.textCy,
      evidence: practiceStatementWording.evidence,
      evidenceCy: practiceStatementWording.evidenceCy,
    })
    .from(practiceStatementWording)
    .where(eq(practiceStatementWording.organisationId, organisationId))
    .all();
  return resolveStatements(rows);
}

const assessmentColumns = {
  id: practiceAssessments.id,
  name: practiceAssessments.name,
  assessedOn: practiceAssessments.assessedOn,
  status: practiceAssessments.status,
  signedOffAt: practiceAssessments.signedOffAt,
  snapshot: practiceAssessments.snapshot,
};

export function listAssessments(organisationId: number) {
  return getDb()
    .select({ ...assessmentColumns, signedOffBy: users.name })
    .from(practiceAssessments)
    .leftJoin(users, eq(users.id, practiceAssessments.signedOffBy))
    .where(eq(practiceAssessments.organisationId, organisationId))
    .orderBy(desc(practiceAssessments.assessedOn), desc(practiceAssessments.id))
    .all()
    .map(({ snapshot: _snapshot, ...row }) => row);
}

export function getAssessment(organisationId: number, assessmentId: number, db: Pick<Db, "select"> = getDb()) {
  const row = db
    .select({ ...assessmentColumns, signedOffBy: users.name })
    .from(practiceAssessments)
    .leftJoin(users, eq(users.id, practiceAssessments.signedOffBy))
    .where(and(eq(practiceAssessments.id, assessmentId), eq(practiceAssessments.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return row;
}

export type Assessment = ReturnType<typeof getAssessment>;

export function assessmentRatings(assessmentId: number, db: Pick<Db, "select"> = getDb()) {
  return db
    .select({
      statementKey: practiceRatings.statementKey,
      level: practiceRatings.level,
      notes: practiceRatings.notes,
      evidenceLinks: practiceRatings.evidenceLinks,
      updatedAt: practiceRatings.updatedAt,
      updatedBy: users.name,
    })
    .from(practiceRatings)
    .leftJoin(users, eq(users.id, practiceRatings.updatedBy))
    .where(eq(practiceRatings.assessmentId, assessmentId))
    .all();
}

export type Rating = ReturnType<typeof assessmentRatings>[number];

export function contributorNames(assessmentId: number): string[] {
  return getDb()
    .select({ name: users.name })
    .from(practiceContributors)
    .innerJoin(users, eq(users.id, practiceContributors.userId))
    .where(eq(practiceContributors.assessmentId, assessmentId))
    .orderBy(asc(users.name))
    .all()
    .map((row) => row.name);
}

/**
 * What an assessment was rated against: the frozen wording and figures once signed off, the organisation's
 * current wording and live figures while open.
 */
export function assessmentContext(organisationId: number, assessment: Assessment, today = ukToday()) {
  if (assessment.status === "signed_off" && assessment.snapshot) {
    const snapshot = assessment.snapshot;
    return {
      stages: snapshot.stages,
      statements: snapshot.statements.map((s) => ({ ...s, stage: s.stage as StageKey })),
      figures: snapshot.figures as Partial<PracticeFigures>,
      figureKeys: figureKeysOf(snapshot.statements.map((s) => s.key)),
    };
  }
  const stages = getStageDefinitions(organisationId).map(({ key, number, title, titleCy }) => ({ key, number, title, titleCy }));
  const statements = getPracticeStatements(organisationId);
  return {
    stages,
    statements: statements.map(({ figure: _figure, ...s }) => s),
    figures: practiceFigures(organisationId, today) as Partial<PracticeFigures>,
    figureKeys: figureKeysOf(statements.map((s) => s.key)),
  };
}

/** Which figure sits beside which statement: a property of the shipped statement, never reworded away. */
function figureKeysOf(keys: string[]): Record<string, PracticeFigure> {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const figure = DEFAULT_STATEMENTS.find((s) => s.key === key)?.figure;
      return figure ? [[key, figure]] : [];
    }),
  );
}

export function findOpenAssessment(organisationId: number, db: Pick<Db, "select"> = getDb()) {
  return (
    db
      .select({ id: practiceAssessments.id, name: practiceAssessments.name })
      .from(practiceAssessments)
      .where(and(eq(practiceAssessments.organisationId, organisationId), eq(practiceAssessments.status, "open")))
      .get() ?? null
  );
}

/** An organisation works on one assessment at a time, so colleagues never split their ratings across two. */
export function startAssessment(actor: Actor, input: { name: string; assessedOn: string }): { ok: true; id: number } | Failure {
  return getDb().transaction((tx) => {
    if (findOpenAssessment(actor.organisation.id, tx))
      return { ok: false as const, field: "name", error: "practice.errors.openExists" };
    const created = tx
      .insert(practiceAssessments)
      .values({ organisationId: actor.organisation.id, name: input.name, assessedOn: input.assessedOn, createdBy: actor.id })
      .returning({ id: practiceAssessments.id })
      .get();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "practice_assessment.started",
      objectType: "practice_assessment",
      objectId: created.id,
      detail: { name: input.name, assessedOn: input.assessedOn },
    });
    return { ok: true as const, id: created.id };
  });
}

function openAssessmentIn(tx: Tx, organisationId: number, assessmentId: number): Failure | null {
  const row = getAssessment(organisationId, assessmentId, tx);
  return row.status === "open" ? null : FROZEN;
}

/**
 * Saves the ratings given on one stage's form; statements left without a level keep whatever they had. The person
 * becomes a contributor. All or nothing.
 */
export function rateStage(actor: Actor, assessmentId: number, stage: StageKey, inputs: RatingInput[]): { ok: true } | Failure {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = openAssessmentIn(tx, organisationId, assessmentId);
    if (closed) return closed;
    const allowed = statementsOfStage(getPracticeStatements(organisationId, tx), stage).map((s) => s.key);
    if (inputs.some((input) => !allowed.includes(input.statementKey))) {
      return { ok: false as const, field: "form", error: "practice.errors.statementUnknown" };
    }
    if (inputs.length === 0) return { ok: false as const, field: "form", error: "practice.errors.nothingRated" };
    const updatedAt = new Date().toISOString();
    for (const input of inputs) {
      const values = {
        level: input.level,
        notes: input.notes,
        evidenceLinks: input.evidenceLinks,
        updatedBy: actor.id,
        updatedAt,
      };
      tx.insert(practiceRatings)
        .values({ assessmentId, statementKey: input.statementKey, ...values })
        .onConflictDoUpdate({ target: [practiceRatings.assessmentId, practiceRatings.statementKey], set: values })
        .run();
    }
    tx.insert(practiceContributors).values({ assessmentId, userId: actor.id }).onConflictDoNothing().run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "practice_assessment.rated",
      objectType: "practice_assessment",
      objectId: assessmentId,
      detail: { stage, levels: Object.fromEntries(inputs.map((input) => [input.statementKey, input.level])) },
    });
    return { ok: true as const };
  });
}

/**
 * Signs an assessment off: refused, kindly, while any statement is unrated. Freezes the wording, the stages' titles
 * and the figures into the assessment; from then on the database refuses any change to it.
 */
export function signOffAssessment(actor: Actor, assessmentId: number, today = ukToday()): { ok: true } | Failure {
  const organisationId = actor.organisation.id;
  return getDb().transaction((tx) => {
    const closed = openAssessmentIn(tx, organisationId, assessmentId);
    if (closed) return closed;
    const statements = getPracticeStatements(organisationId, tx);
    const ratings = assessmentRatings(assessmentId, tx);
    if (unratedStatements(statements, ratings).length > 0) {
      return { ok: false as const, field: "form", error: "practice.errors.unrated" };
    }
    const snapshot: PracticeSnapshot = {
      stages: getStageDefinitions(organisationId).map(({ key, number, title, titleCy }) => ({ key, number, title, titleCy })),
      statements: statements.map(({ key, stage, text, textCy, evidence, evidenceCy }) => ({
        key,
        stage,
        text,
        textCy,
        evidence,
        evidenceCy,
      })),
      figures: practiceFigures(organisationId, today, tx),
    };
    tx.update(practiceAssessments)
      .set({ status: "signed_off", signedOffAt: new Date().toISOString(), signedOffBy: actor.id, snapshot })
      .where(and(eq(practiceAssessments.id, assessmentId), eq(practiceAssessments.organisationId, organisationId)))
      .run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "practice_assessment.signed_off",
      objectType: "practice_assessment",
      objectId: assessmentId,
    });
    return { ok: true as const };
  });
}

/** The signed-off assessment before this one (by the day each describes), for "change since the last assessment". */
export function previousSignedOff(organisationId: number, assessment: Pick<Assessment, "id" | "assessedOn">) {
  const row = getDb()
    .select({ id: practiceAssessments.id, name: practiceAssessments.name, assessedOn: practiceAssessments.assessedOn })
    .from(practiceAssessments)
    .where(
      and(
        eq(practiceAssessments.organisationId, organisationId),
        eq(practiceAssessments.status, "signed_off"),
        or(
          lt(practiceAssessments.assessedOn, assessment.assessedOn),
          and(eq(practiceAssessments.assessedOn, assessment.assessedOn), lt(practiceAssessments.id, assessment.id)),
        ),
      ),
    )
    .orderBy(desc(practiceAssessments.assessedOn), desc(practiceAssessments.id))
    .get();
  if (!row) return null;
  const ratings: Rated[] = assessmentRatings(row.id).map(({ statementKey, level }) => ({ statementKey, level }));
  return { ...row, ratings };
}

/** The latest signed-off assessment, for the home page's reminder. */
export function latestSignedOff(organisationId: number) {
  return (
    getDb()
      .select({ id: practiceAssessments.id, name: practiceAssessments.name, assessedOn: practiceAssessments.assessedOn })
      .from(practiceAssessments)
      .where(and(eq(practiceAssessments.organisationId, organisationId), eq(practiceAssessments.status, "signed_off")))
      .orderBy(desc(practiceAssessments.assessedOn), desc(practiceAssessments.id))
      .get() ?? null
  );
}

/** The organisation's latest signed-off profile by stage, with the stage titles it was signed off under. */
export function ownLatestProfile(organisationId: number) {
  const latest = latestSignedOff(organisationId);
  if (!latest) return null;
  const assessment = getAssessment(organisationId, latest.id);
  const context = assessmentContext(organisationId, assessment);
  const scores = stageScores(context.statements, assessmentRatings(latest.id));
  return {
    name: latest.name,
    assessedOn: latest.assessedOn,
    stages: context.stages.map((stage) => ({ ...stage, score: scores.find((s) => s.stage === stage.key)?.score ?? null })),
  };
}
