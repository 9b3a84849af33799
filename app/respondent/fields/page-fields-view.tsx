/**
 * One survey page as plain GOV.UK form fields, from a page view (survey-engine's pageView).
 * No survey-core here: the view is plain data, so a page can render it without the survey library.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { isLanguage } from "~/i18n/i18n";
import { sanitiseForDisplay } from "~/surveys/safe-html";
import { ChoiceInputs, MatrixRows } from "./choice-fields";
import { COMPOSITE, GroupFields, type RenderElement } from "./group-fields";
import { CountedTextarea } from "./counted-textarea";
import { fieldName, inputId, otherFieldName, partFieldName } from "./ids";
import { describedBy, QuestionShell } from "./shell";
import type { Answers, ElementView, Lang, QuestionErrors, QuestionView, Value } from "./types";

const own = (answers: Answers, key: string): unknown => (Object.hasOwn(answers, key) ? answers[key] : undefined);
const asText = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

type ControlProps = {
  view: QuestionView;
  value: unknown;
  comment: unknown;
  errors: string[];
  /** Every message on the page, by question or part name: the parts of a question of several parts have their own. */
  allErrors: QuestionErrors;
  t: TFunction;
  renderElement: RenderElement;
};

function Control({ view, value, comment, errors, allErrors, t, renderElement }: ControlProps) {
  const id = inputId(view.name);
  const field = fieldName(view.name);
  const errorClass = (base: string) => (errors.length ? ` ${base}--error` : "");
  const ids = describedBy(view, t, errors);
  const is = (stored: Value) => value === stored;
  // A question survey-core has made read-only (enableIf) shows its answer; the server ignores it when posted.
  const disabled = view.readOnly || undefined;
  switch (view.kind) {
    case "text": {
      const type = ["email", "tel", "url", "date"].includes(view.inputType) ? view.inputType : "text";
      return (
        <input
          className={`govuk-input${view.numeric ? " govuk-input--width-5" : ""}${errorClass("govuk-input")}`}
          id={id}
          name={field}
          type={type}
          spellCheck={view.numeric ? false : undefined}
          inputMode={view.numeric ? "decimal" : undefined}
          defaultValue={asText(value)}
          aria-describedby={ids}
          maxLength={view.numeric ? undefined : view.limit}
          disabled={disabled}
        />
      );
    }
    case "comment":
      return (
        <CountedTextarea
          id={id}
          name={field}
          limit={view.limit}
          defaultValue={asText(value)}
          describedBy={ids}
          error={errors.length > 0}
          disabled={disabled}
          t={t}
        />
      );
    case "dropdown": {
      const other = view.options.find((option) => option.other);
      const chosen = view.options.find((option) => is(option.stored));
      return (
        <>
          <select
            className={`govuk-select${errorClass("govuk-select")}`}
            id={id}
            name={field}
            defaultValue={chosen?.value ?? ""}
            aria-describedby={ids}
            disabled={disabled}
          >
            <option value="">{t("answerForm.chooseAnswer")}</option>
            {view.options.map((option) => (
              <option key={option.value} value={option.value} disabled={option.disabled || undefined}>
                {option.label}
              </option>
            ))}
          </select>
          {other ? (
            <div className="govuk-form-group govuk-!-margin-top-4">
              <label className="govuk-label" htmlFor={inputId(view.name, "other")}>
                {t("answerForm.pleaseSay")}
              </label>
              <input
                className="govuk-input"
                id={inputId(view.name, "other")}
                name={otherFieldName(view.name)}
                type="text"
                defaultValue={asText(comment)}
                disabled={disabled}
              />
            </div>
          ) : null}
        </>
      );
    }
    case "radiogroup":
    case "checkbox": {
      const multiple = view.kind === "checkbox";
      const isChecked = multiple ? (stored: Value) => Array.isArray(value) && value.includes(stored) : is;
      return (
        <ChoiceInputs
          name={view.name}
          field={field}
          options={view.options}
          isChecked={isChecked}
          t={t}
          multiple={multiple}
          other={{ text: asText(comment), error: errors.length > 0 }}
          disabled={disabled}
        />
      );
    }
    case "rating":
    case "boolean":
      return (
        <ChoiceInputs name={view.name} field={field} options={view.options} isChecked={is} t={t} inline disabled={disabled} />
      );
    case "matrix":
      return <MatrixRows name={view.name} rows={view.rows} columns={view.columns} value={value} t={t} disabled={disabled} />;
    case "multipletext":
    case "matrixdropdown":
    case "matrixdynamic":
    case "paneldynamic":
      return <GroupFields view={view} value={value} errors={allErrors} t={t} renderElement={renderElement} />;
    case "ranking": {
      const order = Array.isArray(value) ? value : [];
      return (
        <>
          {view.items.map((item, i) => {
            const position = order.indexOf(item.stored) + 1;
            return (
              <div className="govuk-!-margin-bottom-4" key={item.value}>
                <label className="govuk-label" htmlFor={inputId(view.name, i)}>
                  {item.label}
                </label>
                <select
                  className={`govuk-select${errorClass("govuk-select")}`}
                  id={inputId(view.name, i)}
                  name={partFieldName(view.name, item.value)}
                  defaultValue={position > 0 ? String(position) : ""}
                  disabled={disabled}
                >
                  <option value="">{t("answerForm.choosePosition")}</option>
                  {view.items.map((_, n) => (
                    <option key={n} value={String(n + 1)}>
                      {n + 1}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </>
      );
    }
  }
}

function InfoBlock({ view, t }: { view: Extract<ElementView, { kind: "info" }>; t: TFunction }) {
  // The designer's check refuses anything outside the allow-list before a survey is published; a version stored
  // before that check, or by another route, still only reaches the page as text.
  const html = { __html: sanitiseForDisplay(view.html) };
  return view.contentWarning ? (
    <div
      className="govuk-inset-text"
      role="note"
      aria-label={t("answerForm.contentWarning")}
      lang={view.lang}
      dangerouslySetInnerHTML={html}
    />
  ) : (
    <div className="govuk-body" lang={view.lang} dangerouslySetInnerHTML={html} />
  );
}

/** A value the survey works out from the answers (an expression question): read-only text, never a field. */
function ComputedValue({ view }: { view: Extract<ElementView, { kind: "expression" }> }) {
  const id = inputId(view.name);
  return (
    <div className="govuk-form-group" lang={view.lang}>
      <h2 className="govuk-label govuk-label--s" id={`${id}-label`}>
        {view.title}
      </h2>
      {view.description ? <div className="govuk-hint">{view.description}</div> : null}
      <p className="govuk-body" id={id}>
        {view.value || "–"}
      </p>
    </div>
  );
}

const FIELDSET_KINDS = new Set([
  "radiogroup",
  "checkbox",
  "rating",
  "boolean",
  "matrix",
  "ranking",
  "multipletext",
  "matrixdropdown",
  "matrixdynamic",
  "paneldynamic",
]);

/**
 * One element of a page, or one part of a question of several parts (`part`: a smaller title; "(optional)" only where
 * its group mixes compulsory and optional parts).
 */
function ElementField({
  view,
  answers,
  errors,
  t,
  part,
}: {
  view: ElementView;
  answers: Answers;
  errors: QuestionErrors;
  t: TFunction;
  part?: { optionalShown: boolean };
}) {
  if (view.kind === "info") return <InfoBlock view={view} t={t} />;
  if (view.kind === "expression") return <ComputedValue view={view} />;
  const messages = Object.hasOwn(errors ?? {}, view.name) ? errors[view.name] : [];
  const renderElement: RenderElement = (inner, scoped, optionalShown) => (
    <ElementField key={inner.name} view={inner} answers={scoped} errors={errors} t={t} part={{ optionalShown }} />
  );
  return (
    <QuestionShell
      view={view}
      errors={messages}
      t={t}
      fieldset={FIELDSET_KINDS.has(view.kind)}
      size={part ? "s" : "m"}
      markOptional={part ? part.optionalShown : true}
      anchor={COMPOSITE.has(view.kind)}
    >
      <Control
        view={view}
        value={own(answers, view.name)}
        comment={own(answers, `${view.name}-Comment`)}
        errors={messages}
        allErrors={errors}
        t={t}
        renderElement={renderElement}
      />
    </QuestionShell>
  );
}

export function PageFieldsView({
  elements,
  answers,
  errors,
  lang,
}: {
  elements: ElementView[];
  answers: Answers;
  errors: QuestionErrors;
  lang: Lang;
}) {
  // Our own strings follow the survey's language where we have it (Welsh or English), English otherwise.
  const { t } = useTranslation(undefined, { lng: isLanguage(lang) ? lang : "en" });
  const safeAnswers = answers && typeof answers === "object" ? answers : {};
  return (
    <>
      {elements.map((view) => (
        <ElementField key={view.name} view={view} answers={safeAnswers} errors={errors ?? {}} t={t} />
      ))}
    </>
  );
}
