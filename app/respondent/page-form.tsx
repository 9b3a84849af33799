/**
 * The survey's questions as plain server-rendered GOV.UK form fields, one page
 * at a time, for respondents without JavaScript; and the error summary above them.
 * Field names and ids: fields/ids.ts. What the fields post is read back by form-fields.ts.
 */
import { PageFieldsView } from "./fields/page-fields-view";
import { pageView, type Answers, type Lang, type QuestionErrors } from "./survey-engine";

/** The page's visible questions, information blocks and content warnings, in order, given the answers so far. */
export function SurveyPageFields(props: {
  definition: object;
  pageName: string;
  answers: Answers;
  errors: QuestionErrors;
  lang: Lang;
}): JSX.Element {
  const { definition, pageName, answers, errors, lang } = props;
  return (
    <PageFieldsView elements={pageView(definition, answers, pageName, lang)} answers={answers} errors={errors} lang={lang} />
  );
}

export { AnswerErrorSummary } from "./fields/answer-error-summary";
