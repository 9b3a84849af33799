import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors, FormValues } from "./parse-form";

type Common = {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  values?: FormValues;
};

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {message}
    </p>
  );
}

function describedBy(name: string, hint?: string, error?: string) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <div id={`${name}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

/** The GOV.UK form group around one control: label, hint and error message, wired to the control by id. */
function FieldShell({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { describedBy?: string; errorClass: (base: string) => string }) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      {error ? <ErrorMessage id={`${name}-error`} message={t(error)} /> : null}
      {children({ describedBy: describedBy(name, hint, error), errorClass: (base) => (error ? ` ${base}--error` : "") })}
    </div>
  );
}

/** What the person typed, after an error; otherwise the stored value. */
function shown(values: FormValues | undefined, name: string, fallback: string | null | undefined) {
  const value = values?.[name];
  return typeof value === "string" ? value : (fallback ?? "");
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
  return (
    <FieldShell name={name} label={label} hint={hint} error={errors?.[name]}>
      {({ describedBy: ids, errorClass }) => (
        <input
          className={`govuk-input${widthClass ? ` ${widthClass}` : ""}${errorClass("govuk-input")}`}
          id={name}
          name={name}
          type={type}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          defaultValue={shown(values, name, defaultValue)}
          aria-describedby={ids}
        />
      )}
    </FieldShell>
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
  idFor,
}: Common & {
  options: { value: string; label: string; hint?: string }[];
  defaultChecked?: string[];
  /** Ids for each box, when links elsewhere point at them; the first box is the field's id otherwise. */
  idFor?: (value: string) => string;
}) {
  const { t } = useTranslation();
  const error = errors?.[name];
  const submitted = values?.[name];
  const checked = Array.isArray(submitted) ? submitted : defaultChecked;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint name={name} hint={hint} />
        {error ? <ErrorMessage id={`${name}-error`} message={t(error)} /> : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const id = idFor ? idFor(option.value) : index === 0 ? name : `${name}-${option.value}`;
            // "-item-hint" (as GOV.UK Frontend names it): the first box's id is the field's name, so "<id>-hint"
            // would repeat the id of the field's own hint and a screen reader would read the wrong one.
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
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

export function Textarea({
  name,
  label,
  hint,
  errors,
  values,
  defaultValue,
  rows = 5,
}: Common & { defaultValue?: string; rows?: number }) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={errors?.[name]}>
      {({ describedBy: ids, errorClass }) => (
        <textarea
          className={`govuk-textarea${errorClass("govuk-textarea")}`}
          id={name}
          name={name}
          rows={rows}
          defaultValue={shown(values, name, defaultValue)}
          aria-describedby={ids}
        />
      )}
    </FieldShell>
  );
}

export function Select({
  name,
  label,
  hint,
  errors,
  values,
  options,
  defaultValue,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={errors?.[name]}>
      {({ describedBy: ids, errorClass }) => (
        <select
          className={`govuk-select${errorClass("govuk-select")}`}
          id={name}
          name={name}
          defaultValue={shown(values, name, defaultValue)}
          aria-describedby={ids}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function Radios({
  name,
  label,
  hint,
  errors,
  values,
  options,
  defaultValue,
  inline,
  children,
}: Common & {
  options: { value: string; label: string }[];
  defaultValue?: string;
  inline?: boolean;
  /** What the question is about, shown under the legend and read with it (a quote to judge, for instance). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const error = errors?.[name];
  const submitted = values?.[name];
  const checked = typeof submitted === "string" ? submitted : defaultValue;
  const about = children ? `${name}-about` : null;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={[about, describedBy(name, hint, error)].filter(Boolean).join(" ") || undefined}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {about ? <div id={about}>{children}</div> : null}
        <Hint name={name} hint={hint} />
        {error ? <ErrorMessage id={`${name}-error`} message={t(error)} /> : null}
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`} data-module="govuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={checked === option.value}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A calendar date. Native date fields are keyboard-operable and give a picker on phones. */
export function DateField({ name, label, hint, errors, values, defaultValue }: Common & { defaultValue?: string | null }) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={errors?.[name]}>
      {({ describedBy: ids, errorClass }) => (
        <input
          className={`govuk-input govuk-input--width-10${errorClass("govuk-input")}`}
          id={name}
          name={name}
          type="date"
          defaultValue={shown(values, name, defaultValue)}
          aria-describedby={ids}
        />
      )}
    </FieldShell>
  );
}
