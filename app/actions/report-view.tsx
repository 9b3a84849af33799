import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { formatDays, percent, type ActionSummary } from "./report";
import { ACTION_STATUSES, type ActionStatus } from "./status";
import { ActionStatusTag, OverdueTag } from "./status-tag";

function Row({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">
        {value}
        {hint ? <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{hint}</p> : null}
      </dd>
    </div>
  );
}

/** The report's figures: actions by status, and how quickly and how reliably they were carried out. */
export function ReportFigures({ summary }: { summary: ActionSummary }) {
  const { t } = useTranslation();
  const median = (figure: { count: number; medianDays: number | null }) =>
    figure.medianDays === null
      ? t("actions.report.medianNone")
      : t("actions.report.medianValue", { days: formatDays(figure.medianDays), count: figure.count });
  const { onTarget } = summary;
  return (
    <>
      <h2 className="govuk-heading-m">{t("actions.report.byStatusHeading")}</h2>
      <table className="govuk-table" data-testid="report-by-status">
        <caption className="govuk-table__caption govuk-visually-hidden">{t("actions.report.byStatusCaption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("actions.list.status")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("actions.report.actions")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {ACTION_STATUSES.map((status) => (
            <tr className="govuk-table__row" key={status}>
              <th scope="row" className="govuk-table__header">
                {t(`actions.status.${status}`)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{summary.byStatus[status]}</td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {t("actions.report.total")}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{summary.total}</td>
          </tr>
        </tbody>
      </table>
      <h2 className="govuk-heading-m">{t("actions.report.timelinessHeading")}</h2>
      <dl className="govuk-summary-list" data-testid="report-timeliness">
        <Row
          label={t("actions.report.onTarget")}
          value={
            onTarget.share === null
              ? t("actions.report.onTargetNone")
              : t("actions.report.onTargetValue", {
                  onTime: onTarget.onTime,
                  judged: onTarget.judged,
                  percent: percent(onTarget.share),
                })
          }
          hint={t("actions.report.onTargetHint")}
        />
        <Row label={t("actions.report.overdue")} value={String(summary.overdue)} />
        <Row label={t("actions.report.toAgreement")} value={median(summary.agreement)} />
        <Row label={t("actions.report.toDone")} value={median(summary.done)} />
      </dl>
    </>
  );
}

type ReportRow = {
  id: number;
  title: string;
  owningTeam: string;
  ownerName: string | null;
  status: ActionStatus;
  raisedOn: string;
  targetDate: string | null;
  agreedOn: string | null;
  doneOn: string | null;
  overdue: boolean;
  doneByTarget: boolean | null;
};

export function ReportTable({ rows }: { rows: ReportRow[] }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : "–");
  const headers = [
    "actions.list.action",
    "actions.list.owner",
    "actions.list.status",
    "actions.page.raisedOn",
    "actions.page.targetDate",
    "actions.page.agreedOn",
    "actions.page.doneOn",
    "actions.report.doneByTarget",
  ];
  return (
    <table className="govuk-table" data-testid="report-actions">
      <caption className="govuk-table__caption govuk-visually-hidden">{t("actions.report.listCaption")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {headers.map((key) => (
            <th scope="col" className="govuk-table__header" key={key}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/actions/${row.id}`}>
                {row.title}
              </Link>
            </td>
            <td className="govuk-table__cell">
              {row.owningTeam}
              {row.ownerName ? ` (${row.ownerName})` : ""}
            </td>
            <td className="govuk-table__cell">
              <ActionStatusTag status={row.status} />
              {row.overdue ? (
                <>
                  {" "}
                  <OverdueTag />
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell">{date(row.raisedOn)}</td>
            <td className="govuk-table__cell">{date(row.targetDate)}</td>
            <td className="govuk-table__cell">{date(row.agreedOn)}</td>
            <td className="govuk-table__cell">{date(row.doneOn)}</td>
            <td className="govuk-table__cell">
              {row.doneByTarget === null ? "–" : row.doneByTarget ? t("common.yes") : t("common.no")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
