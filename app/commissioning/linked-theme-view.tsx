import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Count } from "~/insights/count";
import type { LinkedSharedTheme } from "./linked-theme";
import { useOrgName } from "./relationship-tables";

type Props = {
  themes: LinkedSharedTheme[];
  /** The heading level of each theme's name (the list sits under an h2 or an h3). */
  level?: 3 | 4;
  /** Something to show under each theme, e.g. a form that takes the link away. */
  after?: (theme: LinkedSharedTheme) => ReactNode;
  /** What a theme no longer shared says (a frozen pack says it was withdrawn by the day of issue). */
  withdrawnKey?: string;
};

/**
 * Themes services share, wherever the commissioner linked them: name, description, the service, respondents this
 * quarter and last. A theme no longer shared shows only that, with the service's name: never its content.
 */
export function LinkedSharedThemes({ themes, level = 3, after, withdrawnKey = "commissioning.links.withdrawn" }: Props) {
  const { t, i18n } = useTranslation();
  const nameOf = useOrgName();
  const cy = i18n.language === "cy";
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <ul className="govuk-list" data-testid="linked-shared-themes">
      {themes.map((theme) => {
        const key = `${theme.commissionId}-${theme.themeId}`;
        if (theme.state === "withdrawn")
          return (
            <li key={key} className="govuk-inset-text" data-testid="linked-shared-theme">
              <p className="govuk-body">{t(withdrawnKey, { service: nameOf(theme.service) })}</p>
              {after?.(theme)}
            </li>
          );
        const name = (cy && theme.nameCy) || theme.name;
        const description = (cy && theme.descriptionCy) || theme.description;
        return (
          <li key={key} className="vv-pack-block" data-testid="linked-shared-theme">
            <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{name}</Heading>
            <p className="govuk-body-s govuk-!-margin-bottom-2">
              {t("commissioning.links.sharedBy", { service: nameOf(theme.service) })}
            </p>
            {description ? <p className="govuk-body vv-pre-line">{description}</p> : null}
            <dl className="govuk-summary-list govuk-summary-list--no-border">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("commissioning.links.respondents", { quarter: theme.quarter })}</dt>
                <dd className="govuk-summary-list__value">
                  <Count shown={theme.thisQuarter} />
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  {t("commissioning.links.respondents", { quarter: theme.previousQuarter })}
                </dt>
                <dd className="govuk-summary-list__value">
                  <Count shown={theme.lastQuarter} />
                </dd>
              </div>
            </dl>
            {after?.(theme)}
          </li>
        );
      })}
    </ul>
  );
}
