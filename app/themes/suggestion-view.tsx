import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Count } from "../insights/count";
import type { Shown } from "../insights/disclosure";
import type { SentimentLabel } from "./tokenise";

export type SuggestionCard = {
  signature: string;
  terms: string[];
  size: number;
  sentiment: { label: SentimentLabel; shown: Shown }[];
  examples: { responseId: number; text: string; language: string }[];
  more: { responseId: number; text: string; language: string }[];
};

/** One suggested group: its key terms, size, sentiment mix and typical answers. */
export function SuggestionSummary({ suggestion, link }: { suggestion: SuggestionCard; link?: string }) {
  const { t } = useTranslation();
  const terms = suggestion.terms.join(", ");
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{t("themes.suggestions.group", { terms })}</h2>
        {link ? (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <Link className="govuk-link" to={link}>
                {t("themes.suggestions.review")}
                <span className="govuk-visually-hidden"> {t("themes.suggestions.group", { terms })}</span>
              </Link>
            </li>
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body">{t("themes.suggestions.size", { count: suggestion.size })}</p>
        <p className="govuk-body-s">
          {t("themes.suggestions.mix")}{" "}
          {suggestion.sentiment.map((part, i) => (
            <span key={part.label}>
              {i > 0 ? "; " : null}
              {t(`themes.summary.${part.label}`)}: <Count shown={part.shown} />
            </span>
          ))}
        </p>
        <h3 className="govuk-heading-s">{t("themes.suggestions.examples")}</h3>
        {suggestion.examples.map((example) => (
          <blockquote
            className="govuk-inset-text vv-pre-line govuk-!-margin-top-2 govuk-!-margin-bottom-2"
            key={example.responseId}
            lang={example.language}
          >
            {example.text}
          </blockquote>
        ))}
        {!link && suggestion.more.length ? (
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t("themes.suggestions.more")}</span>
            </summary>
            <div className="govuk-details__text">
              {suggestion.more.map((answer) => (
                <p className="govuk-body vv-pre-line" key={answer.responseId} lang={answer.language}>
                  {answer.text}
                </p>
              ))}
            </div>
          </details>
        ) : null}
      </div>
    </div>
  );
}
