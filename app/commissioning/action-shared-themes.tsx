import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { LinkedSharedTheme } from "./linked-theme";
import { LinkedSharedThemes } from "./linked-theme-view";
import { UnlinkForm } from "./theme-link-panel";

/** An action's themes shared by commissioned services: as shared today, or "no longer shared". Never published. */
export function SharedThemesSection({
  actionId,
  themes,
  canChange,
}: {
  actionId: number;
  themes: LinkedSharedTheme[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shared-themes-heading" data-testid="action-shared-themes">
      <h2 className="govuk-heading-m" id="shared-themes-heading" tabIndex={-1}>
        {t("commissioning.links.actionSection")}
      </h2>
      <p className="govuk-body">{t("commissioning.links.actionSectionIntro")}</p>
      {themes.length ? (
        <LinkedSharedThemes
          themes={themes}
          after={(theme) => (canChange ? <UnlinkForm intent="unlink-action" theme={theme} target={{ actionId }} /> : null)}
        />
      ) : (
        <p className="govuk-body">{t("commissioning.links.actionSectionNone")}</p>
      )}
      {canChange ? (
        <p className="govuk-body vv-no-print">
          <Link className="govuk-link" to="/commissioning/themes">
            {t("commissioning.links.actionSectionLink")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
