import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../components/dates";
import type { Reassessment } from "./reassessment";

/** Reassessment reminders on the home page, beside the stages due for review. Silent while none is due. */
export function PracticeReminder({ reminder, leads }: { reminder: Reassessment; leads: boolean }) {
  const { t, i18n } = useTranslation();
  if (reminder.state === "not_yet") return null;
  return (
    <section aria-labelledby="practice-heading" data-testid="practice-reminder">
      <h2 className="govuk-heading-m" id="practice-heading">
        {t("practice.home.heading")}
      </h2>
      <p className="govuk-body">
        {reminder.state === "open" ? (
          <Link className="govuk-link" to={`/practice/${reminder.assessmentId}`}>
            {t("practice.home.open", { name: reminder.name })}
          </Link>
        ) : reminder.state === "never" ? (
          t("practice.home.never")
        ) : (
          <>
            {t(`practice.home.${reminder.state}`, {
              date: formatDate(reminder.dueOn, i18n.language),
              name: reminder.lastName,
            })}{" "}
          </>
        )}
      </p>
      {leads && reminder.state !== "open" ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/practice">
            {t("practice.home.start")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
