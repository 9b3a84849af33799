/**
 * The respondent renderer (survey-react-ui), loaded only in the browser and
 * in its own chunk: it is heavy, and its form is dead until hydration anyway.
 */
import { useMemo } from "react";
import { Model } from "survey-core";
import { StyledSurvey } from "./survey-styled.client";
import { configureRespondentModel } from "./surveyjs-setup.client";

export default function SurveyView({ json, locale }: { json: Record<string, unknown>; locale: string }) {
  const model = useMemo(() => {
    return configureRespondentModel(new Model(json), locale);
  }, [json, locale]);
  return <StyledSurvey model={model} />;
}
