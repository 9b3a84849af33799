import { useTranslation } from "react-i18next";
import { fixedT } from "~/i18n/i18n";

/** Our message texts in both languages, for an admin to copy into the organisation's Notify templates word for word. */
export function MessageTexts() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="govuk-heading-m">{t("notify.settings.textsHeading")}</h2>
      {(["en", "cy"] as const).map((language) => {
        const text = fixedT(language);
        return (
          <div key={language}>
            <h3 className="govuk-heading-s">{t(language === "en" ? "notify.settings.english" : "notify.settings.welsh")}</h3>
            <dl className="govuk-summary-list">
              {(
                [
                  ["notify.settings.smsText", "notify.message.sms"],
                  ["notify.settings.emailSubject", "notify.message.emailSubject"],
                  ["notify.settings.emailBody", "notify.message.emailBody"],
                ] as const
              ).map(([label, key]) => (
                <div className="govuk-summary-list__row" key={key}>
                  <dt className="govuk-summary-list__key">{t(label)}</dt>
                  <dd className="govuk-summary-list__value vv-pre-line" lang={language}>
                    {text(key)}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </>
  );
}
