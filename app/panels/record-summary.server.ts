/**
 * The public summary of a signed-off session: written by the chair or an admin in English (and Welsh), and shown on
 * the organisation's "you said, we did" page only while it is published. Only a signed-off session has one: the
 * summary speaks for a record that can no longer change.
 */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { panelSessions } from "../../db/schema";
import type { SessionUser } from "../accounts/session.server";
import { recordAudit } from "../audit/audit.server";
import { forbidden, notFound } from "../http/responses";
import { sessionAccess } from "./access.server";
import type { SummaryInput, SummaryIntent } from "./record-schemas";
import type { RecordFailure } from "./record-write.server";
import { recordSession } from "./record.server";

/** The summary page: the chair or an admin only (members may read the record, not speak for the panel). */
export function summaryPageData(user: SessionUser, panelId: number, sessionId: number) {
  const access = sessionAccess(user, panelId, sessionId);
  if (access.as === "member") forbidden();
  const session = recordSession(user.organisation.id, sessionId);
  return {
    panel: { id: access.panel.id, name: access.panel.name, nameCy: access.panel.nameCy },
    session,
    organisationSlug: user.organisation.slug,
  };
}

export function saveSummary(
  user: SessionUser,
  sessionId: number,
  intent: SummaryIntent,
  input: SummaryInput,
): { ok: true } | RecordFailure {
  const organisationId = user.organisation.id;
  return getDb().transaction((tx) => {
    const row = tx
      .select({ status: panelSessions.status, published: panelSessions.summaryPublished })
      .from(panelSessions)
      .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
      .get();
    if (!row) notFound();
    if (row.status !== "signed_off")
      return { ok: false as const, field: "form", error: "panelRecord.errors.summaryBeforeSignOff" };
    const published = intent === "publish" ? true : intent === "unpublish" ? false : row.published;
    if (published && input.publicSummary === "") {
      return { ok: false as const, field: "publicSummary", error: "panelRecord.errors.summaryRequired" };
    }
    tx.update(panelSessions)
      .set({ publicSummary: input.publicSummary, publicSummaryCy: input.publicSummaryCy, summaryPublished: published })
      .where(and(eq(panelSessions.id, sessionId), eq(panelSessions.organisationId, organisationId)))
      .run();
    const action =
      published && !row.published
        ? "panel_session.summary_published"
        : !published && row.published
          ? "panel_session.summary_unpublished"
          : "panel_session.summary_saved";
    recordAudit(tx, {
      organisationId,
      actorUserId: user.id,
      action,
      objectType: "panel_session",
      objectId: sessionId,
      detail: { published },
    });
    return { ok: true as const };
  });
}
