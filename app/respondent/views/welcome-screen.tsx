import { useTranslation } from "react-i18next";
import type { welcome } from "../welcome.server";
import { organisationName } from "../respondent-layout";

type WelcomeView = Extract<ReturnType<typeof welcome>["body"], { view: "welcome" }>;

/** Everything a person should know before they decide to start, in plain words. */
export function WelcomeScreen({ view }: { view: WelcomeView }) {
  const { t } = useTranslation();
  const organisation = view.chrome.organisation;
  const name = organisation ? organisationName(organisation, view.lang) : "";
  const minutes = t(view.minutes === 1 ? "respondent.welcome.minutesOne" : "respondent.welcome.minutesMany", {
    count: view.minutes,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{t("respondent.welcome.runBy", { organisation: name })}</span>
        <h1 className="govuk-heading-xl" lang={view.locale}>
          {view.title}
        </h1>
        <p className="govuk-body-l">{minutes}</p>

        <h2 className="govuk-heading-m">{t("respondent.welcome.whyHeading")}</h2>
        <div lang={view.locale}>
          {[view.description, ...view.intro.split(/\n{2,}/)]
            .map((text) => text.trim())
            .filter(Boolean)
            .map((text) => (
              <p className="govuk-body" key={text}>
                {text}
              </p>
            ))}
        </div>

        <h2 className="govuk-heading-m">{t("respondent.welcome.anonymousHeading")}</h2>
        <p className="govuk-body">{t("respondent.welcome.anonymousIntro")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("respondent.welcome.weKeep")}</li>
          <li>{t("respondent.welcome.weDoNotKeep")}</li>
          <li>{t("respondent.welcome.redaction")}</li>
          <li>{t("respondent.welcome.retention", { days: view.retentionDays })}</li>
        </ul>

        <h2 className="govuk-heading-m">{t("respondent.welcome.choiceHeading")}</h2>
        <p className="govuk-body">{t("respondent.welcome.choice")}</p>

        <h2 className="govuk-heading-m">{t("respondent.welcome.warningHeading")}</h2>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            {t("respondent.welcome.warningGeneral")} {t("respondent.welcome.warningTakeCare")}
          </strong>
        </div>
        {view.sensitiveSections.length ? (
          <>
            <p className="govuk-body">{t("respondent.welcome.warningSections")}</p>
            <ul className="govuk-list govuk-list--bullet" lang={view.locale}>
              {view.sensitiveSections.map((section) => (
                <li key={section}>{section}</li>
              ))}
            </ul>
          </>
        ) : null}

        <h2 className="govuk-heading-m">{t("respondent.welcome.leavingHeading")}</h2>
        <p className="govuk-body">{t("respondent.welcome.leaving")}</p>
        <div className="govuk-inset-text">{t("respondent.welcome.history")}</div>

        <h2 className="govuk-heading-m">{t("respondent.welcome.whatHappensHeading")}</h2>
        <p className="govuk-body">{t("respondent.welcome.whatHappens", { organisation: name })}</p>
        {organisation ? (
          <p className="govuk-body">
            <a className="govuk-link" href={`/o/${organisation.slug}/you-said-we-did?lng=${view.lang}`}>
              {t("respondent.welcome.whatHappensLink")}
            </a>
          </p>
        ) : null}

        {view.otherLanguages.length ? (
          <p className="govuk-body">
            {t("respondent.welcome.languages")}{" "}
            {view.otherLanguages.map((code, index) => (
              <span key={code}>
                {index > 0 ? ", " : null}
                <a
                  className="govuk-link"
                  href={`/s/${view.slug}?lng=${code}${view.channelCode ? `&ch=${view.channelCode}` : ""}`}
                  lang={code}
                  hrefLang={code}
                >
                  {t(`surveyLanguages.${code}`)}
                </a>
              </span>
            ))}
          </p>
        ) : null}

        <a href={view.startHref} role="button" draggable="false" className="govuk-button govuk-button--start">
          {t("respondent.welcome.start")}
          <svg
            className="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </a>
        <p className="govuk-body">
          <a className="govuk-link" href={view.resumeHref}>
            {t("respondent.welcome.resume")}
          </a>
        </p>
      </div>
    </div>
  );
}
