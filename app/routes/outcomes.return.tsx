import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { ukToday } from "~/engagements/stages";
import { INSIGHT_READERS } from "~/insights/access";
import { quarterReturn } from "~/outcomes/outcomes.server";
import { ComparisonTables, useQuarterLabel } from "~/outcomes/outcome-views";
import { chosenQuarter } from "~/outcomes/pages.server";
import { quarterKey } from "~/outcomes/quarters";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outcomes.report.title");

/** The quarterly outcome return as a clean, printable page: per service and in total, as reported once closed. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...INSIGHT_READERS);
  const today = ukToday();
  const { quarter } = chosenQuarter(new URL(request.url), today);
  return {
    organisation: { name: user.organisation.name, nameCy: user.organisation.nameCy },
    quarter: quarterKey(quarter),
    ...quarterReturn(user.organisation.id, quarter, today, user.id),
  };
}

export default function OutcomeReturn() {
  const { t, i18n } = useTranslation();
  const { organisation, quarter, quarterReturn: report, status, producedOn } = useLoaderData<typeof loader>();
  const label = useQuarterLabel();
  return (
    <>
      <span className="govuk-caption-l">{i18n.language === "cy" ? organisation.nameCy : organisation.name}</span>
      <h1 className="govuk-heading-l">
        {t("outcomes.report.title")}: {label(quarter)}
      </h1>
      <div className="govuk-button-group vv-no-print">
        <PrintButton label={t("outcomes.report.print")} hint={t("outcomes.report.printHint")} />
        <a className="govuk-link" href={`/outcomes?${new URLSearchParams({ quarter, lng: i18n.language })}`}>
          {t("outcomes.report.back")}
        </a>
      </div>
      {report ? (
        <>
          <p className="govuk-body">
            {t("outcomes.report.framework", {
              name: i18n.language === "cy" ? report.framework.nameCy : report.framework.name,
              version: report.framework.version,
            })}
          </p>
          <p className="govuk-body" data-testid="return-status">
            {status === "reported" && producedOn
              ? t("outcomes.comparison.reportedOn", { date: formatDate(producedOn, i18n.language) })
              : t("outcomes.comparison.provisionalNote")}
          </p>
          <p className="govuk-body">{t("outcomes.comparison.noRanking")}</p>
          <ComparisonTables comparison={report.comparison} />
        </>
      ) : (
        <p className="govuk-body">{t("outcomes.comparison.noFramework")}</p>
      )}
    </>
  );
}
