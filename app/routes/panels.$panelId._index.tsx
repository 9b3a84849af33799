import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { inLanguage, PANEL_ROLES, panelIdFrom } from "~/panels/access";
import { panelAccess } from "~/panels/access.server";
import { getPanel, listSessions } from "~/panels/panels.server";
import { SessionStatusTag } from "~/panels/session-status-tag";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panels.title");

const DONE = ["created", "saved"] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  const access = panelAccess(user, panelIdFrom(params));
  const isAdmin = access.as === "admin";
  const done = new URL(request.url).searchParams.get("done");
  return {
    as: access.as,
    panel: getPanel(user.organisation.id, access.panel.id),
    sessions: listSessions(user.organisation.id, access.panel.id, isAdmin),
    done: DONE.find((key) => key === done) ?? null,
  };
}

export default function PanelPage() {
  const { t, i18n } = useTranslation();
  const { as, panel, sessions, done } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const isAdmin = as === "admin";
  const terms = inLanguage(lang, panel.termsOfReference, panel.termsOfReferenceCy);
  const chair = panel.members.find((member) => member.id === panel.chairUserId);
  return (
    <>
      <Link className="govuk-back-link vv-no-print" to="/panels">
        {t("panels.panel.back")}
      </Link>
      {done ? <SuccessBanner id="panel-done" title={t(`panels.panel.done.${done}`)} /> : null}
      <span className="govuk-caption-l">{t("panels.title")}</span>
      <h1 className="govuk-heading-l">{inLanguage(lang, panel.name, panel.nameCy)}</h1>
      {as === "chair" ? <p className="govuk-body">{t("panels.panel.youAreChair")}</p> : null}
      {as === "member" ? <p className="govuk-body">{t("panels.panel.youAreMember")}</p> : null}
      {isAdmin ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/panels/${panel.id}/edit`}>
            {t("panels.panel.change")}
          </Link>
        </p>
      ) : null}
      <h2 className="govuk-heading-m">{t("panels.panel.termsOfReference")}</h2>
      <p className="govuk-body vv-pre-line">{terms || t("panels.panel.noTerms")}</p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.panel.chair")}</dt>
          <dd className="govuk-summary-list__value" data-testid="panel-chair">
            {chair?.name ?? t("panels.list.noChair")}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.panel.members")}</dt>
          <dd className="govuk-summary-list__value">
            <ul className="govuk-list" data-testid="panel-members">
              {panel.members.map((member) => (
                <li key={member.id}>{member.name}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.panel.engagements")}</dt>
          <dd className="govuk-summary-list__value">
            <ul className="govuk-list" data-testid="panel-engagements">
              {panel.engagements.map((engagement) => (
                <li key={engagement.id}>{inLanguage(lang, engagement.title, engagement.titleCy)}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <h2 className="govuk-heading-m">{t("panels.panel.sessionsHeading")}</h2>
      {isAdmin ? (
        <Link to={`/panels/${panel.id}/sessions/new`} className="govuk-button" data-module="govuk-button">
          {t("panels.panel.newSession")}
        </Link>
      ) : null}
      {sessions.length === 0 ? (
        <p className="govuk-body">{isAdmin ? t("panels.panel.noSessions") : t("panels.panel.noIssuedSessions")}</p>
      ) : (
        <table className="govuk-table" data-testid="panel-sessions">
          <caption className="govuk-table__caption govuk-visually-hidden">{t("panels.panel.sessionsCaption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("panels.panel.date")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("panels.panel.status")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sessions.map((session) => (
              <tr className="govuk-table__row" key={session.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/panels/${panel.id}/sessions/${session.id}`}>
                    {formatDate(session.heldOn, lang)}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  <SessionStatusTag status={session.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
