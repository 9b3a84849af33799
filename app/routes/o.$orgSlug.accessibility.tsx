import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AccessibilityStatement } from "~/components/accessibility-statement";
import type { RouteHandle } from "~/root";
import { respondentMeta } from "~/respondent/meta";
import { organisationInfoPage } from "~/respondent/organisation-page.server";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";
import { RespondentInfoPage } from "~/respondent/views/info-page";

/** The accessibility statement inside the respondent layout: no cookies, the exit button, support contacts. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  // The statement is the same for everyone: a mistyped organisation still gets it (with the national helplines).
  const outcome = organisationInfoPage(request, params.orgSlug ?? "", "accessibility", 200);
  return data(outcome.body, { status: outcome.status });
}

export default function RespondentAccessibility() {
  return (
    <RespondentInfoPage view={useLoaderData<typeof loader>()}>
      <AccessibilityStatement />
    </RespondentInfoPage>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
