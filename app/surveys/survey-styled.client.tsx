import { useEffect, useInsertionEffect, useState } from "react";
import type { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import { surveyNonce } from "./surveyjs-setup.client";

/**
 * A style element in the document's head (HTML allows <style> there, not in the body), carrying the CSP nonce, for as
 * long as the component that asked for it is on screen.
 */
function useHeadStyle(css: string) {
  useInsertionEffect(() => {
    if (!css) return;
    const style = document.createElement("style");
    if (surveyNonce) style.nonce = surveyNonce;
    style.textContent = css;
    document.head.appendChild(style);
    return () => style.remove();
  }, [css]);
}

/** survey-react-ui with its theme styles added by us, carrying the CSP nonce. */
export function StyledSurvey({ model }: { model: Model }) {
  const [resetStyle, setResetStyle] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setResetStyle(model.resetVariablesStyle ?? ""), 0);
    return () => clearTimeout(timer);
  }, [model]);
  useHeadStyle(model.themeStyle ?? "");
  useHeadStyle(resetStyle);
  return <Survey model={model} />;
}
