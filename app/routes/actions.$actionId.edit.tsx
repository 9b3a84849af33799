import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ACTION_EDITORS, actionIdFrom } from "~/actions/access";
import { ActionForm } from "~/actions/action-form";
import { getAction, updateAction } from "~/actions/actions.server";
import { engagementChoices, ownerChoices, themeChoices } from "~/actions/choices.server";
import { ACTION_ARRAYS, actionSchema } from "~/actions/schemas";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.form.editTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_EDITORS);
  return {
    action: getAction(user.organisation.id, actionIdFrom(params)),
    themes: themeChoices(user.organisation.id),
    engagements: engagementChoices(user.organisation.id),
    owners: ownerChoices(user.organisation.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...ACTION_EDITORS);
  const id = actionIdFrom(params);
  const formData = await request.formData();
  const parsed = parseForm(actionSchema(ukToday()), formData, ACTION_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const saved = updateAction(user, id, parsed.data);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: saved.error }, ACTION_ARRAYS), { status: 400 });
  throw redirect(`/actions/${id}?done=saved`);
}

export default function EditAction() {
  const { t } = useTranslation();
  const { action: record, themes, engagements, owners } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{record.title}</span>
        <h1 className="govuk-heading-l">{t("actions.form.editTitle")}</h1>
        <ActionForm
          defaults={record}
          engagements={engagements}
          owners={owners}
          themes={themes}
          errors={result?.errors}
          values={result?.values}
          submitLabel={t("common.save")}
          cancelTo={`/actions/${record.id}`}
        />
      </div>
    </div>
  );
}
