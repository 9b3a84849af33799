import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { listActiveStaff } from "~/accounts/users.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { ENGAGEMENT_EDITORS } from "~/engagements/access";
import { EngagementForm } from "~/engagements/engagement-form";
import { createEngagement } from "~/engagements/engagements.server";
import { engagementSchema } from "~/engagements/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "engagement.create");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_EDITORS);
  return { staff: listActiveStaff(user.organisation.id), me: user.id };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_EDITORS);
  const formData = await request.formData();
  const parsed = parseForm(engagementSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const created = createEngagement(user, parsed.data);
  if (!created.ok) return data(formFailure(formData, { [created.field]: "errors.staffUnknown" }), { status: 400 });
  throw redirect(`/engagements/${created.id}`);
}

export default function NewEngagement() {
  const { t } = useTranslation();
  const { staff, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <h1 className="govuk-heading-l">{t("engagement.create")}</h1>
        <p className="govuk-body">{t("engagement.createIntro")}</p>
        <EngagementForm
          staff={staff}
          errors={result?.errors}
          values={result?.values}
          defaults={{
            title: "",
            titleCy: "",
            purpose: "",
            purposeCy: "",
            audience: "",
            sponsor: "",
            leadUserId: me,
            startDate: null,
            endDate: null,
            status: "planning",
          }}
          submitLabel={t("engagement.create")}
          cancelTo="/engagements"
        />
      </div>
    </div>
  );
}
