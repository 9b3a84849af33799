/**
 * The plain form's completion is survey-core's own (completeLastPage checks the page it is on), which is sound only for
 * a journey the server made: a journey changed since the server sealed it (answers or page edited by hand) is checked
 * whole when it ends, as a submission from the survey renderer is (issue 17).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { responses } from "../../db/schema";
import * as answerRoute from "../../app/routes/s.$slug.answer";
import type { AnswerView, PageView } from "../../app/respondent/answer-flow.server";
import { dataOf, makeOrganisationWithUsers, post } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";

const SLUG = "sealed-journey";
let clients = 0;

const DEFINITION = {
  title: { default: "Your experience", cy: "Eich profiad" },
  pages: [
    {
      name: "first",
      elements: [
        {
          type: "radiogroup",
          name: "reported",
          isRequired: true,
          requiredReason: { default: "We need it to route your answers", cy: "Mae ei angen i anfon eich atebion" },
          title: { default: "Did you report it?", cy: "A wnaethoch chi ei riportio?" },
          choices: [
            { value: "yes", text: { default: "Yes", cy: "Do" } },
            { value: "no", text: { default: "No", cy: "Naddo" } },
            { value: "prefer_not_to_say", text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" } },
          ],
        },
      ],
    },
    {
      name: "last",
      elements: [{ type: "comment", name: "else", title: { default: "Anything else?", cy: "Unrhyw beth arall?" } }],
    },
  ],
};

async function send(fields: Record<string, string | string[]>) {
  const request = post(`/s/${SLUG}/answer`, fields);
  const context = { cspNonce: "n", clientKey: `sealed-journey-${(clients += 1)}` };
  const answered = await answerRoute.action({ request, params: { slug: SLUG }, context } as never);
  // A sent survey is a 303 to its thank-you page (Post/Redirect/Get).
  if (answered instanceof Response) {
    expect(answered.headers.get("Location")).toMatch(new RegExp(`^/s/${SLUG}/thanks\\?`));
    return { status: answered.status, view: { view: "thanks" } as unknown as AnswerView };
  }
  const result = dataOf(answered);
  return { status: result.status, view: result.data as unknown as AnswerView };
}

async function start() {
  const first = await answerRoute.loader({
    request: new Request(`http://localhost/s/${SLUG}/answer`),
    params: { slug: SLUG },
    context: { cspNonce: "n", clientKey: "sealed-journey-0" },
  } as never);
  return dataOf(first).data as unknown as PageView;
}

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("sealed-journey");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG, DEFINITION);
});

describe("the plain form's journey", () => {
  it("completes as survey-core does when the server made it, and checks everything when it was changed by hand", async () => {
    const before = getDb().select().from(responses).all().length;
    const page = await start();
    expect(JSON.parse(page.journey).m).toMatch(/^[\w-]{40,}$/);

    // Straight to the last page by editing the journey: the required answer on the first page was never given.
    const tampered = JSON.stringify({ ...JSON.parse(page.journey), p: "last" });
    const refused = await send({ journey: tampered, intent: "submit", shown: ["else"], website: "", "q.else": "Fine" });
    expect(refused.status).toBe(400);
    const shown = refused.view as PageView;
    expect(shown.pageName).toBe("first");
    expect(Object.keys(shown.errors)).toEqual(["reported"]);
    // What comes back is not sealed: the journey stays one the server did not make.
    expect(JSON.parse(shown.journey).m).toBeUndefined();
    expect(getDb().select().from(responses).all().length).toBe(before);

    // The same survey answered page by page completes on survey-core's own terms.
    const next = await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.reported": "no" });
    const last = next.view as PageView;
    expect(last.pageName).toBe("last");
    const done = await send({ journey: last.journey, intent: "submit", shown: last.shown, website: "", "q.else": "Fine" });
    expect(done.view.view).toBe("thanks");
    expect(getDb().select().from(responses).all().length).toBe(before + 1);
  }, 30_000);
});
