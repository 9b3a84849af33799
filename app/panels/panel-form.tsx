import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Checkboxes, Select, Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { inLanguage } from "./access";

export type PanelDefaults = {
  name: string;
  nameCy: string;
  termsOfReference: string;
  termsOfReferenceCy: string;
  chairUserId: number | null;
  memberIds: number[];
  engagementIds: number[];
};

/** Setting up or changing a panel: its name and terms of reference, its people, and what it scrutinises. */
export function PanelForm({
  defaults,
  people,
  engagements,
  errors,
  values,
  submitLabel,
  cancelTo,
}: {
  defaults: PanelDefaults;
  people: { id: number; name: string }[];
  engagements: { id: number; title: string; titleCy: string; archivedAt: string | null }[];
  errors?: FieldErrors;
  values?: FormValues;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t, i18n } = useTranslation();
  const common = { errors, values };
  return (
    <Form method="post" noValidate>
      <TextInput
        name="name"
        label={t("panels.form.name")}
        hint={t("panels.form.nameHint")}
        {...common}
        defaultValue={defaults.name}
      />
      <TextInput
        name="nameCy"
        label={t("panels.form.nameCy")}
        hint={t("panels.form.welshHint")}
        {...common}
        defaultValue={defaults.nameCy}
      />
      <Textarea
        name="termsOfReference"
        label={t("panels.form.termsOfReference")}
        hint={t("panels.form.termsOfReferenceHint")}
        {...common}
        defaultValue={defaults.termsOfReference}
        rows={6}
      />
      <Textarea
        name="termsOfReferenceCy"
        label={t("panels.form.termsOfReferenceCy")}
        hint={t("panels.form.welshHint")}
        {...common}
        defaultValue={defaults.termsOfReferenceCy}
        rows={6}
      />
      {people.length ? (
        <Checkboxes
          name="memberId"
          label={t("panels.form.members")}
          hint={t("panels.form.membersHint")}
          {...common}
          defaultChecked={defaults.memberIds.map(String)}
          options={people.map((person) => ({ value: String(person.id), label: person.name }))}
        />
      ) : (
        <p className="govuk-body" id="memberId">
          {t("panels.form.noMembers")}
        </p>
      )}
      <Select
        name="chairUserId"
        label={t("panels.form.chair")}
        hint={t("panels.form.chairHint")}
        {...common}
        defaultValue={defaults.chairUserId ? String(defaults.chairUserId) : ""}
        options={[
          { value: "", label: t("panels.form.chooseChair") },
          ...people.map((person) => ({ value: String(person.id), label: person.name })),
        ]}
      />
      {engagements.length ? (
        <Checkboxes
          name="engagementId"
          label={t("panels.form.engagements")}
          hint={t("panels.form.engagementsHint")}
          {...common}
          defaultChecked={defaults.engagementIds.map(String)}
          options={engagements.map((engagement) => ({
            value: String(engagement.id),
            label: inLanguage(i18n.language, engagement.title, engagement.titleCy),
            hint: engagement.archivedAt ? t("panels.form.archivedEngagement") : undefined,
          }))}
        />
      ) : (
        <p className="govuk-body" id="engagementId">
          {t("panels.form.noEngagements")}
        </p>
      )}
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
