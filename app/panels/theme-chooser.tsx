import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { inLanguage } from "./access";

type Group = {
  id: number;
  title: string;
  titleCy: string;
  themes: {
    id: number;
    name: string;
    nameCy: string;
    parent: { name: string; nameCy: string } | null;
    surveyTitle: string | null;
  }[];
};

/**
 * The themes under review, ticked from the engagements the panel scrutinises (one group per engagement), with two
 * buttons: save the ticked themes, or save them and issue the pack. Works without JavaScript. `quoteCheck` (the
 * quotes the pack would carry, to read before issuing) sits between the two, inside the same form.
 */
export function ThemeChooser({
  groups,
  chosen,
  errors,
  values,
  quoteCheck,
}: {
  groups: Group[];
  chosen: number[];
  errors?: FieldErrors;
  values?: FormValues;
  quoteCheck?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const error = errors?.themeId;
  const submitted = values?.themeId;
  const checked = Array.isArray(submitted) ? submitted : chosen.map(String);
  const first = groups.flatMap((group) => group.themes)[0]?.id;
  return (
    <Form method="post" noValidate>
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={["themeId-hint", error ? "themeId-error" : null].filter(Boolean).join(" ")}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t("panels.session.themes")}</legend>
          <div id="themeId-hint" className="govuk-hint">
            {t("panels.session.themesHint")}
          </div>
          {error ? (
            <p id="themeId-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(error)}
            </p>
          ) : null}
          {groups.map((group) => (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={group.id}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {inLanguage(lang, group.title, group.titleCy)}
              </legend>
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {group.themes.map((theme) => {
                  // The first box's id is the field's; its hint is "-item-hint" so it cannot repeat "themeId-hint".
                  const id = theme.id === first ? "themeId" : `themeId-${theme.id}`;
                  const hint = theme.parent
                    ? t("panels.session.subThemeOf", { parent: inLanguage(lang, theme.parent.name, theme.parent.nameCy) })
                    : theme.surveyTitle
                      ? t("panels.session.surveyCodebook", { survey: theme.surveyTitle })
                      : null;
                  return (
                    <div className="govuk-checkboxes__item" key={theme.id}>
                      <input
                        className="govuk-checkboxes__input"
                        id={id}
                        name="themeId"
                        type="checkbox"
                        value={theme.id}
                        defaultChecked={checked.includes(String(theme.id))}
                        aria-describedby={hint ? `${id}-item-hint` : undefined}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                        {inLanguage(lang, theme.name, theme.nameCy)}
                      </label>
                      {hint ? (
                        <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                          {hint}
                        </div>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </fieldset>
      </div>
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        name="intent"
        value="themes"
      >
        {t("panels.session.saveThemes")}
      </button>
      {quoteCheck}
      <h3 className="govuk-heading-s">{t("panels.session.issueHeading")}</h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t("panels.session.warning")}</span>
          {t("panels.session.issueWarning")}
        </strong>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button" name="intent" value="issue">
        {t("panels.session.issue")}
      </button>
    </Form>
  );
}
