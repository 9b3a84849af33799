import type { Language } from "../i18n/i18n";
import { textFor } from "../surveys/survey-json";
import { respondentChrome, respondentLanguage } from "./chrome.server";
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

/** A plain information page of an organisation (accessibility statement, "you said, we did"), in the respondent layout. */
export function organisationInfoPage<V extends string>(request: Request, orgSlug: string, view: V, missingStatus = 404) {
  const organisation = findPublicOrganisation(orgSlug);
  return {
    status: organisation ? 200 : missingStatus,
    body: { view, lang: respondentLanguage(request), chrome: respondentChrome(organisation) },
  };
}
