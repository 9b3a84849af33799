import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Radios, Textarea, TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { textIn } from "~/surveys/survey-json";
import type { OutcomeMeasure } from "./measures";

type MeasureRow = Pick<OutcomeMeasure, "key" | "kind" | "bankId" | "scale" | "improvedWhen"> & { element: unknown };
type Failed = { errors?: FieldErrors; values?: FormValues } | undefined;

function MeasureButton({
  intent,
  k,
  label,
  hidden,
  direction,
}: {
  intent: string;
  k: string;
  label: string;
  hidden: string;
  direction?: string;
}) {
  return (
    <Form method="post" className="vv-inline-form">
      <input type="hidden" name="key" value={k} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button
        type="submit"
        name="intent"
        value={intent}
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        data-module="govuk-button"
      >
        {label}
        <span className="govuk-visually-hidden"> {hidden}</span>
      </button>
    </Form>
  );
}

/** A version's measures in order; in a draft each can be moved or removed. */
export function MeasureList({ measures, editable }: { measures: MeasureRow[]; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "cy" ? "cy" : "en";
  if (measures.length === 0) return <p className="govuk-body">{t("commissioning.framework.noMeasures")}</p>;
  return (
    <ol className="govuk-list govuk-list--number" data-testid={editable ? "draft-measures" : "published-measures"}>
      {measures.map((m, index) => {
        const title = textIn((m.element as { title?: unknown }).title, lang) || m.key;
        return (
          <li key={m.key} className="govuk-!-margin-bottom-4">
            <span className="govuk-!-font-weight-bold">{title}</span>
            <br />
            <span className="govuk-body-s">
              {t(`commissioning.kinds.${m.kind}`)} ·{" "}
              {t(m.bankId ? "commissioning.framework.fromBank" : "commissioning.framework.own")} ·{" "}
              {t("commissioning.framework.scaleLine", {
                scale: m.scale.map((c) => c.text[lang] || c.text.en).join(" → "),
                better: t(`commissioning.improved.${m.improvedWhen}`),
              })}
            </span>
            {editable ? (
              <div className="govuk-button-group govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                {index > 0 ? (
                  <MeasureButton intent="move" direction="up" k={m.key} label={t("design.moveUp")} hidden={title} />
                ) : null}
                {index < measures.length - 1 ? (
                  <MeasureButton intent="move" direction="down" k={m.key} label={t("design.moveDown")} hidden={title} />
                ) : null}
                <MeasureButton intent="remove" k={m.key} label={t("commissioning.framework.remove")} hidden={title} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function NamesForm({
  intent,
  failed,
  name,
  nameCy,
}: {
  intent: "start" | "rename";
  failed: Failed;
  name?: string;
  nameCy?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate>
      <TextInput
        name="name"
        label={t("commissioning.framework.name")}
        errors={failed?.errors}
        values={failed?.values}
        defaultValue={name}
      />
      <TextInput
        name="nameCy"
        label={t("commissioning.framework.nameCy")}
        errors={failed?.errors}
        values={failed?.values}
        defaultValue={nameCy}
      />
      <button
        type="submit"
        name="intent"
        value={intent}
        className={`govuk-button${intent === "rename" ? " govuk-button--secondary" : ""}`}
        data-module="govuk-button"
      >
        {t(intent === "start" ? "commissioning.framework.start" : "commissioning.framework.rename")}
      </button>
    </Form>
  );
}

type BankGroup = { kind: string; questions: { id: string; title: { en: string; cy: string } }[] };

export function BankPicker({ bank, failed }: { bank: BankGroup[]; failed: Failed }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "cy" ? "cy" : "en";
  const options = bank.flatMap((group) =>
    group.questions.map((q) => ({ value: q.id, label: `${t(`commissioning.kinds.${group.kind}`)}: ${q.title[lang]}` })),
  );
  if (options.length === 0) return <p className="govuk-body">{t("commissioning.framework.bankUsed")}</p>;
  return (
    <Form method="post" noValidate>
      <Radios
        name="bankId"
        label={t("commissioning.framework.bankLabel")}
        hint={t("commissioning.framework.bankHint")}
        options={options}
        errors={failed?.errors}
        values={failed?.values}
      />
      <button type="submit" name="intent" value="add-bank" className="govuk-button" data-module="govuk-button">
        {t("commissioning.framework.addBank")}
      </button>
    </Form>
  );
}

export function OwnMeasureForm({ failed }: { failed: Failed }) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate>
      <TextInput
        name="key"
        label={t("commissioning.framework.key")}
        hint={t("commissioning.framework.keyHint")}
        errors={failed?.errors}
        values={failed?.values}
        widthClass="govuk-input--width-20"
        spellCheck={false}
      />
      <Radios
        name="kind"
        label={t("commissioning.framework.kind")}
        options={["outcome", "victims_code", "satisfaction"].map((k) => ({ value: k, label: t(`commissioning.kinds.${k}`) }))}
        errors={failed?.errors}
        values={failed?.values}
        defaultValue="outcome"
      />
      <TextInput name="title" label={t("commissioning.framework.question")} errors={failed?.errors} values={failed?.values} />
      <TextInput name="titleCy" label={t("commissioning.framework.questionCy")} errors={failed?.errors} values={failed?.values} />
      <Textarea
        name="scale"
        label={t("commissioning.framework.scale")}
        hint={t("commissioning.framework.scaleHint")}
        errors={failed?.errors}
        values={failed?.values}
        rows={5}
      />
      <Textarea
        name="scaleCy"
        label={t("commissioning.framework.scaleCy")}
        hint={t("commissioning.framework.scaleCyHint")}
        errors={failed?.errors}
        values={failed?.values}
        rows={5}
      />
      <Radios
        name="improvedWhen"
        label={t("commissioning.framework.improvedWhen")}
        options={["higher", "lower"].map((k) => ({ value: k, label: t(`commissioning.improvedChoice.${k}`) }))}
        errors={failed?.errors}
        values={failed?.values}
        defaultValue="higher"
      />
      <button type="submit" name="intent" value="add-own" className="govuk-button" data-module="govuk-button">
        {t("commissioning.framework.addOwn")}
      </button>
    </Form>
  );
}
