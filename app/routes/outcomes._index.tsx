import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { INSIGHT_READERS } from "~/insights/access";
import { quarterReturn } from "~/outcomes/outcomes.server";
import { ComparisonTables, QuarterChooser, useQuarterLabel } from "~/outcomes/outcome-views";
import { chosenQuarter } from "~/outcomes/pages.server";
import { quarterKey } from "~/outcomes/quarters";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outcomes.comparison.title");

/** The PCC office's comparison of its commissioned services for one quarter (a closed quarter's as reported). */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...INSIGHT_READERS);
  const today = ukToday();
  const { quarter, quarters } = chosenQuarter(new URL(request.url), today);
  return { quarter: quarterKey(quarter), quarters, ...quarterReturn(user.organisation.id, quarter, today, user.id) };
}

export default function OutcomesComparison() {
  const { t, i18n } = useTranslation();
  const { quarter, quarters, quarterReturn: report, status, producedOn } = useLoaderData<typeof loader>();
  const label = useQuarterLabel();
  const query = new URLSearchParams({ quarter, lng: i18n.language }).toString();
  return (
    <>
      <h1 className="govuk-heading-l">{t("outcomes.comparison.title")}</h1>
      <p className="govuk-body">{t("outcomes.comparison.intro")}</p>
      <QuarterChooser quarters={quarters} current={quarter} action="/outcomes" />
      {report ? (
        <>
          <h2 className="govuk-heading-m" data-testid="quarter-label">
            {label(quarter)}
          </h2>
          <p className="govuk-inset-text" data-testid="return-status">
            {status === "reported" && producedOn
              ? t("outcomes.comparison.reportedOn", { date: formatDate(producedOn, i18n.language) })
              : t("outcomes.comparison.provisionalNote")}
          </p>
          <p className="govuk-body">{t("outcomes.comparison.noRanking")}</p>
          <p className="govuk-body">{t("outcomes.comparison.favourableHint")}</p>
          <ul className="govuk-list vv-no-print">
            <li>
              <a className="govuk-link" href={`/outcomes/return.csv?${query}`} download>
                {t("outcomes.comparison.download")}
              </a>
            </li>
            <li>
              <a className="govuk-link" href={`/outcomes/return?${query}`}>
                {t("outcomes.comparison.printable")}
              </a>
            </li>
          </ul>
          <ComparisonTables comparison={report.comparison} />
        </>
      ) : (
        <p className="govuk-body" data-testid="no-framework">
          {t("outcomes.comparison.noFramework")}
        </p>
      )}
    </>
  );
}
