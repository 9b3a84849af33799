import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { Radios } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { quoteField, quoteHashField } from "~/themes/quote-check";
import { inLanguage } from "./access";
import type { QuotePreview } from "./pack.server";

/**
 * The issue step's quote check (ADR 0017): every quote the pack would carry, each a GOV.UK radios group ("Safe to
 * quote" / "Leave out") whose legend names it and which reads the quote with it. Part of the theme chooser's form, so
 * the decisions go with "Save themes" and with "Issue the pack". Quotes still unread after a refused issue show an
 * error each; the error summary links to the first.
 */
export function PackQuoteCheck({
  preview,
  unread,
  changed,
  errors,
  values,
}: {
  preview: QuotePreview;
  unread: number[];
  changed: number[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Decisions sent with a refused issue on quotes no longer shown (one left out gave way to the next): nothing was
  // saved, so they go again with the next submission, each with the fingerprint of the text it was made on, and the
  // page says how many are waiting.
  const shown = new Set(preview.flatMap((theme) => theme.quotes.map((quote) => quoteField(quote.codingId))));
  const carried = Object.entries(values ?? {}).filter(
    (entry): entry is [string, string] => /^quote-\d+$/.test(entry[0]) && !shown.has(entry[0]) && typeof entry[1] === "string",
  );
  const carriedHash = (field: string) => {
    const hash = values?.[`${field}-hash`];
    return typeof hash === "string" ? hash : "";
  };
  const leftOut = carried.filter(([, value]) => value === "withheld").length;
  const options = [
    { value: "safe", label: t("quoteCheck.safe") },
    { value: "withheld", label: t("quoteCheck.leaveOut") },
  ];
  return (
    <section aria-labelledby="quote-check-heading" data-testid="quote-check">
      <h3 className="govuk-heading-s" id="quote-check-heading">
        {t("quoteCheck.pack.heading")}
      </h3>
      <p className="govuk-body">{t("quoteCheck.pack.intro")}</p>
      <p className="govuk-body">{t("quoteCheck.pack.leaveOutNote")}</p>
      {preview.length === 0 ? <p className="govuk-body">{t("quoteCheck.pack.saveFirst")}</p> : null}
      {carried.map(([name, value]) => (
        <span key={name} hidden>
          <input type="hidden" name={name} value={value} />
          <input type="hidden" name={`${name}-hash`} value={carriedHash(name)} />
        </span>
      ))}
      {leftOut > 0 ? (
        <p className="govuk-body" data-testid="quotes-left-out">
          {t("quoteCheck.pack.leftOutWaiting", { count: leftOut })}
        </p>
      ) : null}
      {preview.map((theme) => {
        const name = inLanguage(lang, theme.name, theme.nameCy);
        return (
          <div key={theme.themeId} data-testid="quote-check-theme">
            <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{name}</h4>
            {theme.quotes.length === 0 ? <p className="govuk-body">{t("quoteCheck.pack.themeNone")}</p> : null}
            {theme.quotes.map((quote, index) => {
              const field = quoteField(quote.codingId);
              // The summary says what happened; each unread or changed quote says what to do with it.
              const fieldErrors = changed.includes(quote.codingId)
                ? { ...errors, [field]: "quoteCheck.errors.changed" }
                : unread.includes(quote.codingId)
                  ? { ...errors, [field]: "quoteCheck.errors.unreadOne" }
                  : errors;
              const hint =
                quote.state === "safe" && quote.decidedAt
                  ? quote.decidedBy
                    ? t("quoteCheck.confirmedBy", { name: quote.decidedBy, date: formatDate(quote.decidedAt, lang) })
                    : t("quoteCheck.confirmedOn", { date: formatDate(quote.decidedAt, lang) })
                  : undefined;
              return (
                <Radios
                  // A new text is a new question: nothing chosen on the old words stays chosen in the browser.
                  key={`${quote.codingId}-${quote.textHash}`}
                  name={field}
                  label={t("quoteCheck.pack.legend", { number: index + 1, theme: name })}
                  hint={hint}
                  errors={fieldErrors}
                  values={values}
                  options={options}
                  defaultValue={quote.state === "safe" ? "safe" : undefined}
                  inline
                >
                  <blockquote className="govuk-inset-text vv-pre-line govuk-!-margin-top-2" lang={quote.language}>
                    {quote.text}
                  </blockquote>
                  {/* The fingerprint of the words above: a decision counts only for the text that was read. */}
                  <input type="hidden" name={quoteHashField(quote.codingId)} value={quote.textHash} />
                </Radios>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
