import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const KEYS: Record<number, { title: string; body: string }> = {
  400: { title: "errorPage.badRequestTitle", body: "errorPage.badRequestBody" },
  403: { title: "errorPage.forbiddenTitle", body: "errorPage.forbiddenBody" },
  404: { title: "errorPage.notFoundTitle", body: "errorPage.notFoundBody" },
  // The database could not take a write (server/storage.ts): nothing was saved, and the form is still there.
  503: { title: "errorPage.storageTitle", body: "errorPage.storageBody" },
};

/** One kind page for every error, in the person's language; never a stack trace. */
export function ErrorPage({ status, statusText = "" }: { status: number; statusText?: string }) {
  const { t } = useTranslation();
  // server/storage.ts: a page that could not be read says so, rather than talking about saving.
  const reading = status === 503 && statusText.endsWith("for reading");
  const keys = reading
    ? { title: "errorPage.storageReadTitle", body: "errorPage.storageReadBody" }
    : (KEYS[status] ?? { title: "errorPage.serverTitle", body: "errorPage.serverBody" });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(keys.title)}</h1>
        <p className="govuk-body">{t(keys.body)}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            {t("errorPage.goHome")}
          </Link>
        </p>
      </div>
    </div>
  );
}
