import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { ActionStatus } from "./status";

type Details = {
  title: string;
  titleCy: string;
  description: string;
  descriptionCy: string;
  rationale: string;
  rationaleCy: string;
  engagementTitle: string;
  owningTeam: string;
  ownerName: string | null;
  status: ActionStatus;
  statusReason: string;
  statusReasonCy: string;
  raisedOn: string;
  targetDate: string | null;
  agreedOn: string | null;
  doneOn: string | null;
};

/** Whether every English text the public page shows has its Welsh. */
export function welshComplete(d: Details): boolean {
  const pairs: [string, string][] = [
    [d.title, d.titleCy],
    [d.description, d.descriptionCy],
    [d.rationale, d.rationaleCy],
    [d.statusReason, d.statusReasonCy],
  ];
  return pairs.every(([en, cy]) => en.trim() === "" || cy.trim() !== "");
}

/** The action as a summary list, in the reader's language where the Welsh has been written. */
export function ActionDetails({ action }: { action: Details }) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const text = (en: string, welsh: string) => (cy && welsh.trim() ? welsh : en);
  const date = (value: string | null, none: string) => (value ? formatDate(value, i18n.language) : none);
  const rows: [string, string][] = [
    ["actions.page.description", text(action.description, action.descriptionCy)],
    ["actions.page.rationale", text(action.rationale, action.rationaleCy) || t("actions.page.noRationale")],
    ["actions.page.engagement", action.engagementTitle],
    ["actions.page.owningTeam", action.owningTeam],
    ["actions.page.owner", action.ownerName ?? t("actions.form.noOwner")],
    ["actions.page.raisedOn", date(action.raisedOn, "")],
    ["actions.page.targetDate", date(action.targetDate, t("actions.page.noDate"))],
    ["actions.page.agreedOn", date(action.agreedOn, t("actions.page.notYet"))],
    ["actions.page.doneOn", date(action.doneOn, t("actions.page.notYet"))],
  ];
  if (action.status === "not_taken_forward") {
    rows.push(["actions.page.reason", text(action.statusReason, action.statusReasonCy)]);
  }
  rows.push(["actions.page.welsh", welshComplete(action) ? t("actions.page.welshComplete") : t("actions.page.welshMissing")]);
  return (
    <dl className="govuk-summary-list" data-testid="action-details">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{t(key)}</dt>
          <dd className="govuk-summary-list__value vv-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
