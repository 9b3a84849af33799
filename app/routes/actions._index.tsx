import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ACTION_READERS, canEditActions } from "~/actions/access";
import { ActionTable } from "~/actions/action-table";
import { ActionsNav } from "~/actions/actions-nav";
import { listActions } from "~/actions/actions.server";
import { engagementChoices, ownerChoices } from "~/actions/choices.server";
import { ListFilters } from "~/actions/list-filters";
import { listFilterSchema } from "~/actions/schemas";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_READERS);
  const params = new URL(request.url).searchParams;
  const filter = listFilterSchema.parse(Object.fromEntries(params));
  const filtered = Boolean(filter.status || filter.owner || filter.engagement || filter.overdue);
  return {
    canEdit: canEditActions(user.roles),
    filtered,
    values: {
      status: filter.status ?? "",
      owner: filter.owner ? String(filter.owner) : "",
      engagement: filter.engagement ? String(filter.engagement) : "",
      overdue: filter.overdue,
    },
    owners: ownerChoices(user.organisation.id),
    engagements: engagementChoices(user.organisation.id),
    actions: listActions(user.organisation.id, filter, ukToday()),
  };
}

export default function Actions() {
  const { t } = useTranslation();
  const { canEdit, filtered, values, owners, engagements, actions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("actions.title")}</h1>
      <ActionsNav />
      <p className="govuk-body">{t("actions.list.intro")}</p>
      {canEdit ? (
        <Link to="/actions/new" className="govuk-button" data-module="govuk-button">
          {t("actions.list.create")}
        </Link>
      ) : null}
      <ListFilters values={values} owners={owners} engagements={engagements} />
      <p className="govuk-body" role="status">
        {t("actions.list.count", { count: actions.length })}
      </p>
      {actions.length === 0 ? (
        <p className="govuk-body">{filtered ? t("actions.list.noneMatch") : t("actions.list.none")}</p>
      ) : (
        <ActionTable rows={actions} caption={t("actions.list.caption")} />
      )}
    </>
  );
}
