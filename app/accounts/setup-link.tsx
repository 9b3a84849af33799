import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";

/** Shown once, straight after the link is made: only its hash is kept. */
export function SetupLinkPanel({
  url,
  name,
  expiresAt,
  heading,
}: {
  url: string;
  name: string;
  expiresAt: string;
  heading: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="setup-link-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="setup-link-title">
          {heading}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">{t("users.setupLinkIntro", { name, date: formatDate(expiresAt, i18n.language) })}</p>
        <p className="govuk-body govuk-!-font-weight-bold">{t("users.setupLinkLabel")}</p>
        {/* Read straight after its label; aria-labelledby on a paragraph is not allowed (ARIA gives it no name). */}
        <p className="vv-setup-link" data-testid="setup-link">
          {url}
        </p>
      </div>
    </div>
  );
}

export function setupUrl(request: Request, token: string) {
  return `${new URL(request.url).origin}/welcome/${token}`;
}
