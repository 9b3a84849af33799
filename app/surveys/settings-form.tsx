import { useTranslation } from "react-i18next";
import { Checkboxes, DateField, Select, Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { SURVEY_LANGUAGES } from "../../db/enums";
import type { SurveySettings } from "../../db/schema";
import { languageLabel } from "./languages";

export type SettingsDefaults = {
  titles: Record<string, string>;
  slug: string;
  engagementId: number | null;
  settings: SurveySettings;
};

/** The survey's settings fields: used when creating a survey and on its settings page. */
export function SurveySettingsFields({
  defaults,
  engagements,
  errors,
  values,
  carried = [],
}: {
  defaults: SettingsDefaults;
  engagements: { id: number; title: string }[];
  errors?: FieldErrors;
  values?: FormValues;
  /** Languages the survey's definition holds strings in, offered beside the built-in ones. */
  carried?: string[];
}) {
  const { t, i18n } = useTranslation();
  const offered = defaults.settings.languages;
  const label = (lang: string) => languageLabel(t, lang, i18n.language);
  const choices = [...new Set([...SURVEY_LANGUAGES, ...carried, ...offered])];
  return (
    <>
      <TextInput name="title_en" label={t("survey.titleEn")} errors={errors} values={values} defaultValue={defaults.titles.en} />
      {offered.map((lang) => (
        <TextInput
          key={lang}
          name={`title_${lang}`}
          label={t("survey.titleIn", { language: label(lang) })}
          errors={errors}
          values={values}
          defaultValue={defaults.titles[lang]}
        />
      ))}
      <TextInput
        name="slug"
        label={t("survey.slug")}
        hint={t("survey.slugHint")}
        errors={errors}
        values={values}
        defaultValue={defaults.slug}
        widthClass="govuk-input--width-20"
        spellCheck={false}
      />
      <Select
        name="engagementId"
        label={t("survey.engagement")}
        hint={t("survey.engagementHint")}
        errors={errors}
        values={values}
        defaultValue={defaults.engagementId ? String(defaults.engagementId) : ""}
        options={[
          { value: "", label: t("survey.noEngagement") },
          ...engagements.map((e) => ({ value: String(e.id), label: e.title })),
        ]}
      />
      <Checkboxes
        name="languages"
        label={t("survey.languages")}
        hint={t("survey.languagesHint")}
        errors={errors}
        values={values}
        defaultChecked={offered}
        options={choices.map((lang) => ({ value: lang, label: label(lang) }))}
      />
      <Textarea
        name="intro_en"
        label={t("survey.introEn")}
        hint={t("survey.introHint")}
        errors={errors}
        values={values}
        defaultValue={defaults.settings.intro.en}
        rows={4}
      />
      {offered.map((lang) => (
        <Textarea
          key={lang}
          name={`intro_${lang}`}
          label={t("survey.introIn", { language: label(lang) })}
          errors={errors}
          values={values}
          defaultValue={defaults.settings.intro[lang]}
          rows={4}
        />
      ))}
      <TextInput
        name="estimatedMinutes"
        label={t("survey.minutes")}
        hint={t("survey.minutesHint")}
        errors={errors}
        values={values}
        defaultValue={String(defaults.settings.estimatedMinutes)}
        widthClass="govuk-input--width-3"
      />
      <DateField
        name="opensOn"
        label={`${t("survey.opensOn")} ${t("common.optional")}`}
        errors={errors}
        values={values}
        defaultValue={defaults.settings.opensOn}
      />
      <DateField
        name="closesOn"
        label={`${t("survey.closesOn")} ${t("common.optional")}`}
        errors={errors}
        values={values}
        defaultValue={defaults.settings.closesOn}
      />
      <TextInput
        name="retentionDays"
        label={t("survey.retention")}
        hint={t("survey.retentionHint")}
        errors={errors}
        values={values}
        defaultValue={String(defaults.settings.retentionDays)}
        widthClass="govuk-input--width-5"
      />
    </>
  );
}
