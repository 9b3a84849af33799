/**
 * The frozen pack of a panel session: what every member reads, built once when the pack is issued and stored as
 * JSON (panel_sessions.pack). Everything in it has already been through disclosure control and redaction when it is
 * built: counts are Shown values (a count, "fewer than N" or "not shown"), never raw numbers below the threshold, and
 * quotes are the redacted text that staff pages show. Nothing here is recomputed on reading. Pure.
 */
import type { LinkedSharedTheme } from "../commissioning/linked-theme";
import type { ComplianceFigure } from "../insights/compliance";
import type { Shown } from "../insights/disclosure";
import type { SentimentLabel } from "../themes/tokenise";

export const PACK_VERSION = 1;

export type PackSurveyFigures = {
  surveyId: number;
  surveyTitle: string;
  /** Respondents whose answers were coded with the theme or its sub-themes. */
  mentioning: Shown;
  /** Respondents who wrote anything in a free-text answer to the survey. */
  answered: Shown;
  /** Percentage of those who wrote anything; null when a count behind it is not shown. */
  share: number | null;
  trend: { month: string; shown: Shown }[];
  sentiment: { label: SentimentLabel; shown: Shown }[];
};

export type PackTheme = {
  id: number;
  name: string;
  nameCy: string;
  description: string;
  descriptionCy: string;
  parentName: string | null;
  parentNameCy: string | null;
  engagementId: number;
  surveys: PackSurveyFigures[];
  /** Up to three redacted passages, only where the number of respondents mentioning the theme may be shown. */
  quotes: { text: string; language: string }[];
};

export type PackEngagement = {
  id: number;
  title: string;
  titleCy: string;
  /** Responses to the engagement's surveys. */
  responses: Shown;
  /** Victims' Code compliance from the engagement's surveys; null when the figures cannot be shown. */
  compliance: ComplianceFigure | null;
};

/**
 * A theme a commissioned service shares with this organisation, as it was shared on the day the pack was issued
 * (counts already through disclosure control at the stricter of the two organisations' thresholds; never a quote),
 * or "withdrawn" when the service had stopped sharing it by then.
 */
export type PackSharedTheme = LinkedSharedTheme;

export type Pack = {
  version: typeof PACK_VERSION;
  threshold: number;
  engagements: PackEngagement[];
  themes: PackTheme[];
  /** Themes shared by commissioned services (absent from packs issued before they could be linked). */
  sharedThemes?: PackSharedTheme[];
};

/** Up to this many quotes per theme, across its surveys. */
export const PACK_QUOTES = 3;

/** The stored JSON read back as a pack, or null for anything else (a pack is never rebuilt to fill a gap). */
export function readPack(value: unknown): Pack | null {
  if (typeof value !== "object" || value === null) return null;
  const pack = value as Partial<Pack>;
  if (pack.version !== PACK_VERSION || !Array.isArray(pack.themes) || !Array.isArray(pack.engagements)) return null;
  return pack as Pack;
}

/** Every count in a pack, wherever it sits: used by tests and by the check made before a pack is stored. */
export function countsIn(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) {
    for (const item of value) countsIn(item, found);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.kind === "count" && typeof record.value === "number") found.push(record.value);
    for (const item of Object.values(record)) countsIn(item, found);
  }
  return found;
}

/** True when no count in the pack lies between 1 and below the threshold. */
export function packIsSuppressed(pack: Pack): boolean {
  return countsIn(pack).every((value) => value === 0 || value >= pack.threshold);
}
