import { Form } from "@remix-run/react";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { Checkboxes } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { themeName, type ListedTheme } from "./codebook";
import type { Sentence } from "./passages";

function FieldError({ name, errors }: { name: string; errors?: FieldErrors }) {
  const { t } = useTranslation();
  const error = errors?.[name];
  return error ? (
    <p id={`${name}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(error)}
    </p>
  ) : null;
}

/**
 * The answer as one text node, so a selection's offsets are offsets into the
 * answer. With JavaScript, selecting text in it fills in where the passage
 * starts and ends; without, the form works the same by typing or ticking.
 */
export function AnswerText({ text }: { text: string }) {
  return (
    <p className="govuk-body vv-pre-line govuk-!-margin-bottom-2" id="answer-text" data-testid="answer-text">
      {text}
    </p>
  );
}

function useSelectionOffsets(onSelect: (start: number, end: number) => void) {
  const latest = useRef(onSelect);
  latest.current = onSelect;
  useEffect(() => {
    const element = document.getElementById("answer-text");
    const node = element?.firstChild;
    if (!element || !node) return;
    const read = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (range.startContainer !== node || range.endContainer !== node) return;
      latest.current(range.startOffset, range.endOffset);
    };
    element.addEventListener("mouseup", read);
    element.addEventListener("keyup", read);
    return () => {
      element.removeEventListener("mouseup", read);
      element.removeEventListener("keyup", read);
    };
  }, []);
}

/** Tag a passage of one answer with themes: whole answer, sentences, or typed offsets. */
export function CodingForm({
  text,
  sentences,
  themes,
  errors,
  values,
}: {
  text: string;
  sentences: Sentence[];
  themes: ListedTheme[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  useSelectionOffsets((start, end) => {
    const fields = form.current?.elements;
    if (!fields) return;
    (fields.namedItem("start") as HTMLInputElement).value = String(start);
    (fields.namedItem("end") as HTMLInputElement).value = String(end);
    setSelected({ start, end });
  });
  const ticked = Array.isArray(values?.sentence) ? values.sentence : ["whole"];
  // "The whole answer" and the sentences exclude each other once scripts run; without, any ticked sentence wins.
  const exclusive = (event: ChangeEvent<HTMLInputElement>) => {
    if (!event.target.checked) return;
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[name="sentence"]') ?? []) {
      if (box === event.target) continue;
      if (event.target.value === "whole" || box.value === "whole") box.checked = false;
    }
  };
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  if (themes.length === 0) return <p className="govuk-body">{t("themes.coding.noThemes")}</p>;
  return (
    <Form method="post" noValidate ref={form}>
      <input type="hidden" name="intent" value="tag" />
      <div className={`govuk-form-group${errors?.sentence ? " govuk-form-group--error" : ""}`}>
        <fieldset className="govuk-fieldset" aria-describedby="sentence-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("themes.coding.passageLegend")}</legend>
          <div id="sentence-hint" className="govuk-hint">
            {t("themes.coding.passageHint")}
          </div>
          <FieldError name="sentence" errors={errors} />
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="sentence"
                name="sentence"
                type="checkbox"
                value="whole"
                defaultChecked={ticked.includes("whole")}
                onChange={exclusive}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="sentence">
                {t("themes.coding.whole")}
              </label>
            </div>
            {sentences.length > 1
              ? sentences.map((sentence, i) => (
                  <div className="govuk-checkboxes__item" key={sentence.start}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`sentence-${i}`}
                      name="sentence"
                      type="checkbox"
                      value={String(i)}
                      defaultChecked={ticked.includes(String(i))}
                      onChange={exclusive}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`sentence-${i}`}>
                      {sentence.text}
                    </label>
                  </div>
                ))
              : null}
          </div>
        </fieldset>
      </div>
      <div className={`govuk-form-group${errors?.start ? " govuk-form-group--error" : ""}`}>
        <fieldset className="govuk-fieldset" aria-describedby="offsets-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("themes.coding.offsetsLegend")}</legend>
          <div id="offsets-hint" className="govuk-hint">
            {t("themes.coding.offsetsHint", { length: text.length })}
          </div>
          <FieldError name="start" errors={errors} />
          <div className="govuk-date-input">
            {(["start", "end"] as const).map((name) => (
              <div className="govuk-date-input__item" key={name}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={name}>
                    {t(`themes.coding.${name}`)}
                  </label>
                  <input
                    className={`govuk-input govuk-input--width-5${errors?.start ? " govuk-input--error" : ""}`}
                    id={name}
                    name={name}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    defaultValue={typeof values?.[name] === "string" ? values[name] : ""}
                  />
                </div>
              </div>
            ))}
          </div>
          <p className="govuk-body-s govuk-!-margin-top-2" aria-live="polite">
            {selected ? t("themes.coding.selection", selected) : ""}
          </p>
        </fieldset>
      </div>
      <Checkboxes
        name="themeId"
        label={t("themes.coding.themesLegend")}
        errors={errors}
        values={values}
        options={themes.map((theme) => {
          const parent = theme.parentId ? byId.get(theme.parentId) : undefined;
          return {
            value: String(theme.id),
            label: themeName(theme, i18n.language),
            hint: parent ? t("themes.codebook.subThemeOf", { parent: themeName(parent, i18n.language) }) : undefined,
          };
        })}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {t("themes.coding.tag")}
      </button>
    </Form>
  );
}
