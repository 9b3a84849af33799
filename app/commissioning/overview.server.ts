/**
 * The commissioning page: both sides of an organisation's relationships (the services it commissions, the
 * organisations that commission it), and what each button on it does. Route modules stay thin.
 */
import type { Actor } from "../accounts/actor";
import { getOrganisationSlug } from "./slug.server";
import {
  acceptInvitation,
  declineInvitation,
  endCommission,
  getCommission,
  listCommissionedServices,
  listCommissioners,
  setShareThemes,
} from "./commissions.server";
import { draftFramework, latestPublishedFramework } from "./frameworks.server";
import { adoptOutcomeSurvey, outcomeSurveyOf } from "./outcome-survey.server";

export function commissioningOverview(organisationId: number) {
  const services = listCommissionedServices(organisationId).map((c) => ({
    ...c,
    outcomeSurvey: outcomeSurveyOf(c.id),
  }));
  const commissioners = listCommissioners(organisationId).map((c) => {
    const framework = c.state === "active" ? latestPublishedFramework(c.commissioner.id) : null;
    return {
      ...c,
      outcomeSurvey: outcomeSurveyOf(c.id),
      framework: framework
        ? { id: framework.id, version: framework.version, name: framework.name, nameCy: framework.nameCy }
        : null,
    };
  });
  const published = latestPublishedFramework(organisationId);
  const draft = draftFramework(organisationId);
  return {
    services,
    commissioners,
    framework: {
      published: published
        ? { version: published.version, name: published.name, nameCy: published.nameCy, measures: published.measures.length }
        : null,
      draft: draft ? { version: draft.version } : null,
    },
  };
}

export const INTENTS = ["accept", "decline", "end", "share", "unshare", "adopt"] as const;
export type Intent = (typeof INTENTS)[number];

export type ActionResult = { ok: true; done: Intent; surveyId?: number } | { ok: false; status: 400 | 409; error: string };

/** What a button on the commissioning page does; 409 when the relationship moved on meanwhile. */
export function commissioningAction(actor: Actor, intent: Intent, commissionId: number): ActionResult {
  const stale = { ok: false as const, status: 409 as const, error: "commissioning.errors.changedMeanwhile" };
  switch (intent) {
    case "accept":
      return acceptInvitation(actor, commissionId) ? { ok: true, done: intent } : stale;
    case "decline":
      return declineInvitation(actor, commissionId) ? { ok: true, done: intent } : stale;
    case "end":
      return endCommission(actor, commissionId) ? { ok: true, done: intent } : stale;
    case "share":
    case "unshare":
      return setShareThemes(actor, commissionId, intent === "share") ? { ok: true, done: intent } : stale;
    case "adopt": {
      const commission = getCommission(actor.organisation.id, commissionId);
      const base = `${getOrganisationSlug(actor.organisation.id)}-outcomes`;
      // The first survey takes the plain address; another relationship's (or a taken one) gets the id after it.
      const first = adoptOutcomeSurvey(actor, commission.id, base);
      const adopted =
        !first.ok && first.field === "slug" ? adoptOutcomeSurvey(actor, commission.id, `${base}-${commission.id}`) : first;
      return adopted.ok
        ? { ok: true, done: intent, surveyId: adopted.surveyId }
        : { ok: false, status: 409, error: adopted.error };
    }
  }
}
