/**
 * What the outcome pages' loaders share: the quarter asked for in the address (the last closed quarter unless
 * one is chosen) and the quarters offered, and the service's outcome surveys with their channels and stages.
 */
import { listServiceOutcomeSurveys } from "../commissioning/outcome-survey.server";
import { listChannels } from "../distribution/channels.server";
import { channelStages } from "./channel-stages.server";
import { parseQuarterKey, previousQuarter, quarterKey, quarterOf, type Quarter } from "./quarters";

const OFFERED = 8;

export function chosenQuarter(url: URL, today: string): { quarter: Quarter; quarters: string[] } {
  const current = quarterOf(today);
  const quarters: string[] = [];
  for (let q = current; quarters.length < OFFERED; q = previousQuarter(q)) quarters.push(quarterKey(q));
  const asked = parseQuarterKey(url.searchParams.get("quarter") ?? "");
  const quarter = asked && quarterKey(asked) <= quarterKey(current) ? asked : previousQuarter(current);
  if (!quarters.includes(quarterKey(quarter))) quarters.push(quarterKey(quarter));
  return { quarter, quarters };
}

/** The service's outcome surveys (one per commissioner) with each channel and the stage it asks at. */
export function outcomeChannels(serviceOrganisationId: number) {
  const seen = new Set<number>();
  return listServiceOutcomeSurveys(serviceOrganisationId)
    .filter((s) => (s.state === "active" || s.state === "ended") && !seen.has(s.surveyId) && seen.add(s.surveyId))
    .map((s) => {
      const channels = listChannels(serviceOrganisationId, s.surveyId);
      const stages = channelStages(
        serviceOrganisationId,
        channels.map((c) => c.id),
      );
      return {
        surveyId: s.surveyId,
        commissioner: { name: s.commissionerName, nameCy: s.commissionerNameCy },
        channels: channels.map((c) => ({ id: c.id, label: c.label, stage: stages.get(c.id) ?? null })),
      };
    });
}
