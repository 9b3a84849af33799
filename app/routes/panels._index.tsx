import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { inLanguage, PANEL_ROLES } from "~/panels/access";
import { panelsFor } from "~/panels/panels.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panels.title");

/** Admins see every panel of the organisation; a member sees only the panels they sit on. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  return { isAdmin: user.roles.includes("admin"), panels: panelsFor(user) };
}

export default function Panels() {
  const { t, i18n } = useTranslation();
  const { isAdmin, panels } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("panels.title")}</h1>
      <p className="govuk-body">{isAdmin ? t("panels.list.intro") : t("panels.list.memberIntro")}</p>
      {isAdmin ? (
        <Link to="/panels/new" className="govuk-button" data-module="govuk-button">
          {t("panels.list.create")}
        </Link>
      ) : null}
      {panels.length === 0 ? (
        <p className="govuk-body">{isAdmin ? t("panels.list.none") : t("panels.list.noneMember")}</p>
      ) : (
        <table className="govuk-table" data-testid="panels">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("panels.list.caption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("panels.list.panel")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("panels.list.chair")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {panels.map((panel) => (
              <tr className="govuk-table__row" key={panel.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/panels/${panel.id}`}>
                    {inLanguage(i18n.language, panel.name, panel.nameCy)}
                  </Link>
                  {panel.archivedAt ? <> ({t("panels.list.archived")})</> : null}
                </td>
                <td className="govuk-table__cell">{panel.chairName ?? t("panels.list.noChair")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
