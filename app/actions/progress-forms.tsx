import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Checkboxes, DateField, Select, Textarea } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import type { ActionStatus } from "./status";

type FormState = { errors?: FieldErrors; values?: FormValues };

/** A dated progress update: it joins the history for good, so the form says exactly what will be shown. */
export function UpdateForm({ today, state }: { today: string; state: FormState }) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate aria-labelledby="update-heading">
      <h3 className="govuk-heading-s" id="update-heading">
        {t("actions.progress.updateHeading")}
      </h3>
      <DateField name="updateOn" label={t("actions.progress.updateOn")} {...state} defaultValue={today} />
      <Textarea name="body" label={t("actions.progress.body")} hint={t("actions.progress.bodyHint")} {...state} rows={4} />
      <Textarea name="bodyCy" label={t("actions.progress.bodyCy")} {...state} rows={4} />
      <Checkboxes
        name="isPublic"
        label={t("actions.progress.visibility")}
        {...state}
        values={state.values ? { isPublic: state.values.isPublic === "yes" ? ["yes"] : [] } : undefined}
        defaultChecked={["yes"]}
        options={[{ value: "yes", label: t("actions.progress.isPublic"), hint: t("actions.progress.isPublicHint") }]}
      />
      <button type="submit" name="intent" value="update" className="govuk-button" data-module="govuk-button">
        {t("actions.progress.addUpdate")}
      </button>
    </Form>
  );
}

/** A change of status, recorded in the history with the day it happened. */
export function StatusForm({
  status,
  next,
  today,
  state,
}: {
  status: ActionStatus;
  next: readonly ActionStatus[];
  today: string;
  state: FormState;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate aria-labelledby="status-heading">
      <h3 className="govuk-heading-s" id="status-heading">
        {t("actions.progress.statusHeading")}
      </h3>
      <p className="govuk-body">{t("actions.progress.statusNow", { status: t(`actions.status.${status}`) })}</p>
      <Select
        name="status"
        label={t("actions.progress.newStatus")}
        {...state}
        options={next.map((value) => ({ value, label: t(`actions.status.${value}`) }))}
      />
      <DateField name="changedOn" label={t("actions.progress.changedOn")} {...state} defaultValue={today} />
      <Textarea name="reason" label={t("actions.progress.reason")} hint={t("actions.progress.reasonHint")} {...state} rows={3} />
      <Textarea name="reasonCy" label={t("actions.progress.reasonCy")} {...state} rows={3} />
      <Textarea name="note" label={t("actions.progress.note")} {...state} rows={3} />
      <Textarea name="noteCy" label={t("actions.progress.noteCy")} {...state} rows={3} />
      <Checkboxes
        name="notePublic"
        label={t("actions.progress.visibility")}
        {...state}
        values={state.values ? { notePublic: state.values.notePublic === "yes" ? ["yes"] : [] } : undefined}
        defaultChecked={["yes"]}
        options={[{ value: "yes", label: t("actions.progress.isPublic"), hint: t("actions.progress.isPublicHint") }]}
      />
      <button type="submit" name="intent" value="status" className="govuk-button" data-module="govuk-button">
        {t("actions.progress.changeStatus")}
      </button>
    </Form>
  );
}
