import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { inLanguage, PANEL_ADMINS, panelIdFrom } from "~/panels/access";
import { PanelForm } from "~/panels/panel-form";
import { engagementChoices, getPanel, memberChoices, updatePanel } from "~/panels/panels.server";
import { PANEL_ARRAYS, panelSchema } from "~/panels/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panels.form.editTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  const panel = getPanel(user.organisation.id, panelIdFrom(params));
  const eligible = memberChoices(user.organisation.id);
  // People already seated stay listed (and ticked) even if their role has since lapsed.
  const seated = panel.members.filter((member) => !eligible.some((person) => person.id === member.id));
  const engagementIds = panel.engagements.map((engagement) => engagement.id);
  return {
    panel,
    people: [...eligible, ...seated],
    engagements: engagementChoices(user.organisation.id).filter(
      (engagement) => !engagement.archivedAt || engagementIds.includes(engagement.id),
    ),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  // Another organisation's panel is 404 before anything it sent is read.
  const panelId = getPanel(user.organisation.id, panelIdFrom(params)).id;
  const formData = await request.formData();
  const parsed = parseForm(panelSchema, formData, PANEL_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const saved = updatePanel(user, panelId, parsed.data);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: saved.error }, PANEL_ARRAYS), { status: 400 });
  throw redirect(`/panels/${panelId}?done=saved`);
}

export default function EditPanel() {
  const { t, i18n } = useTranslation();
  const { panel, people, engagements } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{inLanguage(i18n.language, panel.name, panel.nameCy)}</span>
        <h1 className="govuk-heading-l">{t("panels.form.editTitle")}</h1>
        <PanelForm
          defaults={{
            ...panel,
            memberIds: panel.members.map((member) => member.id),
            engagementIds: panel.engagements.map((engagement) => engagement.id),
          }}
          people={people}
          engagements={engagements}
          errors={result?.errors}
          values={result?.values}
          submitLabel={t("common.save")}
          cancelTo={`/panels/${panel.id}`}
        />
      </div>
    </div>
  );
}
