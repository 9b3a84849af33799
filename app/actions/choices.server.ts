/**
 * What the action forms offer: the engagements, the people who can own an
 * action, and the organisation's themes; and where an action started from a
 * theme begins. Scoped by organisation like every query of the action log.
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { engagements, memberships, surveys, themes, users } from "../../db/schema";
import { notFound } from "../http/responses";
import { OWNER_ROLES } from "./access";
import type { Tx } from "./actions.server";

/** Active people of the organisation who can own an action (and so record its progress). */
export function ownerChoices(organisationId: number, db: Db | Tx = getDb()) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), isNull(users.deactivatedAt), inArray(memberships.role, OWNER_ROLES)))
    .orderBy(asc(users.name))
    .all();
}

export function engagementChoices(organisationId: number) {
  return getDb()
    .select({ id: engagements.id, title: engagements.title })
    .from(engagements)
    .where(eq(engagements.organisationId, organisationId))
    .orderBy(asc(engagements.title))
    .all();
}

/** Every theme of the organisation, with the codebook it belongs to (an engagement's, or a survey's own). */
export function themeChoices(organisationId: number) {
  return getDb()
    .select({
      id: themes.id,
      name: themes.name,
      nameCy: themes.nameCy,
      parentId: themes.parentId,
      engagementTitle: engagements.title,
      surveyTitle: surveys.title,
    })
    .from(themes)
    .leftJoin(engagements, eq(engagements.id, themes.engagementId))
    .leftJoin(surveys, eq(surveys.id, themes.surveyId))
    .where(eq(themes.organisationId, organisationId))
    .orderBy(sql`coalesce(${engagements.title}, ${surveys.title})`, asc(themes.name), asc(themes.id))
    .all();
}

export type ThemeChoice = ReturnType<typeof themeChoices>[number];

/** A theme about to become an action: the theme, and its engagement (its own, or its survey's) when it has one. */
export function startFromTheme(organisationId: number, themeId: number) {
  const row = getDb()
    .select({ id: themes.id, engagementId: themes.engagementId, surveyEngagementId: surveys.engagementId })
    .from(themes)
    .leftJoin(surveys, and(eq(surveys.id, themes.surveyId), eq(surveys.organisationId, organisationId)))
    .where(and(eq(themes.id, themeId), eq(themes.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return { themeId: row.id, engagementId: row.engagementId ?? row.surveyEngagementId ?? null };
}
