import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { listUsers } from "~/accounts/users.server";
import { pageTitle } from "~/components/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "users.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { users: listUsers(admin.organisation.id) };
}

export function UserStatus({ deactivatedAt, hasPassword }: { deactivatedAt: string | null; hasPassword: boolean }) {
  const { t } = useTranslation();
  if (deactivatedAt) return <strong className="govuk-tag govuk-tag--grey">{t("users.deactivated")}</strong>;
  if (!hasPassword) return <strong className="govuk-tag govuk-tag--yellow">{t("users.invited")}</strong>;
  return <strong className="govuk-tag govuk-tag--green">{t("users.active")}</strong>;
}

export default function Users() {
  const { t } = useTranslation();
  const { users } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("users.title")}</h1>
      <Link to="/admin/users/new" className="govuk-button" data-module="govuk-button">
        {t("users.add")}
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{t("users.title")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("users.name")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("users.email")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("users.roles")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("users.status")}
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">{t("users.change")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <tr className="govuk-table__row" key={user.id}>
              <td className="govuk-table__cell">{user.name}</td>
              <td className="govuk-table__cell">{user.email}</td>
              <td className="govuk-table__cell">{user.roles.map((role) => t(`roles.${role}`)).join(", ")}</td>
              <td className="govuk-table__cell">
                <UserStatus deactivatedAt={user.deactivatedAt} hasPassword={user.hasPassword} />
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                  {t("users.change")}
                  <span className="govuk-visually-hidden"> {user.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
