/**
 * The public summary form of a signed-off session: what the panel wants the public to read on the organisation's
 * "you said, we did" page, in English and Welsh, and whether it is shown there.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { ErrorSummary } from "~/components/form/error-summary";
import { Textarea } from "~/components/form/fields";
import { SuccessBanner } from "~/components/success-banner";
import type { SummaryIntent } from "./record-schemas";
import { Bilingual, type FormState } from "./record-text";

type SummaryPageView = {
  panel: { id: number; name: string; nameCy: string };
  session: {
    id: number;
    heldOn: string;
    status: "planning" | "issued" | "signed_off";
    publicSummary: string;
    publicSummaryCy: string;
    summaryPublished: boolean;
  };
  organisationSlug: string;
  done: SummaryIntent | null;
};

export function SummaryPage({ page, state }: { page: SummaryPageView; state: FormState }) {
  const { t, i18n } = useTranslation();
  const { session, panel } = page;
  const recordPath = `/panels/${panel.id}/sessions/${session.id}/record`;
  const publicPath = `/o/${encodeURIComponent(page.organisationSlug)}/you-said-we-did${i18n.language === "cy" ? "?lng=cy" : ""}`;
  return (
    <>
      <Link className="govuk-back-link" to={recordPath}>
        {t("panelRecord.summary.back")}
      </Link>
      <ErrorSummary errors={state.errors} />
      {page.done ? <SuccessBanner id="summary-done" title={t(`panelRecord.summary.done.${page.done}`)} /> : null}
      <span className="govuk-caption-l">
        <Bilingual en={panel.name} cy={panel.nameCy} />
        {" – "}
        {formatDate(session.heldOn, i18n.language)}
      </span>
      <h1 className="govuk-heading-l">{t("panelRecord.summary.title")}</h1>
      {session.status !== "signed_off" ? (
        <p className="govuk-inset-text">{t("panelRecord.summary.notSignedOff")}</p>
      ) : (
        <>
          <p className="govuk-body">{t("panelRecord.summary.intro")}</p>
          <p className="govuk-body" data-testid="summary-state">
            <strong className={`govuk-tag ${session.summaryPublished ? "govuk-tag--green" : "govuk-tag--grey"}`}>
              {session.summaryPublished ? t("panelRecord.summary.published") : t("panelRecord.summary.notPublished")}
            </strong>
            {session.summaryPublished ? (
              <>
                {" "}
                <a className="govuk-link" href={publicPath}>
                  {t("panelRecord.summary.viewPublic")}
                </a>
              </>
            ) : null}
          </p>
          <Form method="post" noValidate>
            <Textarea
              name="publicSummary"
              label={t("panelRecord.summary.summary")}
              hint={t("panelRecord.summary.summaryHint")}
              {...state}
              defaultValue={session.publicSummary}
              rows={8}
            />
            <Textarea
              name="publicSummaryCy"
              label={t("panelRecord.summary.summaryCy")}
              hint={t("panelRecord.summary.summaryCyHint")}
              {...state}
              defaultValue={session.publicSummaryCy}
              rows={8}
            />
            <div className="govuk-button-group">
              {session.summaryPublished ? (
                <>
                  <button type="submit" name="intent" value="save" className="govuk-button" data-module="govuk-button">
                    {t("panelRecord.summary.saveChanges")}
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="unpublish"
                    className="govuk-button govuk-button--secondary"
                    data-module="govuk-button"
                  >
                    {t("panelRecord.summary.unpublish")}
                  </button>
                </>
              ) : (
                <>
                  <button type="submit" name="intent" value="publish" className="govuk-button" data-module="govuk-button">
                    {t("panelRecord.summary.publish")}
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="save"
                    className="govuk-button govuk-button--secondary"
                    data-module="govuk-button"
                  >
                    {t("panelRecord.summary.saveDraft")}
                  </button>
                </>
              )}
            </div>
          </Form>
        </>
      )}
    </>
  );
}
