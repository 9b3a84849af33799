import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateField, Radios } from "~/components/form/fields";
import type { InsightsPage } from "./figures.server";

type FormData = InsightsPage["form"];

/** A GOV.UK select whose options may be grouped (answers, by question). */
function GroupedSelect({
  name,
  label,
  hint,
  error,
  value,
  first,
  options,
  groups,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  first: string;
  options?: { value: string; label: string }[];
  groups?: { label: string; options: { value: string; label: string }[] }[];
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div id={`${name}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t(error)}
        </p>
      ) : null}
      <select
        className={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={name}
        name={name}
        defaultValue={value}
        aria-describedby={describedBy}
      >
        <option value="">{first}</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group, i) => (
          <optgroup key={`${i}-${group.label}`} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters: a plain GET form, so it works without JavaScript, the address
 * can be bookmarked or shared, and a refused filter stays filled in.
 */
export function DashboardFilters({ form, clearTo }: { form: FormData; clearTo: string }) {
  const { t } = useTranslation();
  const value = (name: string) => {
    const v = form.values[name];
    return typeof v === "string" ? v : "";
  };
  return (
    <Form method="get" className="vv-no-print" aria-labelledby="filters-heading" data-testid="insights-filters">
      <h2 className="govuk-heading-m" id="filters-heading">
        {t("insights.filters.heading")}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DateField
            name="from"
            label={t("insights.filters.from")}
            hint={t("insights.filters.fromHint")}
            errors={form.errors}
            values={form.values}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <DateField
            name="to"
            label={t("insights.filters.to")}
            hint={t("insights.filters.toHint")}
            errors={form.errors}
            values={form.values}
          />
        </div>
      </div>
      <GroupedSelect
        name="channel"
        label={t("insights.filters.channel")}
        error={form.errors.channel}
        value={value("channel")}
        first={t("insights.filters.allChannels")}
        options={form.channels}
      />
      <GroupedSelect
        name="language"
        label={t("insights.filters.language")}
        error={form.errors.language}
        value={value("language")}
        first={t("insights.filters.allLanguages")}
        options={form.languages}
      />
      {form.answers.length ? (
        <GroupedSelect
          name="answer"
          label={t("insights.filters.answer")}
          hint={t("insights.filters.answerHint")}
          error={form.errors.answer}
          value={value("answer")}
          first={t("insights.filters.everyone")}
          groups={form.answers}
        />
      ) : null}
      {form.hasRights ? (
        <Radios
          name="by"
          label={t("insights.filters.by")}
          inline
          values={{ by: value("by") === "month" ? "month" : "quarter" }}
          options={[
            { value: "quarter", label: t("insights.filters.quarter") },
            { value: "month", label: t("insights.filters.month") },
          ]}
        />
      ) : null}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          {t("insights.filters.submit")}
        </button>
        <Link className="govuk-link" to={clearTo}>
          {t("insights.filters.clear")}
        </Link>
      </div>
    </Form>
  );
}
