/** The GOV.UK form group around one question: label or legend, hints, error message, wired by id. */
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { inputId } from "./ids";
import type { QuestionView } from "./types";

type Hint = { id: string; text: string; lang?: string };

/** The hints under a question's title: its description, why it is compulsory, and how to answer. */
export function hintsOf(view: QuestionView, t: TFunction): Hint[] {
  const id = inputId(view.name);
  const hints: Hint[] = [];
  if (view.description) hints.push({ id: `${id}-hint`, text: view.description, lang: view.lang });
  if (view.reason) hints.push({ id: `${id}-reason`, text: t("answerForm.whyWeAsk", { reason: view.reason }) });
  if (view.kind === "comment")
    hints.push({ id: `${id}-limit`, text: t("answerForm.limitHint", { limit: view.limit.toLocaleString("en-GB") }) });
  if (view.kind === "ranking") hints.push({ id: `${id}-how`, text: t("answerForm.rankingHint", { count: view.items.length }) });
  if (view.kind === "rating") {
    const first = view.options[0];
    const last = view.options[view.options.length - 1];
    const ends = [
      view.minText && first ? t("answerForm.ratingEnd", { value: first.label, text: view.minText }) : "",
      view.maxText && last ? t("answerForm.ratingEnd", { value: last.label, text: view.maxText }) : "",
    ].filter(Boolean);
    if (ends.length) hints.push({ id: `${id}-scale`, text: ends.join(" ") });
  }
  return hints;
}

/** The ids a control's aria-describedby lists: its hints and its error. */
export function describedBy(view: QuestionView, t: TFunction, errors: string[]): string | undefined {
  const ids = hintsOf(view, t).map((hint) => hint.id);
  if (errors.length) ids.push(`${inputId(view.name)}-error`);
  return ids.join(" ") || undefined;
}

export function QuestionShell({
  view,
  errors,
  t,
  fieldset,
  size = "m",
  markOptional = true,
  anchor = false,
  children,
}: {
  view: QuestionView;
  errors: string[];
  t: TFunction;
  /** Radios, checkboxes, ratings, yes/no, matrices and rankings are a group of inputs: a fieldset and legend. */
  fieldset: boolean;
  /** The title's size: "s" for the parts of a question of several parts. */
  size?: "m" | "s";
  /** Whether "(optional)" follows the title of a question that is not compulsory. */
  markOptional?: boolean;
  /** A question of several parts has no input of its own: its fieldset takes the error summary's link and focus. */
  anchor?: boolean;
  children: ReactNode;
}) {
  const id = inputId(view.name);
  // A title that fell back to another language says so; "(optional)" stays in the page's language.
  const title = (
    <>
      {view.lang ? <span lang={view.lang}>{view.title}</span> : view.title}
      {view.required || !markOptional ? null : ` ${t("answerForm.optional")}`}
    </>
  );
  const inner = (
    <>
      {hintsOf(view, t).map((hint) => (
        <div key={hint.id} id={hint.id} className="govuk-hint" lang={hint.lang}>
          {hint.text}
        </div>
      ))}
      {errors.length ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t("answerForm.errorPrefix")}</span> {errors.join(" ")}
        </p>
      ) : null}
      {children}
    </>
  );
  return (
    <div className={`govuk-form-group${errors.length ? " govuk-form-group--error" : ""}`}>
      {fieldset ? (
        <fieldset
          className="govuk-fieldset"
          aria-describedby={describedBy(view, t, errors)}
          id={anchor ? id : undefined}
          tabIndex={anchor ? -1 : undefined}
        >
          <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${size}`}>{title}</legend>
          {inner}
        </fieldset>
      ) : (
        <>
          <label className={`govuk-label govuk-label--${size}`} htmlFor={id}>
            {title}
          </label>
          {inner}
        </>
      )}
    </div>
  );
}
