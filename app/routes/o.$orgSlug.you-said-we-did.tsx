import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { YouSaidWeDidReport } from "~/actions/public-page";
import { youSaidWeDidPage } from "~/actions/public-responses.server";
import type { RouteHandle } from "~/root";
import { respondentMeta } from "~/respondent/meta";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";
import { RespondentInfoPage } from "~/respondent/views/info-page";

/**
 * The organisation's "you said, we did" page, linked from every welcome and thank-you page: its published actions, in
 * the respondent layout (Exit this page, support), with no cookies and no application JavaScript. The same report is
 * at .json and .atom beside it, for partners.
 */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => [
  ...respondentMeta(view, matches),
  ...(view?.urls
    ? [
        {
          tagName: "link",
          rel: "alternate",
          type: "application/atom+xml",
          href: view.urls.atom,
          title: view.feedTitle ?? undefined,
        },
        { tagName: "link", rel: "alternate", type: "application/json", href: view.urls.json },
      ]
    : []),
];

export function loader({ request, params }: LoaderFunctionArgs) {
  const outcome = youSaidWeDidPage(request, params.orgSlug ?? "");
  return data(outcome.body, { status: outcome.status });
}

export default function YouSaidWeDid() {
  const { t } = useTranslation();
  const view = useLoaderData<typeof loader>();
  return (
    <RespondentInfoPage view={view}>
      {view.report && view.feeds ? (
        <YouSaidWeDidReport report={view.report} feeds={view.feeds} />
      ) : (
        <>
          <h1 className="govuk-heading-l">{t("respondent.organisation.notFoundTitle")}</h1>
          <p className="govuk-body">{t("respondent.organisation.notFound")}</p>
        </>
      )}
    </RespondentInfoPage>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
