import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { formValues } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { invitationSettingsFor, setApprovalThreshold } from "~/invitations/batches.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitations.admin.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "admin");
  return { approvalThreshold: invitationSettingsFor(user.organisation.id).approvalThreshold };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, "admin");
  const form = await request.formData();
  const text = String(form.get("approvalThreshold") ?? "")
    .replace(/,/g, "")
    .trim();
  const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= 100_000))
    return data(
      { ok: false as const, errors: { approvalThreshold: "invitations.admin.thresholdInvalid" }, values: formValues(form) },
      { status: 400 },
    );
  setApprovalThreshold(user, value);
  return { ok: true as const };
}

export default function InvitationApprovalsPage() {
  const { t } = useTranslation();
  const { approvalThreshold } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        {result?.ok ? <SuccessBanner id="threshold-saved" title={t("invitations.admin.saved")} /> : null}
        <h1 className="govuk-heading-l">{t("invitations.admin.title")}</h1>
        <p className="govuk-body">{t("invitations.admin.intro")}</p>
        <Form method="post" noValidate>
          <TextInput
            name="approvalThreshold"
            label={t("invitations.admin.threshold")}
            hint={t("invitations.admin.thresholdHint")}
            errors={failed?.errors}
            values={failed?.values}
            defaultValue={String(approvalThreshold)}
            widthClass="govuk-input--width-5"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("invitations.admin.save")}
          </button>
        </Form>
      </div>
    </div>
  );
}
