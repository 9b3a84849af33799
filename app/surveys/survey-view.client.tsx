/**
 * The respondent renderer (survey-react-ui), loaded only in the browser and
 * in its own chunk: it is heavy, and its form is dead until hydration anyway.
 */
import { useEffect, useMemo, useState } from "react";
import { DomDocumentHelper, Model } from "survey-core";
import "survey-core/i18n/arabic";
import "survey-core/i18n/polish";
import "survey-core/i18n/romanian";
import "survey-core/i18n/urdu";
import "survey-core/i18n/welsh";
import { Survey } from "survey-react-ui";
import { registerSurveyProperties } from "./definition";

registerSurveyProperties();

/**
 * SurveyJS writes its theme variables into a <style> element it creates. Our
 * Content-Security-Policy only runs styles that carry the page's nonce, which
 * the root layout exposes on a meta element (browsers hide it from markup, not
 * from script), so every style element SurveyJS makes gets it.
 */
const nonce = (document.querySelector("meta[property=csp-nonce]") as HTMLMetaElement | null)?.nonce ?? "";
const createElement = DomDocumentHelper.createElement.bind(DomDocumentHelper);
DomDocumentHelper.createElement = (tagName: string) => {
  const element = createElement(tagName);
  if (element && tagName.toLowerCase() === "style" && nonce) element.nonce = nonce;
  return element;
};

export default function SurveyView({ json, locale }: { json: Record<string, unknown>; locale: string }) {
  const model = useMemo(() => {
    const survey = new Model(json);
    survey.locale = locale === "en" ? "" : locale;
    survey.showProgressBar = "top";
    survey.progressBarType = "pages";
    // survey-react-ui would render these <style> elements without our nonce; we render them with it.
    survey.generateStylesheet = false;
    return survey;
  }, [json, locale]);
  const [resetStyle, setResetStyle] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setResetStyle(model.resetVariablesStyle ?? ""), 0);
    return () => clearTimeout(timer);
  }, [model]);
  return (
    <>
      <style nonce={nonce}>{model.themeStyle}</style>
      {resetStyle ? <style nonce={nonce}>{resetStyle}</style> : null}
      <Survey model={model} />
    </>
  );
}
