import type { Actor } from "../accounts/actor";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organisations } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { effectiveThreshold } from "../insights/disclosure";
import { notFound } from "../http/responses";
import type { OrganisationSettings } from "./schemas";

export function getOrganisationSettings(organisationId: number): OrganisationSettings {
  const row = getDb()
    .select({
      name: organisations.name,
      nameCy: organisations.nameCy,
      brandColour: organisations.brandColour,
      quickExitUrl: organisations.quickExitUrl,
      disclosureThreshold: organisations.disclosureThreshold,
      publicStaffNames: organisations.publicStaffNames,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) notFound();
  return row;
}

/** The threshold below which this organisation's counts are never shown (never below 3, whatever is stored). */
export function disclosureThresholdFor(organisationId: number): number {
  const row = getDb()
    .select({ threshold: organisations.disclosureThreshold })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!row) notFound();
  return effectiveThreshold(row.threshold);
}

export function updateOrganisationSettings(actor: Actor, settings: OrganisationSettings) {
  const before = getOrganisationSettings(actor.organisation.id);
  const changed = (Object.keys(settings) as (keyof OrganisationSettings)[]).filter((key) => settings[key] !== before[key]);
  if (changed.length === 0) return;
  getDb().transaction((tx) => {
    tx.update(organisations).set(settings).where(eq(organisations.id, actor.organisation.id)).run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "organisation.settings_updated",
      objectType: "organisation",
      objectId: actor.organisation.id,
      // Which settings changed, and the values of those that protect people: who lowered the threshold, or chose
      // to name staff publicly, matters.
      detail: {
        changed,
        ...(changed.includes("disclosureThreshold")
          ? { disclosureThreshold: { from: before.disclosureThreshold, to: settings.disclosureThreshold } }
          : {}),
        ...(changed.includes("publicStaffNames")
          ? { publicStaffNames: { from: before.publicStaffNames, to: settings.publicStaffNames } }
          : {}),
      },
    });
  });
}
