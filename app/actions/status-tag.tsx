import { useTranslation } from "react-i18next";
import type { ActionStatus } from "./status";

const TAG_CLASS: Record<ActionStatus, string> = {
  proposed: "govuk-tag--grey",
  agreed: "govuk-tag--blue",
  in_progress: "govuk-tag--yellow",
  done: "govuk-tag--green",
  not_taken_forward: "govuk-tag--orange",
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${TAG_CLASS[status]}`}>{t(`actions.status.${status}`)}</strong>;
}

export function OverdueTag() {
  const { t } = useTranslation();
  return <strong className="govuk-tag govuk-tag--red">{t("actions.tags.overdue")}</strong>;
}
