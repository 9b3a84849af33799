import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { getStageDefinitions } from "~/engagements/stage-definitions.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "stageAdmin.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { stages: getStageDefinitions(admin.organisation.id) };
}

export default function StageWordingList() {
  const { t, i18n } = useTranslation();
  const { stages } = useLoaderData<typeof loader>();
  const cy = i18n.language === "cy";
  return (
    <>
      <h1 className="govuk-heading-l">{t("stageAdmin.title")}</h1>
      <p className="govuk-body">{t("stageAdmin.intro")}</p>
      <dl className="govuk-summary-list">
        {stages.map((stage) => (
          <div className="govuk-summary-list__row" key={stage.key}>
            <dt className="govuk-summary-list__key">
              {stage.number}. {cy ? stage.titleCy : stage.title}
            </dt>
            <dd className="govuk-summary-list__value">{cy ? stage.descriptionCy : stage.description}</dd>
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={`/admin/stages/${stage.key}`}>
                {t("users.change")}
                <span className="govuk-visually-hidden"> {cy ? stage.titleCy : stage.title}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
