/**
 * What a panel session's record page shows: the themes under review with their findings and recommendations, who
 * attended and what they declared, the minutes, members' comments, and how the organisation has answered the
 * panel's earlier recommendations. Access is sessionAccess's (404 for anyone not on the panel); every query is also
 * scoped by the organisation. Panel members are outsiders: of an action's history they see public updates only.
 */
import { and, asc, desc, eq, inArray, lt, ne, or } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import {
  actions,
  actionUpdates,
  findings,
  panelAttendance,
  panelComments,
  panelMembers,
  panelSessions,
  panelSessionThemes,
  recommendations,
  surveys,
  themes,
  users,
} from "../../db/schema";
import type { SessionUser } from "../accounts/session.server";
import { canReadActions } from "../actions/access";
import { notFound } from "../http/responses";
import { sessionAccess } from "./access.server";
import type { Tx } from "../actions/actions.server";

/** The session as the record needs it (access has already been checked). */
export function recordSession(organisationId: number, sessionId: number) {
  const row = getDb()
    .select({
      id: panelSessions.id,
      heldOn: panelSessions.heldOn,
      status: panelSessions.status,
      minutes: panelSessions.minutes,
      minutesCy: panelSessions.minutesCy,
      signedOffAt: panelSessions.signedOffAt,
      signedOffByName: users.name,
      publicSummary: panelSessions.publicSummary,
      publicSummaryCy: panelSessions.publicSummaryCy,
      summaryPublished: panelSessions.summaryPublished,
    })
    .from(panelSessions)
    .leftJoin(users, and(eq(users.id, panelSessions.signedOffBy), eq(users.organisationId, organisationId)))
    .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return row;
}

/** The themes under review, in agenda order, with the engagement each belongs to (its own, or its survey's). */
export function sessionThemes(db: Db | Tx, organisationId: number, sessionId: number) {
  return db
    .select({
      id: themes.id,
      name: themes.name,
      nameCy: themes.nameCy,
      engagementId: themes.engagementId,
      surveyEngagementId: surveys.engagementId,
    })
    .from(panelSessionThemes)
    .innerJoin(themes, and(eq(themes.id, panelSessionThemes.themeId), eq(themes.organisationId, organisationId)))
    .leftJoin(surveys, and(eq(surveys.id, themes.surveyId), eq(surveys.organisationId, organisationId)))
    .where(eq(panelSessionThemes.sessionId, sessionId))
    .orderBy(asc(panelSessionThemes.position), asc(themes.id))
    .all()
    .map(({ surveyEngagementId, ...theme }) => ({ ...theme, engagementId: theme.engagementId ?? surveyEngagementId }));
}

export function sessionFindings(db: Db | Tx, organisationId: number, sessionId: number) {
  return db
    .select({
      id: findings.id,
      themeId: findings.themeId,
      outcome: findings.outcome,
      observations: findings.observations,
      observationsCy: findings.observationsCy,
    })
    .from(findings)
    .where(and(eq(findings.sessionId, sessionId), eq(findings.organisationId, organisationId)))
    .all();
}

export function sessionRecommendations(db: Db | Tx, organisationId: number, sessionId: number) {
  return db
    .select({
      id: recommendations.id,
      findingId: recommendations.findingId,
      themeId: findings.themeId,
      what: recommendations.what,
      whatCy: recommendations.whatCy,
      toWhom: recommendations.toWhom,
      priority: recommendations.priority,
    })
    .from(recommendations)
    .innerJoin(findings, eq(findings.id, recommendations.findingId))
    .where(and(eq(recommendations.sessionId, sessionId), eq(recommendations.organisationId, organisationId)))
    .orderBy(asc(recommendations.id))
    .all();
}

/** The panel's members (the chair first), with this session's attendance where it has been recorded. */
export function sessionMembers(db: Db | Tx, organisationId: number, panelId: number, sessionId: number) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      attended: panelAttendance.attended,
      declaration: panelAttendance.declaration,
    })
    .from(panelMembers)
    .innerJoin(users, and(eq(users.id, panelMembers.userId), eq(users.organisationId, organisationId)))
    .leftJoin(panelAttendance, and(eq(panelAttendance.sessionId, sessionId), eq(panelAttendance.userId, users.id)))
    .where(eq(panelMembers.panelId, panelId))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

function sessionComments(sessionId: number, organisationId: number) {
  return getDb()
    .select({
      id: panelComments.id,
      themeId: panelComments.themeId,
      authorName: users.name,
      body: panelComments.body,
      createdAt: panelComments.createdAt,
    })
    .from(panelComments)
    .leftJoin(users, and(eq(users.id, panelComments.authorUserId), eq(users.organisationId, organisationId)))
    .where(eq(panelComments.sessionId, sessionId))
    .orderBy(asc(panelComments.id))
    .all();
}

/**
 * Recommendations from this panel's earlier signed-off sessions, with the action each became: its status, target
 * date and latest update. Admins see the latest update of any kind; the panel's members, public ones only.
 */
export function earlierRecommendations(
  organisationId: number,
  panelId: number,
  session: { id: number; heldOn: string },
  publicOnly: boolean,
) {
  const db = getDb();
  const rows = db
    .select({
      id: recommendations.id,
      what: recommendations.what,
      whatCy: recommendations.whatCy,
      toWhom: recommendations.toWhom,
      priority: recommendations.priority,
      sessionId: panelSessions.id,
      heldOn: panelSessions.heldOn,
      themeName: themes.name,
      themeNameCy: themes.nameCy,
      actionId: actions.id,
      status: actions.status,
      targetDate: actions.targetDate,
      doneOn: actions.doneOn,
    })
    .from(recommendations)
    .innerJoin(
      panelSessions,
      and(
        eq(panelSessions.id, recommendations.sessionId),
        eq(panelSessions.panelId, panelId),
        eq(panelSessions.organisationId, organisationId),
        eq(panelSessions.status, "signed_off"),
      ),
    )
    .innerJoin(findings, eq(findings.id, recommendations.findingId))
    .innerJoin(themes, and(eq(themes.id, findings.themeId), eq(themes.organisationId, organisationId)))
    .leftJoin(actions, and(eq(actions.recommendationId, recommendations.id), eq(actions.organisationId, organisationId)))
    .where(
      and(
        eq(recommendations.organisationId, organisationId),
        ne(panelSessions.id, session.id),
        or(
          lt(panelSessions.heldOn, session.heldOn),
          and(eq(panelSessions.heldOn, session.heldOn), lt(panelSessions.id, session.id)),
        ),
      ),
    )
    .orderBy(desc(panelSessions.heldOn), desc(panelSessions.id), asc(recommendations.id))
    .all();
  const actionIds = rows.flatMap((row) => (row.actionId === null ? [] : [row.actionId]));
  const updates = actionIds.length
    ? db
        .select({
          actionId: actionUpdates.actionId,
          on: actionUpdates.updateOn,
          body: actionUpdates.body,
          bodyCy: actionUpdates.bodyCy,
        })
        .from(actionUpdates)
        .where(
          and(
            inArray(actionUpdates.actionId, actionIds),
            ne(actionUpdates.body, ""),
            publicOnly ? eq(actionUpdates.isPublic, true) : undefined,
          ),
        )
        .orderBy(desc(actionUpdates.updateOn), desc(actionUpdates.id))
        .all()
    : [];
  return rows.map((row) => {
    const latest = updates.find((update) => update.actionId === row.actionId) ?? null;
    return { ...row, latestUpdate: latest ? { on: latest.on, body: latest.body, bodyCy: latest.bodyCy } : null };
  });
}

/** Everything the record page shows, and what this person may do on it. */
export function recordPageData(user: SessionUser, panelId: number, sessionId: number) {
  const access = sessionAccess(user, panelId, sessionId);
  const organisationId = user.organisation.id;
  const db = getDb();
  const session = recordSession(organisationId, sessionId);
  const found = sessionFindings(db, organisationId, sessionId);
  const recs = sessionRecommendations(db, organisationId, sessionId);
  const themesUnderReview = sessionThemes(db, organisationId, sessionId).map((theme) => ({
    id: theme.id,
    name: theme.name,
    nameCy: theme.nameCy,
    finding: found.find((finding) => finding.themeId === theme.id) ?? null,
    recommendations: recs.filter((rec) => rec.themeId === theme.id),
  }));
  const recorder = access.as !== "member";
  const open = session.status === "issued";
  return {
    panel: { id: access.panel.id, name: access.panel.name, nameCy: access.panel.nameCy },
    as: access.as,
    session,
    themes: themesUnderReview,
    members: sessionMembers(db, organisationId, panelId, sessionId).map((member) => ({
      ...member,
      isChair: member.userId === access.panel.chairUserId,
      declaration: member.declaration ?? "",
    })),
    comments: sessionComments(sessionId, organisationId),
    earlier: earlierRecommendations(organisationId, panelId, session, access.as !== "admin"),
    canRecord: recorder && open,
    canComment: open,
    canSummarise: recorder && session.status === "signed_off",
    linkActions: canReadActions(user.roles),
    outcomesMissing: themesUnderReview.filter((theme) => theme.finding === null).length,
  };
}

export type RecordPage = ReturnType<typeof recordPageData>;
