import { useTranslation } from "react-i18next";
import type { PracticeAssessmentStatus } from "../../db/enums";

export function AssessmentStatusTag({ status }: { status: PracticeAssessmentStatus }) {
  const { t } = useTranslation();
  return (
    <strong className={`govuk-tag ${status === "signed_off" ? "govuk-tag--green" : "govuk-tag--yellow"}`}>
      {t(`practice.status.${status}`)}
    </strong>
  );
}
