import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { ActionStatus } from "./status";
import { ActionStatusTag, OverdueTag } from "./status-tag";

export type ActionTableRow = {
  id: number;
  title: string;
  engagementTitle: string;
  owningTeam: string;
  ownerName: string | null;
  status: ActionStatus;
  targetDate: string | null;
  published: boolean;
  overdue: boolean;
};

/** Actions as a table; overdue ones carry a red tag beside their target date. */
export function ActionTable({ rows, caption }: { rows: ActionTableRow[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="govuk-table" data-testid="action-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("actions.list.action")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("actions.list.status")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("actions.list.owner")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("actions.list.targetDate")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("actions.list.publicPage")}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/actions/${row.id}`}>
                {row.title}
              </Link>
              <br />
              <span className="govuk-body-s">{row.engagementTitle}</span>
            </td>
            <td className="govuk-table__cell">
              <ActionStatusTag status={row.status} />
            </td>
            <td className="govuk-table__cell">
              {row.owningTeam}
              {row.ownerName ? (
                <>
                  <br />
                  <span className="govuk-body-s">{row.ownerName}</span>
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell">
              {row.targetDate ? formatDate(row.targetDate, i18n.language) : t("actions.list.noTarget")}
              {row.overdue ? (
                <>
                  {" "}
                  <OverdueTag />
                </>
              ) : null}
            </td>
            <td className="govuk-table__cell">{row.published ? t("actions.tags.published") : t("actions.tags.notPublished")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
