/** Radios and checkboxes in GOV.UK markup: choices, ratings, yes/no and matrix rows. */
import type { TFunction } from "i18next";
import { Fragment } from "react";
import { inputId, otherFieldName, partFieldName } from "./ids";
import type { OptionView, Value } from "./types";

type Props = {
  /** The question's name, for ids. */
  name: string;
  /** The posted field name. */
  field: string;
  options: OptionView[];
  isChecked: (stored: Value) => boolean;
  t: TFunction;
  multiple?: boolean;
  inline?: boolean;
  /** The first input's index in the question's ids (matrix rows continue the count). */
  firstIndex?: number;
  /** The "something else" text, shown under its option (always visible without JavaScript). */
  other?: { text: string; error: boolean };
  /** The whole question cannot be changed now (survey-core's enableIf). */
  disabled?: boolean;
};

export function ChoiceInputs({ name, field, options, isChecked, t, multiple, inline, firstIndex = 0, other, disabled }: Props) {
  const block = multiple ? "govuk-checkboxes" : "govuk-radios";
  const firstOptOut = options.findIndex((option) => option.optOut);
  const otherId = inputId(name, "other");
  return (
    <div className={`${block}${inline ? ` ${block}--inline` : ""}`} data-module={block}>
      {options.map((option, i) => {
        const id = inputId(name, firstIndex + i);
        return (
          <Fragment key={option.value}>
            {i === firstOptOut && i > 0 ? <div className={`${block}__divider`}>{t("answerForm.or")}</div> : null}
            <div className={`${block}__item`}>
              <input
                className={`${block}__input`}
                id={id}
                name={field}
                type={multiple ? "checkbox" : "radio"}
                value={option.value}
                defaultChecked={isChecked(option.stored)}
                disabled={disabled || option.disabled || undefined}
                // Exclusive ticking needs govuk-frontend's script; the server refuses the combination anyway.
                data-behaviour={multiple && option.optOut ? "exclusive" : undefined}
                data-aria-controls={option.other && other ? `${otherId}-conditional` : undefined}
              />
              <label className={`govuk-label ${block}__label${option.image ? " vv-image-choice" : ""}`} htmlFor={id}>
                {option.image ? (
                  // The picture says the choice to a screen reader; its words show beside it for everyone else.
                  <>
                    <img className="vv-image-choice__image" src={option.image} alt={option.label} />
                    <span aria-hidden="true">{option.label}</span>
                  </>
                ) : (
                  option.label
                )}
              </label>
            </div>
            {option.other && other ? (
              <div className={`${block}__conditional`} id={`${otherId}-conditional`}>
                <div className="govuk-form-group">
                  <label className="govuk-label" htmlFor={otherId}>
                    {t("answerForm.pleaseSay")}
                  </label>
                  <input
                    className={`govuk-input${other.error ? " govuk-input--error" : ""}`}
                    id={otherId}
                    name={otherFieldName(name)}
                    type="text"
                    defaultValue={other.text}
                    disabled={disabled || undefined}
                  />
                </div>
              </div>
            ) : null}
          </Fragment>
        );
      })}
    </div>
  );
}

/** A matrix: one small fieldset per row, its columns as inline radios. */
export function MatrixRows({
  name,
  rows,
  columns,
  value,
  t,
  disabled,
}: {
  name: string;
  rows: OptionView[];
  columns: OptionView[];
  value: unknown;
  t: TFunction;
  disabled?: boolean;
}) {
  const cells = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return (
    <>
      {rows.map((row, r) => (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={row.value}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{row.label}</legend>
          <ChoiceInputs
            name={name}
            field={partFieldName(name, row.value)}
            options={columns}
            isChecked={(stored) => Object.hasOwn(cells, row.value) && cells[row.value] === stored}
            t={t}
            inline
            firstIndex={r * columns.length}
            disabled={disabled}
          />
        </fieldset>
      ))}
    </>
  );
}
