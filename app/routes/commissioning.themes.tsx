import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { SHARED_THEME_READERS } from "~/commissioning/access";
import { useOrgName } from "~/commissioning/relationship-tables";
import { sharedThemesFor } from "~/commissioning/shared-themes.server";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { Count } from "~/insights/count";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "commissioning.themes.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SHARED_THEME_READERS);
  return sharedThemesFor(user.organisation.id, ukToday());
}

export default function SharedThemes() {
  const { t, i18n } = useTranslation();
  const { services, quarter, previousQuarter } = useLoaderData<typeof loader>();
  const nameOf = useOrgName();
  const cy = i18n.language === "cy";
  return (
    <>
      <h1 className="govuk-heading-l">{t("commissioning.themes.title")}</h1>
      <p className="govuk-body">{t("commissioning.themes.intro")}</p>
      {services.length === 0 ? <p className="govuk-body">{t("commissioning.themes.none")}</p> : null}
      <div className="govuk-grid-row">
        {services.map((s) => (
          <section
            key={s.commissionId}
            className="govuk-grid-column-one-third"
            aria-labelledby={`service-${s.commissionId}`}
            data-testid={`shared-${s.commissionId}`}
          >
            <h2 className="govuk-heading-m" id={`service-${s.commissionId}`}>
              {nameOf(s.service)}
            </h2>
            {s.themes.length === 0 ? (
              <p className="govuk-body">{t("commissioning.themes.noThemes")}</p>
            ) : (
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  {t("commissioning.themes.caption", { name: nameOf(s.service) })}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      {t("commissioning.themes.theme")}
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {quarter}
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {previousQuarter}
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {s.themes.map((theme) => (
                    <tr className="govuk-table__row" key={theme.id}>
                      <th scope="row" className="govuk-table__header">
                        <span className={theme.parentId ? "govuk-!-padding-left-4 govuk-!-display-inline-block" : undefined}>
                          {(cy && theme.nameCy) || theme.name}
                        </span>
                        {(cy && theme.descriptionCy) || theme.description ? (
                          <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
                            {(cy && theme.descriptionCy) || theme.description}
                          </span>
                        ) : null}
                      </th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        <Count shown={theme.thisQuarter} />
                      </td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        <Count shown={theme.lastQuarter} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>
      <p className="govuk-body">
        <Link className="govuk-link" to="/commissioning">
          {t("commissioning.back")}
        </Link>
      </p>
    </>
  );
}
