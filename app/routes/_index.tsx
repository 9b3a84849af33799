import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasAnyUser } from "~/accounts/organisations.server";
import { requireUser } from "~/accounts/session.server";
import { homeActions } from "~/actions/home.server";
import { OverdueActions } from "~/actions/overdue-actions";
import { formatDate } from "~/components/dates";
import { pageTitle } from "~/components/page-title";
import { canEditEngagements, ENGAGEMENT_READERS } from "~/engagements/access";
import { engagementsNeedingAttention } from "~/engagements/engagements.server";
import { getStageDefinitions } from "~/engagements/stage-definitions.server";
import { inLanguage } from "~/panels/access";
import { ownPanels } from "~/panels/panels.server";
import { PracticeReminder } from "~/practice/home-reminder";
import { practiceHome } from "~/practice/home.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");

export function loader({ request }: LoaderFunctionArgs) {
  if (!hasAnyUser()) throw redirect("/setup");
  const user = requireUser(request);
  const readsEngagements = user.roles.some((role) => ENGAGEMENT_READERS.includes(role));
  const stages = readsEngagements ? getStageDefinitions(user.organisation.id) : [];
  const attention = readsEngagements
    ? engagementsNeedingAttention(user.organisation.id).map((row) => {
        const stage = stages.find((s) => s.key === row.stageKey)!;
        return { ...row, stageNumber: stage.number, stageTitle: stage.title, stageTitleCy: stage.titleCy };
      })
    : [];
  return {
    readsEngagements,
    editsEngagements: canEditEngagements(user.roles),
    attention,
    actions: homeActions(user),
    practice: practiceHome(user),
    // A panel member's landing: the panels they sit on (never anyone else's).
    panels: user.roles.includes("panel_member") ? ownPanels(user).map(({ id, name, nameCy }) => ({ id, name, nameCy })) : null,
    name: user.name,
    roles: user.roles,
    organisation: { name: user.organisation.name, nameCy: user.organisation.nameCy, slug: user.organisation.slug },
  };
}

export default function Home() {
  const { t, i18n } = useTranslation();
  const { name, roles, organisation, attention, readsEngagements, editsEngagements, actions, panels, practice } =
    useLoaderData<typeof loader>();
  const isAdmin = roles.includes("admin");
  const cy = i18n.language === "cy";
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
        {readsEngagements ? (
          <section aria-labelledby="attention-heading">
            <h2 className="govuk-heading-m" id="attention-heading">
              {t("home.attentionHeading")}
            </h2>
            {attention.length === 0 ? (
              <p className="govuk-body">{t("home.attentionNone")}</p>
            ) : (
              <ul className="govuk-list govuk-list--bullet" data-testid="attention">
                {attention.map((row) => (
                  <li key={`${row.engagementId}-${row.stageKey}`}>
                    <Link className="govuk-link" to={`/engagements/${row.engagementId}/stages/${row.stageKey}`}>
                      {row.title}: {t("stage.numbered", { number: row.stageNumber })} {cy ? row.stageTitleCy : row.stageTitle}
                    </Link>{" "}
                    {t("home.attentionDue", { date: formatDate(row.nextReviewOn ?? "", i18n.language) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        {practice ? <PracticeReminder reminder={practice.reminder} leads={practice.leads} /> : null}
        {panels ? (
          <section aria-labelledby="panels-heading">
            <h2 className="govuk-heading-m" id="panels-heading">
              {t("panels.home.heading")}
            </h2>
            {panels.length === 0 ? (
              <p className="govuk-body">{t("panels.home.none")}</p>
            ) : (
              <ul className="govuk-list govuk-list--bullet" data-testid="your-panels">
                {panels.map((panel) => (
                  <li key={panel.id}>
                    <Link className="govuk-link" to={`/panels/${panel.id}`}>
                      {inLanguage(i18n.language, panel.name, panel.nameCy)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        {actions.overdue ? <OverdueActions overdue={actions.overdue} /> : null}
        <h2 className="govuk-heading-m">{t("home.whatYouCanDo")}</h2>
        <ul className="govuk-list vv-action-list">
          {readsEngagements ? (
            <li>
              <Link className="govuk-link" to="/engagements">
                {t("nav.engagements")}
              </Link>
              : {editsEngagements ? t("home.planEngagements") : t("home.readEngagements")}
            </li>
          ) : null}
          {readsEngagements ? (
            <li>
              <Link className="govuk-link" to="/surveys">
                {t("nav.surveys")}
              </Link>
              : {editsEngagements ? t("home.designSurveys") : t("home.readSurveys")}
            </li>
          ) : null}
          {practice ? (
            <li>
              <Link className="govuk-link" to="/practice">
                {t("practice.title")}
              </Link>
              : {t("practice.home.link")}
            </li>
          ) : null}
          {actions.reads ? (
            <li>
              <Link className="govuk-link" to={actions.owner ? "/actions/mine" : "/actions"}>
                {actions.owner ? t("actions.nav.mine") : t("actions.title")}
              </Link>
              : {actions.owner ? t("actions.home.linkOwner") : t("actions.home.link")}
            </li>
          ) : null}
          {isAdmin ? (
            <>
              <li>
                <Link className="govuk-link" to="/panels">
                  {t("panels.title")}
                </Link>
                : {t("panels.home.link")}
              </li>
              <li>
                <Link className="govuk-link" to="/admin/users">
                  {t("nav.users")}
                </Link>
                : {t("home.manageUsers")}
              </li>
              <li>
                <Link className="govuk-link" to="/admin/stages">
                  {t("nav.stages")}
                </Link>
                : {t("home.rewordStages")}
              </li>
              <li>
                <Link className="govuk-link" to="/admin/practice">
                  {t("practice.wording.title")}
                </Link>
                : {t("home.rewordPractice")}
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
