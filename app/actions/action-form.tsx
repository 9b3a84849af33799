import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Checkboxes, DateField, Select, Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";

export type ActionDefaults = {
  engagementId: number | null;
  title: string;
  titleCy: string;
  description: string;
  descriptionCy: string;
  rationale: string;
  rationaleCy: string;
  owningTeam: string;
  ownerUserId: number | null;
  raisedOn: string;
  targetDate: string | null;
  themeIds: number[];
};

export type ThemeOption = {
  id: number;
  name: string;
  nameCy: string;
  parentId: number | null;
  engagementTitle: string | null;
  surveyTitle: string | null;
};

/** Creating or changing an action: what will change, who owns it, when, and which themes it answers. */
export function ActionForm({
  defaults,
  engagements,
  owners,
  themes,
  errors,
  values,
  submitLabel,
  cancelTo,
}: {
  defaults: ActionDefaults;
  engagements: { id: number; title: string }[];
  owners: { id: number; name: string }[];
  themes: ThemeOption[];
  errors?: FieldErrors;
  values?: FormValues;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const common = { errors, values };
  const themeLabel = (theme: ThemeOption) => (cy && theme.nameCy ? theme.nameCy : theme.name);
  return (
    <Form method="post" noValidate>
      <Select
        name="engagementId"
        label={t("actions.form.engagement")}
        hint={t("actions.form.engagementHint")}
        {...common}
        defaultValue={defaults.engagementId ? String(defaults.engagementId) : ""}
        options={[
          { value: "", label: t("actions.form.chooseEngagement") },
          ...engagements.map((engagement) => ({ value: String(engagement.id), label: engagement.title })),
        ]}
      />
      <TextInput
        name="title"
        label={t("actions.form.title")}
        hint={t("actions.form.titleHint")}
        {...common}
        defaultValue={defaults.title}
      />
      <TextInput
        name="titleCy"
        label={t("actions.form.titleCy")}
        hint={t("actions.form.welshHint")}
        {...common}
        defaultValue={defaults.titleCy}
      />
      <Textarea
        name="description"
        label={t("actions.form.description")}
        {...common}
        defaultValue={defaults.description}
        rows={4}
      />
      <Textarea
        name="descriptionCy"
        label={t("actions.form.descriptionCy")}
        {...common}
        defaultValue={defaults.descriptionCy}
        rows={4}
      />
      <Textarea
        name="rationale"
        label={t("actions.form.rationale")}
        hint={t("actions.form.rationaleHint")}
        {...common}
        defaultValue={defaults.rationale}
        rows={3}
      />
      <Textarea
        name="rationaleCy"
        label={t("actions.form.rationaleCy")}
        {...common}
        defaultValue={defaults.rationaleCy}
        rows={3}
      />
      <TextInput
        name="owningTeam"
        label={t("actions.form.owningTeam")}
        hint={t("actions.form.owningTeamHint")}
        {...common}
        defaultValue={defaults.owningTeam}
      />
      <Select
        name="ownerUserId"
        label={t("actions.form.owner")}
        hint={t("actions.form.ownerHint")}
        {...common}
        defaultValue={defaults.ownerUserId ? String(defaults.ownerUserId) : ""}
        options={[
          { value: "", label: t("actions.form.noOwner") },
          ...owners.map((person) => ({ value: String(person.id), label: person.name })),
        ]}
      />
      <DateField
        name="raisedOn"
        label={t("actions.form.raisedOn")}
        hint={t("actions.form.raisedOnHint")}
        {...common}
        defaultValue={defaults.raisedOn}
      />
      <DateField name="targetDate" label={t("actions.form.targetDate")} {...common} defaultValue={defaults.targetDate} />
      {themes.length ? (
        <Checkboxes
          name="themeId"
          label={t("actions.form.themes")}
          hint={t("actions.form.themesHint")}
          {...common}
          defaultChecked={defaults.themeIds.map(String)}
          options={themes.map((theme) => ({
            value: String(theme.id),
            label: themeLabel(theme),
            hint: [
              theme.engagementTitle
                ? t("actions.form.codebookEngagement", { title: theme.engagementTitle })
                : t("actions.form.codebookSurvey", { title: theme.surveyTitle ?? "" }),
              theme.parentId ? t("actions.form.subTheme") : null,
            ]
              .filter(Boolean)
              .join(" · "),
          }))}
        />
      ) : (
        <p className="govuk-body">{t("actions.form.noThemes")}</p>
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
