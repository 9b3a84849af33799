import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "./parse-form";

/**
 * GOV.UK error summary: lists every problem with a link to its field, and
 * takes focus so screen reader and keyboard users hear it first.
 */
export function ErrorSummary({ errors }: { errors?: FieldErrors }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t("common.errorSummaryTitle")}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {entries.map(([field, message]) => (
              <li key={field}>{field === "form" ? t(message) : <a href={`#${field}`}>{t(message)}</a>}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
