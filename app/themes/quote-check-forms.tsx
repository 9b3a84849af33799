import { Form, type ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";
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
 * One decision on one quote, in its own small form (ADR 0017): the quote as shown, the fingerprint of those words (so
 * the decision counts only for them) and the button that sends it. A refusal's message stands by the quote, as it
 * reads now; the error summary links to the button.
 */
function QuoteDecisionForm({
  quote,
  errors,
  intent,
  testId,
  noPrint = false,
  note,
  children,
}: {
  quote: Pick<QuoteOnPage, "id" | "text" | "language" | "textHash">;
  errors?: FieldErrors;
  intent: "withhold" | "put-back";
  testId: string;
  /** The form is left off a printed page (where its section is not already). */
  noPrint?: boolean;
  /** What the form says before its button: the quote's state, or who left it out. */
  note: ReactNode;
  /** The button's words. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const field = quoteField(quote.id);
  const error = errors?.[field];
  return (
    <div data-testid={testId} className={error ? "govuk-form-group govuk-form-group--error" : undefined}>
      {error ? <ErrorMessage id={`${field}-error`} message={t(error)} /> : null}
      <blockquote className="govuk-inset-text vv-pre-line govuk-!-margin-bottom-1" lang={quote.language}>
        {quote.text}
      </blockquote>
      <Form method="post" className={noPrint ? "vv-no-print govuk-!-margin-bottom-4" : "govuk-!-margin-bottom-4"}>
        {note}
        <input type="hidden" name="codingId" value={quote.id} />
        <input type="hidden" name={quoteHashField(quote.id)} value={quote.textHash} />
        <button
          type="submit"
          name="intent"
          value={intent}
          id={field}
          aria-describedby={error ? `${field}-error` : undefined}
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
        >
          {children}
        </button>
      </Form>
    </div>
  );
}

/**
 * One quote on the theme's page with "Leave this quote out" (ADR 0017): leaving a quote out here keeps it from every
 * pack and the public page, and counts only for the words shown.
 */
export function LeaveOutQuote({ quote, errors }: { quote: QuoteOnPage; errors?: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <QuoteDecisionForm
      quote={quote}
      errors={errors}
      intent="withhold"
      testId="summary-quote"
      noPrint
      note={
        quote.state === "unread" ? (
          <strong className="govuk-tag govuk-tag--grey govuk-!-margin-right-2">{t("quoteCheck.theme.notRead")}</strong>
        ) : null
      }
    >
      {t("quoteCheck.theme.leaveOut")}
    </QuoteDecisionForm>
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
        const date = formatDate(quote.decidedAt, i18n.language);
        return (
          <QuoteDecisionForm
            key={`${quote.id}-${quote.textHash}`}
            quote={quote}
            errors={errors}
            intent="put-back"
            testId="left-out-quote"
            note={
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                {quote.decidedBy
                  ? t("quoteCheck.leftOut.by", { name: quote.decidedBy, date })
                  : t("quoteCheck.leftOut.on", { date })}
              </p>
            }
          >
            {t("quoteCheck.leftOut.putBack")}
            <span className="govuk-visually-hidden">
              {": "}
              {t("quoteCheck.leftOut.putBackHidden", { start: quote.text.slice(0, 60) })}
            </span>
          </QuoteDecisionForm>
        );
      })}
    </section>
  );
}
