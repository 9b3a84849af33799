import type { Actor } from "../accounts/actor";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { stageDefinitions, type ChecklistDefinition, type StageKey } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { resolveStages, type StageDefinition } from "./stages";

/** The organisation's seven stages: its own wording where it has some, the shipped defaults elsewhere. */
export function getStageDefinitions(organisationId: number): StageDefinition[] {
  const rows = getDb()
    .select({
      key: stageDefinitions.stageKey,
      title: stageDefinitions.title,
      titleCy: stageDefinitions.titleCy,
      description: stageDefinitions.description,
      descriptionCy: stageDefinitions.descriptionCy,
      checklist: stageDefinitions.checklist,
    })
    .from(stageDefinitions)
    .where(eq(stageDefinitions.organisationId, organisationId))
    .all();
  return resolveStages(rows);
}

export type StageWording = {
  title: string;
  titleCy: string;
  description: string;
  descriptionCy: string;
  checklist: Omit<ChecklistDefinition, "gatesPublishing">[];
};

export function saveStageWording(actor: Actor, key: StageKey, wording: StageWording) {
  const values = {
    organisationId: actor.organisation.id,
    stageKey: key,
    title: wording.title,
    titleCy: wording.titleCy,
    description: wording.description,
    descriptionCy: wording.descriptionCy,
    checklist: wording.checklist.map((item) => ({ ...item, gatesPublishing: false })),
    updatedAt: new Date().toISOString(),
  };
  getDb().transaction((tx) => {
    tx.insert(stageDefinitions)
      .values(values)
      .onConflictDoUpdate({ target: [stageDefinitions.organisationId, stageDefinitions.stageKey], set: values })
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "stage_definition.updated",
      objectType: "stage_definition",
      objectId: key,
    });
  });
}

export function resetStageWording(actor: Actor, key: StageKey) {
  getDb().transaction((tx) => {
    tx.delete(stageDefinitions)
      .where(and(eq(stageDefinitions.organisationId, actor.organisation.id), eq(stageDefinitions.stageKey, key)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "stage_definition.reset",
      objectType: "stage_definition",
      objectId: key,
    });
  });
}
