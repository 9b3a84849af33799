import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AnswerView } from "./answer-view";
import { AnswerRows, type ResponseMeta } from "./answer-rows";

/** The button that shows one response's original text on its own page (and records that it was seen). */
export function ShowOriginalButton({
  surveyId,
  responseId,
  className,
}: {
  surveyId: number;
  responseId: number;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" action={`/surveys/${surveyId}/responses/${responseId}`} className="vv-inline-form">
      <button type="submit" name="intent" value="show-original" className={className}>
        {t("exports.showOriginal")}
        <span className="govuk-visually-hidden"> {t("exports.ofResponse", { id: responseId })}</span>
      </button>
    </Form>
  );
}

/** One response in the list, as a GOV.UK summary card. */
export function ResponseCard({
  surveyId,
  response,
  canSeeOriginal,
}: {
  surveyId: number;
  response: ResponseMeta & { answers: AnswerView[]; hasOriginal: boolean };
  canSeeOriginal: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="govuk-summary-card" data-testid="response">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{t("exports.response", { id: response.id })}</h2>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={`/surveys/${surveyId}/responses/${response.id}`}>
              {t("exports.viewResponse", { id: response.id })}
            </Link>
          </li>
          {canSeeOriginal && response.hasOriginal ? (
            <li className="govuk-summary-card__action">
              <ShowOriginalButton surveyId={surveyId} responseId={response.id} className="vv-link-button" />
            </li>
          ) : null}
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <AnswerRows response={response} answers={response.answers} />
      </div>
    </div>
  );
}
