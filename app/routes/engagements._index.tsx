import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements, ENGAGEMENT_READERS } from "~/engagements/access";
import { listEngagements } from "~/engagements/engagements.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "engagement.listTitle");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_READERS);
  const archived = new URL(request.url).searchParams.get("archived") === "1";
  return { archived, canEdit: canEditEngagements(user.roles), engagements: listEngagements(user.organisation.id, { archived }) };
}

export default function Engagements() {
  const { t } = useTranslation();
  const { engagements, canEdit, archived } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{archived ? t("engagement.archivedTitle") : t("engagement.listTitle")}</h1>
      <p className="govuk-body">{t("engagement.listIntro")}</p>
      {canEdit && !archived ? (
        <Link to="/engagements/new" className="govuk-button" data-module="govuk-button">
          {t("engagement.create")}
        </Link>
      ) : null}
      {engagements.length === 0 ? (
        <p className="govuk-body">{archived ? t("engagement.noneArchived") : t("engagement.none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("engagement.listTitle")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("engagement.title")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("engagement.status")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("engagement.stages")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("engagement.lead")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {engagements.map((engagement) => (
              <tr className="govuk-table__row" key={engagement.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/engagements/${engagement.id}`}>
                    {engagement.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">{t(`engagementStatus.${engagement.status}`)}</td>
                <td className="govuk-table__cell">
                  {t("engagement.stagesDone", { done: engagement.done })}
                  {engagement.due > 0 ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--red">{t("engagement.stagesDue", { count: engagement.due })}</strong>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{engagement.leadName ?? t("engagement.noLead")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={archived ? "/engagements" : "/engagements?archived=1"}>
          {archived ? t("engagement.showOpen") : t("engagement.showArchived")}
        </Link>
      </p>
    </>
  );
}
