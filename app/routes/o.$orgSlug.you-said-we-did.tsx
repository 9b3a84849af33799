import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { respondentChrome, respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { findPublicOrganisation } from "~/respondent/public-survey.server";
import { RespondentLanguageLinks, RespondentLayout } from "~/respondent/respondent-layout";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";

/**
 * The organisation's "you said, we did" page, linked from every welcome and thank-you page. The action log that fills
 * it is the next issue; until an organisation publishes an action, this says honestly that nothing is published yet.
 */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const organisation = findPublicOrganisation(params.orgSlug ?? "");
  return data(
    { view: "you-said-we-did" as const, lang: respondentLanguage(request), chrome: respondentChrome(organisation) },
    { status: organisation ? 200 : 404 },
  );
}

export default function YouSaidWeDid() {
  const { t } = useTranslation();
  const view = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <RespondentLayout
      lang={view.lang}
      organisation={view.chrome.organisation}
      support={view.chrome.support}
      languages={<RespondentLanguageLinks lang={view.lang} hrefFor={(code) => `${location.pathname}?lng=${code}`} />}
    >
      <h1 className="govuk-heading-l">{t("respondent.youSaidWeDid.title")}</h1>
      <p className="govuk-body">{t("respondent.youSaidWeDid.nothingYet")}</p>
    </RespondentLayout>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
