import { themeName } from "~/themes/codebook";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ACTION_EDITORS } from "~/actions/access";
import { ActionForm } from "~/actions/action-form";
import { createAction } from "~/actions/actions.server";
import { engagementChoices, ownerChoices, startFromTheme, themeChoices } from "~/actions/choices.server";
import { ACTION_ARRAYS, actionSchema } from "~/actions/schemas";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { notFound } from "~/http/responses";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actions.form.createTitle");

/** `?theme=<id>` starts from a theme: it is ticked, and its engagement chosen. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ACTION_EDITORS);
  const theme = new URL(request.url).searchParams.get("theme");
  if (theme !== null && !/^[1-9]\d{0,15}$/.test(theme)) notFound();
  const start = theme ? startFromTheme(user.organisation.id, Number(theme)) : null;
  const themes = themeChoices(user.organisation.id);
  return {
    today: ukToday(),
    start,
    fromTheme: start ? (themes.find((row) => row.id === start.themeId) ?? null) : null,
    themes,
    engagements: engagementChoices(user.organisation.id),
    owners: ownerChoices(user.organisation.id),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...ACTION_EDITORS);
  const formData = await request.formData();
  const parsed = parseForm(actionSchema(ukToday()), formData, ACTION_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const created = createAction(user, parsed.data);
  if (!created.ok) return data(formFailure(formData, { [created.field]: created.error }, ACTION_ARRAYS), { status: 400 });
  throw redirect(`/actions/${created.id}?done=created`);
}

export default function NewAction() {
  const { t, i18n } = useTranslation();
  const { today, start, fromTheme, themes, engagements, owners } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fromThemeName = fromTheme ? themeName(fromTheme, i18n.language) : null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        {fromThemeName ? <span className="govuk-caption-l">{t("actions.form.fromTheme", { name: fromThemeName })}</span> : null}
        <h1 className="govuk-heading-l">{t("actions.form.createTitle")}</h1>
        <p className="govuk-body">{t("actions.form.createIntro")}</p>
        <ActionForm
          defaults={{
            engagementId: start?.engagementId ?? null,
            title: "",
            titleCy: "",
            description: "",
            descriptionCy: "",
            rationale: "",
            rationaleCy: "",
            owningTeam: "",
            ownerUserId: null,
            raisedOn: today,
            targetDate: null,
            themeIds: start ? [start.themeId] : [],
          }}
          engagements={engagements}
          owners={owners}
          themes={themes}
          errors={result?.errors}
          values={result?.values}
          submitLabel={t("actions.form.create")}
          cancelTo="/actions"
        />
      </div>
    </div>
  );
}
