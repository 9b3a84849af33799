import type { Language } from "../i18n/i18n";
import { textFor } from "../surveys/survey-json";
import { respondentChrome } from "./chrome.server";
import { findPublicOrganisation, listOpenSurveys } from "./public-survey.server";

/** An organisation's public page: its open surveys and where to get support. */
export function organisationPage(slug: string, lang: Language) {
  const organisation = findPublicOrganisation(slug);
  const chrome = respondentChrome(organisation);
  if (!organisation) return { status: 404, body: { view: "organisation-unknown" as const, lang, chrome, surveys: [] } };
  const surveys = listOpenSurveys(organisation.id).map((survey) => {
    const { definition, settings } = survey.version;
    return {
      slug: survey.slug,
      title: textFor(definition.title, lang, survey.slug),
      description: textFor(definition.description, lang),
      minutes: settings.estimatedMinutes,
    };
  });
  return { status: 200, body: { view: "organisation" as const, lang, chrome, surveys } };
}
