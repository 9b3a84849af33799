import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { makeEngagement } from "../../db/factories";
import { surveys, surveyVersions } from "../../db/schema";
import * as list from "../../app/routes/surveys._index";
import * as create from "../../app/routes/surveys.new";
import * as overview from "../../app/routes/surveys.$surveyId._index";
import * as design from "../../app/routes/surveys.$surveyId.design";
import * as question from "../../app/routes/surveys.$surveyId.questions.$name";
import * as translations from "../../app/routes/surveys.$surveyId.translations";
import * as jsonView from "../../app/routes/surveys.$surveyId.json";
import * as publish from "../../app/routes/surveys.$surveyId.publish";
import * as frame from "../../app/routes/surveys.$surveyId.preview.frame";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let safeEngagement: number;
let unsafeEngagement: number;

const settings = (slug: string, extra: Record<string, string | string[]> = {}) => ({
  start: "template",
  template: "victims-code-compliance",
  title_en: "Were your rights met?",
  title_cy: "A gafodd eich hawliau eu bodloni?",
  slug,
  languages: ["cy"],
  estimatedMinutes: "7",
  retentionDays: "365",
  ...extra,
});

beforeAll(async () => {
  a = await makeOrganisationWithUsers("srv-a");
  b = await makeOrganisationWithUsers("srv-b");
  const db = getDb();
  safeEngagement = makeEngagement(
    db,
    { organisationId: a.organisation.id, title: "Safe", purpose: "p", audience: "a" },
    { safety: { ticked: ["dpia", "support_directory", "retention", "content_warnings"] } },
  ).id;
  unsafeEngagement = makeEngagement(
    db,
    { organisationId: a.organisation.id, title: "Not yet safe", purpose: "p", audience: "a" },
    { safety: { ticked: ["dpia"] } },
  ).id;
});

async function createSurvey(fields: Record<string, string | string[]>) {
  const { thrown, value } = await outcome(() =>
    create.action(args(post("/surveys/new", fields, a.people.engagement_lead.cookie))),
  );
  return {
    id: thrown?.headers.get("Location")?.split("/").pop(),
    status: thrown?.status ?? dataOf(value).status,
    data: dataOf(value).data,
  };
}

describe("creating surveys", () => {
  it("creates from a template with the person's titles", async () => {
    const created = await createSurvey(settings("rights-2027", { engagementId: String(safeEngagement) }));
    expect(created.status).toBe(302);
    const loaded = await overview.loader(args(get(`/surveys/${created.id}`, a.people.analyst.cookie), { surveyId: created.id! }));
    expect(loaded.survey).toMatchObject({
      title: "Were your rights met?",
      slug: "rights-2027",
      engagementTitle: "Safe",
      questions: 13,
    });
    expect(loaded.survey.draft.title).toEqual({ default: "Were your rights met?", cy: "A gafodd eich hawliau eu bodloni?" });
    expect(loaded.versions).toEqual([]);
  });

  it("answers bad settings with 400, field errors, and what was typed", async () => {
    const created = await createSurvey(
      settings("Bad Slug!", {
        title_en: "",
        estimatedMinutes: "0",
        retentionDays: "5",
        opensOn: "2027-05-01",
        closesOn: "2027-04-01",
      }),
    );
    expect(created.status).toBe(400);
    expect(created.data.errors).toMatchObject({
      title_en: "errors.surveyTitleRequired",
      slug: "errors.surveySlugFormat",
      estimatedMinutes: "errors.minutesInvalid",
      retentionDays: "errors.retentionInvalid",
    });
    expect(created.data.values).toMatchObject({
      slug: "Bad Slug!",
      title_cy: "A gafodd eich hawliau eu bodloni?",
      languages: ["cy"],
    });
  });

  it("refuses a web address another survey has, even in another organisation", async () => {
    const created = await createSurvey(settings("rights-2027"));
    expect(created).toMatchObject({ status: 400, data: { errors: { slug: "errors.surveySlugTaken" } } });
  });

  it("imports SurveyJS JSON, naming what is wrong and keeping what was pasted", async () => {
    const broken = '{ "pages": [ { "name": "p1", "elements": [ { "type": "signaturepad", "name": "s" } ] } ] }';
    const failed = await createSurvey(settings("imported", { start: "import", importJson: broken }));
    expect(failed.status).toBe(400);
    expect(failed.data.problems).toEqual([
      { code: "refused-signaturepad", params: { page: "p1", position: 1, element: "s", type: "signaturepad" } },
    ]);
    expect(failed.data.values).toMatchObject({ importJson: broken });
    const ok = await createSurvey(
      settings("imported", {
        start: "import",
        importJson: '{ "title": "Imported", "pages": [ { "name": "p1", "elements": [ { "type": "comment", "name": "c" } ] } ] }',
      }),
    );
    expect(ok.status).toBe(302);
  });

  it("starts blank, and refuses an engagement of another organisation", async () => {
    expect((await createSurvey(settings("blank-one", { start: "blank" }))).status).toBe(302);
    const other = await createSurvey(settings("other-eng", { engagementId: "999999" }));
    expect(other).toMatchObject({ status: 400, data: { errors: { engagementId: "errors.staffUnknown" } } });
  });
});

describe("who may see and change surveys", () => {
  it("lets readers read, and only leads and admins design; other organisations get 404", async () => {
    const id = String(getDb().select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, "rights-2027")).get()!.id);
    expect((await list.loader(args(get("/surveys", a.people.action_owner.cookie)))).surveys.length).toBeGreaterThan(0);
    expect((await outcome(() => list.loader(args(get("/surveys", a.people.panel_member.cookie))))).thrown?.status).toBe(403);
    for (const attempt of [
      () => design.loader(args(get(`/surveys/${id}/design`, a.people.analyst.cookie), { surveyId: id })),
      () => design.action(args(post(`/surveys/${id}/design`, { intent: "add-page" }, a.people.analyst.cookie), { surveyId: id })),
      () => publish.action(args(post(`/surveys/${id}/publish`, {}, a.people.action_owner.cookie), { surveyId: id })),
    ]) {
      expect((await outcome(attempt)).thrown?.status).toBe(403);
    }
    for (const attempt of [
      () => overview.loader(args(get(`/surveys/${id}`, b.people.admin.cookie), { surveyId: id })),
      () => frame.loader(args(get(`/surveys/${id}/preview/frame`, b.people.admin.cookie), { surveyId: id })),
      () => design.action(args(post(`/surveys/${id}/design`, { intent: "add-page" }, b.people.admin.cookie), { surveyId: id })),
      () => jsonView.action(args(post(`/surveys/${id}/json`, { json: "{}" }, b.people.admin.cookie), { surveyId: id })),
      () => publish.action(args(post(`/surveys/${id}/publish`, {}, b.people.admin.cookie), { surveyId: id })),
    ]) {
      expect((await outcome(attempt)).thrown?.status).toBe(404);
    }
    expect((await list.loader(args(get("/surveys", b.people.admin.cookie)))).surveys).toEqual([]);
  });
});

describe("designing, checking and publishing", () => {
  let id: string;
  const as = (request: Request) => args(request, { surveyId: id });
  const lead = () => a.people.engagement_lead.cookie;

  beforeAll(async () => {
    id = (
      await createSurvey(settings("publish-me", { engagementId: String(unsafeEngagement), template: "support-service-outcomes" }))
    ).id!;
  });

  it("adds a question and takes the person to it; an unknown intent is a 400", async () => {
    const { thrown } = await outcome(() =>
      design.action(as(post(`/surveys/${id}/design`, { intent: "add-question", name: "support", type: "radiogroup" }, lead()))),
    );
    expect(thrown?.headers.get("Location")).toBe(`/surveys/${id}/questions/question`);
    expect(
      (await outcome(() => design.action(as(post(`/surveys/${id}/design`, { intent: "explode" }, lead()))))).thrown?.status,
    ).toBe(400);
  });

  it("refuses a question with no English text, or required without a reason in every language, keeping what was typed", async () => {
    const request = post(
      `/surveys/${id}/questions/question`,
      {
        title_en: "",
        title_cy: "Cwestiwn",
        isRequired: "yes",
        requiredReason_en: "We need it",
        choicesValue: ["yes", "no"],
        choicesText_en: ["Yes", "No"],
        choicesText_cy: ["Ie", "Na"],
        preferNotToSay: "yes",
      },
      lead(),
    );
    const { value } = await outcome(() => question.action(args(request, { surveyId: id, name: "question" })));
    const { status, data } = dataOf(value);
    expect(status).toBe(400);
    expect(data.errors).toEqual({ title_en: "errors.questionTitleRequired", requiredReason_cy: "errors.requiredReasonMissing" });
    expect(data.values).toMatchObject({ title_cy: "Cwestiwn", requiredReason_en: "We need it", choicesText_en: ["Yes", "No"] });
  });

  it("publishing is blocked by the engagement's safety gate and by check errors, with the reasons listed", async () => {
    await outcome(() =>
      question.action(
        args(
          post(
            `/surveys/${id}/questions/question`,
            {
              title_en: "Why didn't you call us sooner?",
              title_cy: "",
              choicesValue: ["yes", "no"],
              choicesText_en: ["Yes", "No"],
              choicesText_cy: ["Ie", "Na"],
            },
            lead(),
          ),
          { surveyId: id, name: "question" },
        ),
      ),
    );
    const review = await publish.loader(as(get(`/surveys/${id}/publish`, lead())));
    expect(review.gate.map((g) => g.key)).toEqual(["support_directory", "retention", "content_warnings"]);
    expect(
      review.findings
        .filter((f) => f.severity === "error")
        .map((f) => f.rule)
        .sort(),
    ).toEqual(["blaming-wording", "missing-translation", "no-opt-out"]);
    const { value } = await outcome(() => publish.action(as(post(`/surveys/${id}/publish`, {}, lead()))));
    expect(dataOf(value).status).toBe(400);
    expect(getDb().select().from(surveyVersions).all()).toHaveLength(0);
  });

  it("publishes version 1 once fixed, the gate is open and every warning is acknowledged; v2 records what changed", async () => {
    await outcome(() =>
      question.action(
        args(
          post(
            `/surveys/${id}/questions/question`,
            {
              title_en: "Did we call you back when we said we would?",
              title_cy: "A wnaethon ni eich ffonio'n ôl pan ddywedon ni y bydden ni?",
              choicesValue: ["yes", "no"],
              choicesText_en: ["Yes", "No"],
              choicesText_cy: ["Ie", "Na"],
              preferNotToSay: "yes",
            },
            lead(),
          ),
          { surveyId: id, name: "question" },
        ),
      ),
    );
    await publish.loader(as(get(`/surveys/${id}/publish`, lead())));
    const survey = getDb()
      .select()
      .from(surveys)
      .where(eq(surveys.id, Number(id)))
      .get()!;
    getDb()
      .update(surveys)
      .set({ engagementId: safeEngagement, settings: { ...survey.settings, estimatedMinutes: 1 } })
      .where(eq(surveys.id, Number(id)))
      .run();
    const review = await publish.loader(as(get(`/surveys/${id}/publish`, lead())));
    expect(review.gate).toEqual([]);
    expect(review.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual(["warning:over-time"]);
    const unacknowledged = await outcome(() => publish.action(as(post(`/surveys/${id}/publish`, {}, lead()))));
    expect(dataOf(unacknowledged.value)).toMatchObject({ status: 400, data: { unacknowledged: [review.findings[0].id] } });
    const published = await outcome(() =>
      publish.action(as(post(`/surveys/${id}/publish`, { acknowledge: review.findings[0].id }, lead()))),
    );
    expect(published.thrown?.headers.get("Location")).toBe(`/surveys/${id}?published=1`);

    await outcome(() => design.action(as(post(`/surveys/${id}/design`, { intent: "delete", name: "open-one-change" }, lead()))));
    let loaded = await overview.loader(as(get(`/surveys/${id}`, lead())));
    expect(loaded.survey.draftChanged).toBe(true);
    await outcome(() => publish.action(as(post(`/surveys/${id}/publish`, { acknowledge: review.findings[0].id }, lead()))));
    loaded = await overview.loader(as(get(`/surveys/${id}`, lead())));
    expect(loaded.versions.map((v) => [v.version, v.changes])).toEqual([
      [2, ["removed:open-one-change"]],
      [1, ["first"]],
    ]);
    expect(loaded.survey.draftChanged).toBe(false);
  });

  it("published versions are frozen in the database itself", () => {
    expect(() => getDb().update(surveyVersions).set({ version: 99 }).run()).toThrow(/frozen/);
    expect(() => getDb().delete(surveyVersions).run()).toThrow(/frozen/);
  });

  it("the JSON view refuses invalid JSON with its place and keeps the text; translations save per language", async () => {
    const bad = '{ "pages": [ }';
    const { value } = await outcome(() => jsonView.action(as(post(`/surveys/${id}/json`, { json: bad }, lead()))));
    expect(dataOf(value)).toMatchObject({
      status: 400,
      data: { text: bad, problems: [{ code: "not-json", params: { line: 1 } }] },
    });
    const table = await translations.loader(as(get(`/surveys/${id}/translations?lang=cy`, lead())));
    expect(table.rows.filter((r) => !r.translation)).toEqual([]);
    await translations.action(as(post(`/surveys/${id}/translations?lang=cy`, { "t:survey.title": "" }, lead())));
    const after = await translations.loader(as(get(`/surveys/${id}/translations?lang=cy`, lead())));
    expect(after.rows.filter((r) => !r.translation).map((r) => r.key)).toEqual(["survey.title"]);
  });
});

describe("the question bank in the designer", () => {
  it("searches by tag and words, and adds a question to the chosen page", async () => {
    const bank = await import("../../app/routes/surveys.$surveyId.bank");
    const pageRoute = await import("../../app/routes/surveys.$surveyId.pages.$name");
    const id = (await createSurvey(settings("bank-test", { start: "blank" }))).id!;
    const cookie = a.people.engagement_lead.cookie;
    const found = await bank.loader(args(get(`/surveys/${id}/bank?tag=victims-code&q=compensation`, cookie), { surveyId: id }));
    expect(found.results.map((q) => q.id)).toEqual(["vc-05-compensation"]);
    const added = await outcome(() =>
      bank.action(args(post(`/surveys/${id}/bank`, { page: "page1", bankId: "vc-05-compensation" }, cookie), { surveyId: id })),
    );
    expect(added.thrown?.headers.get("Location")).toBe(`/surveys/${id}/design`);
    const unknown = await outcome(() =>
      bank.action(args(post(`/surveys/${id}/bank`, { page: "nope", bankId: "vc-05-compensation" }, cookie), { surveyId: id })),
    );
    expect(dataOf(unknown.value).status).toBe(400);

    const bad = await outcome(() =>
      pageRoute.action(
        args(post(`/surveys/${id}/pages/page1`, { title_en: "", title_cy: "Tudalen", sensitive: "yes" }, cookie), {
          surveyId: id,
          name: "page1",
        }),
      ),
    );
    expect(dataOf(bad.value)).toMatchObject({
      status: 400,
      data: { errors: { title_en: "errors.pageTitleRequired" }, values: { title_cy: "Tudalen", sensitive: "yes" } },
    });
    await outcome(() =>
      pageRoute.action(
        args(
          post(`/surveys/${id}/pages/page1`, { title_en: "Your rights", title_cy: "Eich hawliau", sensitive: "yes" }, cookie),
          { surveyId: id, name: "page1" },
        ),
      ),
    );
    const review = await publish.loader(args(get(`/surveys/${id}/publish`, cookie), { surveyId: id }));
    expect(review.findings.map((f) => f.rule)).toContain("sensitive-without-warning");
  });
});
