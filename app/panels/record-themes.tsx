/**
 * One theme under review on the record page: the outcome, observations and recommendations as recorded (what prints),
 * then, for the chair or an admin while the session is open, the forms that change them. Field names carry the theme
 * (`finding-12-outcome`) because every theme has its own forms on the one page.
 */
import { themeName } from "~/themes/codebook";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FINDING_OUTCOMES, RECOMMENDATION_PRIORITIES } from "../../db/enums";
import { Radios, Textarea, TextInput } from "~/components/form/fields";
import { findingPrefix, recommendationPrefix } from "./record-schemas";
import { Bilingual, OutcomeTag, PriorityTag, type FormState } from "./record-text";
import type { RecordPage } from "./record.server";

type Theme = RecordPage["themes"][number];

function Recommendations({ theme, canRecord }: { theme: Theme; canRecord: boolean }) {
  const { t, i18n } = useTranslation();
  if (theme.recommendations.length === 0) {
    return <p className="govuk-body">{t("panelRecord.recommendations.none")}</p>;
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        {t("panelRecord.recommendations.caption", {
          theme: themeName(theme, i18n.language),
        })}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("panelRecord.recommendations.what")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("panelRecord.recommendations.toWhom")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("panelRecord.recommendations.priority")}
          </th>
          {canRecord ? (
            <th scope="col" className="govuk-table__header vv-no-print">
              <span className="govuk-visually-hidden">{t("panelRecord.recommendations.change")}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {theme.recommendations.map((rec, index) => (
          <tr className="govuk-table__row" key={rec.id}>
            <td className="govuk-table__cell">
              <Bilingual en={rec.what} cy={rec.whatCy} as="span" className="vv-pre-line" />
            </td>
            <td className="govuk-table__cell">{rec.toWhom}</td>
            <td className="govuk-table__cell">
              <PriorityTag priority={rec.priority} />
            </td>
            {canRecord ? (
              <td className="govuk-table__cell vv-no-print">
                <Form method="post" className="vv-inline-form">
                  <input type="hidden" name="themeId" value={theme.id} />
                  <input type="hidden" name="recommendationId" value={rec.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove-recommendation"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                  >
                    {t("panelRecord.recommendations.remove")}
                    <span className="govuk-visually-hidden">
                      {" "}
                      {t("panelRecord.recommendations.removeHidden", { number: index + 1 })}
                    </span>
                  </button>
                </Form>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Each theme has its own finding and recommendation forms, and a form labelled by its heading is a landmark: the
 * heading alone ("Record the outcome") would name every theme's form the same, so the theme's name follows it.
 */
const formName = (heading: string, theme: Theme) => `${heading} ${themeNameId(theme)}`;
const themeNameId = (theme: Theme) => `theme-${theme.id}-name`;

function FindingForm({ theme, state }: { theme: Theme; state: FormState }) {
  const { t } = useTranslation();
  const p = findingPrefix(theme.id);
  const heading = `${p}heading`;
  return (
    <Form method="post" noValidate aria-labelledby={formName(heading, theme)}>
      <h4 className="govuk-heading-s" id={heading}>
        {theme.finding ? t("panelRecord.finding.changeHeading") : t("panelRecord.finding.heading")}
      </h4>
      <input type="hidden" name="themeId" value={theme.id} />
      <Radios
        name={`${p}outcome`}
        label={t("panelRecord.finding.outcome")}
        {...state}
        defaultValue={theme.finding?.outcome}
        options={FINDING_OUTCOMES.map((value) => ({ value, label: t(`panelRecord.outcomes.${value}`) }))}
      />
      <Textarea
        name={`${p}observations`}
        label={t("panelRecord.finding.observations")}
        hint={t("panelRecord.finding.observationsHint")}
        {...state}
        defaultValue={theme.finding?.observations}
      />
      <Textarea
        name={`${p}observationsCy`}
        label={t("panelRecord.finding.observationsCy")}
        {...state}
        defaultValue={theme.finding?.observationsCy}
      />
      <button type="submit" name="intent" value="finding" className="govuk-button" data-module="govuk-button">
        {t("panelRecord.finding.save")}
      </button>
    </Form>
  );
}

function RecommendationForm({ theme, state }: { theme: Theme; state: FormState }) {
  const { t } = useTranslation();
  const p = recommendationPrefix(theme.id);
  const heading = `${p}heading`;
  return (
    <Form method="post" noValidate aria-labelledby={formName(heading, theme)}>
      <h4 className="govuk-heading-s" id={heading}>
        {t("panelRecord.recommendations.addHeading")}
      </h4>
      <input type="hidden" name="themeId" value={theme.id} />
      <Textarea
        name={`${p}what`}
        label={t("panelRecord.recommendations.whatLabel")}
        hint={t("panelRecord.recommendations.whatHint")}
        {...state}
        rows={3}
      />
      <Textarea name={`${p}whatCy`} label={t("panelRecord.recommendations.whatCyLabel")} {...state} rows={3} />
      <TextInput
        name={`${p}toWhom`}
        label={t("panelRecord.recommendations.toWhomLabel")}
        hint={t("panelRecord.recommendations.toWhomHint")}
        {...state}
        widthClass="govuk-!-width-two-thirds"
      />
      <Radios
        name={`${p}priority`}
        label={t("panelRecord.recommendations.priority")}
        {...state}
        inline
        options={RECOMMENDATION_PRIORITIES.map((value) => ({ value, label: t(`panelRecord.priorities.${value}`) }))}
      />
      <button type="submit" name="intent" value="recommendation" className="govuk-button" data-module="govuk-button">
        {t("panelRecord.recommendations.add")}
      </button>
    </Form>
  );
}

export function ThemeRecord({
  theme,
  canRecord,
  stateFor,
}: {
  theme: Theme;
  canRecord: boolean;
  stateFor: (intent: "finding" | "recommendation", themeId: number) => FormState;
}) {
  const { t } = useTranslation();
  const nameId = themeNameId(theme);
  return (
    <section id={`theme-${theme.id}`} aria-labelledby={nameId} className="govuk-!-margin-bottom-9">
      <Bilingual en={theme.name} cy={theme.nameCy} as="h3" className="govuk-heading-m" id={nameId} />
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panelRecord.finding.outcome")}</dt>
          <dd className="govuk-summary-list__value" data-testid={`outcome-${theme.id}`}>
            <OutcomeTag outcome={theme.finding?.outcome ?? null} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panelRecord.finding.observations")}</dt>
          <dd className="govuk-summary-list__value">
            {theme.finding?.observations || theme.finding?.observationsCy ? (
              <Bilingual
                en={theme.finding.observations}
                cy={theme.finding.observationsCy}
                as="p"
                className="govuk-body vv-pre-line"
              />
            ) : (
              t("panelRecord.finding.noObservations")
            )}
          </dd>
        </div>
      </dl>
      <h4 className="govuk-heading-s">{t("panelRecord.recommendations.heading")}</h4>
      <Recommendations theme={theme} canRecord={canRecord} />
      {canRecord ? (
        <div className="vv-no-print">
          <FindingForm theme={theme} state={stateFor("finding", theme.id)} />
          {theme.finding ? (
            <RecommendationForm
              key={`rec-${theme.recommendations.length}`}
              theme={theme}
              state={stateFor("recommendation", theme.id)}
            />
          ) : (
            <p className="govuk-inset-text">{t("panelRecord.recommendations.outcomeFirst")}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
