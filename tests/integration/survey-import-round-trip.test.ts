import { beforeAll, describe, expect, it } from "vitest";
import * as create from "../../app/routes/surveys.new";
import * as jsonView from "../../app/routes/surveys.$surveyId.json";
import * as question from "../../app/routes/surveys.$surveyId.questions.$name";
import * as pageRoute from "../../app/routes/surveys.$surveyId.pages.$name";
import * as settingsRoute from "../../app/routes/surveys.$surveyId.settings";
import * as translations from "../../app/routes/surveys.$surveyId.translations";
import { pagePath, questionPath } from "../../app/surveys/paths";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

let org: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
const lead = () => org.people.engagement_lead.cookie;

/** An imported survey as someone else wrote it: top-level questions, German, numeric values, names with any characters. */
const source = {
  title: { default: "Your experience", cy: "Eich profiad", de: "Ihre Erfahrung" },
  questions: [
    {
      type: "radiogroup",
      name: "what?",
      title: { default: "How did we do?", cy: "Sut wnaethon ni?", de: "Wie war es?" },
      choices: [
        { value: 1, text: { default: "Well", cy: "Yn dda", de: "Gut" } },
        { value: 2, text: { default: "Badly", cy: "Yn wael", de: "Schlecht" } },
        { value: "prefer_not_to_say", text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" } },
      ],
      colCount: 1,
    },
    {
      type: "comment",
      name: "ŵyn #2 / 100% 😀",
      title: { default: "Anything else?", cy: "Unrhyw beth arall?", de: "Sonst noch etwas?" },
      visibleIf: "{what?} = 2",
      maxLength: 2000,
    },
  ],
};

async function importSurvey(slug: string, json: unknown, extra: Record<string, string> = {}) {
  const { thrown, value } = await outcome(() =>
    create.action(
      args(
        post(
          "/surveys/new",
          {
            start: "import",
            importJson: JSON.stringify(json),
            title_en: "Imported",
            slug,
            languages: ["cy"],
            estimatedMinutes: "5",
            retentionDays: "365",
            ...extra,
          },
          lead(),
        ),
      ),
    ),
  );
  return { id: thrown?.headers.get("Location")?.split("/").pop() ?? "", value };
}

beforeAll(async () => {
  org = await makeOrganisationWithUsers("import-17");
});

describe("an imported survey through the designer", () => {
  it("opens and saves questions and pages whose names hold any characters, losing nothing", async () => {
    const { id } = await importSurvey("imported-17", source);
    expect(id).toMatch(/^\d+$/);
    for (const name of ["what?", "ŵyn #2 / 100% 😀"]) {
      // The designer's links are encoded; Remix hands the route the decoded name.
      expect(questionPath(Number(id), name)).not.toMatch(/[?# ]/);
      const loaded = await question.loader(args(get(questionPath(Number(id), name), lead()), { surveyId: id, name }));
      expect(loaded.element.name).toBe(name);
      const { thrown } = await outcome(() =>
        question.action(args(post(questionPath(Number(id), name), loaded.shown, lead()), { surveyId: id, name })),
      );
      expect(thrown?.status).toBe(302);
    }
    const page = await pageRoute.loader(args(get(pagePath(Number(id), "page1"), lead()), { surveyId: id, name: "page1" }));
    expect(page.page.name).toBe("page1");

    const view = await jsonView.loader(args(get(`/surveys/${id}/json`, lead()), { surveyId: id }));
    expect(JSON.parse(view.text)).toEqual({
      title: source.title,
      pages: [{ name: "page1", elements: source.questions }],
    });
  });

  it("changing one text in the form changes only that text", async () => {
    const { id } = await importSurvey("imported-17b", source);
    const name = "what?";
    const loaded = await question.loader(args(get(questionPath(Number(id), name), lead()), { surveyId: id, name }));
    await outcome(() =>
      question.action(
        args(post(questionPath(Number(id), name), { ...loaded.shown, title_en: "How did we do overall?" }, lead()), {
          surveyId: id,
          name,
        }),
      ),
    );
    const view = await jsonView.loader(args(get(`/surveys/${id}/json`, lead()), { surveyId: id }));
    expect(JSON.parse(view.text).pages[0].elements[0]).toEqual({
      ...source.questions[0],
      title: { default: "How did we do overall?", cy: "Sut wnaethon ni?", de: "Wie war es?" },
    });
  });

  it("refuses a signature and an unusable name, and imports with the offered rename", async () => {
    const bad = {
      pages: [
        {
          elements: [
            { type: "text", name: "q{1}", title: "Hi" },
            { type: "signaturepad", name: "sig" },
          ],
        },
      ],
    };
    const refused = await importSurvey("bad-17", bad);
    expect((dataOf(refused.value).data.problems as { code: string }[]).map((p) => p.code)).toEqual([
      "unusable-name",
      "refused-signaturepad",
    ]);
    const fixable = {
      pages: [
        {
          elements: [
            { type: "text", name: "q{1}", title: "Hi" },
            { type: "comment", name: "c", visibleIf: "{q{1}} notempty" },
          ],
        },
      ],
    };
    const fixed = await importSurvey("fixed-17", fixable, { fixNames: "yes" });
    expect(fixed.id).toMatch(/^\d+$/);
    const view = await jsonView.loader(args(get(`/surveys/${fixed.id}/json`, lead()), { surveyId: fixed.id }));
    expect(JSON.parse(view.text).pages[0].elements.map((e: { name: string }) => e.name)).toEqual(["q_1_", "c"]);
  });
});

describe("any language a definition carries", () => {
  it("can be offered in the settings, keeps its strings, and gets a translation table", async () => {
    const json = {
      title: { default: "Your experience", de: "Ihre Erfahrung", fa: "تجربه شما", lt: "Jūsų patirtis" },
      pages: [
        {
          name: "p1",
          elements: [{ type: "comment", name: "q", title: { default: "Tell us", de: "Erzählen Sie", fa: "بگویید" } }],
        },
      ],
    };
    const { id } = await importSurvey("languages-17", json);
    const loaded = await settingsRoute.loader(args(get(`/surveys/${id}/settings`, lead()), { surveyId: id }));
    expect(loaded.carried).toEqual(["de", "fa", "lt"]);

    const fields = {
      title_en: "Your experience",
      title_cy: "Eich profiad",
      title_fa: "تجربه شما",
      slug: "languages-17",
      engagementId: "",
      languages: ["cy", "fa", "de"],
      estimatedMinutes: "5",
      retentionDays: "365",
    };
    const bad = await outcome(() =>
      settingsRoute.action(
        args(post(`/surveys/${id}/settings`, { ...fields, languages: ["not a code"] }, lead()), { surveyId: id }),
      ),
    );
    expect(dataOf(bad.value).data.errors).toMatchObject({ languages: "errors.languageUnknown" });

    const saved = await outcome(() =>
      settingsRoute.action(args(post(`/surveys/${id}/settings`, fields, lead()), { surveyId: id })),
    );
    expect(saved.thrown?.status).toBe(302);
    const view = await jsonView.loader(args(get(`/surveys/${id}/json`, lead()), { surveyId: id }));
    // Welsh had a field (offered before); German and Farsi, offered just now, keep what the definition carries; Lithuanian is not offered.
    expect(JSON.parse(view.text).title).toEqual({
      default: "Your experience",
      cy: "Eich profiad",
      de: "Ihre Erfahrung",
      fa: "تجربه شما",
      lt: "Jūsų patirtis",
    });

    const table = await translations.loader(args(get(`/surveys/${id}/translations?lang=fa`, lead()), { surveyId: id }));
    expect(table.target).toBe("fa");
    expect(table.rows.find((row) => row.key === "element.q.title")?.translation).toBe("بگویید");
  });
});
