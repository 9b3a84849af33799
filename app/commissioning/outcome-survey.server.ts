/**
 * A service's outcome survey: a survey of the service's own organisation (its own responses, channels, links
 * and QR codes, through the ordinary survey and distribution code) made from a published framework version of a
 * commissioner. The measured questions come first and are locked (./locked.ts); the service adds its own after
 * them and publishes through the usual safety gate and trauma-informed check, in English and Welsh.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../accounts/actor";
import { getDb } from "../../db/client";
import { commissions, organisations, serviceOutcomeSurveys, surveys } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { checkDefinition } from "../surveys/definition";
import { DEFAULT_SETTINGS } from "../surveys/schemas";
import { createSurvey } from "../surveys/surveys.server";
import type { SurveyJson } from "../surveys/survey-json";
import { getCommission } from "./commissions.server";
import { getFrameworkVersion, latestPublishedFramework, type FrameworkVersion } from "./frameworks.server";
import { withLockedBlock } from "./locked";

export type Failure = { ok: false; field: string; error: string };

/** The first draft of an outcome survey: the framework's name as its title, the measured questions on page one. */
export function outcomeSurveyDefinition(framework: Pick<FrameworkVersion, "name" | "nameCy" | "measures">): SurveyJson {
  return {
    title: { default: framework.name, cy: framework.nameCy },
    showQuestionNumbers: "off",
    pages: [
      {
        name: "outcomes",
        title: { default: "How the support has helped you", cy: "Sut mae'r cymorth wedi eich helpu" },
        elements: framework.measures.map((m) => m.element),
      },
    ],
  };
}

export type OutcomeSurveyLink = {
  id: number;
  commissionId: number;
  frameworkId: number;
  frameworkVersion: number;
  surveyId: number;
  adoptedAt: string;
};

const linkColumns = {
  id: serviceOutcomeSurveys.id,
  commissionId: serviceOutcomeSurveys.commissionId,
  frameworkId: serviceOutcomeSurveys.frameworkId,
  frameworkVersion: serviceOutcomeSurveys.frameworkVersion,
  surveyId: serviceOutcomeSurveys.surveyId,
  adoptedAt: serviceOutcomeSurveys.adoptedAt,
};

/** The outcome survey adopted for a relationship, if any. */
export function outcomeSurveyOf(commissionId: number): OutcomeSurveyLink | null {
  return (
    getDb().select(linkColumns).from(serviceOutcomeSurveys).where(eq(serviceOutcomeSurveys.commissionId, commissionId)).get() ??
    null
  );
}

/**
 * The service adopts its commissioner's latest published framework version for an active relationship: a new
 * survey in the service's organisation, or, when it already has one from an older version, the same survey with
 * the locked block replaced (its own questions kept after it). Answers the survey's id.
 */
export function adoptOutcomeSurvey(actor: Actor, commissionId: number, slug: string): { ok: true; surveyId: number } | Failure {
  const commission = getCommission(actor.organisation.id, commissionId);
  if (commission.service.id !== actor.organisation.id) notFound();
  if (commission.state !== "active") return { ok: false, field: "commission", error: "commissioning.errors.notActive" };
  const framework = latestPublishedFramework(commission.commissioner.id);
  if (!framework) return { ok: false, field: "commission", error: "commissioning.errors.noFramework" };
  const existing = outcomeSurveyOf(commissionId);
  if (existing && existing.frameworkId === framework.id) return { ok: true, surveyId: existing.surveyId };
  const now = new Date().toISOString();
  return getDb().transaction((tx) => {
    let surveyId: number;
    if (existing) {
      const current = tx
        .select({ draft: surveys.draft })
        .from(surveys)
        .where(and(eq(surveys.id, existing.surveyId), eq(surveys.organisationId, actor.organisation.id)))
        .get();
      if (!current) notFound();
      const checked = checkDefinition(
        withLockedBlock(
          current.draft as SurveyJson,
          framework.measures.map((m) => m.element),
        ),
      );
      if (!checked.ok) return { ok: false as const, field: "commission", error: "commissioning.errors.adoptFailed" };
      tx.update(surveys).set({ draft: checked.json, draftChanged: true }).where(eq(surveys.id, existing.surveyId)).run();
      tx.update(serviceOutcomeSurveys)
        .set({ frameworkId: framework.id, frameworkVersion: framework.version, adoptedBy: actor.id, adoptedAt: now })
        .where(eq(serviceOutcomeSurveys.id, existing.id))
        .run();
      surveyId = existing.surveyId;
    } else {
      // createSurvey's own transaction nests here as a savepoint: the survey and its link are written together.
      const created = createSurvey(
        actor,
        { slug, engagementId: null, settings: { ...DEFAULT_SETTINGS, estimatedMinutes: 5 } },
        outcomeSurveyDefinition(framework),
      );
      if (!created.ok) {
        if ("field" in created)
          return { ok: false as const, field: created.field === "slug" ? "slug" : "commission", error: created.error };
        return { ok: false as const, field: "commission", error: "commissioning.errors.adoptFailed" };
      }
      tx.insert(serviceOutcomeSurveys)
        .values({
          commissionId,
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          surveyId: created.id,
          adoptedBy: actor.id,
          adoptedAt: now,
        })
        .run();
      surveyId = created.id;
    }
    for (const organisationId of [commission.service.id, commission.commissioner.id]) {
      recordAudit(tx, {
        organisationId,
        actorUserId: actor.id,
        action: "commission.outcome_survey_adopted",
        objectType: "commission",
        objectId: commissionId,
        detail: { frameworkVersion: framework.version, surveyId },
      });
    }
    return { ok: true as const, surveyId };
  });
}

export type CommissionedOutcomeSurvey = {
  commissionId: number;
  state: "invited" | "active" | "declined" | "ended";
  serviceOrganisationId: number;
  serviceName: string;
  serviceNameCy: string;
  acceptedAt: string | null;
  endedAt: string | null;
  frameworkId: number;
  frameworkVersion: number;
  surveyId: number;
};

/**
 * For the commissioner's comparison (part B): every relationship that ever became active, with its service's
 * outcome survey. Ended relationships are included with endedAt, so figures can stop at that date.
 */
export function listCommissionedOutcomeSurveys(commissionerOrganisationId: number): CommissionedOutcomeSurvey[] {
  return getDb()
    .select({
      commissionId: commissions.id,
      state: commissions.state,
      serviceOrganisationId: commissions.serviceOrganisationId,
      serviceName: organisations.name,
      serviceNameCy: organisations.nameCy,
      acceptedAt: commissions.acceptedAt,
      endedAt: commissions.endedAt,
      frameworkId: serviceOutcomeSurveys.frameworkId,
      frameworkVersion: serviceOutcomeSurveys.frameworkVersion,
      surveyId: serviceOutcomeSurveys.surveyId,
    })
    .from(commissions)
    .innerJoin(serviceOutcomeSurveys, eq(serviceOutcomeSurveys.commissionId, commissions.id))
    .innerJoin(organisations, eq(organisations.id, commissions.serviceOrganisationId))
    .where(
      and(
        eq(commissions.commissionerOrganisationId, commissionerOrganisationId),
        inArray(commissions.state, ["active", "ended"]),
      ),
    )
    .orderBy(organisations.name)
    .all();
}

/** For the service's own figures (part B): its outcome surveys, one per relationship, with the commissioner. */
export function listServiceOutcomeSurveys(serviceOrganisationId: number) {
  return getDb()
    .select({
      commissionId: commissions.id,
      state: commissions.state,
      commissionerOrganisationId: commissions.commissionerOrganisationId,
      commissionerName: organisations.name,
      commissionerNameCy: organisations.nameCy,
      endedAt: commissions.endedAt,
      frameworkId: serviceOutcomeSurveys.frameworkId,
      frameworkVersion: serviceOutcomeSurveys.frameworkVersion,
      surveyId: serviceOutcomeSurveys.surveyId,
    })
    .from(commissions)
    .innerJoin(serviceOutcomeSurveys, eq(serviceOutcomeSurveys.commissionId, commissions.id))
    .innerJoin(organisations, eq(organisations.id, commissions.commissionerOrganisationId))
    .where(eq(commissions.serviceOrganisationId, serviceOrganisationId))
    .all();
}

export { getFrameworkVersion };
