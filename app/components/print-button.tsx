import { useEffect, useState } from "react";

/**
 * Prints the page. Printing needs a script, so until one runs (or where none does) the hint says how to print
 * with the browser instead. Neither is printed.
 */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return scripted ? (
    <button
      type="button"
      className="govuk-button govuk-button--secondary vv-no-print"
      data-module="govuk-button"
      onClick={() => window.print()}
    >
      {label}
    </button>
  ) : (
    <p className="govuk-body vv-no-print">{hint}</p>
  );
}
