import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { CommissionState } from "../../db/schema";

const TAG: Record<CommissionState, string> = {
  invited: "govuk-tag--yellow",
  active: "govuk-tag--green",
  declined: "govuk-tag--grey",
  ended: "govuk-tag--grey",
};

export function StateTag({ state }: { state: CommissionState }) {
  const { t } = useTranslation();
  return <strong className={`govuk-tag ${TAG[state]}`}>{t(`commissioning.states.${state}`)}</strong>;
}

/** One button posting an intent about one relationship. */
export function IntentButton({
  intent,
  commissionId,
  label,
  hidden,
  warning,
  secondary,
}: {
  intent: string;
  commissionId: number;
  label: string;
  hidden: string;
  warning?: boolean;
  secondary?: boolean;
}) {
  const kind = warning ? " govuk-button--warning" : secondary ? " govuk-button--secondary" : "";
  return (
    <Form method="post" className="vv-inline-form">
      <input type="hidden" name="commissionId" value={commissionId} />
      <button
        type="submit"
        name="intent"
        value={intent}
        className={`govuk-button${kind} govuk-!-margin-bottom-1`}
        data-module="govuk-button"
      >
        {label}
        <span className="govuk-visually-hidden"> {hidden}</span>
      </button>
    </Form>
  );
}

type Org = { name: string; nameCy: string };
type Dated = {
  state: CommissionState;
  invitedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  endedAt: string | null;
};

/** The date that goes with the state: invited on, active since, declined on, ended on. */
export function StateDate({ c }: { c: Dated }) {
  const { t, i18n } = useTranslation();
  const day = { invited: c.invitedAt, active: c.acceptedAt, declined: c.declinedAt, ended: c.endedAt }[c.state];
  return <>{day ? t(`commissioning.stateSince.${c.state}`, { date: formatDate(day, i18n.language) }) : ""}</>;
}

export function useOrgName() {
  const { i18n } = useTranslation();
  return (org: Org) => (i18n.language === "cy" && org.nameCy ? org.nameCy : org.name);
}

export type ServiceRow = Dated & {
  id: number;
  service: Org;
  shareThemes: boolean;
  outcomeSurvey: { frameworkVersion: number } | null;
};

export function ServicesTable({ services }: { services: ServiceRow[] }) {
  const { t } = useTranslation();
  const nameOf = useOrgName();
  if (services.length === 0) return <p className="govuk-body">{t("commissioning.services.none")}</p>;
  return (
    <table className="govuk-table" data-testid="services-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{t("commissioning.services.heading")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("commissioning.columns.service")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("commissioning.columns.state")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("commissioning.columns.outcomeSurvey")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("commissioning.columns.themes")}
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">{t("commissioning.columns.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {services.map((c) => (
          <tr className="govuk-table__row" key={c.id} data-testid={`service-${c.id}`}>
            <th scope="row" className="govuk-table__header">
              {nameOf(c.service)}
            </th>
            <td className="govuk-table__cell">
              <StateTag state={c.state} />
              <br />
              <span className="govuk-body-s">
                <StateDate c={c} />
              </span>
            </td>
            <td className="govuk-table__cell">
              {c.outcomeSurvey
                ? t("commissioning.services.adopted", { version: c.outcomeSurvey.frameworkVersion })
                : t("commissioning.services.notAdopted")}
            </td>
            <td className="govuk-table__cell">
              {t(c.shareThemes && c.state === "active" ? "commissioning.services.sharing" : "commissioning.services.notSharing")}
            </td>
            <td className="govuk-table__cell">
              {c.state === "invited" || c.state === "active" ? (
                <IntentButton
                  intent="end"
                  commissionId={c.id}
                  warning
                  label={t(c.state === "invited" ? "commissioning.withdraw" : "commissioning.end")}
                  hidden={nameOf(c.service)}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type CommissionerRow = Dated & {
  id: number;
  commissioner: Org;
  shareThemes: boolean;
  outcomeSurvey: { frameworkVersion: number; surveyId: number } | null;
  framework: { version: number; name: string; nameCy: string } | null;
};

/** An organisation that commissions (or invites) this one, with what this organisation's admin can do. */
export function CommissionerCard({ c }: { c: CommissionerRow }) {
  const { t, i18n } = useTranslation();
  const nameOf = useOrgName();
  const name = nameOf(c.commissioner);
  const frameworkName = c.framework ? (i18n.language === "cy" ? c.framework.nameCy : c.framework.name) : "";
  return (
    <div className="govuk-summary-card" data-testid={`commissioner-${c.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{name}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("commissioning.columns.state")}</dt>
            <dd className="govuk-summary-list__value">
              <StateTag state={c.state} /> <StateDate c={c} />
            </dd>
          </div>
          {c.state === "active" ? (
            <>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("commissioning.columns.themes")}</dt>
                <dd className="govuk-summary-list__value">
                  <p className="govuk-body">
                    {t(c.shareThemes ? "commissioning.commissioners.sharing" : "commissioning.commissioners.notSharing", {
                      name,
                    })}
                  </p>
                  <IntentButton
                    intent={c.shareThemes ? "unshare" : "share"}
                    commissionId={c.id}
                    secondary
                    label={t(
                      c.shareThemes ? "commissioning.commissioners.stopSharing" : "commissioning.commissioners.startSharing",
                    )}
                    hidden={name}
                  />
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("commissioning.columns.outcomeSurvey")}</dt>
                <dd className="govuk-summary-list__value">
                  {c.outcomeSurvey ? (
                    <p className="govuk-body">
                      <Link className="govuk-link" to={`/surveys/${c.outcomeSurvey.surveyId}`}>
                        {t("commissioning.commissioners.openSurvey", { version: c.outcomeSurvey.frameworkVersion })}
                      </Link>
                    </p>
                  ) : null}
                  {!c.framework ? (
                    <p className="govuk-body">{t("commissioning.commissioners.noFramework", { name })}</p>
                  ) : !c.outcomeSurvey || c.outcomeSurvey.frameworkVersion !== c.framework.version ? (
                    <>
                      <p className="govuk-body">
                        {t(
                          c.outcomeSurvey ? "commissioning.commissioners.newVersion" : "commissioning.commissioners.adoptIntro",
                          { framework: frameworkName, version: c.framework.version },
                        )}
                      </p>
                      <IntentButton
                        intent="adopt"
                        commissionId={c.id}
                        label={t(c.outcomeSurvey ? "commissioning.commissioners.adoptNew" : "commissioning.commissioners.adopt")}
                        hidden={name}
                      />
                    </>
                  ) : null}
                </dd>
              </div>
            </>
          ) : null}
        </dl>
        {c.state === "invited" ? (
          <div className="govuk-button-group">
            <IntentButton intent="accept" commissionId={c.id} label={t("commissioning.commissioners.accept")} hidden={name} />
            <IntentButton
              intent="decline"
              commissionId={c.id}
              secondary
              label={t("commissioning.commissioners.decline")}
              hidden={name}
            />
          </div>
        ) : null}
        {c.state === "active" ? (
          <IntentButton intent="end" commissionId={c.id} warning label={t("commissioning.end")} hidden={name} />
        ) : null}
      </div>
    </div>
  );
}
