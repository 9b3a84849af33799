import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Radios, Textarea } from "../components/form/fields";
import type { FieldErrors, FormValues } from "../components/form/parse-form";
import type { PracticeFigures } from "./figures.server";
import { FigureText } from "./figure-text";
import { PRACTICE_LEVELS } from "./profile";
import { ratingFields } from "./schemas";
import type { PracticeFigure } from "./statements";

export type StageStatement = { key: string; text: string; textCy: string; evidence: string; evidenceCy: string };
export type StageRating = {
  statementKey: string;
  level: string;
  notes: string;
  evidenceLinks: string[];
  updatedBy: string | null;
};

function Figure({ figure, figures }: { figure: PracticeFigure | undefined; figures: Partial<PracticeFigures> }) {
  const { t } = useTranslation();
  if (!figure) return null;
  return (
    <div className="vv-practice-figure govuk-!-margin-bottom-4">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong>{t("practice.stagePage.figure")}</strong>
      </p>
      <p className="govuk-body">
        <FigureText figure={figure} value={figures[figure]} />
      </p>
    </div>
  );
}

/** Every statement of one stage, each with its evidence, the figure beside it, and its level, notes and links. */
export function StageForm({
  statements,
  ratings,
  figures,
  figureKeys,
  editable,
  errors,
  values,
}: {
  statements: StageStatement[];
  ratings: StageRating[];
  figures: Partial<PracticeFigures>;
  figureKeys: Record<string, PracticeFigure>;
  editable: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const cy = i18n.language === "cy";
  const levelOptions = PRACTICE_LEVELS.map((level) => ({
    value: level,
    label: `${t(`practice.levels.${level}`)}: ${t(`practice.levelHints.${level}`)}`,
  }));
  const body = statements.map((statement, index) => {
    const rating = ratings.find((row) => row.statementKey === statement.key);
    const fields = ratingFields(statement.key);
    const text = cy ? statement.textCy : statement.text;
    const shows = t("practice.stagePage.shows", { evidence: cy ? statement.evidenceCy : statement.evidence });
    if (!editable) {
      return (
        <section className="vv-practice-statement" key={statement.key} aria-labelledby={`statement-${index}`}>
          <h2 className="govuk-heading-s" id={`statement-${index}`}>
            {text}
          </h2>
          <p className="govuk-hint">{shows}</p>
          <Figure figure={figureKeys[statement.key]} figures={figures} />
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("practice.stagePage.level")}</dt>
              <dd className="govuk-summary-list__value">
                {rating ? t(`practice.levels.${rating.level}`) : t("practice.stagePage.notRatedYet")}
                {rating?.updatedBy ? (
                  <span className="govuk-body-s"> ({t("practice.stagePage.lastBy", { name: rating.updatedBy })})</span>
                ) : null}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("practice.stagePage.notes")}</dt>
              <dd className="govuk-summary-list__value vv-pre-line">{rating?.notes || "–"}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("practice.stagePage.evidenceList")}</dt>
              <dd className="govuk-summary-list__value">
                {rating?.evidenceLinks.length ? (
                  <ul className="govuk-list">
                    {rating.evidenceLinks.map((link) => (
                      <li key={link}>
                        <a className="govuk-link" href={link} rel="noreferrer noopener">
                          {link}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  "–"
                )}
              </dd>
            </div>
          </dl>
        </section>
      );
    }
    return (
      <fieldset className="govuk-fieldset vv-practice-statement" key={statement.key}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{text}</h2>
        </legend>
        <p className="govuk-hint">{shows}</p>
        <Figure figure={figureKeys[statement.key]} figures={figures} />
        {rating?.updatedBy ? <p className="govuk-body-s">{t("practice.stagePage.lastBy", { name: rating.updatedBy })}</p> : null}
        <Radios
          name={fields.level}
          label={t("practice.stagePage.level")}
          options={levelOptions}
          defaultValue={rating?.level}
          errors={errors}
          values={values}
        />
        <Textarea
          name={fields.notes}
          label={t("practice.stagePage.notes")}
          hint={t("practice.stagePage.notesHint")}
          rows={3}
          defaultValue={rating?.notes}
          errors={errors}
          values={values}
        />
        <Textarea
          name={fields.evidence}
          label={t("practice.stagePage.evidence")}
          hint={t("practice.stagePage.evidenceHint")}
          rows={2}
          defaultValue={rating?.evidenceLinks.join("\n")}
          errors={errors}
          values={values}
        />
      </fieldset>
    );
  });
  if (!editable) return <>{body}</>;
  return (
    <Form method="post" noValidate>
      {body}
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {t("practice.stagePage.save")}
      </button>
    </Form>
  );
}
