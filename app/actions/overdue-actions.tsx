import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";

type Overdue = {
  mine: boolean;
  rows: { id: number; title: string; targetDate: string | null; ownerName: string | null; owningTeam: string }[];
};

/** The home page's list of overdue actions, so they are seen before anything else. */
export function OverdueActions({ overdue }: { overdue: Overdue }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="overdue-actions-heading">
      <h2 className="govuk-heading-m" id="overdue-actions-heading">
        {overdue.mine ? t("actions.home.myOverdueHeading") : t("actions.home.overdueHeading")}
      </h2>
      {overdue.rows.length === 0 ? (
        <p className="govuk-body">{t("actions.home.overdueNone")}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" data-testid="overdue-actions">
          {overdue.rows.map((row) => (
            <li key={row.id}>
              <Link className="govuk-link" to={`/actions/${row.id}`}>
                {row.title}
              </Link>{" "}
              {t("actions.home.overdueDue", { date: formatDate(row.targetDate ?? "", i18n.language) })}
              {overdue.mine ? null : <> · {row.ownerName ?? row.owningTeam}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
