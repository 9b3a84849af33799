import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { AuditTable } from "~/audit/audit-table";
import { listAuditEvents } from "~/audit/audit.server";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { events: listAuditEvents(admin.organisation.id) };
}

export default function Audit() {
  const { t } = useTranslation();
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("audit.title")}</h1>
      <p className="govuk-body">{t("audit.intro")}</p>
      {events.length === 0 ? (
        <p className="govuk-body">{t("audit.none")}</p>
      ) : (
        <AuditTable events={events} caption={t("audit.title")} showObject />
      )}
    </>
  );
}
