import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formValues } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { createDraftBatch, invitationSettingsFor } from "~/invitations/batches.server";
import { MapForm } from "~/invitations/map-form";
import { checkMapping, mappingFromForm, suggestMapping } from "~/invitations/mapping";
import { DEFAULT_RULES } from "~/invitations/rules";
import { dropUpload, heldUpload } from "~/invitations/upload-hold.server";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { getSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitations.map.title");

/** The list this person uploaded for this survey, if it is still held (it never outlives 30 minutes or a restart). */
function heldFor(request: Request, surveyId: number, uploadId: string) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  getSurvey(user.organisation.id, surveyId);
  return { user, held: heldUpload(uploadId, { organisationId: user.organisation.id, userId: user.id, surveyId }) };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const surveyId = surveyIdFrom(params);
  const uploadId = new URL(request.url).searchParams.get("u") ?? "";
  const { user, held } = heldFor(request, surveyId, uploadId);
  if (!held) return { expired: true as const, surveyId };
  const { mapping } = invitationSettingsFor(user.organisation.id);
  return {
    expired: false as const,
    surveyId,
    uploadId,
    headers: held.table.headers,
    rowCount: held.table.rows.length,
    mapping: suggestMapping(held.table.headers, mapping),
    rules: DEFAULT_RULES,
  };
}

const days = (value: FormDataEntryValue | null) => {
  const text = String(value ?? "").trim();
  return /^\d{1,3}$/.test(text) && Number(text) <= 365 ? Number(text) : null;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const surveyId = surveyIdFrom(params);
  const form = await request.formData();
  const uploadId = String(form.get("u") ?? "");
  const { user, held } = heldFor(request, surveyId, uploadId);
  if (!held) return data({ errors: { form: "invitations.refused.expired" }, values: {} }, { status: 400 });
  const mapping = mappingFromForm(form);
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(checkMapping(mapping, held.table.headers)).map(([field, problem]) => [
      `map.${field}`,
      `invitations.map.problems.${problem}`,
    ]),
  );
  const minDelayDays = days(form.get("minDelayDays"));
  const maxDelayDays = days(form.get("maxDelayDays"));
  if (minDelayDays === null || maxDelayDays === null || maxDelayDays < minDelayDays)
    errors[minDelayDays === null ? "minDelayDays" : "maxDelayDays"] = "invitations.map.delayInvalid";
  if (Object.keys(errors).length || minDelayDays === null || maxDelayDays === null)
    return data({ errors, values: formValues(form, ["weekends"]) }, { status: 400 });
  const rules = { minDelayDays, maxDelayDays, skipWeekends: !form.getAll("weekends").includes("yes") };
  const batchId = createDraftBatch(user, surveyId, held.channelId, held.table, mapping, rules, new Date());
  dropUpload(uploadId);
  throw redirect(`/surveys/${surveyId}/invitations/${batchId}?notice=created`);
}

export default function MapColumnsPage() {
  const { t } = useTranslation();
  const view = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  if (view.expired)
    return (
      <>
        <h1 className="govuk-heading-l">{t("invitations.map.title")}</h1>
        <p className="govuk-body">{t("invitations.refused.expired")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/surveys/${view.surveyId}/invitations`}>
            {t("invitations.uploadHeading")}
          </Link>
        </p>
      </>
    );
  const { uploadId, headers, rowCount, mapping, rules } = view;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <span className="govuk-caption-l">{t("invitations.title")}</span>
        <h1 className="govuk-heading-l">{t("invitations.map.title")}</h1>
        <p className="govuk-body">{t("invitations.map.intro")}</p>
        <p className="govuk-body" data-testid="rows-in-file">
          {t("invitations.map.rowsInFile", { count: rowCount })}
        </p>
        <MapForm
          uploadId={uploadId}
          headers={headers}
          mapping={mapping}
          rules={rules}
          errors={failed?.errors}
          values={failed?.values}
        />
      </div>
    </div>
  );
}
