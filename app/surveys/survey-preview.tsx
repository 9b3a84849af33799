import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

const SurveyView = lazy(() => import("./survey-view.client"));

/** Renders a survey definition exactly as respondents will see it, once the browser has loaded the renderer. */
export function SurveyPreview({ json, locale }: { json: Record<string, unknown>; locale: string }) {
  const { t } = useTranslation();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const loading = <p className="govuk-body">{t("preview.loading")}</p>;
  if (!mounted) return loading;
  return (
    <Suspense fallback={loading}>
      <SurveyView json={json} locale={locale} />
    </Suspense>
  );
}
