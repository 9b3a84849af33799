import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { engagementIdFrom } from "~/engagements/access";
import { detectLanguage } from "~/i18n/detect.server";
import { INSIGHT_READERS } from "~/insights/access";
import { InsightsDashboard } from "~/insights/dashboard";
import { engagementInsights } from "~/insights/figures.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insights.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...INSIGHT_READERS);
  const lang = detectLanguage(request, user.language);
  return engagementInsights(user.organisation.id, engagementIdFrom(params), new URL(request.url).searchParams, lang);
}

export default function EngagementInsights() {
  const { t } = useTranslation();
  const { engagement, surveys, insights } = useLoaderData<typeof loader>();
  return (
    <>
      <Link className="govuk-back-link vv-no-print" to={`/engagements/${engagement.id}`}>
        {engagement.title}
      </Link>
      <span className="govuk-caption-l">{t("insights.engagementCaption", { engagement: engagement.title })}</span>
      <h1 className="govuk-heading-l">{t("insights.title")}</h1>
      <p className="govuk-body">
        {surveys.length
          ? t("insights.engagementSurveys", { surveys: surveys.map((survey) => survey.title).join(", ") })
          : t("insights.engagementNoSurveys")}
      </p>
      <InsightsDashboard page={insights} clearTo={`/engagements/${engagement.id}/insights`} />
    </>
  );
}
