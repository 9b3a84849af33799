import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasAnyUser } from "~/accounts/organisations.server";
import { requireUser } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");

export function loader({ request }: LoaderFunctionArgs) {
  if (!hasAnyUser()) throw redirect("/setup");
  const user = requireUser(request);
  return {
    name: user.name,
    roles: user.roles,
    organisation: { name: user.organisation.name, nameCy: user.organisation.nameCy, slug: user.organisation.slug },
  };
}

export default function Home() {
  const { t, i18n } = useTranslation();
  const { name, roles, organisation } = useLoaderData<typeof loader>();
  const isAdmin = roles.includes("admin");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("home.welcome", { name })}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("home.organisation")}</dt>
            <dd className="govuk-summary-list__value">{i18n.language === "cy" ? organisation.nameCy : organisation.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("home.yourRoles")}</dt>
            <dd className="govuk-summary-list__value">
              <ul className="govuk-list">
                {roles.map((role) => (
                  <li key={role}>
                    <strong>{t(`roles.${role}`)}</strong>: {t(`roleDescriptions.${role}`)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">{t("home.whatYouCanDo")}</h2>
        <ul className="govuk-list vv-action-list">
          {isAdmin ? (
            <>
              <li>
                <Link className="govuk-link" to="/admin/users">
                  {t("nav.users")}
                </Link>
                : {t("home.manageUsers")}
              </li>
              <li>
                <Link className="govuk-link" to="/admin/audit">
                  {t("nav.audit")}
                </Link>
                : {t("home.viewAudit")}
              </li>
            </>
          ) : null}
          <li>
            <Link className="govuk-link" to="/account">
              {t("nav.account")}
            </Link>
            : {t("home.changePassword")}
          </li>
        </ul>
      </div>
    </div>
  );
}
