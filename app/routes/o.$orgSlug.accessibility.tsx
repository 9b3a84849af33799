import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { AccessibilityStatement } from "~/components/accessibility-statement";
import type { RouteHandle } from "~/root";
import { respondentChrome, respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { findPublicOrganisation } from "~/respondent/public-survey.server";
import { RespondentLanguageLinks, RespondentLayout } from "~/respondent/respondent-layout";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";

/** The accessibility statement inside the respondent layout: no cookies, the exit button, support contacts. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const organisation = findPublicOrganisation(params.orgSlug ?? "");
  return data(
    { view: "accessibility" as const, lang: respondentLanguage(request), chrome: respondentChrome(organisation) },
    { status: 200 },
  );
}

export default function RespondentAccessibility() {
  const view = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <RespondentLayout
      lang={view.lang}
      organisation={view.chrome.organisation}
      support={view.chrome.support}
      languages={<RespondentLanguageLinks lang={view.lang} hrefFor={(code) => `${location.pathname}?lng=${code}`} />}
    >
      <AccessibilityStatement />
    </RespondentLayout>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
