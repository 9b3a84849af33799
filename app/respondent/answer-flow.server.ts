/**
 * The respondent's way through a survey, one request at a time, for both the
 * plain-HTML path (a page of fields per POST; every respondent's path, with or
 * without JavaScript) and a whole answer set in one POST (submit-all, save-all:
 * a client that holds every answer). Both end in the same checks: survey-core
 * against the version answered, then storage exactly once.
 */
import type { RefusalKind } from "../../server/security";
import { channelForCode } from "../distribution/channels.server";
import { isLinkToken, markInvitationAnswered } from "../invitations/contacts.server";
import type { Language } from "../i18n/i18n";
import { languageDirection } from "../surveys/languages";
import { pagesOf, textFor, textIn, type SurveyJson } from "../surveys/survey-json";
import { respondentChrome } from "./chrome.server";
import { publicOrigin } from "../distribution/origin.server";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { draftSecret } from "../config.server";
import { decodeJourney, encodeJourney, type Journey } from "./journey";
import { issueSubmissionKey } from "./journey-key.server";
import { allowRespondentWrite, allowResumeAttempt, minutesToWait, recordWrongResumeCode, type Allowance } from "./limits.server";
import { findPublicSurvey, versionOfSurvey, type PublicSurvey } from "./public-survey.server";
import { normaliseResumeCode } from "./resume-code";
import { readThanksToken, thanksToken, type ThanksNote } from "./thanks-token.server";
import { findDraft, recordResponse, saveDraft } from "./responses.server";
import { readPageFields } from "./form-fields";
import { rowChangeOf } from "./fields/ids";
import { checkSubmission } from "./compiled-checker";
import type { Answers, ElementView, QuestionErrors } from "./survey-engine";
import { stageOfChannelCode } from "../outcomes/channel-stages.server";
import { normalisePairCode } from "../outcomes/pair-code";
import { pairCodeFor, pairHash } from "../outcomes/pair-code.server";
import { initialState, layoutOf as sessionLayout, stepPage, type Layout, type StepIntent } from "./survey-session";

export type Notice = "newQuestions" | "welcomeBack" | "expiredForm";
export type Problem = "limited" | "notSaved";

type Chrome = ReturnType<typeof respondentChrome>;
export type Base = { lang: Language; chrome: Chrome; slug: string };

export type PageView = Base & {
  view: "page";
  title: string;
  surveyLocale: string;
  dir: "ltr" | "rtl";
  /** The page's visible elements, texts in the survey language, for the plain form (no survey-core in the browser bundle). */
  elements: ElementView[];
  pageTitle: string;
  /** The language the survey title and the page title are really in, where the survey's language falls back. */
  titleLang?: string;
  pageTitleLang?: string;
  journey: string;
  pageName: string;
  pageNumber: number;
  pageCount: number;
  isLast: boolean;
  shown: string[];
  errors: QuestionErrors;
  general: string[];
  notice: Notice | null;
  problem: Problem | null;
  /** With problem "limited": whole minutes until the person can send again. */
  waitMinutes: number | null;
  /** On the first page of an end-of-support channel: the optional field for the pair code kept from the start. */
  pairCodeField: { value: string } | null;
};
export type SavedView = Base & {
  view: "saved";
  title: string;
  code: string;
  expiresOn: string;
  journey: string;
  /** The full address to come back to, to write down or tap. */
  resumeUrl: string;
};
/** A write refused before the app saw it (too large, not a form, from another site): said kindly, nothing stored. */
export type RefusedView = Base & { view: "refused"; title: string; kind: RefusalKind };
/** "Send" with nothing answered: nothing is stored, and the person is asked whether they meant it. */
export type EmptyView = Base & { view: "empty"; title: string; journey: string };
/** `pairCode`: on a start-of-support channel, the code the person may keep to link their answer at the end. */
export type ThanksView = Base & { view: "thanks"; title: string; danger: boolean; duplicate: boolean; pairCode: string | null };
export type ResumeView = Base & {
  view: "resume";
  title: string;
  code: string;
  error: "notFound" | "empty" | null;
  problem: Problem | null;
  waitMinutes: number | null;
};
export type UnavailableView = Base & {
  view: "unknown" | "closed" | "not-yet-open" | "paused";
  title: string;
  opensOn: string | null;
};
export type AnswerView = PageView | SavedView | EmptyView | RefusedView | ThanksView | ResumeView | UnavailableView;
/** `retryAfter`: seconds, for the Retry-After header of a 429. */
export type Outcome = { status: number; body: AnswerView; retryAfter?: number };
/** A sent survey: 303 See Other to its thank-you page (Post/Redirect/Get), never a page rendered from the answers. */
export type Sent = { status: 303; location: string };

/** The status and headers a route answers an outcome with. */
export function outcomeInit(outcome: Outcome): ResponseInit {
  return outcome.retryAfter
    ? { status: outcome.status, headers: { "Retry-After": String(outcome.retryAfter) } }
    : { status: outcome.status };
}

/** A refused write: 429, with the real wait in the page and in Retry-After. */
function limited(body: AnswerView, allowance: Extract<Allowance, { ok: false }>): Outcome {
  return { status: 429, body, retryAfter: Math.ceil(allowance.waitMs / 1000) };
}

/** The survey language: the address's `lng` when the version offers it, else the interface language. */
export function surveyLocaleFor(request: Request, lang: Language, survey: PublicSurvey | null, offered?: string[]): string {
  const asked = new URL(request.url).searchParams.get("lng");
  const languages = ["en", ...(offered ?? survey?.version.settings.languages ?? [])];
  return asked && languages.includes(asked) ? asked : lang;
}

export function surveyTitle(definition: SurveyJson, locale: string) {
  return textFor(definition.title, locale, "");
}

function unavailable(base: Base, survey: PublicSurvey | null, kind: UnavailableView["view"]): Outcome {
  const title = survey ? surveyTitle(survey.version.definition, base.lang) : "";
  const opensOn = kind === "not-yet-open" ? (survey?.version.settings.opensOn ?? null) : null;
  return { status: kind === "unknown" ? 404 : 200, body: { ...base, view: kind, title, opensOn } };
}

/** The thank-you page's address: the survey language as the form had it, and the sealed note of what it must say. */
function sent(slug: string, surveyId: number, locale: string, note: ThanksNote): Sent {
  const query = new URLSearchParams({ lng: locale, t: thanksToken(surveyId, note) });
  return { status: 303, location: `/s/${encodeURIComponent(slug)}/thanks?${query.toString()}` };
}

/**
 * GET /s/<slug>/thanks: where a sent survey lands. Shown even if the survey has closed since; an address whose token
 * was not made here for this survey is unknown (404), and a lapsed one shows the plain thank-you.
 */
export function thanksPage(request: Request, slug: string, lang: Language): Outcome {
  const survey = findPublicSurvey(slug);
  const base: Base = { lang, chrome: respondentChrome(survey?.organisation ?? null), slug };
  const note = survey ? readThanksToken(survey.id, new URL(request.url).searchParams.get("t")) : null;
  if (!survey || !note) return unavailable(base, null, "unknown");
  const { danger, duplicate, pairCode } = note === "lapsed" ? { danger: false, duplicate: false, pairCode: null } : note;
  const title = surveyTitle(survey.version.definition, surveyLocaleFor(request, lang, survey));
  return { status: 200, body: { ...base, view: "thanks", title, danger, duplicate, pairCode: pairCode ?? null } };
}

/** The survey behind the address, or the kind page to show instead. */
export function surveyOrUnavailable(slug: string, lang: Language): { survey: PublicSurvey; base: Base } | Outcome {
  const survey = findPublicSurvey(slug);
  const base: Base = { lang, chrome: respondentChrome(survey?.organisation ?? null), slug };
  if (!survey) return unavailable(base, null, "unknown");
  if (survey.availability !== "open") return unavailable(base, survey, survey.availability);
  return { survey, base };
}

/** A channel code from the address: unknown codes are ignored (the answer counts as "direct"); paused ones stop new starts. */
export function channelOf(survey: PublicSurvey, code: string | null): { code: string | null; paused: boolean } {
  if (!code) return { code: null, paused: false };
  const channel = channelForCode(survey.id, code);
  if (!channel) return { code: null, paused: false };
  return { code, paused: channel.status === "paused" };
}

type Version = { id: number; definition: SurveyJson; settings: { languages: string[] } };

const stateOf = (journey: Journey) => ({
  answers: journey.answers,
  pageName: journey.pageName,
  triggered: journey.triggered ?? {},
  skipped: journey.skipped,
  counts: journey.counts,
  held: journey.held,
  untickedHidden: journey.untickedHidden,
  passed: journey.passed,
});

/**
 * The server's seal on a journey it made: an HMAC of the encoded journey under a key of its own, derived from the
 * draft pepper. The plain form's completion is survey-core's own (completeLastPage checks the page it is on, as in the
 * renderer); that is only sound for a journey whose earlier pages the server itself checked, so a journey without a
 * valid seal (changed by the survey renderer, or by hand) is checked whole when it ends, as a submission is.
 */
let journeyKey: Buffer | null = null;
function journeyMac(journey: Journey): string {
  journeyKey ??= createHash("sha256").update(`victim-voice journey seal\u0000${draftSecret()}`).digest();
  return createHmac("sha256", journeyKey)
    .update(encodeJourney({ ...journey, seal: undefined }))
    .digest("base64url");
}
const sealedJourney = (journey: Journey) => encodeJourney({ ...journey, seal: journeyMac(journey) });
function sealIntact(journey: Journey): boolean {
  const expected = Buffer.from(journeyMac(journey));
  const claimed = Buffer.from(journey.seal ?? "");
  return claimed.length === expected.length && timingSafeEqual(claimed, expected);
}

/** The journey's survey state beside its answers, as a draft seals it. */
const sessionOf = (journey: Journey): Record<string, unknown> => {
  const { triggered, skipped, held, untickedHidden, counts, passed } = journey;
  return JSON.parse(JSON.stringify({ triggered, skipped, held, untickedHidden, counts, passed })) as Record<string, unknown>;
};

/**
 * What rides with every journey and must survive "save and come back later", sealed with the answers like the rest:
 * the invitation link's token (so the answer still marks its link answered, and no reminder follows) and an
 * end-of-support pair code (so the answer still pairs with the first one). The renderer's saves keep these too.
 */
const carriedOf = ({ invitation, pairCode }: Journey): Record<string, unknown> => ({
  ...(invitation ? { invitation } : {}),
  ...(pairCode ? { pairCode } : {}),
});

/** A sealed draft's survey state back in a journey, checked as a posted journey's is (journey.ts). */
function sessionFrom(session: Record<string, unknown>): Partial<Journey> {
  const { triggered, skipped, held, untickedHidden, counts, passed, invitation, pairCode } = session;
  const checked = decodeJourney(
    JSON.stringify({
      v: 1,
      k: "k".repeat(16),
      p: "",
      a: {},
      c: null,
      t: triggered,
      s: skipped,
      h: held,
      u: untickedHidden,
      n: counts,
      d: passed,
      i: invitation,
      q: pairCode,
    }),
  );
  if (!checked) return {};
  const { triggered: t, skipped: s, held: h, untickedHidden: u, counts: n, passed: d, invitation: i, pairCode: q } = checked;
  return {
    triggered: t,
    skipped: s,
    held: h,
    untickedHidden: u,
    counts: n,
    passed: d,
    ...(i ? { invitation: i } : {}),
    ...(q ? { pairCode: q } : {}),
  };
}

/**
 * Published versions are frozen (a database trigger refuses changes), so the first page of a fresh start — what every
 * respondent arriving from a link sees — is worked out once per version and language, not once per person. Not for a
 * survey whose conditions use the date (they could change from one day to the next).
 */
const emptyLayouts = new Map<string, Layout>();
const EMPTY_LAYOUTS_KEPT = 500;
const DATE_FUNCTIONS = /\b(today|currentDate|currentYear|age|dateDiff|dateAdd|year|month|day|weekday|getDate)\s*\(/;
const usesDates = new Map<number, boolean>();

function cachedLayout(version: Version, journey: Journey, locale: string, fresh: boolean): Layout {
  if (!fresh) return sessionLayout(version.definition, stateOf(journey), locale);
  let dated = usesDates.get(version.id);
  if (dated === undefined) {
    dated = DATE_FUNCTIONS.test(JSON.stringify(version.definition));
    usesDates.set(version.id, dated);
  }
  if (dated) return sessionLayout(version.definition, stateOf(journey), locale);
  const key = `${version.id}\u0000${locale}`;
  return emptyLayouts.get(key) ?? remember(key, sessionLayout(version.definition, stateOf(journey), locale));
}

function remember(key: string, layout: Layout): Layout {
  if (emptyLayouts.size >= EMPTY_LAYOUTS_KEPT) emptyLayouts.delete(emptyLayouts.keys().next().value!);
  emptyLayouts.set(key, layout);
  return layout;
}

function pageView(
  base: Base,
  version: Version,
  journey: Journey,
  surveyLocale: string,
  extra: Partial<Pick<PageView, "errors" | "general" | "notice" | "problem" | "waitMinutes">> = {},
  fresh = false,
  layout?: Layout,
  /** A journey the server made (a fresh start, or one whose seal held): sealed again. Any other stays unsealed. */
  trusted = false,
): PageView {
  const { pages, pageName, elements, pageTitle, pageTitleLang, shown } =
    layout ?? cachedLayout(version, journey, surveyLocale, fresh);
  const title = surveyTitle(version.definition, surveyLocale);
  const index = pages.indexOf(pageName);
  const current = { ...journey, pageName };
  return {
    ...base,
    view: "page",
    title,
    ...(title && surveyLocale !== "en" && !textIn(version.definition.title, surveyLocale) ? { titleLang: "en" } : {}),
    ...(pageTitleLang ? { pageTitleLang } : {}),
    surveyLocale,
    // Any survey language, its direction from the language itself (Somali ltr, Tigrinya ltr, Persian rtl …).
    dir: languageDirection(surveyLocale),
    elements,
    pageTitle,
    journey: trusted ? sealedJourney(current) : encodeJourney({ ...current, seal: undefined }),
    pageName,
    pageNumber: index + 1,
    pageCount: pages.length,
    isLast: index === pages.length - 1,
    shown,
    errors: extra.errors ?? {},
    general: extra.general ?? [],
    notice: extra.notice ?? null,
    problem: extra.problem ?? null,
    waitMinutes: extra.waitMinutes ?? null,
    pairCodeField: index === 0 && stageOfChannelCode(journey.channel) === "end" ? { value: journey.pairCode ?? "" } : null,
  };
}

/** GET /s/<slug>/answer: a fresh start on the latest version. */
export function startAnswering(request: Request, slug: string, lang: Language): Outcome {
  const found = surveyOrUnavailable(slug, lang);
  if ("status" in found) return found;
  const { survey, base } = found;
  const address = new URL(request.url).searchParams;
  const channel = channelOf(survey, address.get("ch"));
  if (channel.paused) return unavailable(base, survey, "paused");
  const locale = surveyLocaleFor(request, lang, survey);
  // An invitation's token rides with the journey only beside its channel; it is never stored with the answers.
  const invitation = channel.code ? address.get("inv") : null;
  // The survey's defaults and starting values are answers already, as in survey-core.
  const start = initialState(survey.version.definition);
  const journey: Journey = {
    versionId: survey.version.id,
    submissionKey: issueSubmissionKey(),
    pageName: start.pageName,
    answers: start.answers,
    channel: channel.code,
    ...(isLinkToken(invitation) ? { invitation } : {}),
    triggered: start.triggered,
    untickedHidden: start.untickedHidden,
  };
  return { status: 200, body: pageView(base, survey.version, journey, locale, {}, true, undefined, true) };
}

const JS_INTENTS = new Set(["submit-all", "save-all", "show-all"]);
const FORM_INTENTS = new Set(["next", "back", "submit", "save", "show", "switch", "change"]);
/** What each button of the plain form asks of the session: another language keeps what was typed, as saving does. */
const PLAIN_STEPS: Record<string, StepIntent> = {
  next: "next",
  back: "back",
  submit: "submit",
  save: "save",
  switch: "save",
  change: "change",
};

/** A post of the plain form whose intent is one of its buttons (next, back, submit, save, show, switch, change). */
export const isPlainIntent = (intent: string) => FORM_INTENTS.has(intent);

export type PlainStep =
  | { kind: "page"; current: Journey; errors: QuestionErrors; newQuestions: boolean; layout: Layout }
  | { kind: "complete"; current: Journey; answers: Answers };

/**
 * One post of the plain form, worked out by the session (survey-session.ts) and stored nowhere: the journey it leads
 * to, with the page's errors, or the survey's answers when it is complete. The answer page's (below) and the
 * designer's preview's (app/surveys/preview.server.ts) one step.
 */
export function stepPlainForm(
  definition: SurveyJson,
  journey: Journey,
  form: FormData,
  intent: string,
  locale: string,
  rowChange: ReturnType<typeof rowChangeOf>,
): PlainStep {
  const step = stepPage(definition, stateOf(journey), form, PLAIN_STEPS[intent], locale, rowChange ?? undefined);
  let current: Journey = { ...journey, ...step.state };
  // The end-of-support pair code, on the first page only: optional, and one that cannot be read is simply not kept.
  if (form.has("pair_code")) {
    const code = normalisePairCode(form.get("pair_code"));
    current = { ...current, pairCode: code ?? undefined };
    if (!code) delete current.pairCode;
  }
  if (step.kind === "complete") return { kind: "complete", current, answers: step.answers };
  return { kind: "page", current, errors: step.errors, newQuestions: step.newQuestions, layout: step.layout };
}

/**
 * The plain form's page for a journey on a definition that need not be published (the designer's preview): the same
 * view a respondent's page is, never sealed (nothing is sent from it), never cached (a draft changes).
 */
export function plainPageView(
  base: Base,
  definition: SurveyJson,
  journey: Journey,
  surveyLocale: string,
  extra: Parameters<typeof pageView>[4] = {},
  layout?: Layout,
): PageView {
  const version: Version = { id: journey.versionId, definition, settings: { languages: [] } };
  return pageView(base, version, journey, surveyLocale, extra, false, layout, false);
}

/** POST /s/<slug>/answer: every step after the first. */
export async function continueAnswering(
  request: Request,
  slug: string,
  lang: Language,
  form: FormData,
  clientKey: string,
): Promise<Outcome | Sent> {
  const found = surveyOrUnavailable(slug, lang);
  if ("status" in found) return found;
  const { survey, base } = found;
  const posted = String(form.get("intent") ?? "");
  // An add-another button (add or remove a row or panel) posts the page like any other, then shows it again.
  const rowChange = rowChangeOf(posted);
  const intent = rowChange ? "change" : posted;

  if (intent === "resume") return resume(request, survey, base, String(form.get("code") ?? ""), clientKey);

  const journey = decodeJourney(form.get("journey"));
  const version = journey ? versionOfSurvey(survey.id, journey.versionId) : null;
  if (!journey || !version || (!FORM_INTENTS.has(intent) && !JS_INTENTS.has(intent))) {
    // A malformed or unknown form: refused (400), but kindly: a fresh start that keeps whatever answers of the
    // posted page can still be read against the survey as it is now, on the page they belong to.
    const fresh = startAnswering(request, slug, lang);
    if (fresh.body.view !== "page") return fresh;
    const locale = fresh.body.surveyLocale;
    const recovered = recoverPostedAnswers(survey.version, form, locale);
    const body = recovered
      ? pageView(base, survey.version, { ...decodeJourney(fresh.body.journey)!, ...recovered }, locale)
      : fresh.body;
    body.notice = "expiredForm";
    return { status: 400, body };
  }
  const locale = surveyLocaleFor(request, lang, survey, version.settings.languages);
  const definition = version.definition;
  // Whether the server made this journey: only then does the plain form's completion rest on survey-core's own.
  const trusted = sealIntact(journey);

  // The plain-HTML path posts one page of fields, replayed into survey-core by the session (survey-session.ts); the
  // survey renderer posts every answer in the journey.
  let current: Journey = journey;
  let completed: Answers | null = null;
  let stepErrors: QuestionErrors = {};
  let newQuestions = false;
  // The page the plain form's step leads to, read from the model as the step left it (no second restore).
  let stepLayout: Layout | undefined;
  // "switch" (another language) comes from the plain form, which always has the honeypot field, or from the renderer's journey.
  const fromPlainForm = intent !== "show" && (intent !== "switch" || form.has("website"));
  if (FORM_INTENTS.has(intent) && fromPlainForm) {
    const step = stepPlainForm(definition, journey, form, intent, locale, rowChange);
    current = step.current;
    if (step.kind === "complete") completed = step.answers;
    else ({ errors: stepErrors, newQuestions, layout: stepLayout } = step);
  }
  const answers = current.answers;
  const view = (j: Journey, extra?: Parameters<typeof pageView>[4]) =>
    pageView(base, version, j, locale, extra, false, j === current ? stepLayout : undefined, trusted);

  if (intent === "show" || intent === "show-all" || intent === "switch" || intent === "back")
    return { status: 200, body: view(current) };
  if (intent === "change")
    return Object.keys(stepErrors).length
      ? { status: 400, body: view(current, { errors: stepErrors }) }
      : { status: 200, body: view(current) };

  // A hidden field only a robot would fill: pretend all is well and store nothing.
  const honeypot = String(form.get("website") ?? "").trim() !== "";

  if (intent === "save" || intent === "save-all") {
    if (honeypot) return sent(slug, survey.id, locale, { danger: false, duplicate: false });
    const allowance = allowRespondentWrite(clientKey, survey.id, current.submissionKey);
    if (!allowance.ok)
      return limited(view(current, { problem: "limited", waitMinutes: minutesToWait(allowance.waitMs) }), allowance);
    try {
      const saved = await saveDraft({
        organisationId: survey.organisation.id,
        surveyId: survey.id,
        versionId: version.id,
        channelId: current.channel ? (channelForCode(survey.id, current.channel)?.id ?? null) : null,
        language: locale,
        pageName: current.pageName,
        answers,
        // What the survey's triggers and conditions had switched, so the draft resumes showing what it showed. The
        // plain form's step worked it out; the survey renderer keeps its own and posts only answers, so none is kept.
        session: { ...(intent === "save" ? { ...sessionOf(current), trusted } : {}), ...carriedOf(current) },
        submissionKey: current.submissionKey,
      });
      return {
        status: 200,
        body: {
          ...base,
          view: "saved",
          title: surveyTitle(definition, locale),
          ...saved,
          journey: trusted ? sealedJourney(current) : encodeJourney({ ...current, seal: undefined }),
          resumeUrl: `${publicOrigin(request)}/s/${slug}/resume?lng=${base.lang}`,
        },
      };
    } catch (error) {
      storageFailed("save", error);
      return { status: 503, body: view(current, { problem: "notSaved" }) };
    }
  }

  // Continue (or send, from the last page): survey-core checked the page and moved on, or says why not; questions the
  // answers just revealed on this page are seen before moving on.
  if ((intent === "next" || intent === "submit") && !completed) {
    if (Object.keys(stepErrors).length) return { status: 400, body: view(current, { errors: stepErrors }) };
    return { status: 200, body: view(current, newQuestions ? { notice: "newQuestions" } : {}) };
  }

  // submit (last page of the plain path) or submit-all (the survey renderer); a robot gets the same answer as a person.
  if (honeypot) return sent(slug, survey.id, locale, { danger: false, duplicate: false });
  // The plain path's answers are survey-core's own on completion, for a journey the server made; the renderer's, and
  // a journey changed since the server sealed it, are checked whole: by the version's compiled checker, which takes
  // survey-core for what it does not compile and for the messages of a refusal (compiled-checker.ts).
  const checked =
    completed && trusted
      ? ({ ok: true, answers: completed } as const)
      : checkSubmission(definition, completed ?? answers, locale, version.id);
  if (!checked.ok) {
    return {
      status: 400,
      body: view(
        { ...current, pageName: checked.firstErrorPage ?? current.pageName },
        { errors: checked.errors, general: checked.general },
      ),
    };
  }
  if (Object.keys(checked.answers).length === 0)
    return {
      status: 200,
      body: {
        ...base,
        view: "empty",
        title: surveyTitle(definition, locale),
        journey: trusted ? sealedJourney(current) : encodeJourney({ ...current, seal: undefined }),
      },
    };
  const allowance = allowRespondentWrite(clientKey, survey.id, current.submissionKey);
  if (!allowance.ok)
    return limited(view(current, { problem: "limited", waitMinutes: minutesToWait(allowance.waitMs) }), allowance);
  const stage = stageOfChannelCode(current.channel);
  const startCode = stage === "start" ? pairCodeFor(current.submissionKey) : null;
  const pair = stage
    ? {
        stage,
        hash: startCode ? pairHash(survey.id, startCode) : current.pairCode ? pairHash(survey.id, current.pairCode) : null,
      }
    : null;
  try {
    const stored = recordResponse({
      organisationId: survey.organisation.id,
      surveyId: survey.id,
      versionId: version.id,
      definition,
      channelId: current.channel ? (channelForCode(survey.id, current.channel)?.id ?? null) : null,
      language: locale,
      answers: checked.answers,
      submissionKey: current.submissionKey,
      pair,
    });
    if (current.invitation && !stored.duplicate) markAnswered(current.invitation);
    return sent(slug, survey.id, locale, { ...stored, pairCode: startCode });
  } catch (error) {
    storageFailed("submission", error);
    return { status: 503, body: view(current, { problem: "notSaved" }) };
  }
}

/** The invitation link's row counts one answer; a failure here never costs the stored response. */
function markAnswered(token: string) {
  try {
    markInvitationAnswered(token);
  } catch (error) {
    storageFailed("invitation mark", error);
  }
}

/** Says what failed, never about whom: no request, no answers. */
function storageFailed(what: string, error: unknown) {
  console.error(`respondent ${what} not stored: ${error instanceof Error ? error.message : String(error)}`);
}

async function resume(request: Request, survey: PublicSurvey, base: Base, typed: string, clientKey: string): Promise<Outcome> {
  const title = surveyTitle(survey.version.definition, base.lang);
  const resumeView = (
    error: ResumeView["error"],
    problem: Problem | null = null,
    status = 400,
    waitMinutes: number | null = null,
  ) => ({
    status,
    body: { ...base, view: "resume" as const, title, code: typed.slice(0, 100), error, problem, waitMinutes },
  });
  if (!typed.trim()) return resumeView("empty");
  const allowance = allowResumeAttempt(clientKey);
  if (!allowance.ok) return limited(resumeView(null, "limited", 429, minutesToWait(allowance.waitMs)).body, allowance);
  const code = normaliseResumeCode(typed);
  const draft = code ? await findDraft(survey.id, code) : null;
  const version = draft ? versionOfSurvey(survey.id, draft.versionId) : null;
  if (!draft || !version) {
    recordWrongResumeCode(clientKey);
    return resumeView("notFound");
  }
  const locale = surveyLocaleFor(request, base.lang, survey, version.settings.languages);
  const journey: Journey = {
    versionId: version.id,
    submissionKey: draft.submissionKey,
    pageName: draft.pageName,
    answers: draft.answers,
    channel: draft.channelCode,
    ...sessionFrom(draft.session),
  };
  // A draft saved from a journey the server made carries on as one.
  const trusted = draft.session.trusted === true;
  return {
    status: 200,
    body: pageView(base, version, journey, locale, { notice: "welcomeBack" }, false, undefined, trusted),
  };
}

/** GET /s/<slug>/resume. */
export function resumeForm(slug: string, lang: Language): Outcome {
  const found = surveyOrUnavailable(slug, lang);
  if ("status" in found) return found;
  const { survey, base } = found;
  return {
    status: 200,
    body: {
      ...base,
      view: "resume",
      title: surveyTitle(survey.version.definition, lang),
      code: "",
      error: null,
      problem: null,
      waitMinutes: null,
    },
  };
}

/**
 * What a form whose journey could not be read still says: the answers its fields give for the survey as it is now,
 * and the first page they belong to. Null when it carries none.
 */
function recoverPostedAnswers(version: Version, form: FormData, locale: string): Pick<Journey, "answers" | "pageName"> | null {
  let answers: Answers = {};
  let pageName: string | null = null;
  for (const page of pagesOf(version.definition)) {
    const read = readPageFields(version.definition, page.name, answers, form, locale).answers;
    if (pageName === null && Object.keys(read).length > Object.keys(answers).length) pageName = page.name;
    answers = read;
  }
  return pageName === null ? null : { answers, pageName };
}

/** POST /s/<slug>/answer that the server refused before reading it: the survey's own kind page, in the person's language. */
export function refusedWrite(slug: string, lang: Language, refused: { status: number; kind: RefusalKind }): Outcome {
  const found = surveyOrUnavailable(slug, lang);
  if ("status" in found) return { ...found, status: refused.status };
  const title = surveyTitle(found.survey.version.definition, lang);
  return { status: refused.status, body: { ...found.base, view: "refused", title, kind: refused.kind } };
}
