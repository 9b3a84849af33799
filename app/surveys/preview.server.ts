/**
 * The designer's preview of a draft: the respondent's plain form, page by page, worked out by the same session and
 * page view as the answer page (answer-flow.server.ts, survey-session.ts), so Continue, Back, conditions, messages,
 * "Page x of y" and "(optional)" are a respondent's own. It stores nothing: no response, no draft, no answer facts,
 * no rate-limit counts and no audit. Sending or saving ends on a preview page that says what respondents see there.
 */
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/i18n";
import {
  isPlainIntent,
  plainPageView,
  stepPlainForm,
  surveyTitle,
  type Base,
  type EmptyView,
  type PageView,
} from "~/respondent/answer-flow.server";
import { respondentChrome } from "~/respondent/chrome.server";
import { rowChangeOf } from "~/respondent/fields/ids";
import { decodeJourney, encodeJourney, type Journey } from "~/respondent/journey";
import { findPublicOrganisation } from "~/respondent/public-survey.server";
import { initialState } from "~/respondent/survey-session";
import type { SurveyJson } from "./survey-json";

/** Where a preview ended: Send on the last page ("thanks"), or "Save and come back later" ("saved"). */
export type PreviewEndView = Base & { view: "preview-end"; ending: "thanks" | "saved"; title: string; journey: string };
/** PageView and EmptyView ("Send" with nothing answered) are the respondent's own. */
export type PreviewView = PageView | EmptyView | PreviewEndView;
export type PreviewOutcome = { status: number; body: PreviewView };

type DraftSurvey = { id: number; draft: SurveyJson; settings: { languages: string[] } };

/** A preview journey's key: a form needs one, and nothing is ever stored under it. */
const PREVIEW_KEY = "designer-preview-journey";

/**
 * The draft as one object while it is unchanged, so the engine and the session's compiled extras (keyed by the
 * definition object, survey-engine.ts and survey-session.ts) are built once per draft, not once per preview request:
 * each request reads the draft afresh, and building a survey-core model costs milliseconds. A draft that changed is
 * a new text, so a new object; one entry per survey, the oldest surveys let go past PREVIEWED_DRAFTS_KEPT.
 */
const PREVIEWED_DRAFTS_KEPT = 50;
const previewedDrafts = new Map<number, { text: string; draft: SurveyJson }>();

export function previewedDraft(survey: Pick<DraftSurvey, "id" | "draft">): SurveyJson {
  const text = JSON.stringify(survey.draft);
  const kept = previewedDrafts.get(survey.id);
  previewedDrafts.delete(survey.id);
  const entry = kept && kept.text === text ? kept : { text, draft: survey.draft };
  previewedDrafts.set(survey.id, entry);
  if (previewedDrafts.size > PREVIEWED_DRAFTS_KEPT) previewedDrafts.delete(previewedDrafts.keys().next().value as number);
  return entry.draft;
}

/** The survey language asked for (`?locale=`), if the survey offers it, else English. */
export function previewLocale(request: Request, survey: DraftSurvey): string {
  const asked = new URL(request.url).searchParams.get("locale") ?? "en";
  return asked === "en" || survey.settings.languages.includes(asked) ? asked : "en";
}

/** The respondent page's surroundings: the organisation's public face and support, in the preview's language. */
function baseFor(organisationSlug: string, locale: string): Base {
  const organisation = findPublicOrganisation(organisationSlug);
  return { lang: isLanguage(locale) ? locale : DEFAULT_LANGUAGE, chrome: respondentChrome(organisation), slug: "" };
}

function firstPage(survey: DraftSurvey, base: Base, locale: string): PageView {
  // The survey's defaults and starting values are answers already, as for a respondent (answer-flow's startAnswering).
  const start = initialState(survey.draft);
  const journey: Journey = {
    versionId: survey.id,
    submissionKey: PREVIEW_KEY,
    pageName: start.pageName,
    answers: start.answers,
    channel: null,
    triggered: start.triggered,
    untickedHidden: start.untickedHidden,
  };
  return plainPageView(base, survey.draft, journey, locale);
}

/** GET: the draft's first page, as a respondent arriving would see it. */
export function startPreview(request: Request, asStored: DraftSurvey, organisationSlug: string): PreviewOutcome {
  const survey = { ...asStored, draft: previewedDraft(asStored) };
  const locale = previewLocale(request, survey);
  return { status: 200, body: firstPage(survey, baseFor(organisationSlug, locale), locale) };
}

/** POST: one step of the plain form (Continue, Back, Send, Save, an add-another button), with nothing stored. */
export function continuePreview(
  request: Request,
  asStored: DraftSurvey,
  organisationSlug: string,
  form: FormData,
): PreviewOutcome {
  const survey = { ...asStored, draft: previewedDraft(asStored) };
  const locale = previewLocale(request, survey);
  const base = baseFor(organisationSlug, locale);
  const posted = String(form.get("intent") ?? "");
  const rowChange = rowChangeOf(posted);
  const intent = rowChange ? "change" : posted;
  const journey = decodeJourney(form.get("journey"));
  if (!journey || journey.versionId !== survey.id || !isPlainIntent(intent)) {
    // A form that cannot be read: a fresh start, said as the answer page says it.
    return { status: 400, body: { ...firstPage(survey, base, locale), notice: "expiredForm" } };
  }
  // Only what the preview itself put in a journey: no channel, invitation or pair code rides along.
  const own: Journey = { ...journey, submissionKey: PREVIEW_KEY, channel: null, invitation: undefined, pairCode: undefined };
  form.delete("pair_code");
  const step = stepPlainForm(survey.draft, own, form, intent, locale, rowChange);
  const title = surveyTitle(survey.draft, locale);
  const journeyText = encodeJourney({ ...step.current, seal: undefined });
  const ended = (ending: PreviewEndView["ending"]): PreviewOutcome => ({
    status: 200,
    body: { ...base, view: "preview-end", ending, title, journey: journeyText },
  });
  // Sent with nothing answered: the respondent's own page asking whether they meant it (answer-flow sends nothing either).
  if (step.kind === "complete" && Object.keys(step.answers).length === 0)
    return { status: 200, body: { ...base, view: "empty", title, journey: journeyText } };
  if (step.kind === "complete") return ended("thanks");
  if (intent === "save") return ended("saved");
  const view = (extra: Parameters<typeof plainPageView>[4] = {}) =>
    plainPageView(base, survey.draft, step.current, locale, extra, step.layout);
  const hasErrors = Object.keys(step.errors).length > 0;
  if ((intent === "next" || intent === "submit" || intent === "change") && hasErrors)
    return { status: 400, body: view({ errors: step.errors }) };
  if ((intent === "next" || intent === "submit") && step.newQuestions)
    return { status: 200, body: view({ notice: "newQuestions" }) };
  return { status: 200, body: view() };
}
