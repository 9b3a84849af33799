/**
 * Builds a session's pack from its themes, once, when the pack is issued. Reuses the theme summary (suppressed
 * figures, trend by month, sentiment, representative redacted quotes: app/themes/summary.server.ts) for each survey
 * the theme's codebook covers, and the engagement dashboard's response count and Victims' Code compliance
 * (app/insights/figures.server.ts). Only Shown values and redacted text go in: see pack.ts.
 */
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { engagements, surveys, themes } from "../../db/schema";
import { engagementInsights } from "../insights/figures.server";
import type { Shown } from "../insights/disclosure";
import { disclosureThresholdFor } from "../organisations/organisations.server";
import type { Codebook } from "../themes/codebook.server";
import { themeSummary } from "../themes/summary.server";
import {
  PACK_QUOTES,
  PACK_VERSION,
  packIsSuppressed,
  type Pack,
  type PackEngagement,
  type PackSharedTheme,
  type PackTheme,
} from "./pack";

type ChosenTheme = { id: number; engagementId: number };

/** The surveys whose answers a theme codes: every survey of its engagement, or the one survey of a survey's own codebook. */
function codebooksOf(organisationId: number, themeId: number): Codebook[] {
  const db = getDb();
  const theme = db
    .select({ engagementId: themes.engagementId, surveyId: themes.surveyId })
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.organisationId, organisationId)))
    .get();
  if (!theme) return [];
  const where = theme.engagementId
    ? eq(surveys.engagementId, theme.engagementId)
    : theme.surveyId
      ? eq(surveys.id, theme.surveyId)
      : null;
  if (!where) return [];
  return db
    .select({ id: surveys.id, title: surveys.title })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), where))
    .orderBy(asc(surveys.id))
    .all()
    .map((survey) => ({
      organisationId,
      // A survey's own codebook is read as such even after the survey joined an engagement.
      survey: { id: survey.id, title: survey.title, engagementId: theme.engagementId, engagementTitle: null },
    }));
}

function packTheme(organisationId: number, chosen: ChosenTheme, issuerId: number): PackTheme {
  const db = getDb();
  const row = db
    .select({
      id: themes.id,
      name: themes.name,
      nameCy: themes.nameCy,
      description: themes.description,
      descriptionCy: themes.descriptionCy,
      parentId: themes.parentId,
    })
    .from(themes)
    .where(and(eq(themes.id, chosen.id), eq(themes.organisationId, organisationId)))
    .get()!;
  const parent = row.parentId
    ? db
        .select({ name: themes.name, nameCy: themes.nameCy })
        .from(themes)
        .where(and(eq(themes.id, row.parentId), eq(themes.organisationId, organisationId)))
        .get()
    : undefined;
  const figures: PackTheme["surveys"] = [];
  const quotes: PackTheme["quotes"] = [];
  for (const codebook of codebooksOf(organisationId, chosen.id)) {
    const summary = themeSummary(codebook, chosen.id, issuerId);
    if (summary.answered.kind === "count" && summary.answered.value === 0) continue;
    figures.push({
      surveyId: codebook.survey.id,
      surveyTitle: codebook.survey.title,
      mentioning: summary.mentioning,
      answered: summary.answered,
      share: summary.share,
      trend: summary.trend,
      sentiment: summary.sentiment,
    });
    // themeSummary gives quotes only where the number mentioning the theme may be shown.
    for (const quote of summary.quotes) {
      if (quotes.length < PACK_QUOTES) quotes.push({ text: quote.text, language: quote.language });
    }
  }
  return {
    id: row.id,
    name: row.name,
    nameCy: row.nameCy,
    description: row.description,
    descriptionCy: row.descriptionCy,
    parentName: parent?.name ?? null,
    parentNameCy: parent?.nameCy ?? null,
    engagementId: chosen.engagementId,
    surveys: figures,
    quotes,
  };
}

function packEngagement(organisationId: number, engagementId: number, threshold: number): PackEngagement {
  const engagement = getDb()
    .select({ id: engagements.id, title: engagements.title, titleCy: engagements.titleCy })
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.organisationId, organisationId)))
    .get()!;
  const { insights } = engagementInsights(organisationId, engagementId, new URLSearchParams(), "en");
  const result = insights.result;
  let responses: Shown = { kind: "hidden" };
  let compliance: PackEngagement["compliance"] = null;
  if (result.kind === "figures") {
    responses = result.figures.responses;
    compliance = result.compliance.rows.length ? result.compliance : null;
  } else if (result.kind === "empty") {
    responses = { kind: "count", value: 0 };
  } else if (result.kind === "refused" && result.refusal.reason === "tooFew") {
    responses = { kind: "fewerThan", threshold };
  }
  return { ...engagement, responses, compliance };
}

/**
 * The pack of these themes (in agenda order), as it will be frozen. Themes shared by commissioned services come in
 * already built by app/commissioning/theme-links.server.ts (no quote, counts already disclosed) and are only checked.
 */
export function buildPack(organisationId: number, chosen: ChosenTheme[], issuerId: number, shared: PackSharedTheme[] = []): Pack {
  const threshold = disclosureThresholdFor(organisationId);
  const engagementIds = [...new Set(chosen.map((theme) => theme.engagementId))];
  const pack: Pack = {
    version: PACK_VERSION,
    threshold,
    engagements: engagementIds.map((id) => packEngagement(organisationId, id, threshold)),
    themes: chosen.map((theme) => packTheme(organisationId, theme, issuerId)),
    sharedThemes: shared,
  };
  // Belt and braces: the figures above are suppressed where they are made; a pack that is not is never stored.
  if (!packIsSuppressed(pack)) throw new Error("a panel pack must contain no count below the disclosure threshold");
  return pack;
}
