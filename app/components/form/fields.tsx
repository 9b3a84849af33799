import { useTranslation } from "react-i18next";
import type { FieldErrors, FormValues } from "./parse-form";

type Common = {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  values?: FormValues;
};

function ErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {message}
    </p>
  );
}

export function TextInput({
  name,
  label,
  hint,
  errors,
  values,
  type = "text",
  autoComplete,
  defaultValue,
  widthClass,
  spellCheck,
}: Common & {
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  widthClass?: string;
  spellCheck?: boolean;
}) {
  const { t } = useTranslation();
  const error = errors?.[name];
  const value = values?.[name];
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div id={`${name}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${name}-error`} message={t(error)} /> : null}
      <input
        className={`govuk-input${widthClass ? ` ${widthClass}` : ""}${error ? " govuk-input--error" : ""}`}
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        defaultValue={typeof value === "string" ? value : defaultValue}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

export function Checkboxes({
  name,
  label,
  hint,
  errors,
  values,
  options,
  defaultChecked = [],
}: Common & { options: { value: string; label: string; hint?: string }[]; defaultChecked?: string[] }) {
  const { t } = useTranslation();
  const error = errors?.[name];
  const submitted = values?.[name];
  const checked = Array.isArray(submitted) ? submitted : defaultChecked;
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${name}-error`} message={t(error)} /> : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
