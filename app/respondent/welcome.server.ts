import type { Language } from "../i18n/i18n";
import { pagesOf, textFor } from "../surveys/survey-json";
import { isLinkToken } from "../invitations/contacts.server";
import { channelOf, surveyLocaleFor, surveyOrUnavailable, surveyTitle, type Outcome } from "./answer-flow.server";

/** The page before the survey: what it is for, what is kept, how to leave, and a way in. */
export function welcome(request: Request, slug: string, lang: Language) {
  const found = surveyOrUnavailable(slug, lang);
  if ("status" in found) return found;
  const { survey, base } = found;
  const code = new URL(request.url).searchParams.get("ch");
  const channel = channelOf(survey, code);
  if (channel.paused) {
    const paused: Outcome = {
      status: 200,
      body: { ...base, view: "paused", title: surveyTitle(survey.version.definition, lang), opensOn: null },
    };
    return paused;
  }
  const locale = surveyLocaleFor(request, lang, survey);
  const { definition, settings } = survey.version;
  const query = new URLSearchParams({ lng: locale });
  if (channel.code) query.set("ch", channel.code);
  // An invitation link's token is passed on to the start of the survey (answer-flow keeps it in the journey).
  const invitation = new URL(request.url).searchParams.get("inv");
  if (channel.code && isLinkToken(invitation)) query.set("inv", invitation);
  return {
    status: 200,
    body: {
      ...base,
      view: "welcome" as const,
      locale,
      title: surveyTitle(definition, locale),
      description: textFor(definition.description, locale),
      intro: settings.intro[locale] ?? settings.intro.en ?? "",
      minutes: settings.estimatedMinutes,
      retentionDays: settings.retentionDays,
      sensitiveSections: pagesOf(definition)
        .filter((page) => page.sensitive)
        .map((page) => textFor(page.title, locale, page.name)),
      otherLanguages: settings.languages.filter((l) => l !== locale && l !== "cy"),
      startHref: `/s/${survey.slug}/answer?${query.toString()}`,
      resumeHref: `/s/${survey.slug}/resume?lng=${locale}`,
      channelCode: channel.code,
    },
  };
}
