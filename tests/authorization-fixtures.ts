/**
 * The objects tests/integration/authorization-matrix.test.ts asks for: two organisations with one person per role, and
 * in org A one of everything a staff route's address can name, with two panels (org A's panel_member sits on the
 * first, and so does its action_owner, as if that role had replaced panel_member) and sessions issued and in planning. Every org A name carries MARK_A, so a page that leaks shows it.
 */
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { makeEngagement, makeUser } from "../db/factories";
import { makeResponses } from "../db/response-factory";
import {
  actions,
  codings,
  codingSampleItems,
  codingSamples,
  panelEngagements,
  panelMembers,
  panels,
  panelSessions,
  responses,
  supportServices,
  surveys,
  surveyVersions,
  themes,
  invitationBatches,
} from "../db/schema";
import { createChannel } from "../app/distribution/channels.server";
import { STAGE_KEYS } from "../app/engagements/stages";
import { rateStage, signOffAssessment, startAssessment } from "../app/practice/practice.server";
import { DEFAULT_STATEMENTS } from "../app/practice/statements";
import { ukToday } from "../app/engagements/stages";
import { RESPONDENT_SURVEY } from "./fixtures/respondent-survey";
import { publishTestSurvey } from "./respondent-helpers";
import { makeOrganisationWithUsers } from "./helpers";
import { SAMPLE_CODER, SAMPLE_REQUESTER } from "./authorization-expectations";

export type Org = Awaited<ReturnType<typeof makeOrganisationWithUsers>>;

/** Every org A object's name carries this; no answer an org B user gets may contain it. */
export const MARK_A = "authz-alpha";
/** Panel 2 and panel 1's planning session: what panel 1's member must never read. */
export const PANEL_TWO = "Panel Two Restricted";
export const PLANNING_AGENDA = "Agenda still being planned";
export const PLANNING_DAY = "2031-07-19";
/** Org A's published survey's address. */
export const SURVEY_SLUG = `${MARK_A}-survey`;

export type ObjectIds = Record<
  | "engagement"
  | "survey"
  | "channel"
  | "theme"
  | "response"
  | "sampledResponse"
  | "sample"
  | "action"
  | "service"
  | "panel1"
  | "panel2"
  | "session1"
  | "session1Planning"
  | "session2"
  | "assessment"
  | "batch",
  number
>;

export async function seedAuthorizationFixtures(): Promise<{ a: Org; b: Org; ids: ObjectIds }> {
  const ids = {} as ObjectIds;
  const a = await makeOrganisationWithUsers(MARK_A);
  const b = await makeOrganisationWithUsers("authz-bravo");
  const db = getDb();
  const orgA = a.organisation.id;
  const lead = { id: a.people.engagement_lead.id, organisation: { id: orgA } };
  ids.engagement = makeEngagement(db, {
    organisationId: orgA,
    title: `${MARK_A} engagement`,
    purpose: "Listen",
    audience: "Victims",
  }).id;

  const definition = structuredClone(RESPONDENT_SURVEY);
  definition.title = { default: `${MARK_A} survey`, cy: `${MARK_A} arolwg` };
  ids.survey = publishTestSurvey(lead, SURVEY_SLUG, definition);
  db.update(surveys).set({ engagementId: ids.engagement }).where(eq(surveys.id, ids.survey)).run();
  const channel = createChannel(lead, ids.survey, `${MARK_A} channel`);
  if (!channel.ok) throw new Error("channel not created");
  ids.channel = channel.id;
  const version = db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, ids.survey)).get()!;
  makeResponses({
    organisationId: orgA,
    surveyId: ids.survey,
    versionId: version.id,
    definition: version.definition,
    count: 12,
    seed: 7,
    channelIds: [ids.channel, null],
    lastDay: ukToday(),
    days: 30,
  });
  const written = db
    .select({ id: responses.id, answers: responses.answers })
    .from(responses)
    .where(eq(responses.surveyId, ids.survey))
    .all()
    .filter((row) => typeof row.answers.better === "string" && row.answers.better !== "");
  if (written.length < 2) throw new Error("too few free-text answers to code");
  [ids.response, ids.sampledResponse] = [written[0].id, written[1].id];

  ids.theme = db
    .insert(themes)
    .values({ organisationId: orgA, engagementId: ids.engagement, name: `${MARK_A} theme`, nameCy: `${MARK_A} thema` })
    .returning({ id: themes.id })
    .get().id;
  for (const row of written.slice(0, 2)) {
    const end = String(row.answers.better).length;
    db.insert(codings)
      .values({
        organisationId: orgA,
        responseId: row.id,
        answerKey: "better",
        start: 0,
        end,
        themeId: ids.theme,
        coderUserId: a.people[SAMPLE_REQUESTER].id,
      })
      .run();
  }
  ids.sample = db
    .insert(codingSamples)
    .values({
      organisationId: orgA,
      surveyId: ids.survey,
      answerKey: "better",
      requestedBy: a.people[SAMPLE_REQUESTER].id,
      coderUserId: a.people[SAMPLE_CODER].id,
    })
    .returning({ id: codingSamples.id })
    .get().id;
  db.insert(codingSampleItems).values({ sampleId: ids.sample, responseId: ids.sampledResponse }).run();

  ids.action = db
    .insert(actions)
    .values({
      organisationId: orgA,
      engagementId: ids.engagement,
      title: `${MARK_A} action`,
      description: "A named officer for every victim.",
      owningTeam: "Investigation standards",
      ownerUserId: a.people.action_owner.id,
      raisedOn: ukToday(),
    })
    .returning({ id: actions.id })
    .get().id;
  ids.service = db
    .insert(supportServices)
    .values({ organisationId: orgA, name: `${MARK_A} support`, nameCy: `${MARK_A} cymorth` })
    .returning({ id: supportServices.id })
    .get().id;

  // Two panels: org A's panel_member sits on panel 1 (chaired by someone else); panel 2 has other members.
  const panelist = async (name: string) =>
    (await makeUser(db, { organisationId: orgA, email: `${name}@${MARK_A}.example.org`, name, roles: ["panel_member"] })).id;
  const chair1 = await panelist("chair-one");
  const chair2 = await panelist("chair-two");
  const panel = (name: string, chairUserId: number, members: number[]) => {
    const id = db.insert(panels).values({ organisationId: orgA, name, chairUserId }).returning({ id: panels.id }).get().id;
    db.insert(panelMembers)
      .values(members.map((userId) => ({ panelId: id, userId })))
      .run();
    db.insert(panelEngagements).values({ panelId: id, engagementId: ids.engagement }).run();
    return id;
  };
  // Org A's action_owner is seated on panel 1 as someone whose panel_member role has lapsed would be (memberChoices in
  // panels.server.ts keeps such seats): app/panels/access.ts still refuses their role every panel page with 403.
  ids.panel1 = panel(`${MARK_A} Panel One`, chair1, [chair1, a.people.panel_member.id, a.people.action_owner.id]);
  ids.panel2 = panel(`${MARK_A} ${PANEL_TWO}`, chair2, [chair2]);
  // A minimal pack as app/panels/pack.ts reads it (version 1): what is in it does not matter here, who reads it does.
  const issued = { version: 1, threshold: 10, engagements: [], themes: [] };
  const session = (panelId: number, agenda: string, status: "planning" | "issued") =>
    db
      .insert(panelSessions)
      .values({
        organisationId: orgA,
        panelId,
        heldOn: status === "planning" ? PLANNING_DAY : ukToday(),
        agenda: `${MARK_A} ${agenda}`,
        status,
        ...(status === "issued" ? { pack: issued, packIssuedAt: new Date().toISOString(), packIssuedBy: a.people.admin.id } : {}),
      })
      .returning({ id: panelSessions.id })
      .get().id;
  ids.session1 = session(ids.panel1, "Issued agenda", "issued");
  ids.session1Planning = session(ids.panel1, PLANNING_AGENDA, "planning");
  ids.session2 = session(ids.panel2, `${PANEL_TWO} agenda`, "issued");
  ids.assessment = signedOffAssessment(lead);
  ids.batch = db
    .insert(invitationBatches)
    .values({
      organisationId: orgA,
      surveyId: ids.survey,
      channelId: ids.channel,
      minDelayDays: 14,
      maxDelayDays: 84,
      report: {},
      createdBy: a.people.engagement_lead.id,
    })
    .returning({ id: invitationBatches.id })
    .get().id;
  return { a, b, ids };
}

/** A statement org A's signed-off practice assessment rates as a gap. */
export const PRACTICE_GAP = "purpose_decision";

/** A signed-off practice self-assessment with every statement established except one gap. */
function signedOffAssessment(lead: { id: number; organisation: { id: number } }) {
  const started = startAssessment(lead, { name: `${MARK_A} assessment`, assessedOn: ukToday() });
  if (!started.ok) throw new Error("assessment not started");
  for (const stage of STAGE_KEYS) {
    const inputs = DEFAULT_STATEMENTS.filter((s) => s.stage === stage).map((s) => ({
      statementKey: s.key,
      level: s.key === PRACTICE_GAP ? ("developing" as const) : ("established" as const),
      notes: "",
      evidenceLinks: [],
    }));
    if (!rateStage(lead, started.id, stage, inputs).ok) throw new Error("assessment not rated");
  }
  if (!signOffAssessment(lead, started.id).ok) throw new Error("assessment not signed off");
  return started.id;
}

/**
 * Org A's objects by the route parameter that names them (panel 1 and its issued session for panel routes); tests
 * add or override what means something else to them (a page name, a set-up token, another person).
 */
export function fixtureParams(a: Org, ids: ObjectIds): Record<string, string> {
  return {
    surveyId: String(ids.survey),
    engagementId: String(ids.engagement),
    actionId: String(ids.action),
    stageKey: "purpose",
    serviceId: String(ids.service),
    userId: String(a.people.analyst.id),
    channelId: String(ids.channel),
    themeId: String(ids.theme),
    responseId: String(ids.response),
    sampleId: String(ids.sample),
    panelId: String(ids.panel1),
    sessionId: String(ids.session1),
    assessmentId: String(ids.assessment),
    batchId: String(ids.batch),
    statementKey: PRACTICE_GAP,
    orgSlug: a.organisation.slug,
    slug: SURVEY_SLUG,
  };
}
