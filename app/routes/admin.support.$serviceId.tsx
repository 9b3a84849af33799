import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { badRequest, notFound } from "~/http/responses";
import { SupportServiceFields } from "~/organisations/support-service-fields";
import {
  deleteSupportService,
  getSupportService,
  supportServiceSchema,
  updateSupportService,
} from "~/support/support-admin.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "distribution.support.editTitle");

function serviceIdFrom(params: LoaderFunctionArgs["params"]): number {
  const id = Number(params.serviceId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { service: getSupportService(admin.organisation.id, serviceIdFrom(params)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const serviceId = serviceIdFrom(params);
  const formData = await request.formData();
  switch (formData.get("intent")) {
    case "save": {
      const parsed = parseForm(supportServiceSchema, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      updateSupportService(admin, serviceId, parsed.data);
      throw redirect("/admin/support?done=changed");
    }
    case "delete":
      deleteSupportService(admin, serviceId);
      throw redirect("/admin/support?done=deleted");
    default:
      badRequest();
  }
}

export default function EditSupportService() {
  const { t } = useTranslation();
  const { service } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <Link className="govuk-back-link" to="/admin/support">
          {t("distribution.support.back")}
        </Link>
        <h1 className="govuk-heading-l">{t("distribution.support.editHeading", { name: service.name })}</h1>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="save" />
          <SupportServiceFields defaults={service} errors={failed?.errors} values={failed?.values} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("common.save")}
          </button>
        </Form>
        <h2 className="govuk-heading-m">{t("distribution.support.deleteHeading")}</h2>
        <p className="govuk-body">{t("distribution.support.deleteIntro")}</p>
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="delete"
            className="govuk-button govuk-button--warning"
            data-module="govuk-button"
          >
            {t("distribution.support.deleteSubmit")}
            <span className="govuk-visually-hidden"> {service.name}</span>
          </button>
        </Form>
      </div>
    </div>
  );
}
