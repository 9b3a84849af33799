/**
 * The survey as survey-react-ui renders it, for respondents whose browser runs
 * scripts. It starts where the plain form was (same answers, same page) and
 * hands every answer to the server to check and store: the browser's checks
 * are a convenience, the server's are the rule.
 */
import { useMemo } from "react";
import { Model } from "survey-core";
import { StyledSurvey } from "~/surveys/survey-styled.client";
import { configureRespondentModel } from "~/surveys/surveyjs-setup.client";
import type { PageView } from "./answer-flow.server";

type Props = {
  view: PageView;
  answers: Record<string, unknown>;
  onChange: (data: Record<string, unknown>, pageName: string) => void;
  send: (intent: "submit-all" | "save-all", data: Record<string, unknown>, pageName: string) => void;
  saveLabel: string;
};

export default function SurveyRunner({ view, answers, onChange, send, saveLabel }: Props) {
  const model = useMemo(() => {
    const survey = configureRespondentModel(new Model(view.definition ?? {}), view.surveyLocale);
    survey.showCompletedPage = false;
    // The page's own heading carries the survey title (one h1, as on the plain form).
    survey.showTitle = false;
    survey.data = answers;
    const page = survey.getPageByName(view.pageName);
    if (page?.isVisible) survey.currentPage = page;
    for (const [name, messages] of Object.entries(view.errors)) {
      const question = survey.getQuestionByName(name);
      for (const message of messages) question?.addError(message);
    }
    const pageName = () => survey.currentPage?.name ?? view.pageName;
    survey.onValueChanged.add(() => onChange(survey.data, pageName()));
    survey.onCurrentPageChanged.add(() => onChange(survey.data, pageName()));
    survey.onCompleting.add((_, options) => {
      // The server decides whether the answers are complete and stores them; the survey stays on screen until it answers.
      options.allow = false;
      send("submit-all", survey.data, pageName());
    });
    survey.addNavigationItem({
      id: "vv-save",
      title: saveLabel,
      innerCss: "sd-btn nav-input",
      action: () => send("save-all", survey.data, pageName()),
    });
    return survey;
    // A new view from the server (errors, another page) makes a new model; answers travel in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  return <StyledSurvey model={model} />;
}
