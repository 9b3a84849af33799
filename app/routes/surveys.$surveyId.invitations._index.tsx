import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Select } from "~/components/form/fields";
import { pageTitle } from "~/components/page-title";
import { BatchFiguresTable } from "~/invitations/batch-figures";
import { channelsForBatches } from "~/invitations/batches.server";
import { readCsv, type CsvRefusal } from "~/invitations/csv";
import { batchFigures } from "~/invitations/figures.server";
import { UploadRefusalDetail } from "~/invitations/upload-refusal";
import { holdUpload } from "~/invitations/upload-hold.server";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { SurveyNav } from "~/surveys/survey-nav";
import { getSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitations.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const surveyId = surveyIdFrom(params);
  const survey = getSurvey(user.organisation.id, surveyId);
  return {
    survey: { id: survey.id, title: survey.title },
    channels: channelsForBatches({ organisationId: user.organisation.id, surveyId }).filter((c) => c.status === "open"),
    batches: batchFigures(user.organisation.id, surveyId),
    expired: new URL(request.url).searchParams.has("expired"),
    isAdmin: user.roles.includes("admin"),
  };
}

type Failure = { errors: Record<string, string>; refusal: CsvRefusal | null; channelId: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const surveyId = surveyIdFrom(params);
  const organisationId = user.organisation.id;
  const form = await request.formData();
  const channelId = Number(form.get("channelId"));
  const file = form.get("file");
  const channel = channelsForBatches({ organisationId, surveyId }).find((c) => c.id === channelId && c.status === "open");
  const fail = (errors: Record<string, string>, refusal: CsvRefusal | null = null) =>
    data<Failure>({ errors, refusal, channelId: String(form.get("channelId") ?? "") }, { status: 400 });
  if (!channel) return fail({ channelId: "invitations.refused.noChannel" });
  if (!(file instanceof File) || file.size === 0)
    return fail({ file: file instanceof File ? "invitations.refused.empty" : "invitations.refused.noFile" });
  const read = readCsv(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return fail({ file: `invitations.refused.${read.refusal.reason}` }, read.refusal);
  const id = holdUpload({ organisationId, userId: user.id, surveyId, channelId, table: read.table });
  throw redirect(`/surveys/${surveyId}/invitations/map?u=${id}`);
}

export default function InvitationsPage() {
  const { t } = useTranslation();
  const { survey, channels, batches, expired, isAdmin } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const errors = failed?.errors ?? (expired ? { file: "invitations.refused.expired" } : undefined);
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("invitations.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign />
      <ErrorSummary errors={errors} />
      {failed?.refusal ? <UploadRefusalDetail refusal={failed.refusal} /> : null}
      <p className="govuk-body-l">{t("invitations.intro")}</p>
      <div className="govuk-inset-text">{t("invitations.anonymity")}</div>

      <h2 className="govuk-heading-m">{t("invitations.uploadHeading")}</h2>
      {channels.length === 0 ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/surveys/${survey.id}/distribution`}>
            {t("invitations.noChannels")}
          </Link>
        </p>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {/* A whole-page submission: a file over the server's limit gets the server's own bilingual refusal page. */}
            <Form method="post" encType="multipart/form-data" noValidate reloadDocument>
              <Select
                name="channelId"
                label={t("invitations.channel")}
                hint={t("invitations.channelHint")}
                errors={failed?.errors}
                values={failed ? { channelId: failed.channelId } : undefined}
                options={channels.map((channel) => ({ value: String(channel.id), label: channel.label }))}
              />
              <div className={`govuk-form-group${errors?.file ? " govuk-form-group--error" : ""}`}>
                <label className="govuk-label govuk-label--s" htmlFor="file">
                  {t("invitations.file")}
                </label>
                <div id="file-hint" className="govuk-hint">
                  {t("invitations.fileHint")}
                </div>
                {errors?.file ? (
                  <p id="file-error" className="govuk-error-message">
                    <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(errors.file)}
                  </p>
                ) : null}
                <input
                  className={`govuk-file-upload${errors?.file ? " govuk-file-upload--error" : ""}`}
                  id="file"
                  name="file"
                  type="file"
                  accept=".csv,text/csv"
                  aria-describedby={errors?.file ? "file-hint file-error" : "file-hint"}
                />
              </div>
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {t("invitations.upload")}
              </button>
            </Form>
          </div>
        </div>
      )}

      <h2 className="govuk-heading-m">{t("invitations.batchesHeading")}</h2>
      {batches.length ? (
        <BatchFiguresTable surveyId={survey.id} batches={batches} />
      ) : (
        <p className="govuk-body">{t("invitations.noBatches")}</p>
      )}
      {isAdmin ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/admin/invitations">
            {t("invitations.settingsLink")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
