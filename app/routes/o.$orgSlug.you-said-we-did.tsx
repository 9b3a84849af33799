import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { respondentMeta } from "~/respondent/meta";
import { organisationInfoPage } from "~/respondent/organisation-page.server";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";
import { RespondentInfoPage } from "~/respondent/views/info-page";

/**
 * The organisation's "you said, we did" page, linked from every welcome and thank-you page. The action log that fills
 * it is the next issue; until an organisation publishes an action, this says honestly that nothing is published yet.
 */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const outcome = organisationInfoPage(request, params.orgSlug ?? "", "you-said-we-did");
  return data(outcome.body, { status: outcome.status });
}

export default function YouSaidWeDid() {
  const { t } = useTranslation();
  return (
    <RespondentInfoPage view={useLoaderData<typeof loader>()}>
      <h1 className="govuk-heading-l">{t("respondent.youSaidWeDid.title")}</h1>
      <p className="govuk-body">{t("respondent.youSaidWeDid.nothingYet")}</p>
    </RespondentInfoPage>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
