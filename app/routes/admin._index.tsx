import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "administration.title");

export function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  return null;
}

/** The organisation-wide settings, one entry in the staff navigation instead of eight (app/components/layout.tsx). */
const PAGES = [
  { to: "/admin/users", title: "nav.users", about: "administration.users" },
  { to: "/admin/organisation", title: "distribution.nav.organisation", about: "administration.organisation" },
  { to: "/admin/support", title: "distribution.nav.support", about: "administration.support" },
  { to: "/admin/stages", title: "nav.stages", about: "administration.stages" },
  { to: "/admin/practice", title: "practice.wording.title", about: "administration.practice" },
  { to: "/admin/notify", title: "notify.nav", about: "administration.notify" },
  { to: "/admin/invitations", title: "invitations.admin.title", about: "administration.invitations" },
  { to: "/admin/audit", title: "nav.audit", about: "administration.audit" },
] as const;

export default function Administration() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="govuk-heading-l">{t("administration.title")}</h1>
      <p className="govuk-body">{t("administration.intro")}</p>
      <ul className="govuk-list" data-testid="admin-pages">
        {PAGES.map((page) => (
          <li key={page.to}>
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={page.to}>
                {t(page.title)}
              </Link>
            </h2>
            <p className="govuk-body">{t(page.about)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
