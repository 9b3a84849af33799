import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { SHARED_THEME_READERS } from "~/commissioning/access";
import { useOrgName } from "~/commissioning/relationship-tables";
import { sharedThemesFor } from "~/commissioning/shared-themes.server";
import { ThemeLinkPanel } from "~/commissioning/theme-link-panel";
import { linkingAction, linkingData } from "~/commissioning/theme-links-page.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { ukToday } from "~/engagements/stages";
import { Count } from "~/insights/count";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "commissioning.themes.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SHARED_THEME_READERS);
  const search = new URL(request.url).searchParams;
  const today = ukToday();
  return {
    ...sharedThemesFor(user.organisation.id, today),
    linking: linkingData(user, search.get("link"), search.get("done"), today),
  };
}

/** Linking a shared theme to an action or a panel pack (theme-links-page.server.ts checks each intent's role). */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...SHARED_THEME_READERS);
  return linkingAction(user, request);
}

export default function SharedThemes() {
  const { t, i18n } = useTranslation();
  const { services, quarter, previousQuarter, linking } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const nameOf = useOrgName();
  const cy = i18n.language === "cy";
  return (
    <>
      <ErrorSummary errors={result?.errors} />
      <h1 className="govuk-heading-l">{t("commissioning.themes.title")}</h1>
      <p className="govuk-body">{t("commissioning.themes.intro")}</p>
      {linking ? <ThemeLinkPanel linking={linking} state={result ?? {}} /> : null}
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
                        <Link
                          className="govuk-link govuk-body-s govuk-!-display-block govuk-!-font-weight-regular vv-no-print"
                          to={`?link=${s.commissionId}-${theme.id}#link-panel`}
                        >
                          {t("commissioning.links.open")}
                          <span className="govuk-visually-hidden">: {(cy && theme.nameCy) || theme.name}</span>
                        </Link>
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
