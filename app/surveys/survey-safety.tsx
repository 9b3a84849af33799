import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PublishReadiness } from "~/engagements/publish-readiness";
import type { SafetyGate } from "./safety.server";

/**
 * The survey's safety gate on its overview page: the engagement's (read from
 * its stage 4), or the survey's own items, which a designer ticks here.
 */
export function SurveySafety({ gate, canEdit, saved }: { gate: SafetyGate; canEdit: boolean; saved: boolean }) {
  const { t, i18n } = useTranslation();
  if (gate.kind === "engagement") return <PublishReadiness engagementId={gate.engagementId} missing={gate.missing} />;
  const text = (item: { text: string; textCy: string }) => (i18n.language === "cy" ? item.textCy : item.text);
  return (
    <section id="safety" aria-labelledby="safety-heading" className="govuk-!-margin-bottom-6" data-testid="survey-safety">
      <h2 className="govuk-heading-m" id="safety-heading">
        {t("surveySafety.heading")}
      </h2>
      <p className="govuk-body">{t("surveySafety.intro")}</p>
      {saved ? (
        <p className="govuk-body" role="status">
          {t("surveySafety.saved")}
        </p>
      ) : null}
      {gate.missing.length === 0 ? <p className="govuk-body govuk-!-font-weight-bold">{t("surveySafety.ready")}</p> : null}
      {canEdit ? (
        <Form method="post">
          <input type="hidden" name="intent" value="safety" />
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend">{t("surveySafety.legend")}</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {gate.items.map((item) => (
                  <div className="govuk-checkboxes__item" key={item.key}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`item-${item.key}`}
                      name="ticked"
                      type="checkbox"
                      value={item.key}
                      defaultChecked={item.done}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`item-${item.key}`}>
                      {text(item)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            {t("surveySafety.save")}
          </button>
        </Form>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {gate.items.map((item) => (
            <li key={item.key}>
              {text(item)}: {item.done ? t("stageStatus.done") : t("stageStatus.not_started")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
