import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextInput } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";

export type EvidenceItem = { id: number; label: string; url: string; addedByName: string | null };

/** Links to evidence of the change. Only http and https addresses are ever stored, so each is safe to link. */
export function EvidenceSection({
  items,
  canChange,
  state,
}: {
  items: EvidenceItem[];
  canChange: boolean;
  state: { errors?: FieldErrors; values?: FormValues };
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-m" id="evidence-heading">
        {t("actions.evidence.heading")}
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">{t("actions.evidence.none")}</p>
      ) : (
        <ul className="govuk-list" data-testid="action-evidence">
          {items.map((item) => (
            <li key={item.id}>
              <a className="govuk-link" href={item.url} rel="noreferrer noopener external">
                {item.label}
              </a>{" "}
              <span className="govuk-body-s">({item.url})</span>
              {item.addedByName ? (
                <span className="govuk-body-s"> · {t("actions.evidence.addedBy", { name: item.addedByName })}</span>
              ) : null}
              {canChange ? (
                <Form method="post" className="vv-inline-form vv-no-print">
                  {" "}
                  <input type="hidden" name="evidenceId" value={item.id} />
                  <button type="submit" name="intent" value="remove-evidence" className="vv-link-button">
                    {t("actions.evidence.remove")}
                    <span className="govuk-visually-hidden"> {t("actions.evidence.removeHidden", { label: item.label })}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canChange ? (
        <Form method="post" noValidate className="vv-no-print" aria-labelledby="evidence-add-heading">
          <h3 className="govuk-heading-s" id="evidence-add-heading">
            {t("actions.evidence.addHeading")}
          </h3>
          <TextInput name="evidenceLabel" label={t("actions.evidence.label")} hint={t("actions.evidence.labelHint")} {...state} />
          <TextInput
            name="evidenceUrl"
            label={t("actions.evidence.url")}
            hint={t("actions.evidence.urlHint")}
            {...state}
            spellCheck={false}
          />
          <button
            type="submit"
            name="intent"
            value="evidence"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
          >
            {t("actions.evidence.add")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
