import { useTranslation } from "react-i18next";
import { Select, Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { themeName } from "./codebook";

type Defaults = { name: string; nameCy: string; description: string; descriptionCy: string; parentId: number | null };

/** A theme's names and descriptions in both languages, and its parent (top-level themes only: two levels at most). */
export function ThemeFields({
  defaults,
  parents,
  errors,
  values,
}: {
  defaults?: Partial<Defaults>;
  parents: { id: number; name: string; nameCy: string }[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const common = { errors, values };
  return (
    <>
      <TextInput name="name" label={t("themes.fields.name")} defaultValue={defaults?.name} autoComplete="off" {...common} />
      <TextInput
        name="nameCy"
        label={t("themes.fields.nameCy")}
        hint={t("themes.fields.nameCyHint")}
        defaultValue={defaults?.nameCy}
        autoComplete="off"
        {...common}
      />
      <Textarea
        name="description"
        label={t("themes.fields.description")}
        hint={t("themes.fields.descriptionHint")}
        defaultValue={defaults?.description}
        rows={3}
        {...common}
      />
      <Textarea
        name="descriptionCy"
        label={t("themes.fields.descriptionCy")}
        defaultValue={defaults?.descriptionCy}
        rows={3}
        {...common}
      />
      <Select
        name="parentId"
        label={t("themes.fields.parent")}
        hint={t("themes.fields.parentHint")}
        defaultValue={defaults?.parentId ? String(defaults.parentId) : ""}
        options={[
          { value: "", label: t("themes.fields.noParent") },
          ...parents.map((p) => ({ value: String(p.id), label: themeName(p, i18n.language) })),
        ]}
        {...common}
      />
    </>
  );
}
