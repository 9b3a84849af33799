import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { inLanguage, PANEL_ADMINS, panelIdFrom } from "~/panels/access";
import { panelAccess } from "~/panels/access.server";
import { sessionSchema } from "~/panels/schemas";
import { SessionDetailsForm } from "~/panels/session-form";
import { createSession } from "~/panels/sessions.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panels.sessionForm.createTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  const { panel } = panelAccess(user, panelIdFrom(params));
  return { panel: { id: panel.id, name: panel.name, nameCy: panel.nameCy }, today: ukToday() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  const { panel } = panelAccess(user, panelIdFrom(params));
  const parsed = parseForm(sessionSchema, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const created = createSession(user, panel.id, parsed.data);
  throw redirect(`/panels/${panel.id}/sessions/${created.id}?done=created`);
}

export default function NewSession() {
  const { t, i18n } = useTranslation();
  const { panel, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/panels/${panel.id}`}>
          {t("panels.session.back")}
        </Link>
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{inLanguage(i18n.language, panel.name, panel.nameCy)}</span>
        <h1 className="govuk-heading-l">{t("panels.sessionForm.createTitle")}</h1>
        <SessionDetailsForm
          defaults={{ heldOn: today, agenda: "", agendaCy: "" }}
          errors={result?.errors}
          values={result?.values}
          submitLabel={t("panels.sessionForm.create")}
        />
      </div>
    </div>
  );
}
