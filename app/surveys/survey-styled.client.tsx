import { useEffect, useState } from "react";
import type { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import { surveyNonce } from "./surveyjs-setup.client";

/** survey-react-ui with its theme <style> elements rendered by us, carrying the CSP nonce. */
export function StyledSurvey({ model }: { model: Model }) {
  const [resetStyle, setResetStyle] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setResetStyle(model.resetVariablesStyle ?? ""), 0);
    return () => clearTimeout(timer);
  }, [model]);
  return (
    <>
      <style nonce={surveyNonce}>{model.themeStyle}</style>
      {resetStyle ? <style nonce={surveyNonce}>{resetStyle}</style> : null}
      <Survey model={model} />
    </>
  );
}
