import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Count } from "~/insights/count";
import type { ChannelCounts } from "./channels.server";
import { ResponseTable } from "./response-table";

/** The survey overview's "Responses" block: every figure has been through disclosure control already. */
export function ResponseSummary({ surveyId, counts, threshold }: { surveyId: number; counts: ChannelCounts; threshold: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="responses-heading" data-testid="responses-summary">
      <h2 className="govuk-heading-m" id="responses-heading">
        {t("distribution.responsesHeading")}
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("distribution.allResponses")}</dt>
          <dd className="govuk-summary-list__value">
            <Count shown={counts.total} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("distribution.overview.danger")}</dt>
          <dd className="govuk-summary-list__value">
            <Count shown={counts.danger} />
            <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{t("distribution.overview.dangerHint")}</p>
          </dd>
        </div>
      </dl>
      {counts.channels.length ? (
        <ResponseTable counts={counts} threshold={threshold} caption={t("distribution.responsesCaption")} />
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/surveys/${surveyId}/distribution`}>
          {t("distribution.overview.seeChannels")}
        </Link>
      </p>
    </section>
  );
}
