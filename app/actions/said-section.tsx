import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import type { Shown } from "~/insights/disclosure";
import { Count } from "~/insights/count";
import { quoteHashField, type QuoteState } from "~/themes/quote-check";
import { MAX_QUOTES } from "./schemas";

type Theme = { id: number; name: string; nameCy: string; codebook: string; respondents: Shown };
type Passage = { codingId: number; text: string; language: string; state?: QuoteState; textHash?: string };
type Choice = { themeId: number; name: string; nameCy: string; passages: Passage[] };

/**
 * The quote chooser: one set of boxes, grouped by theme, of redacted passages only. Each box travels with the
 * fingerprint of the words beside it, so choosing (which confirms the quote, ADR 0017) counts only for those words.
 */
function QuoteChooser({
  choices,
  chosen,
  threshold,
  errors,
  values,
}: {
  choices: Choice[];
  chosen: number[];
  threshold: number;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const error = errors?.codingId;
  // After a refusal, what was ticked (less any quote whose words changed); otherwise what is chosen now.
  const sent = values?.codingId;
  const ticked = Array.isArray(sent) ? sent.map(Number) : chosen;
  return (
    <Form method="post" className="vv-no-print">
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <fieldset className="govuk-fieldset" aria-describedby={`codingId-hint${error ? " codingId-error" : ""}`} id="codingId">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("actions.said.chooseHeading")}</legend>
          <div id="codingId-hint" className="govuk-hint">
            {t("actions.said.chooseHint", { threshold, max: MAX_QUOTES })} {t("quoteCheck.public.hint")}
          </div>
          {error ? (
            <p id="codingId-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(error)}
            </p>
          ) : null}
          {choices.map((choice) => (
            <div key={choice.themeId} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-font-weight-bold">{cy && choice.nameCy ? choice.nameCy : choice.name}</p>
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {choice.passages.map((passage) => (
                  // Keyed by its words too: a quote whose text changed is a new box, not one still ticked in the browser.
                  <div className="govuk-checkboxes__item" key={`${passage.codingId}-${passage.textHash}`}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`quote-${choice.themeId}-${passage.codingId}`}
                      name="codingId"
                      type="checkbox"
                      value={passage.codingId}
                      defaultChecked={ticked.includes(passage.codingId)}
                    />
                    <input type="hidden" name={quoteHashField(passage.codingId)} value={passage.textHash ?? ""} />
                    <label
                      className="govuk-label govuk-checkboxes__label vv-pre-line"
                      htmlFor={`quote-${choice.themeId}-${passage.codingId}`}
                      lang={passage.language}
                    >
                      {passage.text}
                    </label>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </fieldset>
      </div>
      <button
        type="submit"
        name="intent"
        value="quotes"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
      >
        {t("actions.said.saveQuotes")}
      </button>
    </Form>
  );
}

/** What people said: the linked themes with their figures after disclosure control, and the chosen quotes. */
export function SaidSection({
  themes,
  threshold,
  quotes,
  choices,
  canChoose,
  errors,
  values,
}: {
  themes: Theme[];
  threshold: number;
  quotes: Passage[];
  choices: Choice[];
  canChoose: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const chosen = quotes.map((quote) => quote.codingId);
  // Chosen before the quote check, or changed since it was confirmed: kept off the public page until chosen again.
  const unconfirmed = quotes.filter((quote) => quote.state !== undefined && quote.state !== "safe").length;
  return (
    <section aria-labelledby="said-heading">
      <h2 className="govuk-heading-m" id="said-heading">
        {t("actions.said.heading")}
      </h2>
      {themes.length === 0 ? (
        <p className="govuk-body">{t("actions.said.none")}</p>
      ) : (
        <>
          <table className="govuk-table" data-testid="action-themes">
            <caption className="govuk-table__caption govuk-table__caption--s">{t("actions.said.caption")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("actions.said.theme")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("actions.said.codebook")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("actions.said.respondents")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {themes.map((theme) => (
                <tr className="govuk-table__row" key={theme.id}>
                  <td className="govuk-table__cell">{cy && theme.nameCy ? theme.nameCy : theme.name}</td>
                  <td className="govuk-table__cell">{theme.codebook}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <Count shown={theme.respondents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="govuk-body-s">{t("actions.said.smallNumbers", { threshold })}</p>
        </>
      )}
      <h3 className="govuk-heading-s">{t("actions.said.quotesHeading")}</h3>
      {unconfirmed > 0 ? (
        <div className="govuk-inset-text" data-testid="quotes-unconfirmed">
          {t("quoteCheck.public.unconfirmed", { count: unconfirmed })}
        </div>
      ) : null}
      {quotes.length === 0 ? (
        <p className="govuk-body">{t("actions.said.noQuotes")}</p>
      ) : (
        <ul className="govuk-list" data-testid="action-quotes">
          {quotes.map((quote) => (
            <li key={quote.codingId}>
              <blockquote className="govuk-inset-text vv-pre-line" lang={quote.language}>
                {quote.text}
              </blockquote>
            </li>
          ))}
        </ul>
      )}
      {canChoose && themes.length ? (
        choices.some((choice) => choice.passages.length) ? (
          <QuoteChooser choices={choices} chosen={chosen} threshold={threshold} errors={errors} values={values} />
        ) : (
          <p className="govuk-body">{t("actions.said.nothingToQuote")}</p>
        )
      ) : null}
    </section>
  );
}
