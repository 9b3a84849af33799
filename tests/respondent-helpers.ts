import { expect } from "vitest";
import type { Actor } from "../app/accounts/actor";
import type { AnswerView, PageView } from "../app/respondent/answer-flow.server";
import * as answerRoute from "../app/routes/s.$slug.answer";
import * as thanksRoute from "../app/routes/s.$slug.thanks";
import { dataOf, get, post } from "./helpers";
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

let clientCounter = 0;

/**
 * Calls the respondent routes as the server would, for one survey: `start` a journey, `send` a posted form (each
 * call from its own client address unless one is given), `load` any respondent route's loader.
 */
export function answerClient(defaultSlug: string) {
  const context = (clientKey = `respondent-${(clientCounter += 1)}`) => ({ cspNonce: "n", clientKey });

  async function load(path: string, params: Record<string, string>, route: { loader: (a: never) => unknown }) {
    const result = dataOf(await route.loader({ request: get(path), params, context: context() } as never));
    return { status: result.status, view: result.data as unknown as AnswerView, headers: result.headers };
  }

  async function send(
    fields: Record<string, string | string[]>,
    options: { lng?: string; clientKey?: string; slug?: string } = {},
  ) {
    const slug = options.slug ?? defaultSlug;
    const request = post(`/s/${slug}/answer${options.lng ? `?lng=${options.lng}` : ""}`, fields);
    const answered = await answerRoute.action({ request, params: { slug }, context: context(options.clientKey) } as never);
    // A sent survey is a 303 to its thank-you page: followed as a browser would, with the page it lands on as the view.
    if (answered instanceof Response) {
      const location = answered.headers.get("Location");
      expect(answered.status).toBe(303);
      expect(location).toMatch(new RegExp(`^/s/${slug}/thanks\\?lng=[a-z-]+&t=[\\w.-]+$`));
      const landed = await load(location!, { slug }, thanksRoute as never);
      expect(landed.status).toBe(200);
      return { status: answered.status, view: landed.view, headers: answered.headers, location };
    }
    const result = dataOf(answered);
    return { status: result.status, view: result.data as unknown as AnswerView, headers: result.headers, location: null };
  }

  function asPage(view: AnswerView): PageView {
    expect(view.view).toBe("page");
    return view as PageView;
  }

  async function start(lng?: string, slug = defaultSlug) {
    const { view } = await load(`/s/${slug}/answer${lng ? `?lng=${lng}` : ""}`, { slug }, answerRoute as never);
    return asPage(view);
  }

  const answersOf = (page: PageView) => JSON.parse(page.journey).a as Record<string, unknown>;

  return { load, send, start, asPage, answersOf };
}
