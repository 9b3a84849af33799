/**
 * Public SurveyJS definitions written by others (tests/fixtures/surveyjs-public, sources in SOURCES.md), through the
 * product as a lead and a respondent meet them: imported in the designer, round-tripped through the JSON view
 * unchanged, fixed where the trauma-informed check asks, safety items ticked, published; then answered by the same
 * scripted person on the plain form without JavaScript (the server route) and by survey-core as its renderer does,
 * which must store the same data.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { eq } from "drizzle-orm";
import { Model } from "survey-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerView, PageView } from "../../app/respondent/answer-flow.server";
import { fieldsRecord, postedFields } from "../../app/respondent/testing/posted-fields";
import * as overview from "../../app/routes/surveys.$surveyId._index";
import * as jsonView from "../../app/routes/surveys.$surveyId.json";
import * as publishRoute from "../../app/routes/surveys.$surveyId.publish";
import * as create from "../../app/routes/surveys.new";
import { DEFAULT_STAGES, safetyGateItems } from "../../app/engagements/stages";
import { registerSurveyProperties } from "../../app/surveys/definition";
import { normaliseDefinition } from "../../app/surveys/normalise";
import { getDb } from "../../db/client";
import { responses } from "../../db/schema";
import {
  answerWithSurveyCore,
  fixForCheck,
  loadFixture,
  PUBLIC_FIXTURES,
  REFUSED_FIXTURES,
  type Script,
} from "../fixtures/surveyjs-public";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";
import { answerClient } from "../respondent-helpers";

let org: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
const lead = () => org.people.engagement_lead.cookie;
const SAFETY_KEYS = safetyGateItems(DEFAULT_STAGES).map((item) => item.key);

beforeAll(async () => {
  org = await makeOrganisationWithUsers("public-17");
});

async function importSurvey(slug: string, json: unknown) {
  const fields = {
    start: "import",
    importJson: JSON.stringify(json),
    title_en: `Imported ${slug}`,
    slug,
    estimatedMinutes: "10",
    retentionDays: "365",
  };
  const { thrown, value } = await outcome(() => create.action(args(post("/surveys/new", fields, lead()))));
  return { id: thrown?.headers.get("Location")?.split("/").pop() ?? "", value };
}

async function designerJson(id: string): Promise<Record<string, unknown>> {
  const view = await jsonView.loader(args(get(`/surveys/${id}/json`, lead()), { surveyId: id }));
  return JSON.parse(view.text) as Record<string, unknown>;
}

async function saveJson(id: string, json: unknown) {
  const { value } = await outcome(() =>
    jsonView.action(args(post(`/surveys/${id}/json`, { json: JSON.stringify(json, null, 2) }, lead()), { surveyId: id })),
  );
  const saved = dataOf(value);
  expect(saved.data, JSON.stringify(saved.data)).toMatchObject({ ok: true });
}

/** What survey-core makes of a definition: the same survey whatever spelling it was written in. */
function asSurveyCoreSees(json: Record<string, unknown>) {
  registerSurveyProperties();
  return new Model(structuredClone(json)).toJSON();
}

/**
 * The same person on the plain form without JavaScript: each page as the server renders it, each scripted question
 * answered when it is shown, everything else posted as the page shows it (what the journey holds), Continue or Send.
 */
export async function answerWithoutJavaScript(slug: string, script: Script, lng?: string) {
  const client = answerClient(slug);
  let view: AnswerView = await client.start(lng);
  const answered = new Set<string>();
  for (let step = 0; step < 40 && view.view === "page"; step += 1) {
    const page = view as PageView;
    const current = client.answersOf(page);
    const fields: Record<string, string | string[]> = {
      journey: page.journey,
      intent: page.isLast ? "submit" : "next",
      shown: page.shown,
      website: "",
    };
    for (const element of page.elements) {
      if (element.kind === "info" || element.kind === "expression" || element.readOnly) continue;
      const scripted = Object.hasOwn(script, element.name) && !answered.has(element.name);
      // A dynamic panel or row set with nothing in it yet (its count comes from an answer on this page) is answered
      // when its parts appear, as a person would.
      const empty = "groups" in element && element.groups.length === 0;
      if (scripted && !empty) answered.add(element.name);
      const value = scripted ? script[element.name] : current[element.name];
      const comment = scripted ? script[`${element.name}-Comment`] : current[`${element.name}-Comment`];
      Object.assign(
        fields,
        fieldsRecord(postedFields(element, { value, comment: typeof comment === "string" ? comment : undefined })),
      );
    }
    const sent = await client.send(fields, { lng });
    if (sent.status !== 200 && sent.view.view === "page") {
      const again = sent.view as PageView;
      throw new Error(`the plain form refused page ${again.pageName}: ${JSON.stringify([again.errors, again.general])}`);
    }
    view = sent.view;
  }
  expect(view.view).toBe("thanks");
}

/** The stored answers of the survey's one response, with free text as the person wrote it (redaction undone). */
export function storedAnswers(surveyId: number) {
  const rows = getDb().select().from(responses).where(eq(responses.surveyId, surveyId)).all();
  expect(rows.length).toBe(1);
  return { ...rows[0].answers, ...rows[0].unredactedText };
}

describe("public SurveyJS definitions written by others", () => {
  it("are stored as published: each JSON file holds the same data as the text its authors published", () => {
    for (const { name } of [...PUBLIC_FIXTURES, ...REFUSED_FIXTURES]) {
      // Some were published as JavaScript object literals (unquoted keys, trailing commas): read them as JavaScript.
      const text = readFileSync(new URL(`../fixtures/surveyjs-public/published/${name}.txt`, import.meta.url), "utf8");
      const published = JSON.parse(JSON.stringify(runInNewContext(`(${text})`))) as unknown;
      expect(loadFixture(name), name).toEqual(published);
    }
  });

  for (const fixture of PUBLIC_FIXTURES) {
    it(`${fixture.name}: imports, round-trips, publishes after the check's fixes, and stores the same with and without JavaScript`, async () => {
      const published = loadFixture(fixture.name);
      const slug = `public-${fixture.name}`.slice(0, 60);

      const imported = await importSurvey(slug, published);
      expect(imported.id, JSON.stringify(dataOf(imported.value).data)).toMatch(/^\d+$/);
      const id = imported.id;

      // The round trip: the designer's JSON view is the definition in the one spelling the designer stores (with the
      // title the lead typed when the definition has none), and saving it back unchanged changes nothing;
      // survey-core sees the same survey as the published one.
      const titled = { ...published, title: published.title ?? { default: `Imported ${slug}` } };
      const shown = await designerJson(id);
      expect(shown).toEqual(normaliseDefinition(titled));
      expect(asSurveyCoreSees(shown)).toEqual(asSurveyCoreSees(titled));
      await saveJson(id, shown);
      expect(await designerJson(id)).toEqual(shown);

      // The check, and what a lead does about it.
      const review = await publishRoute.loader(args(get(`/surveys/${id}/publish`, lead()), { surveyId: id }));
      expect(review.problems).toEqual([]);
      const fixed = fixForCheck(shown, review.findings, []);
      if (JSON.stringify(fixed) !== JSON.stringify(shown)) await saveJson(id, fixed);
      const ticked = await outcome(() =>
        overview.action(args(post(`/surveys/${id}?index`, { intent: "safety", ticked: SAFETY_KEYS }, lead()), { surveyId: id })),
      );
      expect(ticked.thrown?.status ?? dataOf(ticked.value).status).toBeLessThan(400);
      const ready = await publishRoute.loader(args(get(`/surveys/${id}/publish`, lead()), { surveyId: id }));
      expect(ready.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(ready.gate).toEqual([]);
      const acknowledge = ready.findings.filter((f) => f.severity === "warning").map((f) => f.id);
      const publish = await outcome(() =>
        publishRoute.action(args(post(`/surveys/${id}/publish`, { acknowledge }, lead()), { surveyId: id })),
      );
      expect(publish.thrown?.status, JSON.stringify(publish.value)).toBe(302);

      // The same person, with and without JavaScript.
      const live = await designerJson(id);
      const expected = answerWithSurveyCore(live, fixture.script);
      await answerWithoutJavaScript(slug, fixture.script);
      expect(storedAnswers(Number(id))).toEqual(expected);
    });
  }

  for (const refused of REFUSED_FIXTURES) {
    it(`${refused.name}: is refused with its reason`, async () => {
      const result = await importSurvey(`public-${refused.name}`, loadFixture(refused.name));
      expect(result.id).toBe("");
      expect((dataOf(result.value).data.problems as { code: string }[]).map((p) => p.code)).toContain(refused.code);
    });
  }
});
