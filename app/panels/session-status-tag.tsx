import { useTranslation } from "react-i18next";
import type { PanelSessionStatus } from "../../db/enums";

const TAG_CLASS: Record<PanelSessionStatus, string> = {
  planning: "govuk-tag--grey",
  issued: "govuk-tag--blue",
  signed_off: "govuk-tag--green",
};

export function SessionStatusTag({ status }: { status: PanelSessionStatus }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${TAG_CLASS[status]}`}>{t(`panels.status.${status}`)}</strong>;
}
