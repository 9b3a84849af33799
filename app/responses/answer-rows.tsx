import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import type { AnswerPart, AnswerView } from "./answer-view";

export type ResponseMeta = { id: number; day: string; channel: string | null; language: string };

function Part({ part }: { part: AnswerPart }) {
  // Always text nodes: what respondents wrote is never read as markup.
  return (
    <>
      {part.label ? `${part.label}: ` : null}
      <span className={part.freeText ? "vv-pre-line" : undefined}>{part.text}</span>
    </>
  );
}

function Answer({ view }: { view: AnswerView }) {
  if (view.list !== "none") {
    const items = view.parts.map((part, index) => (
      <li key={index}>
        <Part part={part} />
      </li>
    ));
    return view.list === "number" ? (
      <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-0">{items}</ol>
    ) : (
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">{items}</ul>
    );
  }
  if (view.parts.length === 1) return <Part part={view.parts[0]} />;
  return (
    <>
      {view.parts.map((part, index) => (
        <p className="govuk-body govuk-!-margin-bottom-1" key={index}>
          <Part part={part} />
        </p>
      ))}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** A response as a GOV.UK summary list: the day, channel and language it came with, then each answered question. */
export function AnswerRows({ response, answers }: { response: ResponseMeta; answers: AnswerView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="govuk-summary-list">
      <Row label={t("exports.received")}>{formatDate(response.day, i18n.language)}</Row>
      <Row label={t("exports.channel")}>{response.channel ?? t("exports.plainLink")}</Row>
      <Row label={t("exports.language")}>{t(`surveyLanguages.${response.language}`, { defaultValue: response.language })}</Row>
      {answers.map((view) => (
        <Row key={view.name} label={view.question}>
          <Answer view={view} />
        </Row>
      ))}
      {answers.length === 0 ? <Row label={t("exports.detail.redactedHeading")}>{t("exports.noAnswers")}</Row> : null}
    </dl>
  );
}
