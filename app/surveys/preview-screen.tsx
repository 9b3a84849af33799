/**
 * The preview frame's page: a respondent's plain form (PageScreen) in the respondent layout, with a notice that it is
 * a preview and nothing is stored; Send and Save end on a preview page instead of the thank-you or saved page.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RespondentLayout } from "~/respondent/respondent-layout";
import { DefaultForwardButton, PageScreen } from "~/respondent/views/page-screen";
import { EmptyScreen } from "~/respondent/views/simple-views";
import type { PreviewEndView, PreviewView } from "./preview.server";

function PreviewNotice() {
  const { t } = useTranslation();
  return (
    <div className="govuk-warning-text" data-testid="preview-notice">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">{t("preview.frameNotice")}</strong>
    </div>
  );
}

function PreviewEnd({ view, action }: { view: PreviewEndView; action: string }) {
  const { t } = useTranslation();
  return (
    <>
      {view.title ? <span className="govuk-caption-l">{view.title}</span> : null}
      <h1 className="govuk-heading-l">{t(view.ending === "thanks" ? "preview.thanksTitle" : "preview.savedTitle")}</h1>
      <p className="govuk-body">{t(view.ending === "thanks" ? "preview.thanksBody" : "preview.savedBody")}</p>
      <Form method="post" action={action}>
        <input type="hidden" name="journey" value={view.journey} />
        <div className="govuk-button-group">
          <button type="submit" name="intent" value="show" className="govuk-button govuk-button--secondary">
            {t("preview.backToSurvey")}
          </button>
          <a className="govuk-link" href={action}>
            {t("preview.startAgain")}
          </a>
        </div>
      </Form>
    </>
  );
}

/** `action`: the frame's own address, which every form of the preview posts to. */
export function PreviewScreen({ view, action }: { view: PreviewView; action: string }) {
  return (
    <div lang={view.lang}>
      <RespondentLayout
        lang={view.lang}
        organisation={view.chrome.organisation}
        support={view.chrome.support}
        // No language buttons (the preview page has its own), but the same hidden Continue before the form as on the
        // answer page, so Enter moves forward rather than pressing a row's "Add another" first.
        languages={view.view === "page" ? <DefaultForwardButton view={view} /> : null}
        supportCollapsed={view.view === "page"}
      >
        <PreviewNotice />
        {view.view === "page" ? (
          <PageScreen view={view} action={action} />
        ) : view.view === "empty" ? (
          <EmptyScreen view={view} action={action} />
        ) : (
          <PreviewEnd view={view} action={action} />
        )}
      </RespondentLayout>
    </div>
  );
}
