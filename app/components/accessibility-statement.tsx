import { useTranslation } from "react-i18next";

const SECTIONS = ["standard", "whatYouCanDo", "problems", "enforcement"] as const;

/** The accessibility statement: the same words for staff (/accessibility) and respondents (/o/<organisation>/accessibility). */
export function AccessibilityStatement() {
  const { t } = useTranslation();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("accessibility.title")}</h1>
        <p className="govuk-body-l">{t("accessibility.intro")}</p>
        {SECTIONS.map((section) => (
          <section key={section}>
            <h2 className="govuk-heading-m">{t(`accessibility.${section}Heading`)}</h2>
            <p className="govuk-body">{t(`accessibility.${section}`)}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
