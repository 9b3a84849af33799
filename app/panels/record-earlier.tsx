/**
 * How the organisation has answered the panel's earlier recommendations: for each, from this panel's earlier
 * signed-off sessions, its action's status, target (or done) date and latest update. Members see public updates only
 * (the query decides); staff who may read the action log get a link to the action.
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionStatusTag } from "~/actions/status-tag";
import { formatDate } from "~/components/dates";
import { Section } from "./record-sections";
import { Bilingual, PriorityTag } from "./record-text";
import type { RecordPage } from "./record.server";

export function EarlierSection({ page }: { page: RecordPage }) {
  const { t, i18n } = useTranslation();
  return (
    <Section id="earlier" heading={t("panelRecord.earlier.heading")}>
      {page.earlier.length === 0 ? (
        <p className="govuk-body">{t("panelRecord.earlier.none")}</p>
      ) : (
        <>
          <p className="govuk-body">{t(page.as === "admin" ? "panelRecord.earlier.introAdmin" : "panelRecord.earlier.intro")}</p>
          {page.earlier.map((rec) => (
            <div key={rec.id} className="govuk-summary-card" data-testid={`earlier-${rec.id}`}>
              <div className="govuk-summary-card__title-wrapper">
                <h3 className="govuk-summary-card__title">
                  {t("panelRecord.earlier.from", { date: formatDate(rec.heldOn, i18n.language) })}
                  {" – "}
                  <Bilingual en={rec.themeName} cy={rec.themeNameCy} />
                </h3>
              </div>
              <div className="govuk-summary-card__content">
                <Bilingual en={rec.what} cy={rec.whatCy} as="p" className="govuk-body vv-pre-line" />
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t("panelRecord.recommendations.toWhom")}</dt>
                    <dd className="govuk-summary-list__value">
                      {rec.toWhom} <PriorityTag priority={rec.priority} />
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t("panelRecord.earlier.status")}</dt>
                    <dd className="govuk-summary-list__value">
                      {rec.status ? <ActionStatusTag status={rec.status} /> : t("panelRecord.earlier.noAction")}
                      {rec.actionId && page.linkActions ? (
                        <>
                          {" "}
                          <Link className="govuk-link vv-no-print" to={`/actions/${rec.actionId}`}>
                            {t("panelRecord.earlier.openAction")}
                          </Link>
                        </>
                      ) : null}
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">
                      {rec.status === "done" ? t("panelRecord.earlier.doneOn") : t("panelRecord.earlier.targetDate")}
                    </dt>
                    <dd className="govuk-summary-list__value">
                      {rec.status === "done" && rec.doneOn
                        ? formatDate(rec.doneOn, i18n.language)
                        : rec.targetDate
                          ? formatDate(rec.targetDate, i18n.language)
                          : t("panelRecord.earlier.noDate")}
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t("panelRecord.earlier.latestUpdate")}</dt>
                    <dd className="govuk-summary-list__value">
                      {rec.latestUpdate ? (
                        <>
                          <span className="govuk-!-font-weight-bold">{formatDate(rec.latestUpdate.on, i18n.language)}: </span>
                          <Bilingual en={rec.latestUpdate.body} cy={rec.latestUpdate.bodyCy} className="vv-pre-line" />
                        </>
                      ) : (
                        t("panelRecord.earlier.noUpdate")
                      )}
                    </dd>
                  </div>
                </dl>
              </div>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}
