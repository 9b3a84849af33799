import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { listActiveStaff } from "~/accounts/users.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { ENGAGEMENT_EDITORS, engagementIdFrom } from "~/engagements/access";
import { EngagementForm } from "~/engagements/engagement-form";
import { getEngagement, updateEngagement } from "~/engagements/engagements.server";
import { engagementSchema } from "~/engagements/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "engagement.editTitle");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_EDITORS);
  return {
    engagement: getEngagement(user.organisation.id, engagementIdFrom(params)),
    staff: listActiveStaff(user.organisation.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...ENGAGEMENT_EDITORS);
  const id = engagementIdFrom(params);
  const formData = await request.formData();
  const parsed = parseForm(engagementSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const saved = updateEngagement(user, id, parsed.data);
  if (!saved.ok) return data(formFailure(formData, { [saved.field]: "errors.staffUnknown" }), { status: 400 });
  throw redirect(`/engagements/${id}`);
}

export default function EditEngagement() {
  const { t } = useTranslation();
  const { engagement, staff } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={result?.errors} />
        <span className="govuk-caption-l">{engagement.title}</span>
        <h1 className="govuk-heading-l">{t("engagement.editTitle")}</h1>
        <EngagementForm
          staff={staff}
          errors={result?.errors}
          values={result?.values}
          defaults={engagement}
          submitLabel={t("common.save")}
          cancelTo={`/engagements/${engagement.id}`}
        />
      </div>
    </div>
  );
}
