import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SupportServiceFields } from "~/organisations/support-service-fields";
import { addSupportService, supportServiceSchema } from "~/support/support-admin.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "distribution.support.addTitle");

export function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const parsed = parseForm(supportServiceSchema, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  addSupportService(admin, parsed.data);
  throw redirect("/admin/support?done=added");
}

export default function AddSupportService() {
  const { t } = useTranslation();
  const failed = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <Link className="govuk-back-link" to="/admin/support">
          {t("distribution.support.back")}
        </Link>
        <h1 className="govuk-heading-l">{t("distribution.support.addTitle")}</h1>
        <Form method="post" noValidate>
          <SupportServiceFields errors={failed?.errors} values={failed?.values} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {t("distribution.support.addSubmit")}
            </button>
            <Link className="govuk-link" to="/admin/support">
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
