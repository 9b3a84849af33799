import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * The publish gate, said plainly: either surveys of this engagement can open,
 * or exactly which safety items are missing, each linking to its checkbox.
 */
export function PublishReadiness({
  engagementId,
  missing,
}: {
  engagementId: number;
  missing: { key: string; text: string; textCy: string }[];
}) {
  const { t, i18n } = useTranslation();
  if (missing.length === 0) {
    return (
      <div className="govuk-inset-text" data-testid="publish-readiness">
        <h2 className="govuk-heading-s">{t("gate.title")}</h2>
        <p className="govuk-body">{t("gate.ready")}</p>
      </div>
    );
  }
  return (
    <div className="govuk-warning-text" data-testid="publish-readiness">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t("gate.warning")}</span>
        <h2 className="govuk-heading-s">{t("gate.title")}</h2>
        <p className="govuk-body">{t("gate.blocked")}</p>
        <ul className="govuk-list govuk-list--bullet">
          {missing.map((item) => (
            <li key={item.key}>
              <Link className="govuk-link" to={`/engagements/${engagementId}/stages/safety#item-${item.key}`}>
                {i18n.language === "cy" ? item.textCy : item.text}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
