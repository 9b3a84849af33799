import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { PANEL_ADMINS } from "~/panels/access";
import { PanelForm } from "~/panels/panel-form";
import { createPanel, engagementChoices, memberChoices } from "~/panels/panels.server";
import { PANEL_ARRAYS, panelSchema } from "~/panels/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panels.form.createTitle");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  return {
    people: memberChoices(user.organisation.id),
    engagements: engagementChoices(user.organisation.id).filter((engagement) => !engagement.archivedAt),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  const formData = await request.formData();
  const parsed = parseForm(panelSchema, formData, PANEL_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const created = createPanel(user, parsed.data);
  if (!created.ok) return data(formFailure(formData, { [created.field]: created.error }, PANEL_ARRAYS), { status: 400 });
  throw redirect(`/panels/${created.id}?done=created`);
}

export default function NewPanel() {
  const { t } = useTranslation();
  const { people, engagements } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <h1 className="govuk-heading-l">{t("panels.form.createTitle")}</h1>
        <PanelForm
          defaults={{
            name: "",
            nameCy: "",
            termsOfReference: "",
            termsOfReferenceCy: "",
            chairUserId: null,
            memberIds: [],
            engagementIds: [],
          }}
          people={people}
          engagements={engagements}
          errors={result?.errors}
          values={result?.values}
          submitLabel={t("panels.form.create")}
          cancelTo="/panels"
        />
      </div>
    </div>
  );
}
