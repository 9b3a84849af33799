/**
 * The demo's commissioning: the demo PCC office commissions three services (a victim and witness hub, an ISVA
 * service, domestic abuse outreach), each its own organisation with its admin. All three
 * accepted; two share their themes. The PCC published an outcome framework; each service adopted it as its own
 * outcome survey, ticked its safety items, added a question of its own (the hub), published in English and Welsh
 * and made two channels. Written through the commissioning model's own functions, as the people would.
 * Part B (db/demo-outcomes.ts) adds a quarter of answers to these surveys.
 */
import { acceptInvitation, inviteServiceBySlug, setShareThemes } from "../app/commissioning/commissions.server";
import { addBankMeasure, addOwnMeasure, publishFramework, startDraft } from "../app/commissioning/frameworks.server";
import { adoptOutcomeSurvey } from "../app/commissioning/outcome-survey.server";
import { createChannel } from "../app/distribution/channels.server";
import { getStageDefinitions } from "../app/engagements/stage-definitions.server";
import { safetyGateItems } from "../app/engagements/stages";
import { bankElement, findBankQuestion } from "../app/surveys/bank";
import { addElement } from "../app/surveys/edit";
import { updateSurveySafety } from "../app/surveys/safety.server";
import { findingId, getSurvey, publishReview, publishSurvey, saveDraft } from "../app/surveys/surveys.server";
import type { Db } from "./client";
import { makeOrganisation, makeUser } from "./factories";
import type { Role } from "./schema";

type Actor = { id: number; organisation: { id: number } };

export const DEMO_SERVICES = [
  {
    slug: "demo-hub",
    name: "Demo Victim and Witness Hub",
    nameCy: "Hwb Dioddefwyr a Thystion Demo",
    person: "Hana Hub",
    share: true,
    channels: ["Hub text message", "Hub leaflet QR code"],
  },
  {
    slug: "demo-isva",
    name: "Demo ISVA Service",
    nameCy: "Gwasanaeth ISVA Demo",
    person: "Iolo Isva",
    share: true,
    channels: ["ISVA closing letter", "ISVA text message"],
  },
  {
    slug: "demo-outreach",
    name: "Demo Domestic Abuse Outreach",
    nameCy: "Allgymorth Cam-drin Domestig Demo",
    person: "Olwen Outreach",
    share: false,
    channels: ["Outreach worker's card", "Outreach text message"],
  },
] as const;

/** Every demo organisation's slug, so the demo may wipe only a database holding nothing else. */
export const DEMO_SERVICE_SLUGS: string[] = DEMO_SERVICES.map((s) => s.slug);

/** The framework's measures: four cope-and-recover outcomes, one Victims' Code right, overall satisfaction, one own. */
const BANK_MEASURES = ["cr-coping", "cr-safer", "cr-wellbeing", "cr-informed", "vc-04-referred", "svc-sat-whole"];

export type DemoService = {
  slug: string;
  organisationId: number;
  commissionId: number;
  surveyId: number;
  channelIds: number[];
  accounts: { role: Role; name: string; email: string; password: string; id: number }[];
};

function publishDemoFramework(pccAdmin: Actor) {
  startDraft(pccAdmin, { name: "Victim services outcome framework", nameCy: "Fframwaith canlyniadau gwasanaethau dioddefwyr" });
  for (const bankId of BANK_MEASURES) {
    const added = addBankMeasure(pccAdmin, bankId);
    if (!added.ok) throw new Error(`demo framework measure refused: ${added.error}`);
  }
  const own = addOwnMeasure(pccAdmin, {
    key: "felt_believed",
    kind: "outcome",
    title: "How much did you feel believed by the service?",
    titleCy: "I ba raddau yr oeddech chi'n teimlo bod y gwasanaeth yn eich credu?",
    scale: [
      { en: "Not at all", cy: "Dim o gwbl" },
      { en: "A little", cy: "Ychydig" },
      { en: "Mostly", cy: "Gan amlaf" },
      { en: "Completely", cy: "Yn llwyr" },
    ],
    improvedWhen: "higher",
  });
  if (!own.ok) throw new Error(`demo own measure refused: ${own.error}`);
  const published = publishFramework(pccAdmin);
  if (!published.ok) throw new Error(`demo framework not published: ${published.error}`);
}

/** The service's outcome survey made, safety items ticked, published and given its channels. */
function adoptAndDistribute(
  admin: Actor,
  commissionId: number,
  slug: string,
  channelLabels: readonly string[],
  ownQuestion: boolean,
) {
  const adopted = adoptOutcomeSurvey(admin, commissionId, `${slug}-outcomes`);
  if (!adopted.ok) throw new Error(`demo outcome survey refused: ${adopted.error}`);
  const surveyId = adopted.surveyId;
  if (ownQuestion) {
    const draft = getSurvey(admin.organisation.id, surveyId).draft;
    const question = findBankQuestion("open-do-better")!;
    const saved = saveDraft(admin, surveyId, addElement(draft, draft.pages![0].name, bankElement(question)));
    if (!saved.ok) throw new Error("demo own question refused");
  }
  const items = safetyGateItems(getStageDefinitions(admin.organisation.id)).map((item) => item.key);
  updateSurveySafety(admin, surveyId, items);
  const warnings = publishReview(admin.organisation.id, surveyId)
    .findings.filter((f) => f.severity === "warning")
    .map(findingId);
  const published = publishSurvey(admin, surveyId, warnings);
  if (!published.ok) throw new Error("demo outcome survey could not be published");
  const channelIds = channelLabels.map((label) => {
    const channel = createChannel(admin, surveyId, label);
    if (!channel.ok) throw new Error("demo channel refused");
    return channel.id;
  });
  return { surveyId, channelIds };
}

export async function seedDemoCommissioning(db: Db, pccAdmin: Actor, password: () => string): Promise<DemoService[]> {
  publishDemoFramework(pccAdmin);
  // One admin per service, their passwords hashed side by side: the demo (and the tests that seed it) stay quick.
  const admins = await Promise.all(
    DEMO_SERVICES.map(async (service) => {
      const organisation = makeOrganisation(db, { slug: service.slug, name: service.name, nameCy: service.nameCy });
      const email = `admin@${service.slug}.example`;
      const name = `${service.person} (admin)`;
      const secret = password();
      const user = await makeUser(db, { organisationId: organisation.id, email, name, roles: ["admin"], password: secret });
      return { organisationId: organisation.id, account: { role: "admin" as Role, name, email, password: secret, id: user.id } };
    }),
  );
  return DEMO_SERVICES.map((service, index) => {
    const { organisationId, account } = admins[index];
    const admin = { id: account.id, organisation: { id: organisationId } };
    const invited = inviteServiceBySlug(pccAdmin, service.slug);
    if (!invited.ok) throw new Error(`demo invitation refused: ${invited.error}`);
    acceptInvitation(admin, invited.id);
    if (service.share) setShareThemes(admin, invited.id, true);
    const { surveyId, channelIds } = adoptAndDistribute(admin, invited.id, service.slug, service.channels, index === 0);
    return { slug: service.slug, organisationId, commissionId: invited.id, surveyId, channelIds, accounts: [account] };
  });
}
