import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeEngagement } from "../../db/factories";
import { auditEvents, surveyVersions } from "../../db/schema";
import * as create from "../../app/routes/surveys.new";
import * as overview from "../../app/routes/surveys.$surveyId._index";
import * as settingsRoute from "../../app/routes/surveys.$surveyId.settings";
import * as publish from "../../app/routes/surveys.$surveyId.publish";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

let org: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let unsafeEngagement: number;
let safeEngagement: number;
const lead = () => org.people.engagement_lead.cookie;
const ALL = ["dpia", "support_directory", "retention", "content_warnings"];

const clean = {
  title: { default: "Your experience", cy: "Eich profiad" },
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "comment",
          name: "said",
          title: { default: "What would you like us to know?", cy: "Beth hoffech chi i ni ei wybod?" },
        },
      ],
    },
  ],
};

const settings = (slug: string, engagementId = "") => ({
  title_en: "Your experience",
  title_cy: "Eich profiad",
  slug,
  engagementId,
  languages: ["cy"],
  estimatedMinutes: "5",
  retentionDays: "365",
});

beforeAll(async () => {
  org = await makeOrganisationWithUsers("safety-17");
  unsafeEngagement = makeEngagement(
    getDb(),
    { organisationId: org.organisation.id, title: "Not yet safe", purpose: "p", audience: "a" },
    { safety: { ticked: ["dpia"] } },
  ).id;
  safeEngagement = makeEngagement(
    getDb(),
    { organisationId: org.organisation.id, title: "Safe", purpose: "p", audience: "a" },
    { safety: { ticked: ALL } },
  ).id;
});

async function newSurvey(slug: string) {
  const { thrown } = await outcome(() =>
    create.action(args(post("/surveys/new", { ...settings(slug), start: "import", importJson: JSON.stringify(clean) }, lead()))),
  );
  const id = thrown?.headers.get("Location")?.split("/").pop() ?? "";
  expect(id).toMatch(/^\d+$/);
  return id;
}

const review = (id: string) => publish.loader(args(get(`/surveys/${id}/publish`, lead()), { surveyId: id }));
const tick = (id: string, ticked: string[]) =>
  outcome(() => overview.action(args(post(`/surveys/${id}?index`, { intent: "safety", ticked }, lead()), { surveyId: id })));
const move = (id: string, slug: string, engagementId: string) =>
  outcome(() =>
    settingsRoute.action(args(post(`/surveys/${id}/settings`, settings(slug, engagementId), lead()), { surveyId: id })),
  );

describe("the safety gate of a survey outside any engagement", () => {
  it("blocks publishing until the survey's own four stage-4 items are ticked, saying which in English and Welsh", async () => {
    const id = await newSurvey("own-gate-17");
    const before = await review(id);
    expect(before.gateKind).toBe("survey");
    expect(before.gate.map((item) => item.key)).toEqual(ALL);
    for (const item of before.gate) {
      expect(item.text).not.toBe("");
      expect(item.textCy).not.toBe("");
      expect(item.textCy).not.toBe(item.text);
    }
    const { value } = await outcome(() => publish.action(args(post(`/surveys/${id}/publish`, {}, lead()), { surveyId: id })));
    expect(dataOf(value).status).toBe(400);

    await tick(id, ["dpia", "retention", "not-an-item"]);
    expect((await review(id)).gate.map((item) => item.key)).toEqual(["support_directory", "content_warnings"]);
    const audit = getDb()
      .select({ actor: auditEvents.actorUserId, detail: auditEvents.detail, at: auditEvents.createdAt })
      .from(auditEvents)
      .where(eq(auditEvents.action, "survey.safety_updated"))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: org.people.engagement_lead.id, detail: { checklist: ["+dpia", "+retention"] } });
    expect(audit[0].at).toBeTruthy();

    // The settings form does not carry the ticks and must not wipe them.
    await move(id, "own-gate-17", "");
    const page = await overview.loader(args(get(`/surveys/${id}`, lead()), { surveyId: id }));
    expect(page.safety).toMatchObject({ kind: "survey" });
    expect(page.safety.kind === "survey" && page.safety.items.filter((i) => i.done).map((i) => i.key)).toEqual([
      "dpia",
      "retention",
    ]);

    await tick(id, ALL);
    expect((await review(id)).gate).toEqual([]);
    const { thrown } = await outcome(() => publish.action(args(post(`/surveys/${id}/publish`, {}, lead()), { surveyId: id })));
    expect(thrown?.status).toBe(302);
    expect(
      getDb()
        .select()
        .from(surveyVersions)
        .where(eq(surveyVersions.surveyId, Number(id)))
        .all(),
    ).toHaveLength(1);
  });

  it("follows the survey: an engagement's gate while in one, its own when moved out again", async () => {
    const id = await newSurvey("moving-17");
    await tick(id, ALL);
    expect((await review(id)).gate).toEqual([]);

    await move(id, "moving-17", String(unsafeEngagement));
    const inUnsafe = await review(id);
    expect(inUnsafe.gateKind).toBe("engagement");
    expect(inUnsafe.gate.map((item) => item.key)).toEqual(["support_directory", "retention", "content_warnings"]);
    const { value } = await outcome(() => publish.action(args(post(`/surveys/${id}/publish`, {}, lead()), { surveyId: id })));
    expect(dataOf(value).status).toBe(400);
    // Its own items cannot be ticked while an engagement's gate applies.
    const refused = await tick(id, []);
    expect(dataOf(refused.value).status).toBe(400);

    await move(id, "moving-17", String(safeEngagement));
    expect((await review(id)).gate).toEqual([]);

    await move(id, "moving-17", "");
    expect((await review(id)).gateKind).toBe("survey");
    expect((await review(id)).gate).toEqual([]);
  });
});
