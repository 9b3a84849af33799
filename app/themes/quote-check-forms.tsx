import { Form, type ShouldRevalidateFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { ErrorMessage } from "~/components/form/fields";
import type { FieldErrors } from "~/components/form/parse-form";
import { quoteField, quoteHashField, type QuoteState } from "./quote-check";

/**
 * For the routes whose forms decide on quotes: after a refused submission, read the page again, as a browser without
 * scripts does. Remix (single fetch) skips that after a 4xx, but a refusal because a quote's words changed must show
 * the words as they are now, with their fingerprint, or the next press would be refused again for the same reason.
 */
export const revalidateAfterRefusal: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus !== undefined && actionStatus >= 400 ? true : defaultShouldRevalidate;

export type QuoteOnPage = { id: number; text: string; language: string; textHash: string; state: QuoteState };

/**
 * One quote on the theme's page with "Leave this quote out" (ADR 0017). The form sends the fingerprint of the words
 * shown, so leaving out counts only for those words; a refusal because they changed shows its message here, by the
 * quote as it reads now (the error summary links to the button).
 */
export function LeaveOutQuote({ quote, errors }: { quote: QuoteOnPage; errors?: FieldErrors }) {
  const { t } = useTranslation();
  const field = quoteField(quote.id);
  const error = errors?.[field];
  return (
    <div data-testid="summary-quote" className={error ? "govuk-form-group govuk-form-group--error" : undefined}>
      {error ? <ErrorMessage id={`${field}-error`} message={t(error)} /> : null}
      <blockquote className="govuk-inset-text vv-pre-line govuk-!-margin-bottom-1" lang={quote.language}>
        {quote.text}
      </blockquote>
      {/* The quote check (ADR 0017): leaving a quote out here keeps it from every pack and the public page. */}
      <Form method="post" className="vv-no-print govuk-!-margin-bottom-4">
        {quote.state === "unread" ? (
          <strong className="govuk-tag govuk-tag--grey govuk-!-margin-right-2">{t("quoteCheck.theme.notRead")}</strong>
        ) : null}
        <input type="hidden" name="codingId" value={quote.id} />
        <input type="hidden" name={quoteHashField(quote.id)} value={quote.textHash} />
        <button
          type="submit"
          name="intent"
          value="withhold"
          id={field}
          aria-describedby={error ? `${field}-error` : undefined}
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
        >
          {t("quoteCheck.theme.leaveOut")}
        </button>
      </Form>
    </div>
  );
}

type LeftOut = { id: number; text: string; language: string; textHash: string; decidedBy: string | null; decidedAt: string };

/**
 * Quotes someone left out, each with "Put back for checking" (its own small form, with the fingerprint of the words
 * shown): on the theme's page and at a pack's issue step, the places a quote can be left out. Never printed.
 */
export function LeftOutQuotes({
  quotes,
  intro,
  errors,
  headingLevel = 3,
}: {
  quotes: LeftOut[];
  intro: string;
  errors?: FieldErrors;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  if (quotes.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="left-out-heading" className="vv-no-print" data-testid="left-out-quotes">
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"} id="left-out-heading">
        {t("quoteCheck.leftOut.heading")}
      </Heading>
      <p className="govuk-body-s">{intro}</p>
      {quotes.map((quote) => {
        const field = quoteField(quote.id);
        const error = errors?.[field];
        const date = formatDate(quote.decidedAt, i18n.language);
        return (
          <div
            key={`${quote.id}-${quote.textHash}`}
            data-testid="left-out-quote"
            className={error ? "govuk-form-group govuk-form-group--error" : undefined}
          >
            {error ? <ErrorMessage id={`${field}-error`} message={t(error)} /> : null}
            <blockquote className="govuk-inset-text vv-pre-line govuk-!-margin-bottom-1" lang={quote.language}>
              {quote.text}
            </blockquote>
            <Form method="post" className="govuk-!-margin-bottom-4">
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                {quote.decidedBy
                  ? t("quoteCheck.leftOut.by", { name: quote.decidedBy, date })
                  : t("quoteCheck.leftOut.on", { date })}
              </p>
              <input type="hidden" name="codingId" value={quote.id} />
              <input type="hidden" name={quoteHashField(quote.id)} value={quote.textHash} />
              <button
                type="submit"
                name="intent"
                value="put-back"
                id={field}
                aria-describedby={error ? `${field}-error` : undefined}
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                data-module="govuk-button"
              >
                {t("quoteCheck.leftOut.putBack")}
                <span className="govuk-visually-hidden">
                  {": "}
                  {t("quoteCheck.leftOut.putBackHidden", { start: quote.text.slice(0, 60) })}
                </span>
              </button>
            </Form>
          </div>
        );
      })}
    </section>
  );
}
