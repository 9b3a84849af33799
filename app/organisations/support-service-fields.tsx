import { useTranslation } from "react-i18next";
import { Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";

export type SupportServiceDefaults = {
  name: string;
  nameCy: string;
  description: string;
  descriptionCy: string;
  phone: string;
  url: string;
  hours: string;
  hoursCy: string;
};

/** The fields of one support service, English and Welsh side by side in reading order. */
export function SupportServiceFields({
  defaults,
  errors,
  values,
}: {
  defaults?: SupportServiceDefaults;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = useTranslation();
  const common = { errors, values };
  return (
    <>
      <TextInput name="name" label={t("distribution.support.name")} defaultValue={defaults?.name} {...common} />
      <TextInput name="nameCy" label={t("distribution.support.nameCy")} defaultValue={defaults?.nameCy} {...common} />
      <Textarea
        name="description"
        label={t("distribution.support.description")}
        hint={t("distribution.support.descriptionHint")}
        defaultValue={defaults?.description}
        rows={3}
        {...common}
      />
      <Textarea
        name="descriptionCy"
        label={t("distribution.support.descriptionCy")}
        defaultValue={defaults?.descriptionCy}
        rows={3}
        {...common}
      />
      <TextInput
        name="phone"
        label={t("distribution.support.phone")}
        hint={t("distribution.support.phoneHint")}
        defaultValue={defaults?.phone}
        widthClass="govuk-input--width-20"
        {...common}
      />
      <TextInput
        name="url"
        label={t("distribution.support.url")}
        hint={t("distribution.support.urlHint")}
        defaultValue={defaults?.url}
        spellCheck={false}
        {...common}
      />
      <TextInput
        name="hours"
        label={t("distribution.support.hours")}
        hint={t("distribution.support.hoursHint")}
        defaultValue={defaults?.hours}
        {...common}
      />
      <TextInput name="hoursCy" label={t("distribution.support.hoursCy")} defaultValue={defaults?.hoursCy} {...common} />
    </>
  );
}
