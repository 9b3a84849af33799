import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { ENGAGEMENT_READERS, engagementIdFrom } from "~/engagements/access";
import { getEngagement, getStagePlan, publishReadiness } from "~/engagements/engagements.server";
import { StageStatusTag } from "~/engagements/stage-status-tag";
import { ukToday } from "~/engagements/stages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "plan.title");

/** The whole plan on one page, for a governance board; the print stylesheet drops navigation. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_READERS);
  const id = engagementIdFrom(params);
  return {
    engagement: getEngagement(user.organisation.id, id),
    stages: getStagePlan(user.organisation.id, id),
    missing: publishReadiness(user.organisation.id, id),
    organisation: { name: user.organisation.name, nameCy: user.organisation.nameCy },
    printedOn: ukToday(),
  };
}

export default function Plan() {
  const { t, i18n } = useTranslation();
  const { engagement, stages, missing, organisation, printedOn } = useLoaderData<typeof loader>();
  const cy = i18n.language === "cy";
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : t("stage.noDate"));
  return (
    <>
      <Link className="govuk-back-link" to={`/engagements/${engagement.id}`}>
        {t("stage.backToWheel")}
      </Link>
      <span className="govuk-caption-l">
        {cy ? organisation.nameCy : organisation.name} · {t("plan.title")}
      </span>
      <h1 className="govuk-heading-l">{engagement.title}</h1>
      <p className="govuk-body-s">{t("plan.printedOn", { date: date(printedOn) })}</p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("engagement.status")}</dt>
          <dd className="govuk-summary-list__value">{t(`engagementStatus.${engagement.status}`)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("engagement.purpose")}</dt>
          <dd className="govuk-summary-list__value vv-pre-line">{engagement.purpose}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("engagement.audience")}</dt>
          <dd className="govuk-summary-list__value vv-pre-line">{engagement.audience}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("engagement.sponsor")}</dt>
          <dd className="govuk-summary-list__value">{engagement.sponsor || t("engagement.noSponsor")}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("engagement.lead")}</dt>
          <dd className="govuk-summary-list__value">{engagement.leadName ?? t("engagement.noLead")}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("engagement.dates")}</dt>
          <dd className="govuk-summary-list__value">
            {date(engagement.startDate)} – {date(engagement.endDate)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("gate.title")}</dt>
          <dd className="govuk-summary-list__value">
            {missing.length === 0
              ? t("gate.ready")
              : `${t("gate.blocked")} ${missing.map((m) => (cy ? m.textCy : m.text)).join("; ")}`}
          </dd>
        </div>
      </dl>
      {stages.map((stage) => (
        <section className="vv-plan-stage" key={stage.key} aria-labelledby={`plan-${stage.key}`}>
          <h2 className="govuk-heading-m" id={`plan-${stage.key}`}>
            {t("stage.numbered", { number: stage.number })} {cy ? stage.titleCy : stage.title}
          </h2>
          <p className="govuk-body">
            <StageStatusTag status={stage.display} />{" "}
            {t("stage.reviewSummary", { last: date(stage.lastReviewedOn), next: date(stage.nextReviewOn) })}{" "}
            {t("plan.owner", { name: stage.ownerName ?? t("stage.noOwner") })}
          </p>
          <ul className="govuk-list">
            {stage.checklist.map((item) => (
              <li key={item.id}>
                {item.done ? "☑" : "☐"} {cy ? item.textCy : item.text}
                <span className="govuk-visually-hidden"> ({item.done ? t("plan.ticked") : t("plan.notTicked")})</span>
              </li>
            ))}
          </ul>
          {stage.notes ? <p className="govuk-body vv-pre-line">{stage.notes}</p> : null}
        </section>
      ))}
    </>
  );
}
