import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateField, Textarea } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";

/** A session's date and agenda (while it is planned). Sends `intent=details` where the page has several forms. */
export function SessionDetailsForm({
  defaults,
  errors,
  values,
  submitLabel,
  intent,
}: {
  defaults: { heldOn: string; agenda: string; agendaCy: string };
  errors?: FieldErrors;
  values?: FormValues;
  submitLabel: string;
  intent?: string;
}) {
  const { t } = useTranslation();
  const common = { errors, values };
  return (
    <Form method="post" noValidate>
      <DateField
        name="heldOn"
        label={t("panels.sessionForm.heldOn")}
        hint={t("panels.sessionForm.heldOnHint")}
        {...common}
        defaultValue={defaults.heldOn}
      />
      <Textarea
        name="agenda"
        label={t("panels.sessionForm.agenda")}
        hint={t("panels.sessionForm.agendaHint")}
        {...common}
        defaultValue={defaults.agenda}
        rows={6}
      />
      <Textarea name="agendaCy" label={t("panels.sessionForm.agendaCy")} {...common} defaultValue={defaults.agendaCy} rows={6} />
      <button
        type="submit"
        className="govuk-button"
        data-module="govuk-button"
        name={intent ? "intent" : undefined}
        value={intent}
      >
        {submitLabel}
      </button>
    </Form>
  );
}
