import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { ChannelCard } from "~/distribution/channel-card";
import { createChannel, listChannels, responseCounts, setChannelStatus } from "~/distribution/channels.server";
import { surveyLink } from "~/distribution/links";
import { publicOrigin } from "~/distribution/origin.server";
import { qrPath } from "~/distribution/qr.server";
import { ResponseTable } from "~/distribution/response-table";
import { channelIdFrom, channelSchema } from "~/distribution/schemas";
import { canEditEngagements } from "~/engagements/access";
import { badRequest, notFound } from "~/http/responses";
import { disclosureThresholdFor } from "~/organisations/organisations.server";
import { SURVEY_DESIGNERS, SURVEY_READERS, surveyIdFrom } from "~/surveys/access";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "distribution.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  const surveyId = surveyIdFrom(params);
  const survey = getSurvey(user.organisation.id, surveyId);
  const origin = publicOrigin(request);
  return {
    survey: { id: survey.id, title: survey.title, status: survey.status },
    publicLink: surveyLink(origin, survey.slug),
    channels: listChannels(user.organisation.id, surveyId).map((channel) => {
      const link = surveyLink(origin, survey.slug, channel.code);
      return { id: channel.id, label: channel.label, status: channel.status, link, qr: qrPath(link) };
    }),
    counts: responseCounts(user.organisation.id, surveyId),
    threshold: disclosureThresholdFor(user.organisation.id),
    canChange: canEditEngagements(user.roles),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const surveyId = surveyIdFrom(params);
  const formData = await request.formData();
  const intent = formData.get("intent");
  switch (intent) {
    case "create": {
      const parsed = parseForm(channelSchema, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      const created = createChannel(user, surveyId, parsed.data.label);
      if (!created.ok) return data(formFailure(formData, { [created.field]: created.error }), { status: 400 });
      return { ok: true as const, notice: "distribution.created", channelId: created.id };
    }
    case "pause":
    case "reopen": {
      const channelId = channelIdFrom(formData.get("channelId"));
      if (channelId === null) notFound();
      setChannelStatus(user, surveyId, channelId, intent === "pause" ? "paused" : "open");
      return { ok: true as const, notice: intent === "pause" ? "distribution.paused" : "distribution.reopened", channelId };
    }
    default:
      badRequest();
  }
}

export default function DistributionPage() {
  const { t } = useTranslation();
  const { survey, publicLink, channels, counts, threshold, canChange } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const done = result?.ok ? result : undefined;
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("distribution.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign={canChange} />
      <ErrorSummary errors={failed?.errors} />
      {done ? <SuccessBanner id="distribution-done" title={t(done.notice)} /> : null}
      {survey.status !== "published" ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t("distribution.warning")}</span>
            {t(survey.status === "closed" ? "distribution.closedWarning" : "distribution.unpublishedWarning")}
          </strong>
        </div>
      ) : null}
      <p className="govuk-body-l">{t("distribution.intro")}</p>
      <div className="govuk-inset-text">{t("distribution.anonymity")}</div>

      <h2 className="govuk-heading-m">{t("distribution.publicLinkHeading")}</h2>
      <p className="govuk-body">{t("distribution.publicLinkIntro")}</p>
      <p className="vv-setup-link" data-testid="public-link">
        {publicLink}
      </p>

      <h2 className="govuk-heading-m">{t("distribution.channelsHeading")}</h2>
      {channels.length === 0 ? <p className="govuk-body">{t("distribution.noChannels")}</p> : null}
      {channels.map((channel) => (
        <ChannelCard key={channel.id} surveyId={survey.id} channel={channel} canChange={canChange} />
      ))}

      {canChange ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/surveys/${survey.id}/invitations`} data-testid="invitations-link">
            {t("invitations.distributionLink")}
          </Link>
        </p>
      ) : null}

      {canChange ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">{t("distribution.addHeading")}</h2>
            {/* A new key after each success empties the field for the next channel. */}
            <Form method="post" noValidate key={done ? `${done.notice}-${done.channelId}` : "form"}>
              <input type="hidden" name="intent" value="create" />
              <TextInput
                name="label"
                label={t("distribution.label")}
                hint={t("distribution.labelHint")}
                errors={failed?.errors}
                values={failed?.values}
                autoComplete="off"
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {t("distribution.add")}
              </button>
            </Form>
          </div>
        </div>
      ) : null}

      <h2 className="govuk-heading-m">{t("distribution.responsesHeading")}</h2>
      <ResponseTable counts={counts} threshold={threshold} caption={t("distribution.responsesCaption")} />
    </>
  );
}
