/**
 * Small pieces the record pages share: text in the reader's language (English, marked as English, where no Welsh
 * was written), the outcome and priority tags, and the form state of one form. Free text written by panel members
 * is rendered as text, never as HTML.
 */
import { useTranslation } from "react-i18next";
import type { FindingOutcome, RecommendationPriority } from "../../db/enums";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";

export type FormState = { errors?: FieldErrors; values?: FormValues };

export function Bilingual({
  en,
  cy,
  as: Tag = "span",
  className,
  id,
}: {
  en: string;
  cy: string;
  as?: "span" | "p" | "h2" | "h3" | "div";
  className?: string;
  id?: string;
}) {
  const { i18n } = useTranslation();
  const welsh = i18n.language === "cy";
  const useWelsh = welsh && cy.trim() !== "";
  return (
    <Tag id={id} className={className} lang={welsh && !useWelsh ? "en" : undefined}>
      {useWelsh ? cy : en}
    </Tag>
  );
}

const OUTCOME_CLASS: Record<FindingOutcome, string> = {
  good_practice: "govuk-tag--green",
  area_for_improvement: "govuk-tag--yellow",
  concern: "govuk-tag--red",
  no_agreement: "govuk-tag--grey",
};

export function OutcomeTag({ outcome }: { outcome: FindingOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return <strong className="govuk-tag govuk-tag--grey">{t("panelRecord.themes.noOutcome")}</strong>;
  return <strong className={`govuk-tag ${OUTCOME_CLASS[outcome]}`}>{t(`panelRecord.outcomes.${outcome}`)}</strong>;
}

const PRIORITY_CLASS: Record<RecommendationPriority, string> = {
  high: "govuk-tag--red",
  medium: "govuk-tag--yellow",
  low: "govuk-tag--blue",
};

export function PriorityTag({ priority }: { priority: RecommendationPriority }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${PRIORITY_CLASS[priority]}`}>{t(`panelRecord.priorities.${priority}`)}</strong>;
}
