import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formValues, safeValues, type FieldErrors, type FormValues } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { notFound } from "~/http/responses";
import { languageLabel } from "~/surveys/languages";
import { SURVEY_DESIGNERS, surveyIdFrom } from "~/surveys/access";
import { DefinitionProblems } from "~/surveys/definition-problems";
import { conditionOptions, findElement, replaceElement } from "~/surveys/edit";
import { CHOICE_LIST_TYPES, conditionKey, elementFormValues, LIST_FIELDS, readElementForm } from "~/surveys/element-form";
import { questionPath } from "~/surveys/paths";
import { textFor } from "~/surveys/survey-json";
import { getSurvey, saveDraft } from "~/surveys/surveys.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "question.title");

function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const found = findElement(survey.draft, params.name ?? "");
  if (!found) notFound();
  const langs = ["en", ...survey.settings.languages];
  return { user, survey, found, langs, options: conditionOptions(survey.draft, found.element.name) };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, found, langs, options } = load(request, params);
  return {
    survey: { id: survey.id, title: survey.title },
    element: { type: found.element.type, name: found.element.name, visibleIf: found.element.visibleIf },
    shown: elementFormValues(found.element, langs, options),
    langs,
    options,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, survey, found, langs, options } = load(request, params);
  const formData = await request.formData();
  const values = formValues(formData, LIST_FIELDS(langs));
  const read = readElementForm(values, found.element, langs, options);
  if (!read.ok) return data({ errors: read.errors, values: safeValues(values), problems: [] }, { status: 400 });
  const saved = saveDraft(user, survey.id, replaceElement(survey.draft, found.element.name, read.element));
  if (!saved.ok)
    return data(
      { errors: { form: "errors.importInvalid" }, values: safeValues(values), problems: saved.problems },
      { status: 400 },
    );
  throw redirect(`/surveys/${survey.id}/design`);
}

function Field({
  name,
  id = name,
  label,
  errors,
  values,
  defaultValue,
  multiline,
  hint,
}: {
  name: string;
  /** Defaults to the name; list rows share a name and need their own id. */
  id?: string;
  label: string;
  errors?: FieldErrors;
  values?: FormValues;
  defaultValue?: string;
  multiline?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation();
  const error = errors?.[id];
  const submitted = values?.[name];
  const value = typeof submitted === "string" ? submitted : (defaultValue ?? "");
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(error)}
        </p>
      ) : null}
      {multiline ? (
        <textarea className="govuk-textarea" id={id} name={name} rows={3} defaultValue={value} aria-describedby={describedBy} />
      ) : (
        <input className="govuk-input" id={id} name={name} defaultValue={value} aria-describedby={describedBy} />
      )}
    </div>
  );
}

function LocalisedFields({
  prefix,
  label,
  langs,
  errors,
  values,
  multiline,
  hint,
}: {
  prefix: "title" | "description" | "html" | "requiredReason" | "identifyingReason";
  label: string;
  langs: string[];
  errors?: FieldErrors;
  values: FormValues;
  multiline?: boolean;
  hint?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {langs.map((lang) => (
        <Field
          key={lang}
          name={`${prefix}_${lang}`}
          label={`${label}: ${languageLabel(t, lang, i18n.language)}`}
          hint={lang === "en" ? hint : undefined}
          errors={errors}
          values={values}
          multiline={multiline}
        />
      ))}
    </>
  );
}

function ListEditor({
  list,
  legend,
  langs,
  errors,
  values,
}: {
  list: "choices" | "rows" | "columns";
  legend: string;
  langs: string[];
  errors?: FieldErrors;
  values: FormValues;
}) {
  const { t, i18n } = useTranslation();
  const listValues = values[`${list}Value`];
  const rows = (Array.isArray(listValues) ? listValues : []).map((value, index) => ({
    value,
    texts: Object.fromEntries(
      langs.map((lang) => [lang, (values[`${list}Text_${lang}`] as string[] | undefined)?.[index] ?? ""]),
    ),
  }));
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      {rows.map((row, index) => (
        <div key={`${row.value}-${index}`} className="vv-element">
          <input type="hidden" name={`${list}Value`} value={row.value} />
          {langs.map((lang) => (
            <Field
              key={lang}
              name={`${list}Text_${lang}`}
              id={`${list}Text_${lang}-${index}`}
              label={t("question.optionText", { number: index + 1, language: languageLabel(t, lang, i18n.language) })}
              errors={errors}
              defaultValue={row.texts[lang]}
            />
          ))}
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-2">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={`${list}Remove-${index}`}
                name={`${list}Remove`}
                type="checkbox"
                value={row.value}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${list}Remove-${index}`}>
                {t("question.removeOption", { number: index + 1 })}
              </label>
            </div>
          </div>
        </div>
      ))}
      {langs.map((lang) => (
        <Field
          key={lang}
          name={`new_${list}_${lang}`}
          label={t("question.newOption", { language: languageLabel(t, lang, i18n.language) })}
          errors={errors}
          values={values}
        />
      ))}
    </fieldset>
  );
}

function Checkbox({ name, label, checked, hint }: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <div className="govuk-checkboxes govuk-!-margin-bottom-4">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={name}
          name={name}
          type="checkbox"
          value="yes"
          defaultChecked={checked}
          aria-describedby={hint ? `${name}-hint` : undefined}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={name}>
          {label}
        </label>
        {hint ? (
          <div className="govuk-hint govuk-checkboxes__hint" id={`${name}-hint`}>
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}

export default function EditQuestion() {
  const { t, i18n } = useTranslation();
  const { survey, element, shown, langs, options } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: FieldErrors | undefined = result?.errors;
  const values: FormValues = result?.values ?? shown;
  const isHtml = element.type === "html";
  const checked = (name: string) => values[name] === "yes";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/surveys/${survey.id}/design`}>
          {t("question.back")}
        </Link>
        <ErrorSummary errors={errors} />
        {result?.problems?.length ? <DefinitionProblems problems={result.problems} /> : null}
        <span className="govuk-caption-l">
          {survey.title} · {t(`questionTypes.${element.type}`, { defaultValue: element.type })}
        </span>
        <h1 className="govuk-heading-l">{isHtml ? t("question.editInfo") : t("question.title")}</h1>
        <Form method="post" action={questionPath(survey.id, element.name)} noValidate>
          {isHtml ? (
            <>
              <LocalisedFields
                prefix="html"
                label={t("question.infoText")}
                hint={t("question.infoHint")}
                langs={langs}
                errors={errors}
                values={values}
                multiline
              />
              <Checkbox
                name="contentWarning"
                label={t("question.isContentWarning")}
                hint={t("question.isContentWarningHint")}
                checked={checked("contentWarning")}
              />
            </>
          ) : (
            <>
              <LocalisedFields prefix="title" label={t("question.questionText")} langs={langs} errors={errors} values={values} />
              <LocalisedFields
                prefix="description"
                label={t("question.helpText")}
                hint={t("question.helpHint")}
                langs={langs}
                errors={errors}
                values={values}
                multiline
              />
            </>
          )}
          {CHOICE_LIST_TYPES.has(element.type) ? (
            <ListEditor list="choices" legend={t("question.options")} langs={langs} errors={errors} values={values} />
          ) : null}
          {element.type === "matrix" ? (
            <>
              <ListEditor list="rows" legend={t("question.rows")} langs={langs} errors={errors} values={values} />
              <ListEditor list="columns" legend={t("question.columns")} langs={langs} errors={errors} values={values} />
            </>
          ) : null}
          {["radiogroup", "checkbox", "dropdown", "matrix"].includes(element.type) ? (
            <Checkbox
              name="preferNotToSay"
              label={t("question.preferNotToSay")}
              hint={t("question.preferNotToSayHint")}
              checked={checked("preferNotToSay")}
            />
          ) : null}
          {["radiogroup", "checkbox", "dropdown"].includes(element.type) ? (
            <Checkbox name="other" label={t("question.other")} checked={checked("other")} />
          ) : null}
          {element.type === "rating" ? (
            <>
              <Field name="rateMin" label={t("question.rateMin")} errors={errors} values={values} />
              <Field name="rateMax" label={t("question.rateMax")} errors={errors} values={values} />
            </>
          ) : null}
          {isHtml ? null : (
            <>
              <h2 className="govuk-heading-m">{t("question.requiredHeading")}</h2>
              <Checkbox
                name="isRequired"
                label={t("question.isRequired")}
                hint={t("question.isRequiredHint")}
                checked={checked("isRequired")}
              />
              <LocalisedFields
                prefix="requiredReason"
                label={t("question.requiredReason")}
                langs={langs}
                errors={errors}
                values={values}
              />
              <h2 className="govuk-heading-m">{t("identifying.heading")}</h2>
              <LocalisedFields
                prefix="identifyingReason"
                label={t("identifying.reason")}
                hint={t("identifying.reasonHint")}
                langs={langs}
                errors={errors}
                values={values}
                multiline
              />
            </>
          )}
          <h2 className="govuk-heading-m">{t("question.visibilityHeading")}</h2>
          {values.keepExpertCondition === "yes" ? (
            <>
              <p className="govuk-body">{t("question.expertCondition", { expression: element.visibleIf })}</p>
              <input type="hidden" name="keepExpertCondition" value="yes" />
            </>
          ) : null}
          <div className={`govuk-form-group${errors?.condition ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label" htmlFor="condition">
              {t("question.showWhen")}
            </label>
            {errors?.condition ? (
              <p id="condition-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(errors.condition)}
              </p>
            ) : null}
            <select className="govuk-select" id="condition" name="condition" defaultValue={String(values.condition ?? "")}>
              <option value="">{t("question.always")}</option>
              {options.map((option) => (
                <option key={conditionKey(option.question, option.value)} value={conditionKey(option.question, option.value)}>
                  {textFor(option.questionTitle, i18n.language, option.question)} →{" "}
                  {textFor(option.text, i18n.language, option.value)}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend">{t("question.operator")}</legend>
              <div className="govuk-radios govuk-radios--inline govuk-radios--small">
                {(["is", "isNot"] as const).map((operator) => (
                  <div className="govuk-radios__item" key={operator}>
                    <input
                      className="govuk-radios__input"
                      id={`operator-${operator}`}
                      name="operator"
                      type="radio"
                      value={operator}
                      defaultChecked={(values.operator ?? "is") === operator}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`operator-${operator}`}>
                      {t(`question.operator_${operator}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("question.save")}
            </button>
            <Link className="govuk-link" to={`/surveys/${survey.id}/design`}>
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
