import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Checkboxes, TextInput } from "~/components/form/fields";
import { parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { getOrganisationSettings, updateOrganisationSettings } from "~/organisations/organisations.server";
import { ORGANISATION_SETTINGS_ARRAYS, organisationSettingsSchema } from "~/organisations/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "distribution.organisation.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { settings: getOrganisationSettings(admin.organisation.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const parsed = parseForm(organisationSettingsSchema, await request.formData(), ORGANISATION_SETTINGS_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  updateOrganisationSettings(admin, parsed.data);
  return { ok: true as const };
}

export default function OrganisationSettings() {
  const { t } = useTranslation();
  const { settings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const common = { errors: failed?.errors, values: failed?.values };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        {result?.ok ? <SuccessBanner id="organisation-saved" title={t("distribution.organisation.saved")} /> : null}
        <h1 className="govuk-heading-l">{t("distribution.organisation.title")}</h1>
        <Form method="post" noValidate>
          <TextInput name="name" label={t("fields.organisationName")} defaultValue={settings.name} {...common} />
          <TextInput
            name="nameCy"
            label={t("fields.organisationNameCy")}
            hint={t("fields.organisationNameCyHint")}
            defaultValue={settings.nameCy}
            {...common}
          />
          <TextInput
            name="brandColour"
            label={t("distribution.organisation.brandColour")}
            hint={t("distribution.organisation.brandColourHint")}
            defaultValue={settings.brandColour}
            widthClass="govuk-input--width-10"
            spellCheck={false}
            {...common}
          />
          <TextInput
            name="quickExitUrl"
            label={t("distribution.organisation.quickExitUrl")}
            hint={t("distribution.organisation.quickExitUrlHint")}
            defaultValue={settings.quickExitUrl}
            spellCheck={false}
            {...common}
          />
          <TextInput
            name="disclosureThreshold"
            label={t("distribution.organisation.threshold")}
            hint={t("distribution.organisation.thresholdHint")}
            defaultValue={String(settings.disclosureThreshold)}
            widthClass="govuk-input--width-3"
            {...common}
          />
          <Checkboxes
            name="publicStaffNames"
            label={t("youSaid.organisationSetting.legend")}
            hint={t("youSaid.organisationSetting.hint")}
            options={[{ value: "yes", label: t("youSaid.organisationSetting.label") }]}
            defaultChecked={settings.publicStaffNames ? ["yes"] : []}
            {...common}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
      </div>
    </div>
  );
}
