/**
 * Shared themes: a service that turned sharing on lets its commissioner see the themes of its outcome survey —
 * names, descriptions, how many respondents each tags this quarter and last (through disclosure control, at the
 * stricter of the two organisations' thresholds) — and nothing else: never a response, a passage, a quote or an
 * export. Only active relationships with sharing on are read; ending or turning sharing off hides them at once.
 */
import { and, countDistinct, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import { getDb } from "../../db/client";
import { codings, commissions, organisations, responses, serviceOutcomeSurveys } from "../../db/schema";
import { suppressCount, type Shown } from "../insights/disclosure";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { codebookFor, listThemes } from "../themes/codebook.server";
import { codebookOrder } from "../themes/codebook";
import { previousQuarter, quarterOf, type Quarter } from "./quarters";

export type SharedTheme = {
  id: number;
  parentId: number | null;
  name: string;
  nameCy: string;
  description: string;
  descriptionCy: string;
  thisQuarter: Shown;
  lastQuarter: Shown;
};

export type SharedService = {
  commissionId: number;
  service: { id: number; name: string; nameCy: string };
  themes: SharedTheme[];
};

/** Respondents whose answers carry each theme (shared coding only) between two days. */
function tallies(organisationId: number, surveyId: number, themeIds: number[], quarter: Quarter): Map<number, number> {
  if (themeIds.length === 0) return new Map();
  const rows = getDb()
    .select({ themeId: codings.themeId, n: countDistinct(codings.responseId) })
    .from(codings)
    .innerJoin(responses, eq(responses.id, codings.responseId))
    .where(
      and(
        eq(codings.organisationId, organisationId),
        eq(responses.surveyId, surveyId),
        inArray(codings.themeId, themeIds),
        isNull(codings.sampleId),
        gte(responses.submittedOn, quarter.from),
        lte(responses.submittedOn, quarter.to),
      ),
    )
    .groupBy(codings.themeId)
    .all();
  return new Map(rows.map((r) => [r.themeId, r.n]));
}

/** The relationships whose themes the commissioner may see now. */
function sharingRelationships(commissionerOrganisationId: number) {
  return getDb()
    .select({
      commissionId: commissions.id,
      serviceId: organisations.id,
      name: organisations.name,
      nameCy: organisations.nameCy,
      surveyId: serviceOutcomeSurveys.surveyId,
    })
    .from(commissions)
    .innerJoin(organisations, eq(organisations.id, commissions.serviceOrganisationId))
    .innerJoin(serviceOutcomeSurveys, eq(serviceOutcomeSurveys.commissionId, commissions.id))
    .where(
      and(
        eq(commissions.commissionerOrganisationId, commissionerOrganisationId),
        eq(commissions.state, "active"),
        eq(commissions.shareThemes, true),
      ),
    )
    .orderBy(organisations.name)
    .all();
}

export function sharedThemesFor(commissionerOrganisationId: number, today: string) {
  const current = quarterOf(today);
  const previous = previousQuarter(today);
  const ownThreshold = disclosureThresholdFor(commissionerOrganisationId);
  const services: SharedService[] = sharingRelationships(commissionerOrganisationId).map((row) => {
    const threshold = Math.max(ownThreshold, disclosureThresholdFor(row.serviceId));
    // Scoped to the service's own organisation, as the service's own pages are.
    const codebook = codebookFor(row.serviceId, row.surveyId);
    const themes = codebookOrder(listThemes(codebook));
    const ids = themes.map((t) => t.id);
    const now = tallies(row.serviceId, row.surveyId, ids, current);
    const before = tallies(row.serviceId, row.surveyId, ids, previous);
    return {
      commissionId: row.commissionId,
      service: { id: row.serviceId, name: row.name, nameCy: row.nameCy },
      themes: themes.map((theme) => ({
        id: theme.id,
        parentId: theme.parentId,
        name: theme.name,
        nameCy: theme.nameCy,
        description: theme.description,
        descriptionCy: theme.descriptionCy,
        thisQuarter: suppressCount(now.get(theme.id) ?? 0, threshold),
        lastQuarter: suppressCount(before.get(theme.id) ?? 0, threshold),
      })),
    };
  });
  return { quarter: current.label, previousQuarter: previous.label, services };
}
