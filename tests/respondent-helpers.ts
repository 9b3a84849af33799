import type { Actor } from "../app/accounts/actor";
import { DEFAULT_SETTINGS } from "../app/surveys/schemas";
import { createSurvey, findingId, publishReview, publishSurvey } from "../app/surveys/surveys.server";
import type { SurveySettings } from "../db/schema";
import { DEFAULT_STAGES, safetyGateItems } from "../app/engagements/stages";
import { RESPONDENT_SURVEY } from "./fixtures/respondent-survey";

const SAFETY_KEYS = safetyGateItems(DEFAULT_STAGES).map((item) => item.key);

/** Creates and publishes a survey, acknowledging the check's warnings as a lead would. Returns its id. */
export function publishTestSurvey(
  actor: Actor,
  slug: string,
  definition: Record<string, unknown> = RESPONDENT_SURVEY,
  settings: Partial<SurveySettings> = {},
) {
  const created = createSurvey(
    actor,
    // Outside any engagement, a survey carries its own stage-4 safety items: done here, as a lead would before publishing.
    { slug, engagementId: null, settings: { ...DEFAULT_SETTINGS, safetyTicked: SAFETY_KEYS, ...settings } },
    structuredClone(definition),
  );
  if (!created.ok) throw new Error(`test survey not created: ${JSON.stringify(created)}`);
  const review = publishReview(actor.organisation.id, created.id);
  const published = publishSurvey(actor, created.id, review.findings.filter((f) => f.severity === "warning").map(findingId));
  if (!published.ok)
    throw new Error(`test survey not published: ${JSON.stringify([published.review.gate, published.review.findings])}`);
  return created.id;
}

/** The journey an answer page as served carries in its hidden field, parsed (the page's HTML escaping undone). */
export function journeyIn(html: string): Record<string, unknown> {
  const match = /name="journey" value="([^"]+)"/.exec(html);
  if (!match) throw new Error("no journey on the page");
  return JSON.parse(match[1].replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&amp;", "&")) as Record<
    string,
    unknown
  >;
}
