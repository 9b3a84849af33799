/**
 * A saved draft keeps the journey's survey state with its answers (issue 17): what a `visible` trigger switched on is
 * shown again after "carry on", as it was when the person saved, and stays sealed at rest.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import * as answerRoute from "../../app/routes/s.$slug.answer";
import type { AnswerView, PageView } from "../../app/respondent/answer-flow.server";
import { dataOf, makeOrganisationWithUsers, post } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";
import { normalisePairCode } from "../../app/outcomes/pair-code";

const SLUG = "trigger-draft";
let clients = 0;

/** A follow-up question hidden until a trigger shows it: survey-core keeps that only beside the answers. */
const DEFINITION = {
  title: { default: "Getting support", cy: "Cael cymorth" },
  pages: [
    {
      name: "first",
      elements: [
        {
          type: "radiogroup",
          name: "offered",
          title: { default: "Were you offered support?", cy: "A gynigiwyd cymorth i chi?" },
          choices: [
            { value: "yes", text: { default: "Yes", cy: "Do" } },
            { value: "no", text: { default: "No", cy: "Naddo" } },
            { value: "prefer_not_to_say", text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" } },
          ],
        },
      ],
    },
    {
      name: "second",
      elements: [
        { type: "comment", name: "which", visible: false, title: { default: "Which support?", cy: "Pa gymorth?" } },
        { type: "comment", name: "else", title: { default: "Anything else?", cy: "Unrhyw beth arall?" } },
      ],
    },
  ],
  triggers: [{ type: "visible", expression: "{offered} = 'yes'", questions: ["which"] }],
};

async function send(fields: Record<string, string | string[]>) {
  const request = post(`/s/${SLUG}/answer`, fields);
  const context = { cspNonce: "n", clientKey: `trigger-draft-${(clients += 1)}` };
  const result = dataOf(await answerRoute.action({ request, params: { slug: SLUG }, context } as never));
  return result.data as unknown as AnswerView;
}

const asPage = (view: AnswerView) => {
  expect(view.view).toBe("page");
  return view as PageView;
};

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("trigger-draft");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG, DEFINITION);
});

describe("a draft resumed after a trigger", () => {
  it("shows the questions the trigger had shown when it was saved, and keeps that state sealed", async () => {
    const first = await answerRoute.loader({
      request: new Request(`http://localhost/s/${SLUG}/answer`),
      params: { slug: SLUG },
      context: { cspNonce: "n", clientKey: "trigger-draft-0" },
    } as never);
    let page = asPage(dataOf(first).data as unknown as AnswerView);
    page = asPage(await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", "q.offered": "yes" }));
    expect(page.pageName).toBe("second");
    expect(page.shown).toEqual(["which", "else"]);

    const saved = await send({ journey: page.journey, intent: "save", shown: page.shown, website: "", "q.which": "" });
    expect(saved.view).toBe("saved");
    const rows = getDb().$client.prepare("select sealed_answers from resume_drafts").all() as { sealed_answers: string }[];
    expect(rows.length).toBe(1);
    expect(rows[0].sealed_answers).not.toContain("which");

    const resumed = asPage(await send({ intent: "resume", code: (saved as { code: string }).code }));
    expect(resumed.pageName).toBe("second");
    // Without the trigger's state the follow-up would be hidden again: survey-core does not rerun triggers on load.
    expect(resumed.shown).toEqual(["which", "else"]);
    expect(JSON.parse(resumed.journey).t).toMatchObject({ which: true });
    // So are the pages survey-core has marked passed (it checks a page quietly only the first time it is left).
    expect(JSON.parse(resumed.journey).d).toEqual(["first"]);
  }, 30_000);

  it("keeps an invitation link's token and an end-of-support pair code, sealed, so the answer still counts for both", async () => {
    const first = await answerRoute.loader({
      request: new Request(`http://localhost/s/${SLUG}/answer`),
      params: { slug: SLUG },
      context: { cspNonce: "n", clientKey: "trigger-draft-carried" },
    } as never);
    const page = asPage(dataOf(first).data as unknown as AnswerView);
    const token = "Tk9uZS1vZi1hLWtpbmQtMT";
    const pairCode = normalisePairCode("ACDE FGHJ")!;
    expect(pairCode).toBeTruthy();
    // What the start of the survey puts in the journey from the link (?inv=) and the first page's pair code field.
    const { m: _seal, ...unsealed } = JSON.parse(page.journey) as Record<string, unknown>;
    const journey = JSON.stringify({ ...unsealed, i: token, q: pairCode });

    const saved = await send({ journey, intent: "save", shown: page.shown, website: "", "q.offered": "no" });
    expect(saved.view).toBe("saved");
    const sealed = getDb().$client.prepare("select sealed_answers from resume_drafts").all() as { sealed_answers: string }[];
    for (const row of sealed) {
      expect(row.sealed_answers).not.toContain(token);
      expect(row.sealed_answers).not.toContain(pairCode);
    }

    const resumed = asPage(await send({ intent: "resume", code: (saved as { code: string }).code }));
    expect(JSON.parse(resumed.journey)).toMatchObject({ i: token, q: pairCode });
  }, 30_000);
});
