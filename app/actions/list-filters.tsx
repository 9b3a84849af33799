import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Checkboxes, Select } from "~/components/form/fields";
import { ACTION_STATUSES } from "./status";

export type FilterValues = { status: string; owner: string; engagement: string; overdue: boolean };

/** The list's filters: a plain GET form, so it works without JavaScript and the address can be shared. */
export function ListFilters({
  values,
  owners,
  engagements,
}: {
  values: FilterValues;
  owners: { id: number; name: string }[];
  engagements: { id: number; title: string }[];
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="vv-no-print" aria-labelledby="filters-heading">
      <h2 className="govuk-heading-m" id="filters-heading">
        {t("actions.list.filtersHeading")}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="status"
            label={t("actions.list.status")}
            values={{ status: values.status }}
            options={[
              { value: "", label: t("actions.list.anyStatus") },
              ...ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.status.${status}`) })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="owner"
            label={t("actions.list.owner")}
            values={{ owner: values.owner }}
            options={[
              { value: "", label: t("actions.list.anyOwner") },
              ...owners.map((person) => ({ value: String(person.id), label: person.name })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="engagement"
            label={t("actions.list.engagement")}
            values={{ engagement: values.engagement }}
            options={[
              { value: "", label: t("actions.list.anyEngagement") },
              ...engagements.map((engagement) => ({ value: String(engagement.id), label: engagement.title })),
            ]}
          />
        </div>
      </div>
      <Checkboxes
        name="overdue"
        label={t("actions.tags.overdue")}
        values={{ overdue: values.overdue ? ["1"] : [] }}
        options={[{ value: "1", label: t("actions.list.overdueOnly") }]}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("actions.list.apply")}
        </button>
        <Link className="govuk-link" to="/actions">
          {t("actions.list.clear")}
        </Link>
      </div>
    </Form>
  );
}
