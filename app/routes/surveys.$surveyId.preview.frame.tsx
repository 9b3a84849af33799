import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import surveyCss from "survey-core/survey-core.fontless.min.css?url";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { SURVEY_READERS, surveyIdFrom } from "~/surveys/access";
import { languageDirection } from "~/surveys/languages";
import { SurveyPreview } from "~/surveys/survey-preview";
import { getSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "preview.title");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: surveyCss }];

/** Shown inside the preview page's frames, without the staff layout. */
export const handle = { bare: true };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const asked = new URL(request.url).searchParams.get("locale") ?? "en";
  const locale = asked === "en" || survey.settings.languages.includes(asked) ? asked : "en";
  return { json: survey.draft, locale };
}

export default function PreviewFrame() {
  const { json, locale } = useLoaderData<typeof loader>();
  return (
    <div lang={locale} dir={languageDirection(locale) === "rtl" ? "rtl" : undefined}>
      <SurveyPreview json={json} locale={locale} />
    </div>
  );
}
