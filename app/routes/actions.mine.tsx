import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ACTION_READERS } from "~/actions/access";
import { ActionTable } from "~/actions/action-table";
import { ActionsNav } from "~/actions/actions-nav";
import { listActions } from "~/actions/actions.server";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.mine.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_READERS);
  return { actions: listActions(user.organisation.id, { owner: user.id }, ukToday()) };
}

export default function MyActions() {
  const { t } = useTranslation();
  const { actions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("actions.mine.title")}</h1>
      <ActionsNav />
      <p className="govuk-body">{t("actions.mine.intro")}</p>
      {actions.length === 0 ? (
        <p className="govuk-body">{t("actions.mine.none")}</p>
      ) : (
        <ActionTable rows={actions} caption={t("actions.mine.title")} />
      )}
    </>
  );
}
