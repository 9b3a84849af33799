import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { StageStatusTag } from "./stage-status-tag";
import type { DisplayStatus } from "./stages";

export type StageRow = {
  key: string;
  number: number;
  title: string;
  display: DisplayStatus;
  ownerName: string | null;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  checklist: { done: boolean }[];
};

/** The wheel's text alternative: every stage, its status, owner and review dates. */
export function StageTable({ engagementId, stages }: { engagementId: number; stages: StageRow[] }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : t("stage.noDate"));
  return (
    <table className="govuk-table vv-stage-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{t("wheel.tableCaption")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("stage.stage")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("stage.status")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("stage.checklist")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("stage.owner")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("stage.lastReviewed")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("stage.nextReview")}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {stages.map((stage) => (
          <tr className="govuk-table__row" key={stage.key}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/engagements/${engagementId}/stages/${stage.key}`}>
                {stage.number}. {stage.title}
              </Link>
            </th>
            <td className="govuk-table__cell">
              <StageStatusTag status={stage.display} />
            </td>
            <td className="govuk-table__cell">
              {t("stage.checklistCount", { done: stage.checklist.filter((i) => i.done).length, total: stage.checklist.length })}
            </td>
            <td className="govuk-table__cell">{stage.ownerName ?? t("stage.noOwner")}</td>
            <td className="govuk-table__cell">{date(stage.lastReviewedOn)}</td>
            <td className="govuk-table__cell">{date(stage.nextReviewOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
