import { useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Language } from "~/i18n/i18n";
import type { respondentChrome } from "../chrome.server";
import { RespondentLanguageLinks, RespondentLayout } from "../respondent-layout";

/** An organisation's information page in the respondent layout, with links to the same page in the other language. */
export function RespondentInfoPage({
  view,
  children,
}: {
  view: { lang: Language; chrome: ReturnType<typeof respondentChrome> };
  children: ReactNode;
}) {
  const location = useLocation();
  return (
    <RespondentLayout
      lang={view.lang}
      organisation={view.chrome.organisation}
      support={view.chrome.support}
      languages={<RespondentLanguageLinks lang={view.lang} hrefFor={(code) => `${location.pathname}?lng=${code}`} />}
    >
      {children}
    </RespondentLayout>
  );
}
