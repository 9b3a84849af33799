import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Checkboxes, Select, TextInput } from "~/components/form/fields";
import { FLAG_FIELDS, MAPPED_FIELDS, type ColumnMapping } from "./mapping";
import type { RuleSettings } from "./rules";

const CONTACT_FIELDS = MAPPED_FIELDS.filter((field) => !(FLAG_FIELDS as readonly string[]).includes(field));

/** One select per field (the file's columns, or "not in this file"), then when to send. Works without JavaScript. */
export function MapForm(props: {
  uploadId: string;
  headers: string[];
  mapping: ColumnMapping;
  rules: RuleSettings;
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
}) {
  const { t } = useTranslation();
  const { headers, mapping, rules, errors, values } = props;
  const options = [
    { value: "", label: t("invitations.map.none") },
    ...headers.map((header) => ({ value: header, label: header })),
  ];
  const select = (field: (typeof MAPPED_FIELDS)[number]) => (
    <Select
      key={field}
      name={`map.${field}`}
      label={t(`invitations.map.fields.${field}`)}
      hint={field === "offenceGroup" ? t("invitations.map.offenceHint") : undefined}
      errors={errors}
      values={values}
      options={options}
      defaultValue={mapping[field]}
    />
  );
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="u" value={props.uploadId} />
      {CONTACT_FIELDS.map(select)}
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t("invitations.map.flagsHeading")}</h2>
        </legend>
        <p className="govuk-hint">{t("invitations.map.flagsHint")}</p>
        {FLAG_FIELDS.map(select)}
      </fieldset>
      <h2 className="govuk-heading-m">{t("invitations.map.rulesHeading")}</h2>
      <TextInput
        name="minDelayDays"
        label={t("invitations.map.minDelay")}
        hint={t("invitations.map.minDelayHint")}
        errors={errors}
        values={values}
        defaultValue={String(rules.minDelayDays)}
        widthClass="govuk-input--width-3"
      />
      <TextInput
        name="maxDelayDays"
        label={t("invitations.map.maxDelay")}
        hint={t("invitations.map.maxDelayHint")}
        errors={errors}
        values={values}
        defaultValue={String(rules.maxDelayDays)}
        widthClass="govuk-input--width-3"
      />
      <Checkboxes
        name="weekends"
        label={t("invitations.map.weekendsLegend")}
        hint={t("invitations.map.weekendsHint")}
        values={values}
        options={[{ value: "yes", label: t("invitations.map.weekends") }]}
        defaultChecked={rules.skipWeekends ? [] : ["yes"]}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {t("invitations.map.check")}
      </button>
    </Form>
  );
}
