import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/i18n";
import { RespondentLayout } from "../respondent-layout";

type RootData = { lang?: string } | undefined;

/**
 * Something failed that should not have. The respondent still gets the exit
 * button, 999, and the national helplines (the loader's data is not available
 * here, so the organisation's own directory cannot be shown).
 */
export function RespondentErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const root = useRouteLoaderData("root") as RootData;
  const lang = isLanguage(root?.lang) ? root.lang : DEFAULT_LANGUAGE;
  if (!isRouteErrorResponse(error) && import.meta.env.DEV) console.error(error);
  return (
    <RespondentLayout lang={lang} organisation={null} support={NATIONAL_FALLBACK} languages={null}>
      <h1 className="govuk-heading-l">{t("respondent.errorPage.title")}</h1>
      <p className="govuk-body">{t("respondent.errorPage.body")}</p>
    </RespondentLayout>
  );
}

/** The two helplines every victim in England and Wales can call, for the rare page that has nothing else to show. */
const NATIONAL_FALLBACK = [
  {
    name: { en: "Victim Support Supportline", cy: "Llinell Gymorth Cymorth i Ddioddefwyr" },
    description: { en: "", cy: "" },
    phone: "08 08 16 89 111",
    url: "https://www.victimsupport.org.uk",
    hours: { en: "24 hours a day, every day", cy: "24 awr y dydd, bob dydd" },
  },
  {
    name: { en: "Samaritans", cy: "Samariaid" },
    description: { en: "", cy: "" },
    phone: "116 123",
    url: "https://www.samaritans.org",
    hours: { en: "24 hours a day, every day", cy: "24 awr y dydd, bob dydd" },
  },
];
