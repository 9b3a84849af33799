/** Every view of the answer and resume routes, inside the respondent layout. */
import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "~/components/language-switch";
import type { Language } from "~/i18n/i18n";
import type { AnswerView } from "../answer-flow.server";
import { RespondentLanguageLinks, RespondentLayout } from "../respondent-layout";
import { ANSWER_FORM_ID, answerAction, DefaultForwardButton, PageScreen } from "./page-screen";
import { EmptyScreen, RefusedScreen, ResumeScreen, SavedScreen, ThanksScreen, UnavailableScreen } from "./simple-views";

/** On a survey page the language buttons post the answers so far, so switching language loses nothing. */
function PageLanguageButtons({ lang, slug }: { lang: Language; slug: string }) {
  const { t } = useTranslation();
  return (
    <LanguageSwitch
      lang={lang}
      label={t("respondent.layout.languageNav")}
      className="vv-respondent-languages"
      other={(language) => (
        <button
          type="submit"
          form={ANSWER_FORM_ID}
          formAction={answerAction(slug, language.code)}
          name="intent"
          value="switch"
          className="govuk-language-navigation__link vv-link-button"
          lang={language.code}
        >
          {language.label}
        </button>
      )}
    />
  );
}

export function AnswerScreen({ view }: { view: AnswerView }) {
  const location = useLocation();
  const hrefFor = (code: Language) => {
    const params = new URLSearchParams(location.search);
    params.set("lng", code);
    return `${location.pathname}?${params.toString()}`;
  };
  let languages = null;
  if (view.view === "page")
    languages = (
      <>
        <DefaultForwardButton view={view} />
        <PageLanguageButtons lang={view.lang} slug={view.slug} />
      </>
    );
  // After saving or sending, the page is the answer to a form: a link would start again, so the language stays as chosen.
  else if (view.view !== "saved" && view.view !== "thanks" && view.view !== "empty")
    languages = <RespondentLanguageLinks lang={view.lang} hrefFor={hrefFor} />;
  return (
    <RespondentLayout
      lang={view.lang}
      organisation={view.chrome.organisation}
      support={view.chrome.support}
      languages={languages}
      supportCollapsed={view.view === "page"}
    >
      {view.view === "page" ? (
        <PageScreen view={view} />
      ) : view.view === "saved" ? (
        <SavedScreen view={view} />
      ) : view.view === "empty" ? (
        <EmptyScreen view={view} />
      ) : view.view === "refused" ? (
        <RefusedScreen view={view} />
      ) : view.view === "thanks" ? (
        <ThanksScreen view={view} />
      ) : view.view === "resume" ? (
        <ResumeScreen view={view} />
      ) : (
        <UnavailableScreen view={view} />
      )}
    </RespondentLayout>
  );
}
