/**
 * Which channels of an outcome survey ask at the start of support and which at the end. Read on the respondent's
 * path (the first page's optional pair-code field, the thank-you page's code) and set by the service's staff on
 * the channel list. Scoped by organisation for staff; a respondent's lookup goes by the channel's public code.
 */
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { channels, OUTCOME_STAGES, outcomeChannelStages, type OutcomeStage } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";

/** The stage of the channel behind a public code, or null for an ordinary channel (or none). */
export function stageOfChannelCode(code: string | null): OutcomeStage | null {
  if (!code) return null;
  const row = getDb()
    .select({ stage: outcomeChannelStages.stage })
    .from(outcomeChannelStages)
    .innerJoin(channels, eq(channels.id, outcomeChannelStages.channelId))
    .where(eq(channels.code, code))
    .get();
  return row?.stage ?? null;
}

/** The stages of an organisation's channels, by channel id. */
export function channelStages(organisationId: number, channelIds: number[]): Map<number, OutcomeStage> {
  if (channelIds.length === 0) return new Map();
  const rows = getDb()
    .select({ channelId: outcomeChannelStages.channelId, stage: outcomeChannelStages.stage })
    .from(outcomeChannelStages)
    .where(and(eq(outcomeChannelStages.organisationId, organisationId), inArray(outcomeChannelStages.channelId, channelIds)))
    .all();
  return new Map(rows.map((r) => [r.channelId, r.stage]));
}

/** A posted stage: "start", "end", "none" (an ordinary channel: null), or undefined when it is none of these. */
export function stageFromForm(value: unknown): OutcomeStage | null | undefined {
  if (value === "none") return null;
  return (OUTCOME_STAGES as readonly unknown[]).includes(value) ? (value as OutcomeStage) : undefined;
}

/** Marks a channel of the organisation as asking at the start or end of support, or as ordinary (null); audited. */
export function setChannelStage(
  actor: { id: number; organisation: { id: number } },
  channelId: number,
  stage: OutcomeStage | null,
): boolean {
  const organisationId = actor.organisation.id;
  const db = getDb();
  return db.transaction((tx) => {
    const channel = tx
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.id, channelId), eq(channels.organisationId, organisationId)))
      .get();
    if (!channel) return false;
    tx.delete(outcomeChannelStages).where(eq(outcomeChannelStages.channelId, channelId)).run();
    if (stage) tx.insert(outcomeChannelStages).values({ channelId, organisationId, stage }).run();
    recordAudit(tx, {
      organisationId,
      actorUserId: actor.id,
      action: "outcomes.channel_stage_set",
      objectType: "channel",
      objectId: channelId,
      detail: { stage },
    });
    return true;
  });
}
