import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements } from "~/engagements/access";
import { detectLanguage } from "~/i18n/detect.server";
import { INSIGHT_READERS } from "~/insights/access";
import { InsightsDashboard } from "~/insights/dashboard";
import { surveyInsights } from "~/insights/figures.server";
import { surveyIdFrom } from "~/surveys/access";
import { SurveyNav } from "~/surveys/survey-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insights.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...INSIGHT_READERS);
  const lang = detectLanguage(request, user.language);
  const { survey, insights } = surveyInsights(
    user.organisation.id,
    surveyIdFrom(params),
    new URL(request.url).searchParams,
    lang,
  );
  return { survey, insights, canDesign: canEditEngagements(user.roles) };
}

export default function SurveyInsights() {
  const { t } = useTranslation();
  const { survey, insights, canDesign } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("insights.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign={canDesign} />
      <InsightsDashboard page={insights} clearTo={`/surveys/${survey.id}/insights`} />
    </>
  );
}
