import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { organisationPage } from "~/respondent/organisation-page.server";
import { organisationName } from "~/respondent/respondent-layout";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";
import { RespondentInfoPage } from "~/respondent/views/info-page";

/** Respondent page: no cookies, no application JavaScript. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const outcome = organisationPage(params.orgSlug ?? "", respondentLanguage(request));
  return data(outcome.body, { status: outcome.status });
}

export default function OrganisationPage() {
  const { t } = useTranslation();
  const view = useLoaderData<typeof loader>();
  const organisation = view.chrome.organisation;
  const name = organisation ? organisationName(organisation, view.lang) : "";
  return (
    <RespondentInfoPage view={view}>
      {organisation ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">{name}</span>
            <h1 className="govuk-heading-xl">{t("respondent.organisation.heading")}</h1>
            <p className="govuk-body-l">{t("respondent.organisation.intro", { organisation: name })}</p>
            <h2 className="govuk-heading-m">{t("respondent.organisation.openSurveys")}</h2>
            {view.surveys.length === 0 ? (
              <p className="govuk-body">{t("respondent.organisation.noneOpen")}</p>
            ) : (
              <ul className="govuk-list vv-survey-list">
                {view.surveys.map((survey) => (
                  <li key={survey.slug}>
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                      <a className="govuk-link" href={`/s/${survey.slug}?lng=${view.lang}`}>
                        {survey.title}
                      </a>
                    </h3>
                    {survey.description ? <p className="govuk-body govuk-!-margin-bottom-1">{survey.description}</p> : null}
                    <p className="govuk-body-s">
                      {t(survey.minutes === 1 ? "respondent.organisation.minutesOne" : "respondent.organisation.minutesMany", {
                        count: survey.minutes,
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <p className="govuk-body">
              <a className="govuk-link" href={`/o/${organisation.slug}/you-said-we-did?lng=${view.lang}`}>
                {t("respondent.organisation.youSaidWeDid")}
              </a>
            </p>
          </div>
        </div>
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
