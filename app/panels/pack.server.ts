/**
 * Builds a session's pack from its themes, once, when the pack is issued. Reuses the theme summary (suppressed
 * figures, trend by month, sentiment, representative redacted quotes: app/themes/summary.server.ts) for each survey
 * the theme's codebook covers, and the engagement dashboard's response count and Victims' Code compliance
 * (app/insights/figures.server.ts). Only Shown values and redacted text go in: see pack.ts.
 *
 * Quotes (ADR 0017): a theme's candidates are its most representative passages that nobody withheld, up to three
 * across its surveys. Only those a person has confirmed safe are frozen into the pack; the issue step shows every
 * candidate for a decision, and issuing is refused while any is unread (sessions.server.ts).
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

/** A passage the pack would quote for a theme, and whether someone has confirmed it safe. */
export type QuoteCandidate = {
  codingId: number;
  text: string;
  language: string;
  state: "safe" | "unread";
  decidedBy: string | null;
  decidedAt: string | null;
  /** The fingerprint of `text`, sent back with the decision (a decision counts only for the text that was read). */
  textHash: string;
};

/** A theme's figures per survey and the passages its pack entry would quote (withheld passages never are). */
function themeEvidence(organisationId: number, themeId: number, viewerId: number) {
  const figures: PackTheme["surveys"] = [];
  const candidates: QuoteCandidate[] = [];
  for (const codebook of codebooksOf(organisationId, themeId)) {
    const summary = themeSummary(codebook, themeId, viewerId);
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
    // themeSummary gives quotes only where the number mentioning the theme may be shown, and never a withheld one.
    for (const quote of summary.quotes) {
      if (candidates.length < PACK_QUOTES)
        candidates.push({
          codingId: quote.id,
          text: quote.text,
          language: quote.language,
          state: quote.state,
          decidedBy: quote.decidedBy,
          decidedAt: quote.decidedAt,
          textHash: quote.textHash,
        });
    }
  }
  return { figures, candidates };
}

function themeRow(organisationId: number, themeId: number) {
  return getDb()
    .select({
      id: themes.id,
      name: themes.name,
      nameCy: themes.nameCy,
      description: themes.description,
      descriptionCy: themes.descriptionCy,
      parentId: themes.parentId,
    })
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.organisationId, organisationId)))
    .get()!;
}

/** The quotes each theme's pack entry would carry, as the issue step shows them for a decision. */
export function packQuotePreview(organisationId: number, themeIds: readonly number[], viewerId: number): QuotePreview {
  return themeIds.map((themeId) => {
    const row = themeRow(organisationId, themeId);
    return { themeId, name: row.name, nameCy: row.nameCy, quotes: themeEvidence(organisationId, themeId, viewerId).candidates };
  });
}

export type QuotePreview = { themeId: number; name: string; nameCy: string; quotes: QuoteCandidate[] }[];

function packTheme(organisationId: number, chosen: ChosenTheme, issuerId: number): { theme: PackTheme; unread: number[] } {
  const db = getDb();
  const row = themeRow(organisationId, chosen.id);
  const parent = row.parentId
    ? db
        .select({ name: themes.name, nameCy: themes.nameCy })
        .from(themes)
        .where(and(eq(themes.id, row.parentId), eq(themes.organisationId, organisationId)))
        .get()
    : undefined;
  const { figures, candidates } = themeEvidence(organisationId, chosen.id, issuerId);
  const theme: PackTheme = {
    id: row.id,
    name: row.name,
    nameCy: row.nameCy,
    description: row.description,
    descriptionCy: row.descriptionCy,
    parentName: parent?.name ?? null,
    parentNameCy: parent?.nameCy ?? null,
    engagementId: chosen.engagementId,
    surveys: figures,
    // Only what a person confirmed: an unread candidate is never frozen in, whatever the caller does next.
    quotes: candidates.filter((q) => q.state === "safe").map((q) => ({ text: q.text, language: q.language })),
  };
  return { theme, unread: candidates.filter((q) => q.state === "unread").map((q) => q.codingId) };
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
 * The pack of these themes (in agenda order), as it will be frozen, with the passages it would quote that nobody has
 * read yet (the caller refuses to issue while there are any; the pack itself never holds them). Themes shared by commissioned services come in
 * already built by app/commissioning/theme-links.server.ts (no quote, counts already disclosed) and are only checked.
 */
export function buildPack(
  organisationId: number,
  chosen: ChosenTheme[],
  issuerId: number,
  shared: PackSharedTheme[] = [],
): { pack: Pack; unread: number[] } {
  const threshold = disclosureThresholdFor(organisationId);
  const engagementIds = [...new Set(chosen.map((theme) => theme.engagementId))];
  const built = chosen.map((theme) => packTheme(organisationId, theme, issuerId));
  const pack: Pack = {
    version: PACK_VERSION,
    threshold,
    engagements: engagementIds.map((id) => packEngagement(organisationId, id, threshold)),
    themes: built.map((entry) => entry.theme),
    sharedThemes: shared,
  };
  // Belt and braces: the figures above are suppressed where they are made; a pack that is not is never stored.
  if (!packIsSuppressed(pack)) throw new Error("a panel pack must contain no count below the disclosure threshold");
  return { pack, unread: built.flatMap((entry) => entry.unread) };
}
