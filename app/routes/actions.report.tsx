import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ACTION_READERS } from "~/actions/access";
import { ActionsNav } from "~/actions/actions-nav";
import { periodFrom } from "~/actions/report-period.server";
import { ReportFigures, ReportTable } from "~/actions/report-view";
import { PrintButton } from "~/components/print-button";
import { accountabilityReport } from "~/actions/report.server";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { DateField } from "~/components/form/fields";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.report.title");

/** A clean, printable page for a governance board; the CSV has the same actions. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_READERS);
  const today = ukToday();
  const { period, form } = periodFrom(new URL(request.url), today);
  return {
    organisation: { name: user.organisation.name, nameCy: user.organisation.nameCy },
    form,
    report: period ? accountabilityReport(user.organisation.id, period, today) : null,
  };
}

export default function AccountabilityReport() {
  const { t, i18n } = useTranslation();
  const { organisation, form, report } = useLoaderData<typeof loader>();
  const date = (value: string) => formatDate(value, i18n.language);
  const csv = report ? `/actions/report.csv?${new URLSearchParams({ ...report.period, lng: i18n.language })}` : null;
  return (
    <>
      <ErrorSummary errors={form.errors} />
      <span className="govuk-caption-l">{i18n.language === "cy" ? organisation.nameCy : organisation.name}</span>
      <h1 className="govuk-heading-l">{t("actions.report.title")}</h1>
      <ActionsNav />
      <Form method="get" className="vv-no-print" aria-labelledby="period-heading">
        <h2 className="govuk-heading-m" id="period-heading">
          {t("actions.report.periodHeading")}
        </h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateField name="from" label={t("actions.report.from")} errors={form.errors} values={form.values} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateField name="to" label={t("actions.report.to")} errors={form.errors} values={form.values} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("actions.report.show")}
        </button>
      </Form>
      {report ? (
        <>
          <p className="govuk-body-l" data-testid="report-period">
            {t("actions.report.intro", { from: date(report.period.from), to: date(report.period.to), today: date(report.today) })}
          </p>
          <div className="govuk-button-group vv-no-print">
            <PrintButton label={t("actions.report.print")} hint={t("actions.report.printHint")} />
            {csv ? (
              <a className="govuk-link" href={csv} download>
                {t("actions.report.download")}
              </a>
            ) : null}
          </div>
          <ReportFigures summary={report.summary} />
          <h2 className="govuk-heading-m">{t("actions.report.listHeading")}</h2>
          {report.rows.length === 0 ? (
            <p className="govuk-body">{t("actions.report.noActions")}</p>
          ) : (
            <ReportTable rows={report.rows} />
          )}
        </>
      ) : null}
    </>
  );
}
