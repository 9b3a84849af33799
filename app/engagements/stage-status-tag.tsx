import { useTranslation } from "react-i18next";
import type { DisplayStatus } from "./stages";

const TAG_CLASS: Record<DisplayStatus, string> = {
  not_started: "govuk-tag--grey",
  in_progress: "govuk-tag--yellow",
  done: "govuk-tag--green",
  due_for_review: "govuk-tag--red",
};

export function StageStatusTag({ status }: { status: DisplayStatus }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${TAG_CLASS[status]}`}>{t(`stageStatus.${status}`)}</strong>;
}
