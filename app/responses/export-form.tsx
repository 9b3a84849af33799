import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Radios } from "~/components/form/fields";

/**
 * The download form. A native submission (reloadDocument), so the browser saves
 * the file; the original-text choice is offered only to those the server allows it.
 */
export function ExportForm({
  surveyId,
  canSeeOriginal,
  language,
}: {
  surveyId: number;
  canSeeOriginal: boolean;
  language: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="download-heading" id="download">
      <h2 className="govuk-heading-m" id="download-heading">
        {t("exports.export.heading")}
      </h2>
      <p className="govuk-body">{t("exports.export.intro")}</p>
      <Form method="post" action={`/surveys/${surveyId}/responses/export`} reloadDocument>
        <Radios
          name="format"
          label={t("exports.export.format")}
          defaultValue="csv"
          options={[
            { value: "csv", label: t("exports.export.csv") },
            { value: "json", label: t("exports.export.json") },
          ]}
        />
        <Radios
          name="lng"
          label={t("exports.export.language")}
          defaultValue={language === "cy" ? "cy" : "en"}
          inline
          options={[
            { value: "en", label: t("exports.export.english") },
            { value: "cy", label: t("exports.export.welsh") },
          ]}
        />
        {canSeeOriginal ? (
          <Radios
            name="text"
            label={t("exports.export.text")}
            hint={t("exports.export.originalHint")}
            defaultValue="redacted"
            options={[
              { value: "redacted", label: t("exports.export.redacted") },
              { value: "original", label: t("exports.export.original") },
            ]}
          />
        ) : null}
        <p className="govuk-body">{t("exports.export.audited")}</p>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("exports.export.submit")}
        </button>
      </Form>
    </section>
  );
}
