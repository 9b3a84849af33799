import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { count } from "drizzle-orm";
import { getDb } from "../../db/client";
import { answerFacts, auditEvents, responses, resumeDrafts } from "../../db/schema";
import * as frame from "../../app/routes/surveys.$surveyId.preview.frame";
import { createI18n } from "../../app/i18n/i18n";
import type { PageView } from "../../app/respondent/answer-flow.server";
import { PreviewScreen } from "../../app/surveys/preview-screen";
import { previewedDraft, type PreviewView } from "../../app/surveys/preview.server";
import { createSurvey, getSurvey, saveDraft } from "../../app/surveys/surveys.server";
import { DEFAULT_SETTINGS } from "../../app/surveys/schemas";
import { ALL_OPTIONAL_SURVEY, RESPONDENT_SURVEY } from "../fixtures/respondent-survey";
import { args, dataOf, get, makeOrganisationWithUsers, outcome, post } from "../helpers";

/**
 * The designer's preview frame: the draft as a respondent's plain form, stepped by the respondent's own session,
 * storing nothing. RESPONDENT_SURVEY's "contact" page shows only after "yes"; its last page has a required question.
 */

let a: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let b: Awaited<ReturnType<typeof makeOrganisationWithUsers>>;
let id: string;
let optionalId: string;

beforeAll(async () => {
  a = await makeOrganisationWithUsers("preview-a");
  b = await makeOrganisationWithUsers("preview-b");
  const created = createSurvey(
    { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } } as never,
    { slug: "preview-draft", engagementId: null, settings: DEFAULT_SETTINGS },
    structuredClone(RESPONDENT_SURVEY),
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  id = String(created.id);
  const optional = createSurvey(
    { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } } as never,
    { slug: "preview-optional", engagementId: null, settings: DEFAULT_SETTINGS },
    structuredClone(ALL_OPTIONAL_SURVEY),
  );
  if (!optional.ok) throw new Error(JSON.stringify(optional));
  optionalId = String(optional.id);
});

const path = (locale = "en") => `/surveys/${id}/preview/frame?locale=${locale}`;
const cookie = () => a.people.analyst.cookie;

async function open(locale = "en") {
  const { status, data } = dataOf(await frame.loader(args(get(path(locale), cookie()), { surveyId: id })));
  return { status, view: data as unknown as PreviewView };
}

async function step(view: PreviewView, fields: Record<string, string | string[]>, locale = "en") {
  const shown = view.view === "page" ? view.shown : [];
  const body = { journey: view.journey, shown, website: "", ...fields };
  const { status, data } = dataOf(await frame.action(args(post(path(locale), body, cookie()), { surveyId: id })));
  return { status, view: data as unknown as PreviewView };
}

const page = (view: PreviewView): PageView => {
  if (view.view !== "page") throw new Error(`expected a page, got ${view.view}`);
  return view;
};

/** The frame's page as the browser gets it: the preview screen in the preview's language, rendered on the server. */
async function html(view: PreviewView, locale = "en") {
  const action = path(locale);
  const handler = createStaticHandler([{ path: "*", element: createElement(PreviewScreen, { view, action }) }]);
  const context = await handler.query(new Request(`http://localhost${action}`));
  if (context instanceof Response) throw new Error("no page");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: createI18n(view.lang) },
      createElement(StaticRouterProvider, { router, context, hydrate: false }),
    ),
  );
}

function rows() {
  const db = getDb();
  return [responses, answerFacts, resumeDrafts, auditEvents].map((table) => db.select({ n: count() }).from(table).get()!.n);
}

describe("the preview frame", () => {
  it("shows the draft as the respondent's plain form, with its notice, page count and optional marks", async () => {
    const { status, view } = await open();
    expect(status).toBe(200);
    const first = page(view);
    expect(first).toMatchObject({ pageName: "start", pageNumber: 1, pageCount: 2, title: "How we treated you" });
    const markup = await html(first);
    expect(markup).toContain("Preview: respondents see the survey like this. Nothing entered here is stored.");
    expect(markup).toContain(`action="${path("en").replaceAll("&", "&amp;")}"`);
    expect(markup).toContain('name="journey"');
    expect(markup).toContain("Page 1 of 2");
    expect(markup).toContain("Did you report the crime to us? (optional)");
    expect(markup).toContain("Exit this page");
    expect(markup).not.toContain("sv-");
    // Enter in a field presses the first submit button of the form: as on the answer page, a hidden Continue stands
    // before the form's own buttons.
    expect(markup.indexOf('data-testid="default-button"')).toBeGreaterThan(-1);
    expect(markup.indexOf('data-testid="default-button"')).toBeLessThan(markup.indexOf('id="answer-form"'));
  });

  it("walks the draft like a respondent: a condition shows a page, a missing required answer is refused and kept", async () => {
    const before = rows();
    const first = page((await open()).view);
    // "Yes" shows the contact page: three pages now.
    const contact = page((await step(first, { intent: "next", "q.reported": "yes", "q.treated": "4" })).view);
    expect(contact).toMatchObject({ pageName: "contact", pageNumber: 2, pageCount: 3 });
    const back = page((await step(contact, { intent: "back" })).view);
    expect(back.pageName).toBe("start");
    // "No" hides it: the last page comes next, and is page 2 of 2.
    const words = page((await step(back, { intent: "next", "q.reported": "no" })).view);
    expect(words).toMatchObject({ pageName: "words", pageNumber: 2, pageCount: 2, isLast: true });
    expect(await html(words)).toContain("We need this to send your answer to the right local team.");
    // Send without the required answer: the error summary, and what was typed is still there.
    const refused = await step(words, { intent: "submit", "q.better": "Call me back sooner" });
    expect(refused.status).toBe(400);
    const again = page(refused.view);
    expect(again.pageName).toBe("words");
    expect(Object.keys(again.errors)).toEqual(["area"]);
    const markup = await html(again);
    expect(markup).toContain("govuk-error-summary");
    expect(markup).toContain("There is a problem");
    expect(markup).toContain("Call me back sooner");
    // Send with it: the preview's end, never the thank-you page, and nothing stored anywhere.
    const sent = await step(again, { intent: "submit", "q.better": "Call me back sooner", "q.area": "north" });
    expect(sent.status).toBe(200);
    expect(sent.view).toMatchObject({ view: "preview-end", ending: "thanks" });
    expect(await html(sent.view)).toContain("This is where respondents see the thank-you page.");
    // Save and come back later: a preview page, no draft.
    const saved = await step(again, { intent: "save", "q.better": "Call me back sooner" });
    expect(saved.view).toMatchObject({ view: "preview-end", ending: "saved" });
    const resumed = page((await step(saved.view, { intent: "show" })).view);
    expect(resumed.pageName).toBe("words");
    expect(JSON.parse(resumed.journey).a).toMatchObject({ reported: "no", better: "Call me back sooner" });
    expect(rows()).toEqual(before);
  });

  it("speaks Welsh in a Welsh preview, the form's own words and the survey's", async () => {
    const first = page((await open("cy")).view);
    expect(first).toMatchObject({ lang: "cy", surveyLocale: "cy", title: "Sut y gwnaethon ni eich trin" });
    const markup = await html(first, "cy");
    expect(markup).toContain("Rhagolwg: fel hyn mae ymatebwyr yn gweld yr arolwg.");
    expect(markup).toContain("Tudalen 1 o 2");
    expect(markup).toContain("Wnaethoch chi roi gwybod i ni am y drosedd?");
    const refused = page((await step(first, { intent: "next", "q.treated": "9" }, "cy")).view);
    expect(Object.keys(refused.errors)).toEqual(["treated"]);
    expect(await html(refused, "cy")).toContain("Mae problem");
  });

  it("asks, as respondents are asked, when Send has nothing to send, and goes back to the questions", async () => {
    const before = rows();
    const at = `/surveys/${optionalId}/preview/frame?locale=en`;
    const call = async (run: () => unknown) => dataOf(await run()).data as unknown as PreviewView;
    const first = page(await call(() => frame.loader(args(get(at, cookie()), { surveyId: optionalId }))));
    expect(first.isLast).toBe(true);
    const fields = { journey: first.journey, shown: first.shown, website: "", intent: "submit" };
    const empty = await call(() => frame.action(args(post(at, fields, cookie()), { surveyId: optionalId })));
    expect(empty.view).toBe("empty");
    expect(await html(empty)).toContain("You have not answered any questions");
    const back = { journey: empty.view === "empty" ? empty.journey : "", intent: "show" };
    const again = await call(() => frame.action(args(post(at, back, cookie()), { surveyId: optionalId })));
    expect(page(again).pageName).toBe("only");
    expect(rows()).toEqual(before);
  });

  it("previews another language the survey offers: its words where it has them, the form's in English", async () => {
    const definition = structuredClone(RESPONDENT_SURVEY) as Record<string, unknown>;
    definition.title = { ...RESPONDENT_SURVEY.title, pl: "Jak cię potraktowaliśmy" };
    const created = createSurvey(
      { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } } as never,
      { slug: "preview-polish", engagementId: null, settings: { ...DEFAULT_SETTINGS, languages: ["cy", "pl"] } },
      definition as never,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const at = `/surveys/${created.id}/preview/frame?locale=pl`;
    const { data } = dataOf(await frame.loader(args(get(at, cookie()), { surveyId: String(created.id) })));
    const polish = page(data as unknown as PreviewView);
    expect(polish).toMatchObject({ lang: "en", surveyLocale: "pl", title: "Jak cię potraktowaliśmy", pageTitleLang: "en" });
    const markup = await html(polish);
    expect(markup).toContain("Page 1 of 2");
    expect(markup).toContain('lang="pl"');
  });

  it("answers a form it cannot read with a fresh start, and a language the survey lacks in English", async () => {
    const { status, data } = dataOf(await frame.action(args(post(path(), { intent: "next" }, cookie()), { surveyId: id })));
    expect(status).toBe(400);
    expect(data).toMatchObject({ view: "page", pageName: "start", notice: "expiredForm" });
    expect(page((await open("fr")).view)).toMatchObject({ lang: "en", surveyLocale: "en" });
  });
});

describe("the previewed draft", () => {
  it("is built once while unchanged, and afresh as soon as the draft is edited", async () => {
    const stored = () => getSurvey(a.organisation.id, Number(optionalId));
    const first = previewedDraft(stored());
    // Each request reads the draft afresh: an equal draft is the same object, so its engine is built once.
    expect(previewedDraft(stored())).toBe(first);
    const edited = structuredClone(stored().draft);
    edited.title = { default: "Edited title", cy: "Teitl wedi'i newid" };
    const lead = { id: a.people.engagement_lead.id, organisation: { id: a.organisation.id } } as never;
    saveDraft(lead, Number(optionalId), edited);
    const after = previewedDraft(stored());
    expect(after).not.toBe(first);
    expect(after.title).toEqual(edited.title);
    // And the frame shows the edit at once.
    const { data } = dataOf(
      await frame.loader(args(get(`/surveys/${optionalId}/preview/frame?locale=en`, cookie()), { surveyId: optionalId })),
    );
    expect(await html(page(data as unknown as PreviewView))).toContain("Edited title");
  });
});

describe("who may preview", () => {
  it("keeps the staff role check: no role 403, another organisation 404, for the page and its posts", async () => {
    const first = page((await open()).view);
    const body = { journey: first.journey, intent: "next" };
    for (const attempt of [
      () => frame.loader(args(get(path(), a.people.panel_member.cookie), { surveyId: id })),
      () => frame.action(args(post(path(), body, a.people.panel_member.cookie), { surveyId: id })),
    ])
      expect((await outcome(attempt)).thrown?.status).toBe(403);
    for (const attempt of [
      () => frame.loader(args(get(path(), b.people.admin.cookie), { surveyId: id })),
      () => frame.action(args(post(path(), body, b.people.admin.cookie), { surveyId: id })),
    ])
      expect((await outcome(attempt)).thrown?.status).toBe(404);
    for (const attempt of [
      () => frame.loader(args(get(path()), { surveyId: id })),
      () => frame.action(args(post(path(), body), { surveyId: id })),
    ])
      expect((await outcome(attempt)).thrown?.status).not.toBe(200);
  });
});
