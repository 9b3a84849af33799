/**
 * What the public "you said, we did" page, its JSON and its Atom feed may show of an organisation: published actions
 * only, grouped by engagement, with every count through disclosure control and only redacted text (quotes come from
 * responses.answers; responses.unredactedText is never selected here). Staff names only when the organisation chose
 * to show them; never who wrote an update or added evidence. Below the actions, the published summaries of the
 * organisation's signed-off scrutiny panel sessions (public-panels.server.ts).
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { actionEvidence, actions, actionUpdates, engagements, organisations, users, type ActionStatus } from "../../db/schema";
import { effectiveThreshold, suppressCount, suppressParts, type Shown } from "../insights/disclosure";
import { publishedPanelSummaries, type PublicPanelSummary } from "./public-panels.server";
import { chosenQuotes, linkedThemes, MentionCounter, responsesPerEngagement } from "./public-you-said.server";
import { isWebAddress } from "./schemas";

export type PublicText = { en: string; cy: string };

export type PublicActionRecord = {
  id: number;
  title: PublicText;
  description: PublicText;
  rationale: PublicText;
  status: ActionStatus;
  statusReason: PublicText;
  owningTeam: string;
  /** Only when the organisation chose to name staff publicly. */
  ownerName: string | null;
  raisedOn: string;
  agreedOn: string | null;
  targetDate: string | null;
  doneOn: string | null;
  publishedAt: string | null;
  /** When anything shown about the action last changed (for the feed). */
  updated: string;
  themes: { id: number; name: PublicText; mentionedBy: Shown }[];
  quotes: { id: number; text: string; language: string }[];
  updates: { id: number; on: string; body: PublicText; statusTo: ActionStatus | null }[];
  evidence: { id: number; label: string; url: string }[];
};

export type PublicEngagementRecord = {
  id: number;
  title: PublicText;
  purpose: PublicText;
  startDate: string | null;
  endDate: string | null;
  /** Responses to the engagement's surveys. */
  tookPart: Shown;
  actions: PublicActionRecord[];
};

export type PublicReport = {
  organisation: { slug: string; name: string; nameCy: string; createdAt: string };
  threshold: number;
  engagements: PublicEngagementRecord[];
  /** What the organisation's scrutiny panels said: published summaries of signed-off sessions. */
  panelSummaries: PublicPanelSummary[];
};

const latest = (...moments: (string | null | undefined)[]): string | null =>
  moments
    .filter((m): m is string => Boolean(m))
    .reduce<string | null>((a, b) => (a === null || new Date(b) > new Date(a) ? b : a), null);

/** The organisation's published actions, grouped by engagement; null for an unknown organisation. */
export function publicReport(slug: string): PublicReport | null {
  const db = getDb();
  const organisation = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      nameCy: organisations.nameCy,
      threshold: organisations.disclosureThreshold,
      publicStaffNames: organisations.publicStaffNames,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(eq(organisations.slug, slug))
    .get();
  if (!organisation) return null;
  const organisationId = organisation.id;
  const threshold = effectiveThreshold(organisation.threshold);

  const rows = db
    .select({
      id: actions.id,
      engagementId: actions.engagementId,
      title: actions.title,
      titleCy: actions.titleCy,
      description: actions.description,
      descriptionCy: actions.descriptionCy,
      rationale: actions.rationale,
      rationaleCy: actions.rationaleCy,
      status: actions.status,
      statusReason: actions.statusReason,
      statusReasonCy: actions.statusReasonCy,
      owningTeam: actions.owningTeam,
      ownerUserId: actions.ownerUserId,
      raisedOn: actions.raisedOn,
      agreedOn: actions.agreedOn,
      targetDate: actions.targetDate,
      doneOn: actions.doneOn,
      publishedAt: actions.publishedAt,
      updatedAt: actions.updatedAt,
      createdAt: actions.createdAt,
      engagementTitle: engagements.title,
      engagementTitleCy: engagements.titleCy,
      purpose: engagements.purpose,
      purposeCy: engagements.purposeCy,
      startDate: engagements.startDate,
      endDate: engagements.endDate,
    })
    .from(actions)
    .innerJoin(engagements, and(eq(engagements.id, actions.engagementId), eq(engagements.organisationId, organisationId)))
    .where(and(eq(actions.organisationId, organisationId), eq(actions.published, true)))
    .orderBy(desc(engagements.startDate), desc(engagements.id), asc(actions.id))
    .all();
  const shown = {
    slug: organisation.slug,
    name: organisation.name,
    nameCy: organisation.nameCy,
    createdAt: organisation.createdAt,
  };
  const panelSummaries = publishedPanelSummaries(organisationId);
  if (rows.length === 0) return { organisation: shown, threshold, engagements: [], panelSummaries };

  const actionIds = rows.map((r) => r.id);
  const engagementIds = [...new Set(rows.map((r) => r.engagementId))];
  const owners = organisation.publicStaffNames ? ownerNames(organisationId, rows) : new Map<number, string>();
  const tookPart = responsesPerEngagement(organisationId, engagementIds);
  const linked = linkedThemes(organisationId, actionIds);
  const mentions = new MentionCounter(organisationId);
  const quotes = chosenQuotes(organisationId, actionIds);
  const updates = db
    .select({
      id: actionUpdates.id,
      actionId: actionUpdates.actionId,
      on: actionUpdates.updateOn,
      body: actionUpdates.body,
      bodyCy: actionUpdates.bodyCy,
      statusTo: actionUpdates.statusTo,
      createdAt: actionUpdates.createdAt,
    })
    .from(actionUpdates)
    .where(and(inArray(actionUpdates.actionId, actionIds), eq(actionUpdates.isPublic, true)))
    .orderBy(asc(actionUpdates.updateOn), asc(actionUpdates.id))
    .all();
  const evidence = db
    .select({ id: actionEvidence.id, actionId: actionEvidence.actionId, label: actionEvidence.label, url: actionEvidence.url })
    .from(actionEvidence)
    .where(inArray(actionEvidence.actionId, actionIds))
    .orderBy(asc(actionEvidence.id))
    .all();

  const grouped: PublicEngagementRecord[] = [];
  for (const row of rows) {
    let group = grouped.find((g) => g.id === row.engagementId);
    if (!group) {
      group = {
        id: row.engagementId,
        title: { en: row.engagementTitle, cy: row.engagementTitleCy },
        purpose: { en: row.purpose, cy: row.purposeCy },
        startDate: row.startDate,
        endDate: row.endDate,
        tookPart: suppressCount(tookPart.get(row.engagementId) ?? 0, threshold),
        actions: [],
      };
      grouped.push(group);
    }
    const whole = tookPart.get(row.engagementId) ?? 0;
    const themeRows = linked.filter((t) => t.actionId === row.id);
    const counted = suppressParts(
      themeRows.map((t) => mentions.count(t.themeId, row.engagementId)),
      whole,
      threshold,
    );
    const ownUpdates = updates.filter((u) => u.actionId === row.id);
    // A quote only from this engagement's answers, and only where the number of people behind its theme may itself
    // be shown (the rule of the staff theme summary).
    const ownQuotes = quotes.filter(
      (q) =>
        q.actionId === row.id &&
        q.engagementId === row.engagementId &&
        suppressCount(mentions.count(q.themeId, row.engagementId), threshold).kind === "count",
    );
    group.actions.push({
      id: row.id,
      title: { en: row.title, cy: row.titleCy },
      description: { en: row.description, cy: row.descriptionCy },
      rationale: { en: row.rationale, cy: row.rationaleCy },
      status: row.status,
      statusReason: { en: row.statusReason, cy: row.statusReasonCy },
      owningTeam: row.owningTeam,
      ownerName: row.ownerUserId !== null ? (owners.get(row.ownerUserId) ?? null) : null,
      raisedOn: row.raisedOn,
      agreedOn: row.agreedOn,
      targetDate: row.targetDate,
      doneOn: row.doneOn,
      publishedAt: row.publishedAt,
      // Creation counts only when nothing later is known: an action is usually written well before it is published.
      updated: latest(row.publishedAt, row.updatedAt, ...ownUpdates.map((u) => u.createdAt)) ?? row.createdAt,
      themes: themeRows.map((t, i) => ({ id: t.themeId, name: { en: t.name, cy: t.nameCy }, mentionedBy: counted.parts[i] })),
      quotes: ownQuotes.map((q) => ({ id: q.codingId, text: q.text, language: q.language })),
      updates: ownUpdates.map((u) => ({ id: u.id, on: u.on, body: { en: u.body, cy: u.bodyCy }, statusTo: u.statusTo })),
      evidence: evidence
        // Checked again on the way out, by the rule the form used: nothing else (javascript:, data:) ever becomes a link.
        .filter((e) => e.actionId === row.id && isWebAddress(e.url.trim()))
        .map((e) => ({ id: e.id, label: e.label, url: e.url.trim() })),
    });
  }
  return { organisation: shown, threshold, engagements: grouped, panelSummaries };
}

function ownerNames(organisationId: number, rows: { ownerUserId: number | null }[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.ownerUserId === null ? [] : [r.ownerUserId])))];
  if (ids.length === 0) return new Map<number, string>();
  const found = getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.organisationId, organisationId)))
    .all();
  return new Map(found.map((u) => [u.id, u.name]));
}
