/**
 * What respondents see of the pair code: on an end-of-support channel's first page, an optional field for the
 * code kept from the start; on a start-of-support channel's thank-you page, the code to keep, explained kindly.
 * Plain HTML (no script needed), in the respondent's language.
 */
import { useTranslation } from "react-i18next";

export function PairCodeField({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <div className="govuk-form-group" data-testid="pair-code-field">
      <h2 className="govuk-label-wrapper">
        <label className="govuk-label govuk-label--m" htmlFor="pair_code">
          {t("outcomes.respondent.fieldLabel")} {t("common.optional")}
        </label>
      </h2>
      <div id="pair_code-hint" className="govuk-hint">
        {t("outcomes.respondent.fieldHint")}
      </div>
      <input
        className="govuk-input govuk-input--width-10"
        id="pair_code"
        name="pair_code"
        type="text"
        defaultValue={value}
        aria-describedby="pair_code-hint"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
      />
    </div>
  );
}

export function PairCodeToKeep({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <section className="govuk-inset-text" aria-labelledby="pair-code-heading" data-testid="pair-code">
      <h2 className="govuk-heading-m" id="pair-code-heading">
        {t("outcomes.respondent.keepHeading")}
      </h2>
      <p className="govuk-body">{t("outcomes.respondent.keepIntro")}</p>
      <p className="govuk-body-l govuk-!-font-weight-bold">
        <span className="govuk-visually-hidden">{t("outcomes.respondent.codeIs")} </span>
        <strong className="vv-resume-code" data-testid="pair-code-value">
          {code}
        </strong>
      </p>
      <p className="govuk-body">{t("outcomes.respondent.keepWhy")}</p>
      <p className="govuk-body">{t("outcomes.respondent.keepOptional")}</p>
    </section>
  );
}
