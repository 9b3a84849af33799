import { useTranslation } from "react-i18next";
import { formatCount } from "~/insights/count";
import type { BatchReport } from "./report";
import { RULES } from "./rules";

function CountRows({ rows }: { rows: [string, number, string?][] }) {
  return (
    <>
      {rows.map(([label, value, testId]) => (
        <tr className="govuk-table__row" key={label}>
          <th scope="row" className="govuk-table__header">
            {label}
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric" data-testid={testId}>
            {formatCount(value)}
          </td>
        </tr>
      ))}
    </>
  );
}

/**
 * The counts a lead confirms: the file, each safety rule, who will be invited, then the problems by row. Once the
 * batch is sent (`sent`), the same counts say what happened rather than what will.
 */
export function BatchReportView({ report, sent = false }: { report: BatchReport; sent?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("invitations.report.rowsHeading")}</caption>
        <tbody className="govuk-table__body">
          <CountRows
            rows={[
              [t("invitations.report.rows"), report.rows, "count-rows"],
              [t("invitations.report.refusedRows"), report.refusedRows, "count-refused"],
              [t("invitations.report.notedRows"), report.notedRows, "count-noted"],
              [t("invitations.report.duplicatesMerged"), report.duplicatesMerged, "count-duplicates"],
              [t("invitations.report.contacts"), report.contacts, "count-contacts"],
            ]}
          />
        </tbody>
      </table>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("invitations.report.rulesHeading")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("invitations.report.rule")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("invitations.report.people")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <CountRows rows={RULES.map((rule) => [t(`invitations.report.rules.${rule}`), report.skipped[rule], `rule-${rule}`])} />
          <CountRows
            rows={[[t(sent ? "invitations.report.invitedSent" : "invitations.report.invited"), report.invited, "count-invited"]]}
          />
        </tbody>
      </table>
      <p className="govuk-body govuk-hint">{t("invitations.report.rulesIntro")}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          {formatCount(report.bySms)} {t("invitations.report.bySms")}
        </li>
        <li>
          {formatCount(report.byEmail)} {t("invitations.report.byEmail")}
        </li>
        <li>
          {formatCount(report.delayed)} {t(sent ? "invitations.report.delayedSent" : "invitations.report.delayed")}
        </li>
      </ul>
      {report.problems.length ? (
        <>
          <h2 className="govuk-heading-m">{t("invitations.report.problemsHeading")}</h2>
          <p className="govuk-body">{t("invitations.report.problemsIntro")}</p>
          <table className="govuk-table" data-testid="row-problems">
            <caption className="govuk-table__caption govuk-visually-hidden">{t("invitations.report.problemsHeading")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("invitations.report.row")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("invitations.report.problem")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("invitations.report.outcome")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {report.problems.map((problem) => (
                <tr className="govuk-table__row" key={problem.row}>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{problem.row}</td>
                  <td className="govuk-table__cell">
                    {problem.problems.map((code) => t(`invitations.report.problemText.${code}`)).join("; ")}
                  </td>
                  <td className="govuk-table__cell">
                    {t(problem.refused ? "invitations.report.leftOut" : "invitations.report.keptWithNote")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problemsNotListed ? (
            <p className="govuk-body">{t("invitations.report.notListed", { count: report.problemsNotListed })}</p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
