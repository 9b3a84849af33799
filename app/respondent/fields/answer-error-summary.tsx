import { useTranslation } from "react-i18next";
import { isLanguage } from "~/i18n/i18n";
import { inputId } from "./ids";
import type { Lang, QuestionErrors } from "./types";

/** GOV.UK error summary: each message links to the first input of its question. */
export function AnswerErrorSummary({
  errors,
  general,
  lang,
}: {
  errors: QuestionErrors;
  general: string[];
  lang: Lang;
}): JSX.Element | null {
  const { t } = useTranslation(undefined, { lng: isLanguage(lang) ? lang : "en" });
  const entries = Object.entries(errors ?? {}).filter(([, messages]) => Array.isArray(messages) && messages.length > 0);
  if (entries.length === 0 && (general ?? []).length === 0) return null;
  return (
    // Focus goes to the summary when the page loads, as GOV.UK's script would do, but without a script.
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} autoFocus>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t("answerForm.errorSummaryTitle")}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {(general ?? []).map((message, i) => (
              <li key={`general-${i}`}>{message}</li>
            ))}
            {entries.flatMap(([name, messages]) =>
              messages.map((message, i) => (
                <li key={`${name}-${i}`}>
                  <a href={`#${inputId(name)}`}>{message}</a>
                </li>
              )),
            )}
          </ul>
        </div>
      </div>
    </div>
  );
}
