/**
 * The demo's outcome answers: for the last closed quarter, each demo service's outcome survey gets answers through
 * its first channel (asking at the start of support) and its second (at the end), some of them pairs linked by a
 * pair code, and some unpaired answers by the plain link. The outreach service gets only a handful, so the PCC's
 * comparison shows it as "fewer than 5". Answers are made as respondents' are (db/response-factory.ts).
 */
import { addDays, ukToday } from "../app/engagements/stages";
import { setChannelStage } from "../app/outcomes/channel-stages.server";
import { pairCodeFor, pairHash } from "../app/outcomes/pair-code.server";
import { previousQuarter, quarterDays, quarterOf } from "../app/outcomes/quarters";
import { findPublicSurvey } from "../app/respondent/public-survey.server";
import type { DemoService } from "./demo-commissioning";
import { makeResponses } from "./response-factory";

/** Unpaired answers and start-and-end pairs per service, in DEMO_SERVICES order: the last is small enough to be hidden. */
const PLAN = [
  { singles: 30, pairs: 60 },
  { singles: 20, pairs: 40 },
  { singles: 2, pairs: 1 },
];

export function seedDemoOutcomes(services: DemoService[], today = ukToday()) {
  const { from, to } = quarterDays(previousQuarter(quarterOf(today)));
  services.forEach((service, index) => {
    const plan = PLAN[index] ?? PLAN[PLAN.length - 1];
    const lead = service.accounts.find((a) => a.role === "engagement_lead") ?? service.accounts[0];
    const actor = { id: lead.id, organisation: { id: service.organisationId } };
    const [startChannel, endChannel] = service.channelIds;
    setChannelStage(actor, startChannel, "start");
    setChannelStage(actor, endChannel, "end");
    const version = findPublicSurvey(`${service.slug}-outcomes`)?.version;
    if (!version) throw new Error(`demo outcome survey of ${service.slug} is not published`);
    const batch = {
      organisationId: service.organisationId,
      surveyId: service.surveyId,
      versionId: version.id,
      definition: version.definition,
    };
    makeResponses({
      ...batch,
      count: plan.singles,
      seed: 2026_1206 + index,
      channelIds: [null],
      lastDay: to,
      days: 90,
      welshShare: 0.2,
    });
    for (let k = 0; k < plan.pairs; k += 1) {
      const hash = pairHash(service.surveyId, pairCodeFor(`demo-outcomes-${service.surveyId}-${k}`));
      const seed = 2026_1300 + index * 100 + k;
      makeResponses({
        ...batch,
        count: 1,
        seed,
        channelIds: [startChannel],
        lastDay: addDays(from, 40),
        days: 40,
        pair: { stage: "start", hash },
      });
      makeResponses({
        ...batch,
        count: 1,
        seed: seed + 50,
        channelIds: [endChannel],
        lastDay: to,
        days: 45,
        pair: { stage: "end", hash },
      });
    }
  });
}
