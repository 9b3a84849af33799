import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateField, Radios, Select, Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { ENGAGEMENT_STATUSES } from "../../db/enums";

export type EngagementDefaults = {
  title: string;
  titleCy: string;
  purpose: string;
  purposeCy: string;
  audience: string;
  sponsor: string;
  leadUserId: number | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
};

export function EngagementForm({
  staff,
  defaults,
  errors,
  values,
  submitLabel,
  cancelTo,
}: {
  staff: { id: number; name: string }[];
  defaults?: EngagementDefaults;
  errors?: FieldErrors;
  values?: FormValues;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate>
      <TextInput
        name="title"
        label={t("engagement.title")}
        hint={t("engagement.titleHint")}
        errors={errors}
        values={values}
        defaultValue={defaults?.title}
      />
      <TextInput
        name="titleCy"
        label={`${t("youSaid.engagementFields.titleCy")} ${t("common.optional")}`}
        hint={t("youSaid.engagementFields.titleCyHint")}
        errors={errors}
        values={values}
        defaultValue={defaults?.titleCy}
      />
      <Textarea
        name="purpose"
        label={t("engagement.purpose")}
        hint={t("engagement.purposeHint")}
        errors={errors}
        values={values}
        defaultValue={defaults?.purpose}
        rows={3}
      />
      <Textarea
        name="purposeCy"
        label={`${t("youSaid.engagementFields.purposeCy")} ${t("common.optional")}`}
        hint={t("youSaid.engagementFields.purposeCyHint")}
        errors={errors}
        values={values}
        defaultValue={defaults?.purposeCy}
        rows={3}
      />
      <Textarea
        name="audience"
        label={t("engagement.audience")}
        hint={t("engagement.audienceHint")}
        errors={errors}
        values={values}
        defaultValue={defaults?.audience}
        rows={3}
      />
      <TextInput
        name="sponsor"
        label={`${t("engagement.sponsor")} ${t("common.optional")}`}
        hint={t("engagement.sponsorHint")}
        errors={errors}
        values={values}
        defaultValue={defaults?.sponsor}
      />
      <Select
        name="leadUserId"
        label={t("engagement.lead")}
        errors={errors}
        values={values}
        defaultValue={defaults?.leadUserId ? String(defaults.leadUserId) : ""}
        options={[
          { value: "", label: t("engagement.noLead") },
          ...staff.map((person) => ({ value: String(person.id), label: person.name })),
        ]}
      />
      <DateField
        name="startDate"
        label={`${t("engagement.startDate")} ${t("common.optional")}`}
        errors={errors}
        values={values}
        defaultValue={defaults?.startDate}
      />
      <DateField
        name="endDate"
        label={`${t("engagement.endDate")} ${t("common.optional")}`}
        errors={errors}
        values={values}
        defaultValue={defaults?.endDate}
      />
      <Radios
        name="status"
        label={t("engagement.status")}
        errors={errors}
        values={values}
        defaultValue={defaults?.status ?? "planning"}
        options={ENGAGEMENT_STATUSES.map((status) => ({ value: status, label: t(`engagementStatus.${status}`) }))}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          {submitLabel}
        </button>
        <Link className="govuk-link" to={cancelTo}>
          {t("common.cancel")}
        </Link>
      </div>
    </Form>
  );
}
