import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements } from "~/engagements/access";
import { SURVEY_READERS } from "~/surveys/access";
import { listSurveys } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "survey.listTitle");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  return { surveys: listSurveys(user.organisation.id), canDesign: canEditEngagements(user.roles) };
}

export default function Surveys() {
  const { t } = useTranslation();
  const { surveys, canDesign } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("survey.listTitle")}</h1>
      {canDesign ? (
        <Link to="/surveys/new" className="govuk-button" data-module="govuk-button">
          {t("survey.create")}
        </Link>
      ) : null}
      {surveys.length === 0 ? (
        <p className="govuk-body">{t("survey.none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("survey.listTitle")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("survey.title")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("survey.status")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("survey.engagement")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {surveys.map((survey) => (
              <tr className="govuk-table__row" key={survey.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/surveys/${survey.id}`}>
                    {survey.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {survey.latestVersion
                    ? t("survey.publishedVersion", { version: survey.latestVersion })
                    : t("surveyStatus.draft")}
                  {survey.latestVersion && survey.draftChanged ? ` · ${t("survey.unpublishedChanges")}` : ""}
                </td>
                <td className="govuk-table__cell">{survey.engagementTitle ?? t("survey.noEngagement")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
