/**
 * What the demo shows. Each capability adds its part here, so `npm run demo`
 * always shows everything the product can do.
 */
import { randomInt } from "node:crypto";
import type { Role } from "./schema";
import type { Db } from "./client";
import { addDays, ukToday } from "../app/engagements/stages";
import { createChannel } from "../app/distribution/channels.server";
import { findPublicSurvey } from "../app/respondent/public-survey.server";
import { TEMPLATES, templateSurvey } from "../app/surveys/bank";
import { deleteElement } from "../app/surveys/edit";
import { DEFAULT_SETTINGS } from "../app/surveys/schemas";
import { makeResponses } from "./response-factory";
import { createSurvey, getSurvey, publishSurvey, saveDraft } from "../app/surveys/surveys.server";
import { makeEngagement, makeOrganisation, makeUser } from "./factories";
import { seedDemoYouSaidWeDid } from "./demo-you-said";
import { seedDemoPanels } from "./demo-panels";
import { seedDemoPractice } from "./demo-practice";
import { seedDemoCommissioning } from "./demo-commissioning";
import { seedDemoOutcomes, seedDemoSharedThemes } from "./demo-outcomes";

export const DEMO_SLUG = "demo";

const WORDS = [
  "anchor",
  "bramble",
  "candle",
  "dolphin",
  "ember",
  "falcon",
  "garnet",
  "harbour",
  "island",
  "juniper",
  "kestrel",
  "lantern",
  "meadow",
  "nutmeg",
  "orchard",
  "pebble",
  "quartz",
  "river",
  "saffron",
  "thistle",
  "upland",
  "valley",
  "willow",
  "yarrow",
];

/** Three random words and two digits: strong, and easy to type from a terminal. */
export function demoPassword(): string {
  const pick = () => WORDS[randomInt(WORDS.length)];
  return `${pick()}-${pick()}-${pick()}-${randomInt(10, 100)}`;
}

export const DEMO_PEOPLE: { role: Role; name: string; email: string }[] = [
  { role: "admin", name: "Ade Admin", email: "admin@demo.example" },
  { role: "engagement_lead", name: "Eluned Lead", email: "lead@demo.example" },
  { role: "analyst", name: "Anwen Analyst", email: "analyst@demo.example" },
  { role: "panel_member", name: "Pat Panel", email: "panel@demo.example" },
  { role: "action_owner", name: "Owain Owner", email: "owner@demo.example" },
];

export async function seedDemo(db: Db) {
  const organisation = makeOrganisation(db, {
    slug: DEMO_SLUG,
    name: "Demo Police and Crime Commissioner",
    nameCy: "Comisiynydd Heddlu a Throseddu Demo",
  });
  const accounts: { role: Role; name: string; email: string; password: string; id: number }[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = demoPassword();
    const user = await makeUser(db, {
      organisationId: organisation.id,
      email: person.email,
      name: person.name,
      roles: [person.role],
      password,
    });
    accounts.push({ ...person, password, id: user.id });
  }
  const idOf = (role: Role) => accounts.find((a) => a.role === role)!.id;
  const engagementIds = seedDemoEngagements(db, organisation.id, idOf("engagement_lead"), idOf("admin"));
  const surveyId = seedDemoSurveys({ id: idOf("engagement_lead"), organisation: { id: organisation.id } }, engagementIds);
  seedDemoYouSaidWeDid(
    db,
    {
      organisationId: organisation.id,
      engagementId: engagementIds.first,
      surveyId,
      analystId: idOf("analyst"),
      ownerId: idOf("action_owner"),
      leadId: idOf("engagement_lead"),
    },
    ukToday(),
  );
  seedDemoPanels(db, organisation.id, engagementIds.first, idOf, ukToday());
  seedDemoPractice(organisation.id, engagementIds.first, idOf, ukToday());
  const services = await seedDemoCommissioning(db, { id: idOf("admin"), organisation: { id: organisation.id } }, demoPassword);
  for (const service of services) accounts.push(...service.accounts);
  seedDemoOutcomes(services);
  seedDemoSharedThemes(services);
  return { organisation, accounts, services };
}

/** Two engagements at different points round the wheel; one has a stage overdue for review. */
function seedDemoEngagements(db: Db, organisationId: number, leadId: number, adminId: number, today = ukToday()) {
  const first = makeEngagement(
    db,
    {
      organisationId,
      title: "Domestic abuse survivors' experience of reporting, 2027",
      titleCy: "Profiad goroeswyr cam-drin domestig o roi gwybod, 2027",
      purpose:
        "Decide how the force changes its first response to domestic abuse reports, and what the victim hub offers in the first week.",
      purposeCy:
        "Penderfynu sut mae'r heddlu'n newid ei ymateb cyntaf i adroddiadau o gam-drin domestig, a beth mae'r hyb dioddefwyr yn ei gynnig yn yr wythnos gyntaf.",
      audience:
        "Survivors who reported domestic abuse in the last two years, including men, LGBT+ survivors and people who do not speak English.",
      sponsor: "Assistant Chief Constable, Local Policing",
      leadUserId: leadId,
      startDate: addDays(today, -120),
      endDate: addDays(today, 60),
      status: "listening",
    },
    {
      purpose: {
        status: "done",
        ownerUserId: leadId,
        lastReviewedOn: addDays(today, -120),
        nextReviewOn: addDays(today, -10),
        ticked: ["decision", "sponsor", "scope", "resources"],
        notes: "Agreed at the Victims' Board.",
      },
      benchmark: {
        status: "done",
        ownerUserId: leadId,
        lastReviewedOn: addDays(today, -100),
        nextReviewOn: addDays(today, 80),
        ticked: ["current_methods", "previous_feedback", "good_practice", "gaps"],
      },
      co_design: {
        status: "done",
        ownerUserId: leadId,
        lastReviewedOn: addDays(today, -90),
        nextReviewOn: addDays(today, 90),
        ticked: ["involved", "sense_checked", "participant_support"],
      },
      safety: {
        status: "done",
        ownerUserId: adminId,
        lastReviewedOn: addDays(today, -80),
        nextReviewOn: addDays(today, 100),
        ticked: ["dpia", "support_directory", "retention", "content_warnings", "safeguarding"],
      },
      inclusion: {
        status: "in_progress",
        ownerUserId: leadId,
        lastReviewedOn: addDays(today, -30),
        nextReviewOn: addDays(today, 60),
        ticked: ["seldom_heard", "languages"],
      },
      listen: { status: "in_progress", ownerUserId: leadId },
    },
  );
  const second = makeEngagement(
    db,
    {
      organisationId,
      title: "Young victims of knife crime: being kept informed",
      purpose:
        "Decide what young victims and their parents or carers are told, and when, while a knife crime case is investigated.",
      audience: "Victims aged 16 to 24 and the parents or carers of younger victims.",
      sponsor: "Police and Crime Commissioner",
      leadUserId: leadId,
      startDate: addDays(today, 30),
      status: "planning",
    },
    {
      purpose: { status: "in_progress", ownerUserId: leadId, ticked: ["decision"] },
      safety: { status: "in_progress", ownerUserId: adminId, ticked: ["dpia"] },
    },
  );
  return { first: first.id, second: second.id };
}

/**
 * A published survey (two versions) on the first engagement, and a draft on
 * the second, whose safety checks are not done yet. Returns the published survey's id.
 */
function seedDemoSurveys(lead: { id: number; organisation: { id: number } }, engagementIds: { first: number; second: number }) {
  const reporting = TEMPLATES.find((t) => t.id === "experience-of-reporting")!;
  const created = createSurvey(
    lead,
    {
      slug: "demo-reporting",
      engagementId: engagementIds.first,
      settings: { ...DEFAULT_SETTINGS, estimatedMinutes: reporting.estimatedMinutes },
    },
    templateSurvey(reporting),
  );
  if (!created.ok) throw new Error("demo survey could not be created");
  publishSurvey(lead, created.id, []);
  const draft = getSurvey(lead.organisation.id, created.id).draft;
  saveDraft(lead, created.id, deleteElement(draft, "trust-report-again"));
  publishSurvey(lead, created.id, []);
  seedDemoResponses(lead, created.id);
  const young = TEMPLATES.find((t) => t.id === "victims-code-compliance")!;
  createSurvey(
    lead,
    { slug: "demo-young-victims", engagementId: engagementIds.second, settings: DEFAULT_SETTINGS },
    templateSurvey(young),
  );
  return created.id;
}

/** Two distribution channels and eight weeks of made-up responses on the published survey, some in Welsh. */
function seedDemoResponses(lead: { id: number; organisation: { id: number } }, surveyId: number) {
  const channelIds: (number | null)[] = [null];
  for (const label of ["Victim hub text message", "Poster in custody suite"]) {
    const channel = createChannel(lead, surveyId, label);
    if (channel.ok) channelIds.push(channel.id, channel.id);
  }
  const version = findPublicSurvey("demo-reporting")?.version;
  if (!version) throw new Error("demo survey is not published");
  makeResponses({
    organisationId: lead.organisation.id,
    surveyId,
    versionId: version.id,
    definition: version.definition,
    count: 160,
    seed: 20261125,
    channelIds,
    lastDay: ukToday(),
    days: 56,
    welshShare: 0.2,
  });
}
