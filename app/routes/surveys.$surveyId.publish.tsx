import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { languageLabel } from "~/surveys/languages";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import type { Finding } from "~/surveys/checks";
import { DefinitionProblems } from "~/surveys/definition-problems";
import { pagePath, questionPath } from "~/surveys/paths";
import { SurveyNav } from "~/surveys/survey-nav";
import { findingId, publishReview, publishSurvey } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "publish.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const review = publishReview(user.organisation.id, surveyIdFrom(params));
  return {
    survey: {
      id: review.survey.id,
      title: review.survey.title,
      engagementId: review.survey.engagementId,
      draftChanged: review.survey.draftChanged,
    },
    problems: review.problems,
    findings: review.findings.map((f) => ({ ...f, id: findingId(f) })),
    gate: review.gate,
    gateKind: review.safety.kind,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const id = surveyIdFrom(params);
  const acknowledged = (await request.formData()).getAll("acknowledge").filter((v): v is string => typeof v === "string");
  const result = publishSurvey(user, id, acknowledged);
  if (!result.ok) return data({ unacknowledged: result.unacknowledged }, { status: 400 });
  throw redirect(`/surveys/${id}?published=${result.version}`);
}

function whereLink(surveyId: number, finding: Finding) {
  if (finding.rule === "missing-translation") return `/surveys/${surveyId}/translations?lang=${finding.params.lang}`;
  if (finding.element) return questionPath(surveyId, finding.element);
  if (finding.page) return pagePath(surveyId, finding.page);
  return `/surveys/${surveyId}/settings`;
}

export default function Publish() {
  const { t, i18n } = useTranslation();
  const { survey, problems, findings, gate, gateKind } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  const blocked = problems.length > 0 || errors.length > 0 || gate.length > 0;
  const describe = (f: Finding) =>
    t(`checks.${f.rule}`, {
      ...f.params,
      language: f.params.lang ? languageLabel(t, String(f.params.lang), i18n.language) : "",
      kind: f.params.kind ? t(`identifying.kinds.${f.params.kind}`) : "",
    });
  const where = (f: Finding) =>
    [f.page ? t("publish.onPage", { page: f.page }) : null, f.element ? t("publish.atQuestion", { name: f.element }) : null]
      .filter(Boolean)
      .join(", ");
  /** Findings to read: each links to where it can be fixed. */
  const findingList = (listed: typeof findings, testId: string) => (
    <ul className="govuk-list govuk-list--bullet" data-testid={testId}>
      {listed.map((finding) => (
        <li key={finding.id}>
          <Link className="govuk-link" to={whereLink(survey.id, finding)}>
            {describe(finding)}
          </Link>{" "}
          <span className="govuk-body-s">{where(finding)}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">{t("publish.title")}</h1>
      <SurveyNav surveyId={survey.id} canDesign />
      <p className="govuk-body">{t("publish.intro")}</p>
      {result?.unacknowledged?.length ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="govuk-error-summary__title">{t("common.errorSummaryTitle")}</h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              <li>
                <a href="#warnings">{t("publish.acknowledgeAll")}</a>
              </li>
            </ul>
          </div>
        </div>
      ) : null}
      {problems.length ? <DefinitionProblems problems={problems} /> : null}
      {gate.length ? (
        <div className="govuk-warning-text" data-testid="gate">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t("gate.warning")}</span>
            {gateKind === "survey" ? t("surveySafety.blocked") : t("gate.blocked")}
            <ul className="govuk-list govuk-list--bullet">
              {gate.map((item) => (
                <li key={item.key}>
                  <Link
                    className="govuk-link"
                    to={
                      gateKind === "survey"
                        ? `/surveys/${survey.id}#item-${item.key}`
                        : `/engagements/${survey.engagementId}/stages/safety#item-${item.key}`
                    }
                  >
                    {i18n.language === "cy" ? item.textCy : item.text}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <h2 className="govuk-heading-m">{t("publish.errorsHeading", { count: errors.length })}</h2>
      {errors.length === 0 ? <p className="govuk-body">{t("publish.noErrors")}</p> : findingList(errors, "check-errors")}
      {blocked ? (
        // Nothing can be published yet, so the warnings are a list to read, not boxes to tick in a form with no button.
        <>
          <h2 className="govuk-heading-m" id="warnings">
            {t("publish.warningsHeading", { count: warnings.length })}
          </h2>
          {warnings.length === 0 ? (
            <p className="govuk-body">{t("publish.noWarnings")}</p>
          ) : (
            findingList(warnings, "check-warnings")
          )}
          <p className="govuk-body govuk-!-font-weight-bold">{t("publish.blocked")}</p>
        </>
      ) : (
        <Form method="post">
          <h2 className="govuk-heading-m" id="warnings">
            {t("publish.warningsHeading", { count: warnings.length })}
          </h2>
          {warnings.length === 0 ? (
            <p className="govuk-body">{t("publish.noWarnings")}</p>
          ) : (
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend">{t("publish.acknowledgeLegend")}</legend>
                <div className="govuk-checkboxes" data-testid="check-warnings">
                  {warnings.map((finding, index) => (
                    <div className="govuk-checkboxes__item" key={finding.id}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`ack-${index}`}
                        name="acknowledge"
                        type="checkbox"
                        value={finding.id}
                        aria-describedby={`ack-${index}-hint`}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`ack-${index}`}>
                        {describe(finding)}
                      </label>
                      <div className="govuk-hint govuk-checkboxes__hint" id={`ack-${index}-hint`}>
                        {where(finding)}{" "}
                        <Link className="govuk-link" to={whereLink(survey.id, finding)}>
                          {t("publish.fix")}
                        </Link>
                      </div>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          )}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("publish.submit")}
          </button>
        </Form>
      )}
    </>
  );
}
