/**
 * "Save and come back later" keeps nothing readable at rest (issue 19): the draft row and the database file hold no
 * answer in clear, the code brings the answers back exactly as before, and a wrong code finds nothing.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { resumeDrafts } from "../../db/schema";
import * as answerRoute from "../../app/routes/s.$slug.answer";
import type { AnswerView, PageView } from "../../app/respondent/answer-flow.server";
import { draftKeys } from "../../app/respondent/draft-seal.server";
import { dataOf, makeOrganisationWithUsers, post } from "../helpers";
import { publishTestSurvey } from "../respondent-helpers";

const SLUG = "sealed";
const STORY = "Darren Przybylski followed me from Gladstone Street every night";
let clients = 0;

async function send(fields: Record<string, string | string[]>) {
  const request = post(`/s/${SLUG}/answer`, fields);
  const context = { cspNonce: "n", clientKey: `sealed-${(clients += 1)}` };
  const result = dataOf(await answerRoute.action({ request, params: { slug: SLUG }, context } as never));
  return { status: result.status, view: result.data as unknown as AnswerView };
}

const asPage = (view: AnswerView) => {
  expect(view.view).toBe("page");
  return view as PageView;
};

beforeAll(async () => {
  const org = await makeOrganisationWithUsers("sealed");
  publishTestSurvey({ id: org.people.engagement_lead.id, organisation: { id: org.organisation.id } }, SLUG);
});

describe("a saved draft at rest", () => {
  it("holds no answer in clear, comes back whole with its code, and finds nothing with a wrong one", async () => {
    const first = await answerRoute.loader({
      request: new Request(`http://localhost/s/${SLUG}/answer`),
      params: { slug: SLUG },
      context: { cspNonce: "n", clientKey: "sealed-0" },
    } as never);
    let page = asPage(dataOf(first).data as unknown as AnswerView);
    const walk = async (fields: Record<string, string>) =>
      asPage((await send({ journey: page.journey, intent: "next", shown: page.shown, website: "", ...fields })).view);
    page = await walk({ "q.reported": "yes", "q.treated": "2" });
    page = await walk({ "q.informed": "true", "q.aspects.listened": "agree" });
    expect(page.pageName).toBe("words");
    const saved = await send({ journey: page.journey, intent: "save", shown: page.shown, website: "", "q.better": STORY });
    expect(saved.view.view).toBe("saved");
    const { code } = saved.view as { code: string };

    const db = getDb();
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const rows = db.$client.prepare("select * from resume_drafts").all() as Record<string, unknown>[];
    expect(rows.length).toBe(1);
    const row = JSON.stringify(rows[0]);
    for (const piece of [STORY, "Przybylski", "Gladstone", '"treated"', '"informed"', code])
      expect(row.includes(piece), `draft row holds ${piece}`).toBe(false);
    expect(String(rows[0].sealed_answers)).toMatch(/^v2\./);
    const file = readFileSync(db.$client.name);
    for (const piece of [STORY, "Przybylski", "Gladstone", code])
      expect(file.includes(Buffer.from(piece)), `database file holds ${piece}`).toBe(false);

    const wrong = await send({
      intent: "resume",
      code: code.replace(/\d{4}$/, (d) => String((Number(d) + 1) % 10_000).padStart(4, "0")),
    });
    expect(wrong.view).toMatchObject({ view: "resume", error: "notFound" });

    const resumed = asPage((await send({ intent: "resume", code })).view);
    expect(resumed.pageName).toBe("words");
    expect(JSON.parse(resumed.journey).a).toEqual({
      reported: "yes",
      treated: 2,
      informed: true,
      aspects: { listened: "agree" },
      better: STORY,
    });
  }, 30_000);

  it("treats a draft saved before drafts were sealed (left empty by the migration) as expired", async () => {
    const db = getDb();
    const row = db.select().from(resumeDrafts).get()!;
    const code = "maple-river-otter-4821";
    const { id } = await draftKeys(code, row.surveyId);
    db.insert(resumeDrafts)
      .values({ ...row, codeHash: id, submissionKey: "old-draft-key", sealedAnswers: "" })
      .run();
    expect((await send({ intent: "resume", code })).view).toMatchObject({ view: "resume", error: "notFound" });
  });
});
