/**
 * What the public "you said, we did" page shows of the organisation's scrutiny panels: the public summaries their
 * chairs chose to publish, of signed-off sessions only. Never the record itself (observations, comments, attendance,
 * declarations), and never who was there.
 */
import { and, desc, eq, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { panels, panelSessions } from "../../db/schema";
import type { PublicText } from "./public.server";

export type PublicPanelSummary = {
  id: number;
  panelName: PublicText;
  /** The day the panel met (YYYY-MM-DD). */
  heldOn: string;
  summary: PublicText;
};

/** Published summaries of the organisation's signed-off panel sessions, newest first. */
export function publishedPanelSummaries(organisationId: number): PublicPanelSummary[] {
  return getDb()
    .select({
      id: panelSessions.id,
      heldOn: panelSessions.heldOn,
      name: panels.name,
      nameCy: panels.nameCy,
      summary: panelSessions.publicSummary,
      summaryCy: panelSessions.publicSummaryCy,
    })
    .from(panelSessions)
    .innerJoin(panels, and(eq(panels.id, panelSessions.panelId), eq(panels.organisationId, organisationId)))
    .where(
      and(
        eq(panelSessions.organisationId, organisationId),
        eq(panelSessions.status, "signed_off"),
        eq(panelSessions.summaryPublished, true),
        ne(panelSessions.publicSummary, ""),
      ),
    )
    .orderBy(desc(panelSessions.heldOn), desc(panelSessions.id))
    .all()
    .map((row) => ({
      id: row.id,
      panelName: { en: row.name, cy: row.nameCy },
      heldOn: row.heldOn,
      summary: { en: row.summary, cy: row.summaryCy },
    }));
}
