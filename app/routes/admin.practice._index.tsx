import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { getStageDefinitions } from "~/engagements/stage-definitions.server";
import { statementsOfStage } from "~/practice/statements";
import { listStatementWording } from "~/practice/wording.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "practice.wording.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  const statements = listStatementWording(admin.organisation.id);
  return {
    stages: getStageDefinitions(admin.organisation.id).map((stage) => ({
      key: stage.key,
      number: stage.number,
      title: stage.title,
      titleCy: stage.titleCy,
      statements: statementsOfStage(statements, stage.key),
    })),
  };
}

export default function PracticeWordingList() {
  const { t, i18n } = useTranslation();
  const { stages } = useLoaderData<typeof loader>();
  const cy = i18n.language === "cy";
  return (
    <>
      <h1 className="govuk-heading-l">{t("practice.wording.title")}</h1>
      <p className="govuk-body">{t("practice.wording.intro")}</p>
      {stages.map((stage) => (
        <section key={stage.key} aria-labelledby={`stage-${stage.key}`}>
          <h2 className="govuk-heading-m" id={`stage-${stage.key}`}>
            {stage.number}. {cy ? stage.titleCy : stage.title}
          </h2>
          <dl className="govuk-summary-list">
            {stage.statements.map((statement) => (
              <div className="govuk-summary-list__row" key={statement.key} data-testid={`statement-${statement.key}`}>
                <dt className="govuk-summary-list__key">
                  {cy ? statement.textCy : statement.text}
                  <br />
                  <strong className={`govuk-tag${statement.reworded ? "" : " govuk-tag--grey"}`}>
                    {t(statement.reworded ? "practice.wording.reworded" : "practice.wording.national")}
                  </strong>
                </dt>
                <dd className="govuk-summary-list__value">
                  <span className="govuk-visually-hidden">{t("practice.wording.evidence")}: </span>
                  {cy ? statement.evidenceCy : statement.evidence}
                </dd>
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" to={`/admin/practice/${statement.key}`}>
                    {t("users.change")}
                    <span className="govuk-visually-hidden"> {cy ? statement.textCy : statement.text}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
