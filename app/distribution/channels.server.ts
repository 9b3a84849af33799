import type { Actor } from "../accounts/actor";
import { randomInt } from "node:crypto";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { channels, responses, type ChannelStatus } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { suppressPart, suppressTable, type Shown } from "../insights/disclosure";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import { getSurvey } from "../surveys/surveys.server";

/** No i, l, o, 0 or 1: codes are read off posters and typed from text messages. */
export const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const CODE_LENGTH = 10;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export function newChannelCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The channel a respondent's `?ch=` names, if it belongs to the survey; for the respondent route. */
export function channelForCode(surveyId: number, code: string): { id: number; status: "open" | "paused" } | null {
  if (!CODE_PATTERN.test(code)) return null;
  return (
    getDb()
      .select({ id: channels.id, status: channels.status })
      .from(channels)
      .where(and(eq(channels.code, code), eq(channels.surveyId, surveyId)))
      .get() ?? null
  );
}

/** A survey's channels, oldest first. Answers 404 for another organisation's survey. */
export function listChannels(organisationId: number, surveyId: number) {
  getSurvey(organisationId, surveyId);
  return getDb()
    .select({
      id: channels.id,
      label: channels.label,
      code: channels.code,
      status: channels.status,
      createdAt: channels.createdAt,
    })
    .from(channels)
    .where(and(eq(channels.surveyId, surveyId), eq(channels.organisationId, organisationId)))
    .orderBy(asc(channels.id))
    .all();
}

/** One channel of one of the organisation's surveys, or 404. */
export function getChannel(organisationId: number, surveyId: number, channelId: number) {
  const survey = getSurvey(organisationId, surveyId);
  const channel = getDb()
    .select({ id: channels.id, label: channels.label, code: channels.code, status: channels.status })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.surveyId, surveyId), eq(channels.organisationId, organisationId)))
    .get();
  if (!channel) notFound();
  return { survey: { id: survey.id, slug: survey.slug, title: survey.title, status: survey.status }, channel };
}

const sameLabel = (a: string, b: string) => a.trim().toLocaleLowerCase("en-GB") === b.trim().toLocaleLowerCase("en-GB");

export function createChannel(actor: Actor, surveyId: number, label: string) {
  getSurvey(actor.organisation.id, surveyId);
  return getDb().transaction((tx) => {
    const existing = tx
      .select({ label: channels.label })
      .from(channels)
      .where(and(eq(channels.surveyId, surveyId), eq(channels.organisationId, actor.organisation.id)))
      .all();
    if (existing.some((row) => sameLabel(row.label, label)))
      return { ok: false as const, field: "label", error: "distribution.errors.labelTaken" };
    let code = newChannelCode();
    // 31^10 codes make a clash unlikely; the unique index would refuse one anyway.
    while (tx.select({ id: channels.id }).from(channels).where(eq(channels.code, code)).get()) code = newChannelCode();
    const row = tx
      .insert(channels)
      .values({ organisationId: actor.organisation.id, surveyId, label, code })
      .returning({ id: channels.id })
      .get();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "channel.created",
      objectType: "channel",
      objectId: row.id,
      detail: { surveyId, label },
    });
    return { ok: true as const, id: row.id };
  });
}

/** Pauses or reopens a channel; a paused channel's link tells people it is not taking answers. */
export function setChannelStatus(actor: Actor, surveyId: number, channelId: number, status: ChannelStatus) {
  const { channel } = getChannel(actor.organisation.id, surveyId, channelId);
  if (channel.status === status) return;
  getDb().transaction((tx) => {
    tx.update(channels)
      .set({ status })
      .where(and(eq(channels.id, channelId), eq(channels.organisationId, actor.organisation.id)))
      .run();
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: status === "paused" ? "channel.paused" : "channel.reopened",
      objectType: "channel",
      objectId: channelId,
      detail: { surveyId },
    });
  });
}

export type ChannelCounts = {
  /** Responses through the plain public link. */
  noChannel: Shown;
  channels: { id: number; label: string; status: ChannelStatus; responses: Shown }[];
  total: Shown;
  /** Responses whose free text suggested danger now. */
  danger: Shown;
};

/**
 * Response counts per channel after disclosure control: one table (plain link
 * plus each channel) with its total, so no hidden cell can be worked out from
 * the others. Every page that shows these counts must use this, not its own sums.
 */
export function responseCounts(organisationId: number, surveyId: number): ChannelCounts {
  const list = listChannels(organisationId, surveyId);
  const threshold = disclosureThresholdFor(organisationId);
  const db = getDb();
  const rows = db
    .select({ channelId: responses.channelId, responses: count() })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.organisationId, organisationId)))
    .groupBy(responses.channelId)
    .all();
  const danger = db
    .select({ responses: count() })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.organisationId, organisationId), sql`${responses.dangerFlag} = 1`))
    .get();
  const countFor = (channelId: number | null) => rows.find((row) => row.channelId === channelId)?.responses ?? 0;
  const cells = [countFor(null), ...list.map((channel) => countFor(channel.id))];
  const table = suppressTable(cells, threshold);
  const whole = cells.reduce((sum, value) => sum + value, 0);
  return {
    noChannel: table.cells[0],
    channels: list.map((channel, i) => ({
      id: channel.id,
      label: channel.label,
      status: channel.status,
      responses: table.cells[i + 1],
    })),
    total: table.total,
    danger: suppressPart(danger?.responses ?? 0, whole, table.total, threshold),
  };
}
