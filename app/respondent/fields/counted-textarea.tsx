/**
 * A long answer with its limit, after the GOV.UK character count. Without JavaScript the textarea has `maxlength`
 * and the hint above it says the limit. Once scripts run, the limit is lifted (a long paste is never cut short
 * unseen) and a count under the box says how many characters are left, or how many too many; a screen reader hears
 * it once typing pauses, not on every key.
 */
import type { TFunction } from "i18next";
import { useEffect, useState } from "react";

const ANNOUNCE_AFTER_MS = 1000;

export function countMessage(t: TFunction, limit: number, length: number): string {
  const left = limit - length;
  const n = Math.abs(left).toLocaleString("en-GB");
  const one = Math.abs(left) === 1;
  if (left >= 0)
    return t(one ? "respondentCare.characterCount.remainingOne" : "respondentCare.characterCount.remainingMany", { n });
  return t(one ? "respondentCare.characterCount.overOne" : "respondentCare.characterCount.overMany", { n });
}

export function CountedTextarea(props: {
  id: string;
  name: string;
  limit: number;
  defaultValue: string;
  describedBy: string | undefined;
  error: boolean;
  t: TFunction;
}) {
  const { id, name, limit, defaultValue, describedBy, error, t } = props;
  const [live, setLive] = useState(false);
  const [length, setLength] = useState(defaultValue.length);
  const [announced, setAnnounced] = useState("");
  const message = countMessage(t, limit, length);
  const over = length > limit;

  // The first render matches the server's markup; the count appears once this runs in the browser.
  useEffect(() => setLive(true), []);
  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [live, message]);

  const countId = `${id}-count`;
  return (
    <>
      <textarea
        className={`govuk-textarea${error || (live && over) ? " govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={6}
        defaultValue={defaultValue}
        maxLength={live ? undefined : limit}
        aria-describedby={live ? [describedBy, countId].filter(Boolean).join(" ") : describedBy}
        onInput={(event) => setLength(event.currentTarget.value.length)}
      />
      {live ? (
        <>
          <div
            id={countId}
            className={`govuk-character-count__message ${over ? "govuk-error-message" : "govuk-hint"}`}
            data-testid="character-count"
          >
            {message}
          </div>
          <div className="govuk-visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      ) : null}
    </>
  );
}
