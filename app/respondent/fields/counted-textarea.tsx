/**
 * A long answer with its limit, after the GOV.UK character count. As served, the textarea has `maxlength` and the
 * hint above it says the limit: that is all a browser without scripts needs. Where scripts run, /respondent.js lifts
 * the limit (a long paste is never cut short unseen) and adds a count under the box saying how many characters are
 * left, or how many too many; a screen reader hears it once typing pauses. The count's words travel with the field,
 * in the person's language, so the script needs no translations of its own.
 */
import type { TFunction } from "i18next";

export function CountedTextarea(props: {
  id: string;
  name: string;
  limit: number;
  defaultValue: string;
  describedBy: string | undefined;
  error: boolean;
  /** Not answerable now (survey-core's enableIf): shown, but not sent. */
  disabled?: boolean;
  t: TFunction;
}) {
  const { id, name, limit, defaultValue, describedBy, error, disabled, t } = props;
  const words = (key: string) => t(`respondentCare.characterCount.${key}`, { n: "{n}" });
  return (
    <textarea
      className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
      id={id}
      name={name}
      rows={6}
      defaultValue={defaultValue}
      maxLength={limit}
      aria-describedby={describedBy}
      disabled={disabled}
      data-vv-count={limit}
      data-text-remaining-one={words("remainingOne")}
      data-text-remaining-many={words("remainingMany")}
      data-text-over-one={words("overOne")}
      data-text-over-many={words("overMany")}
    />
  );
}
