import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements, ENGAGEMENT_EDITORS, ENGAGEMENT_READERS, engagementIdFrom } from "~/engagements/access";
import { getEngagement, getStagePlan, publishReadiness, setEngagementArchived } from "~/engagements/engagements.server";
import { PublishReadiness } from "~/engagements/publish-readiness";
import { StageTable } from "~/engagements/stage-table";
import { Wheel } from "~/engagements/wheel";
import { badRequest } from "~/http/responses";
import { listEngagementSurveys } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "engagement.overviewTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_READERS);
  const id = engagementIdFrom(params);
  return {
    engagement: getEngagement(user.organisation.id, id),
    stages: getStagePlan(user.organisation.id, id),
    missing: publishReadiness(user.organisation.id, id),
    canEdit: canEditEngagements(user.roles),
    surveys: listEngagementSurveys(user.organisation.id, id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_EDITORS);
  const id = engagementIdFrom(params);
  const intent = (await request.formData()).get("intent");
  if (intent !== "archive" && intent !== "restore") badRequest();
  setEngagementArchived(user, id, intent === "archive");
  return { ok: true };
}

export default function EngagementOverview() {
  const { t, i18n } = useTranslation();
  const { engagement, stages, missing, canEdit, surveys } = useLoaderData<typeof loader>();
  const cy = i18n.language === "cy";
  const localised = stages.map((stage) => ({ ...stage, title: cy ? stage.titleCy : stage.title }));
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : t("stage.noDate"));
  return (
    <>
      <Link className="govuk-back-link vv-no-print" to="/engagements">
        {t("engagement.backToList")}
      </Link>
      {engagement.archivedAt ? (
        <section className="govuk-notification-banner" aria-labelledby="archived-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="archived-title">
              {t("engagement.archivedBanner")}
            </h2>
          </div>
        </section>
      ) : null}
      <span className="govuk-caption-l">{t(`engagementStatus.${engagement.status}`)}</span>
      <h1 className="govuk-heading-l">{engagement.title}</h1>
      <dl className="govuk-summary-list">
        {(
          [
            ["engagement.purpose", engagement.purpose],
            ["engagement.audience", engagement.audience],
            ["engagement.sponsor", engagement.sponsor || t("engagement.noSponsor")],
            ["engagement.lead", engagement.leadName ?? t("engagement.noLead")],
            ["engagement.dates", `${date(engagement.startDate)} – ${date(engagement.endDate)}`],
          ] as const
        ).map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{t(key)}</dt>
            <dd className="govuk-summary-list__value vv-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="govuk-button-group vv-no-print">
        {canEdit ? (
          <Link
            className="govuk-button govuk-button--secondary"
            to={`/engagements/${engagement.id}/edit`}
            data-module="govuk-button"
          >
            {t("engagement.editTitle")}
          </Link>
        ) : null}
        <Link className="govuk-link" to={`/engagements/${engagement.id}/plan`}>
          {t("engagement.printPlan")}
        </Link>
        <Link className="govuk-link" to={`/engagements/${engagement.id}/insights`}>
          {t("insights.engagementLink")}
        </Link>
      </div>
      <PublishReadiness engagementId={engagement.id} missing={missing} />
      <h2 className="govuk-heading-m">{t("nav.surveys")}</h2>
      {surveys.length === 0 ? <p className="govuk-body">{t("survey.none")}</p> : null}
      <ul className="govuk-list">
        {surveys.map((survey) => (
          <li key={survey.id}>
            <Link className="govuk-link" to={`/surveys/${survey.id}`}>
              {survey.title}
            </Link>{" "}
            ({survey.latestVersion ? t("survey.publishedVersion", { version: survey.latestVersion }) : t("surveyStatus.draft")})
          </li>
        ))}
      </ul>
      {canEdit ? (
        <p className="govuk-body vv-no-print">
          <Link className="govuk-link" to={`/surveys/new?engagement=${engagement.id}`}>
            {t("survey.create")}
          </Link>
        </p>
      ) : null}
      <h2 className="govuk-heading-m">{t("wheel.title")}</h2>
      <p className="govuk-body">{t("wheel.intro")}</p>
      <Wheel engagementId={engagement.id} stages={localised} caption={t("wheel.caption")} />
      <StageTable engagementId={engagement.id} stages={localised} />
      {canEdit ? (
        <Form method="post" className="vv-no-print">
          <button
            type="submit"
            name="intent"
            value={engagement.archivedAt ? "restore" : "archive"}
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            {engagement.archivedAt ? t("engagement.restore") : t("engagement.archive")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
