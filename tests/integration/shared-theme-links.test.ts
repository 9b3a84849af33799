/**
 * Shared theme links (issue 20): a PCC office links a theme one of its services shares to its own action and to a
 * panel session's pack. Proves PCC ↔ service ↔ unrelated organisation: only the commissioner links, only while the
 * service shares; no quote or answer text of the service reaches the PCC's action page, session page, pack, or public
 * "you said, we did"; a link stops showing the theme once sharing stops or the relationship ends, while an issued
 * pack keeps it as it was reported. Real SQLite, real model functions and route modules.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { makeEngagement } from "../../db/factories";
import { auditEvents, codings, panelSessionSharedThemes, responses, themes } from "../../db/schema";
import { createAction } from "../../app/actions/actions.server";
import { setPublished } from "../../app/actions/progress.server";
import { acceptInvitation, endCommission, inviteServiceBySlug, setShareThemes } from "../../app/commissioning/commissions.server";
import { addBankMeasure, publishFramework, startDraft } from "../../app/commissioning/frameworks.server";
import { adoptOutcomeSurvey } from "../../app/commissioning/outcome-survey.server";
import {
  linkSharedThemeToAction,
  linkSharedThemeToSession,
  sharedThemesOfAction,
  sharedThemesOfSession,
  unlinkSharedThemeFromAction,
} from "../../app/commissioning/theme-links.server";
import { getStageDefinitions } from "../../app/engagements/stage-definitions.server";
import { safetyGateItems, ukToday } from "../../app/engagements/stages";
import { updateSurveySafety } from "../../app/surveys/safety.server";
import { findingId, publishReview, publishSurvey } from "../../app/surveys/surveys.server";
import { createPanel } from "../../app/panels/panels.server";
import { chooseThemes, createSession, getSession } from "../../app/panels/sessions.server";
import * as actionRoute from "../../app/routes/actions.$actionId._index";
import * as themesRoute from "../../app/routes/commissioning.themes";
import * as sessionRoute from "../../app/routes/panels.$panelId.sessions.$sessionId._index";
import * as publicJson from "../../app/routes/o.$orgSlug.you-said-we-did[.json]";
import * as publicPage from "../../app/routes/o.$orgSlug.you-said-we-did";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let pcc: Org;
let hub: Org;
let stranger: Org;
const actor = (org: Org, role: keyof Org["people"] = "admin") => ({
  id: org.people[role].id,
  organisation: { id: org.organisation.id },
});

const QUOTE = "SECRET-HUB-QUOTE nobody called me back";
const THEME = "Waiting for a call back";
let commissionId: number;
let themeId: number;
let actionId: number;
let panelId: number;
let sessionId: number;
let otherSessionId: number;
let strangerActionId: number;

function newAction(org: Org, engagementId: number, title: string, themeIds: number[] = []) {
  const made = createAction(actor(org), {
    engagementId,
    title,
    titleCy: "",
    description: "What we will do",
    descriptionCy: "",
    rationale: "Because people told us",
    rationaleCy: "",
    owningTeam: "Victim services",
    ownerUserId: null,
    raisedOn: ukToday(),
    targetDate: null,
    themeId: themeIds,
  });
  if (!made.ok) throw new Error("action not created");
  return made.id;
}

beforeAll(async () => {
  pcc = await makeOrganisationWithUsers("links-pcc");
  hub = await makeOrganisationWithUsers("links-hub");
  stranger = await makeOrganisationWithUsers("links-stranger");
  const db = getDb();
  startDraft(actor(pcc), { name: "Outcomes", nameCy: "Canlyniadau" });
  addBankMeasure(actor(pcc), "cr-coping");
  publishFramework(actor(pcc));
  const invited = inviteServiceBySlug(actor(pcc), "links-hub");
  if (!invited.ok) throw new Error("invite refused");
  commissionId = invited.id;
  acceptInvitation(actor(hub), commissionId);
  const adopted = adoptOutcomeSurvey(actor(hub), commissionId, "links-hub-outcomes");
  if (!adopted.ok) throw new Error(adopted.error);
  updateSurveySafety(
    actor(hub),
    adopted.surveyId,
    safetyGateItems(getStageDefinitions(hub.organisation.id)).map((i) => i.key),
  );
  const warnings = publishReview(hub.organisation.id, adopted.surveyId)
    .findings.filter((f) => f.severity === "warning")
    .map(findingId);
  if (!publishSurvey(actor(hub), adopted.surveyId, warnings).ok) throw new Error("not published");
  // Responses need a survey version: the hub's answers are inserted as the outcome survey's (never seen by the PCC).
  const versionId = db
    .select({ id: sql<number>`id` })
    .from(sql`survey_versions`)
    .where(sql`survey_id = ${adopted.surveyId}`)
    .get()?.id;
  if (!versionId) throw new Error("no version");
  themeId = db
    .insert(themes)
    .values({
      organisationId: hub.organisation.id,
      surveyId: adopted.surveyId,
      name: THEME,
      nameCy: "Aros am alwad yn ôl",
      description: "People waited for a call back",
    })
    .returning({ id: themes.id })
    .get().id;
  for (let i = 0; i < 7; i++) {
    const response = db
      .insert(responses)
      .values({
        organisationId: hub.organisation.id,
        surveyId: adopted.surveyId,
        surveyVersionId: Number(versionId),
        answers: { our_question: QUOTE },
        language: "en",
        submittedOn: ukToday(),
        unredactedText: {},
        submissionKey: `links-${i}`,
      })
      .returning({ id: responses.id })
      .get();
    db.insert(codings)
      .values({
        organisationId: hub.organisation.id,
        responseId: response.id,
        themeId,
        answerKey: "our_question",
        start: 0,
        end: 20,
      })
      .run();
  }
  setShareThemes(actor(hub), commissionId, true);

  // The PCC's own engagement, theme, action and panel with two sessions being planned.
  const engagementId = makeEngagement(db, {
    organisationId: pcc.organisation.id,
    title: "Victim care",
    purpose: "p",
    audience: "a",
  }).id;
  const ownTheme = db
    .insert(themes)
    .values({ organisationId: pcc.organisation.id, engagementId, name: "Our own theme" })
    .returning({ id: themes.id })
    .get().id;
  actionId = newAction(pcc, engagementId, "Call every victim back within two days", [ownTheme]);
  const panel = createPanel(actor(pcc), {
    name: "Victims' scrutiny panel",
    nameCy: "",
    termsOfReference: "",
    termsOfReferenceCy: "",
    memberId: [pcc.people.panel_member.id],
    chairUserId: pcc.people.panel_member.id,
    engagementId: [engagementId],
  });
  if (!panel.ok) throw new Error("panel not created");
  panelId = panel.id;
  sessionId = createSession(actor(pcc), panelId, { heldOn: "2027-01-20", agenda: "", agendaCy: "" }).id;
  otherSessionId = createSession(actor(pcc), panelId, { heldOn: "2027-02-20", agenda: "", agendaCy: "" }).id;
  const strangerEngagement = makeEngagement(db, {
    organisationId: stranger.organisation.id,
    title: "Theirs",
    purpose: "p",
    audience: "a",
  }).id;
  strangerActionId = newAction(stranger, strangerEngagement, "Their action");
}, 60_000);

const send = (org: Org, role: keyof Org["people"], fields: Record<string, string>) =>
  outcome(() => themesRoute.action(args(post("/commissioning/themes", fields, org.people[role].cookie))));
/** Where a successful form went (a redirect the action returned). */
const locationOf = (result: { thrown: Response | null; value: unknown }) =>
  (result.thrown ?? (result.value instanceof Response ? result.value : null))?.headers.get("Location") ?? null;
const ids = () => ({ commissionId: String(commissionId), themeId: String(themeId) });

function auditCount(organisationId: number, action: string) {
  return getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, action)))
    .get()!.n;
}

describe("linking a shared theme", () => {
  it("shows the linking panel to the commissioner only, for a theme shared now", async () => {
    const page = await themesRoute.loader(
      args(get(`/commissioning/themes?link=${commissionId}-${themeId}`, pcc.people.admin.cookie)),
    );
    expect(page.linking).toMatchObject({ state: "available", name: THEME, canLinkActions: true, canLinkSessions: true });
    const theirs = await themesRoute.loader(
      args(get(`/commissioning/themes?link=${commissionId}-${themeId}`, stranger.people.admin.cookie)),
    );
    expect(theirs.linking).toEqual({ state: "unavailable" });
    expect(JSON.stringify(theirs)).not.toContain(THEME);
    // The service itself is not its own commissioner: nothing to link from here.
    const own = await themesRoute.loader(
      args(get(`/commissioning/themes?link=${commissionId}-${themeId}`, hub.people.admin.cookie)),
    );
    expect(own.linking).toEqual({ state: "unavailable" });
    const analyst = await themesRoute.loader(
      args(get(`/commissioning/themes?link=${commissionId}-${themeId}`, pcc.people.analyst.cookie)),
    );
    expect(analyst.linking).toMatchObject({
      canLinkActions: false,
      canLinkSessions: false,
      actionChoices: [],
      sessionChoices: [],
    });
    expect(JSON.stringify(page)).not.toContain("SECRET-HUB-QUOTE");
  });

  it("refuses roles that may not link, organisations outside the relationship and objects of another organisation", async () => {
    expect((await send(pcc, "analyst", { intent: "link-action", ...ids(), actionId: String(actionId) })).thrown?.status).toBe(
      403,
    );
    expect(
      (await send(pcc, "engagement_lead", { intent: "link-session", ...ids(), sessionId: String(sessionId) })).thrown?.status,
    ).toBe(403);
    expect(
      (await send(pcc, "panel_member", { intent: "link-action", ...ids(), actionId: String(actionId) })).thrown?.status,
    ).toBe(403);
    const strangers = await send(stranger, "admin", { intent: "link-action", ...ids(), actionId: String(strangerActionId) });
    expect(dataOf(strangers.value)).toMatchObject({
      status: 400,
      data: { errors: { themeId: "commissioning.links.errors.notShared" } },
    });
    const service = await send(hub, "admin", { intent: "link-action", ...ids(), actionId: String(actionId) });
    expect(dataOf(service.value).data.errors).toEqual({ themeId: "commissioning.links.errors.notShared" });
    const foreignAction = await send(pcc, "admin", { intent: "link-action", ...ids(), actionId: String(strangerActionId) });
    expect(dataOf(foreignAction.value).data.errors).toEqual({ actionId: "commissioning.links.errors.actionUnknown" });
    const empty = await send(pcc, "admin", { intent: "link-action", ...ids(), actionId: "" });
    expect(dataOf(empty.value).data.errors).toEqual({ actionId: "commissioning.links.errors.actionRequired" });
    expect((await send(pcc, "admin", { intent: "delete" })).thrown?.status).toBe(400);
    expect(sharedThemesOfAction(pcc.organisation.id, actionId, ukToday())).toEqual([]);
    expect(sharedThemesOfAction(stranger.organisation.id, strangerActionId, ukToday())).toEqual([]);
  });

  it("links to the PCC's action and panel session, audited on both sides, and shows no quote", async () => {
    const linked = await send(pcc, "engagement_lead", { intent: "link-action", ...ids(), actionId: String(actionId) });
    expect(locationOf(linked)).toBe(`/commissioning/themes?link=${commissionId}-${themeId}&done=link-action#link-panel`);
    const again = await send(pcc, "admin", { intent: "link-action", ...ids(), actionId: String(actionId) });
    expect(dataOf(again.value).data.errors).toEqual({ actionId: "commissioning.links.errors.alreadyLinked" });
    expect(locationOf(await send(pcc, "admin", { intent: "link-session", ...ids(), sessionId: String(sessionId) }))).toBe(
      `/commissioning/themes?link=${commissionId}-${themeId}&done=link-session#link-panel`,
    );
    expect(auditCount(pcc.organisation.id, "shared_theme.linked_to_action")).toBe(1);
    expect(auditCount(hub.organisation.id, "shared_theme.linked_to_action")).toBe(1);
    expect(auditCount(pcc.organisation.id, "shared_theme.added_to_pack")).toBe(1);
    // The service's log says its theme was used, never the PCC's action title.
    const hubAudit = JSON.stringify(
      getDb().select().from(auditEvents).where(eq(auditEvents.organisationId, hub.organisation.id)).all(),
    );
    expect(hubAudit).not.toContain("Call every victim back");

    const actionPage = await actionRoute.loader(
      args(get(`/actions/${actionId}`, pcc.people.admin.cookie), { actionId: String(actionId) }),
    );
    expect(actionPage.sharedThemes).toMatchObject([
      { state: "shared", name: THEME, service: { name: "links-hub Police" }, thisQuarter: { kind: "count", value: 7 } },
    ]);
    expect(JSON.stringify(actionPage)).not.toContain("SECRET-HUB-QUOTE");
    // Action owners read actions but not what services share (commissioning/access.ts).
    const owner = await actionRoute.loader(
      args(get(`/actions/${actionId}`, pcc.people.action_owner.cookie), { actionId: String(actionId) }),
    );
    expect(owner.sharedThemes).toBeNull();
    expect(JSON.stringify(owner)).not.toContain(THEME);

    const planning = await sessionRoute.loader(
      args(get(`/panels/${panelId}/sessions/${sessionId}`, pcc.people.admin.cookie), {
        panelId: String(panelId),
        sessionId: String(sessionId),
      }),
    );
    expect(planning.planning?.shared).toMatchObject([{ state: "shared", name: THEME }]);
    expect(JSON.stringify(planning)).not.toContain("SECRET-HUB-QUOTE");
  });

  it("freezes the shared theme into the issued pack, which panel members read without any quote", async () => {
    expect(chooseThemes(actor(pcc), panelId, sessionId, { themeId: [] }, true)).toEqual({ ok: true });
    const pack = getSession(pcc.organisation.id, panelId, sessionId).pack!;
    expect(pack.sharedThemes).toMatchObject([
      { state: "shared", name: THEME, description: "People waited for a call back", thisQuarter: { kind: "count", value: 7 } },
    ]);
    expect(JSON.stringify(pack)).not.toContain("SECRET-HUB-QUOTE");
    const member = await sessionRoute.loader(
      args(get(`/panels/${panelId}/sessions/${sessionId}`, pcc.people.panel_member.cookie), {
        panelId: String(panelId),
        sessionId: String(sessionId),
      }),
    );
    expect(JSON.stringify(member)).toContain(THEME);
    expect(JSON.stringify(member)).not.toContain("SECRET-HUB-QUOTE");
    // The database refuses any change to an issued pack's shared themes.
    expect(() =>
      getDb()
        .insert(panelSessionSharedThemes)
        .values({ sessionId, organisationId: pcc.organisation.id, commissionId, themeId: themeId + 1, linkedAt: "x" })
        .run(),
    ).toThrow(/an issued pack is frozen/);
    const late = await send(pcc, "admin", { intent: "unlink-session", ...ids(), sessionId: String(sessionId) });
    expect(dataOf(late.value).data.errors).toEqual({ sessionId: "commissioning.links.errors.sessionIssued" });
  });

  it("never publishes a service's theme on the PCC's public page", async () => {
    expect(setPublished(actor(pcc), actionId, true)).toEqual({ ok: true });
    const slug = { orgSlug: pcc.organisation.slug };
    const json = await outcome(() => publicJson.loader(args(get(`/o/${pcc.organisation.slug}/you-said-we-did.json`), slug)));
    const body = json.value instanceof Response ? await json.value.text() : JSON.stringify(json.value);
    expect(body).toContain("Call every victim back");
    expect(body).not.toContain(THEME);
    expect(body).not.toContain("links-hub");
    const page = await publicPage.loader(args(get(`/o/${pcc.organisation.slug}/you-said-we-did`), slug));
    expect(JSON.stringify(page)).not.toContain(THEME);
  });

  it("stops showing the theme when sharing stops or the relationship ends; the issued pack keeps it as reported", async () => {
    linkSharedThemeToSession(actor(pcc), commissionId, themeId, otherSessionId, ukToday());
    setShareThemes(actor(hub), commissionId, false);
    const withdrawn = sharedThemesOfAction(pcc.organisation.id, actionId, ukToday());
    expect(withdrawn).toEqual([
      { state: "withdrawn", commissionId, themeId, service: { name: "links-hub Police", nameCy: "Heddlu links-hub" } },
    ]);
    const actionPage = await actionRoute.loader(
      args(get(`/actions/${actionId}`, pcc.people.admin.cookie), { actionId: String(actionId) }),
    );
    expect(JSON.stringify(actionPage)).not.toContain(THEME);
    expect(sharedThemesOfSession(pcc.organisation.id, otherSessionId, ukToday())[0].state).toBe("withdrawn");
    expect(linkSharedThemeToAction(actor(pcc), commissionId, themeId, actionId, ukToday())).toMatchObject({
      ok: false,
      error: "commissioning.links.errors.notShared",
    });
    // Issued before sharing stopped: the pack says what was reported then.
    expect(getSession(pcc.organisation.id, panelId, sessionId).pack!.sharedThemes![0]).toMatchObject({
      state: "shared",
      name: THEME,
    });
    // Issued after: nothing would be left in the pack, and the refusal says why (not just "tick a theme").
    expect(chooseThemes(actor(pcc), panelId, otherSessionId, { themeId: [] }, true)).toMatchObject({
      ok: false,
      error: "quoteCheck.errors.sharedAllWithdrawn",
    });

    setShareThemes(actor(hub), commissionId, true);
    expect(sharedThemesOfAction(pcc.organisation.id, actionId, ukToday())[0].state).toBe("shared");
    expect(endCommission(actor(hub), commissionId)).toBe(true);
    expect(sharedThemesOfAction(pcc.organisation.id, actionId, ukToday())[0].state).toBe("withdrawn");
    expect(getSession(pcc.organisation.id, panelId, sessionId).pack!.sharedThemes![0]).toMatchObject({
      state: "shared",
      name: THEME,
    });
    // The PCC can still take the link off its own action; it leaves the pack as issued.
    const removed = await send(pcc, "admin", { intent: "unlink-action", ...ids(), actionId: String(actionId), from: "action" });
    expect(locationOf(removed)).toBe(`/actions/${actionId}#shared-themes-heading`);
    expect(unlinkSharedThemeFromAction(actor(pcc), commissionId, themeId, actionId)).toBe(false);
    expect(sharedThemesOfAction(pcc.organisation.id, actionId, ukToday())).toEqual([]);
  });
});
