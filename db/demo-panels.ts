/**
 * The demo's scrutiny panel: the demo panel member sits on it and chairs it, it scrutinises the first engagement, and
 * one session, held a fortnight ago, has its pack issued (built from the demo themes the way an admin would issue it).
 * Uses the panels' own model functions, so the demo pack is exactly what the product builds.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "./client";
import { themes, type Role } from "./schema";
import { addDays } from "../app/engagements/stages";
import { createPanel } from "../app/panels/panels.server";
import { packQuotePreview } from "../app/panels/pack.server";
import { chooseThemes, createSession } from "../app/panels/sessions.server";

export function seedDemoPanels(
  db: Db,
  organisationId: number,
  engagementId: number,
  idOf: (role: Role) => number,
  today: string,
) {
  const ids = { organisationId, engagementId, adminId: idOf("admin"), panelMemberId: idOf("panel_member") };
  const admin = { id: ids.adminId, organisation: { id: ids.organisationId } };
  const panel = createPanel(admin, {
    name: "Victims' voice scrutiny panel",
    nameCy: "Panel craffu llais dioddefwyr",
    termsOfReference:
      "The panel reviews what victims and survivors told the force, in themes with figures and redacted quotes. It meets every quarter, records its findings on each theme and recommends what should change. The force answers every recommendation, and the outcomes are published on the 'You said, we did' page.",
    termsOfReferenceCy:
      "Mae'r panel yn adolygu'r hyn a ddywedodd dioddefwyr a goroeswyr wrth yr heddlu, mewn themâu gyda ffigurau a dyfyniadau wedi'u golygu. Mae'n cyfarfod bob chwarter, yn cofnodi ei ganfyddiadau ar bob thema ac yn argymell beth ddylai newid. Mae'r heddlu'n ateb pob argymhelliad, a chaiff y canlyniadau eu cyhoeddi ar y dudalen 'Dywedoch chi, fe wnaethom ni'.",
    memberId: [ids.panelMemberId],
    chairUserId: ids.panelMemberId,
    engagementId: [ids.engagementId],
  });
  if (!panel.ok) throw new Error(`demo panel not set up: ${panel.error}`);
  const session = createSession(admin, panel.id, {
    heldOn: addDays(today, -14),
    agenda:
      "1. Welcome and declarations of interest\n2. Being kept informed\n3. Waiting for a response\n4. Being referred to support\n5. Recommendations",
    agendaCy:
      "1. Croeso a datgan buddiannau\n2. Cael gwybod beth sy'n digwydd\n3. Aros am ymateb\n4. Cael eich cyfeirio at gymorth\n5. Argymhellion",
  });
  const themeIds = db
    .select({ id: themes.id })
    .from(themes)
    .where(and(eq(themes.organisationId, ids.organisationId), eq(themes.engagementId, ids.engagementId)))
    .orderBy(themes.id)
    .all()
    .map((row) => row.id);
  // The demo admin reads the demo's made-up quotes and confirms them, as the issue step asks (ADR 0017).
  const read = packQuotePreview(ids.organisationId, themeIds, admin.id).flatMap((theme) =>
    theme.quotes.map((quote) => ({ codingId: quote.codingId, decision: "safe" as const, readHash: quote.textHash })),
  );
  const issued = chooseThemes(admin, panel.id, session.id, { themeId: themeIds }, true, read);
  if (!issued.ok) throw new Error(`demo pack not issued: ${issued.error}`);
  return { panelId: panel.id, sessionId: session.id };
}
