import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { formatDate } from "~/components/dates";
import { LinkedSharedThemes } from "~/commissioning/linked-theme-view";
import { UnlinkForm } from "~/commissioning/theme-link-panel";
import { ErrorSummary } from "~/components/form/error-summary";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { inLanguage, PANEL_ADMINS, PANEL_ROLES, panelIdFrom, sessionIdFrom } from "~/panels/access";
import { PackQuoteCheck } from "~/panels/pack-quote-check";
import { PackView } from "~/panels/pack-view";
import { SessionDetailsForm } from "~/panels/session-form";
import { sessionPageAction, sessionPageData, type SessionIntent } from "~/panels/session-page.server";
import { SessionStatusTag } from "~/panels/session-status-tag";
import { ThemeChooser } from "~/panels/theme-chooser";
import { LeftOutQuotes, revalidateAfterRefusal } from "~/themes/quote-check-forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "panels.title");

/** A refusal because a quote's words changed shows them as they are now (ADR 0017). */
export const shouldRevalidate = revalidateAfterRefusal;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...PANEL_ROLES);
  const done = new URL(request.url).searchParams.get("done");
  return sessionPageData(user, panelIdFrom(params), sessionIdFrom(params), done);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...PANEL_ADMINS);
  return sessionPageAction(user, panelIdFrom(params), sessionIdFrom(params), request);
}

export default function SessionPage() {
  const { t, i18n } = useTranslation();
  const { panel, session, done, planning } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const lang = i18n.language;
  const stateFor = (...intents: SessionIntent[]) =>
    result && intents.includes(result.intent) ? { errors: result.errors, values: result.values } : {};
  const agenda = inLanguage(lang, session.agenda, session.agendaCy);
  const base = `/panels/${panel.id}/sessions/${session.id}`;
  return (
    <>
      <Link className="govuk-back-link vv-no-print" to={`/panels/${panel.id}`}>
        {t("panels.session.back")}
      </Link>
      <ErrorSummary errors={result?.errors} />
      {done && !result ? (
        <SuccessBanner
          id="session-done"
          title={t(done === "put-back" ? "quoteCheck.leftOut.done" : `panels.session.done.${done}`)}
        />
      ) : null}
      <span className="govuk-caption-l">
        {t("panels.session.caption", { panel: inLanguage(lang, panel.name, panel.nameCy) })}
      </span>
      <h1 className="govuk-heading-l">{t("panels.session.title", { date: formatDate(session.heldOn, lang) })}</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.session.status")}</dt>
          <dd className="govuk-summary-list__value" data-testid="session-status">
            <SessionStatusTag status={session.status} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t("panels.session.agenda")}</dt>
          <dd className="govuk-summary-list__value vv-pre-line">{agenda || t("panels.session.noAgenda")}</dd>
        </div>
      </dl>
      {session.packIssuedAt ? (
        <p className="govuk-body">
          {session.packIssuedBy
            ? t("panels.session.issuedOn", { date: formatDate(session.packIssuedAt, lang), name: session.packIssuedBy })
            : t("panels.session.issuedOnNoName", { date: formatDate(session.packIssuedAt, lang) })}
        </p>
      ) : null}
      {session.status !== "planning" ? (
        <p className="govuk-body vv-no-print">
          <Link className="govuk-link" to={`${base}/record`}>
            {t("panels.session.record")}
          </Link>
          : {t("panels.session.recordHint")}
        </p>
      ) : null}

      {planning ? (
        <>
          <div className="govuk-inset-text">{t("panels.session.planningNote")}</div>
          <section aria-labelledby="details-heading">
            <h2 className="govuk-heading-m" id="details-heading">
              {t("panels.session.detailsHeading")}
            </h2>
            <SessionDetailsForm
              defaults={session}
              {...stateFor("details")}
              submitLabel={t("panels.sessionForm.save")}
              intent="details"
            />
          </section>
          <section aria-labelledby="shared-themes-heading" data-testid="session-shared-themes">
            <h2 className="govuk-heading-m" id="shared-themes-heading" tabIndex={-1}>
              {t("commissioning.links.sessionSection")}
            </h2>
            <p className="govuk-body">{t("commissioning.links.sessionSectionIntro")}</p>
            {planning.shared.length ? (
              <LinkedSharedThemes
                themes={planning.shared}
                after={(theme) => <UnlinkForm intent="unlink-session" theme={theme} target={{ sessionId: session.id }} />}
              />
            ) : (
              <p className="govuk-body">{t("commissioning.links.sessionSectionNone")}</p>
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to="/commissioning/themes">
                {t("commissioning.links.actionSectionLink")}
              </Link>
            </p>
          </section>
          <section aria-labelledby="themes-heading">
            <h2 className="govuk-heading-m" id="themes-heading">
              {t("panels.session.themesHeading")}
            </h2>
            <p className="govuk-body">{t("panels.session.themesIntro")}</p>
            {planning.groups.some((group) => group.themes.length) || planning.shared.length ? (
              <ThemeChooser
                groups={planning.groups}
                chosen={planning.chosen}
                {...stateFor("themes", "issue")}
                quoteCheck={
                  <PackQuoteCheck
                    preview={result?.quotes?.preview ?? planning.quotes}
                    unread={result?.quotes?.unread ?? []}
                    changed={result?.quotes?.changed ?? []}
                    {...stateFor("themes", "issue")}
                  />
                }
              />
            ) : (
              <p className="govuk-body">{t("panels.session.noThemes")}</p>
            )}
            <LeftOutQuotes
              quotes={planning.leftOut}
              intro={t("quoteCheck.leftOut.packIntro")}
              errors={stateFor("put-back").errors}
            />
          </section>
        </>
      ) : null}

      {session.pack ? <PackView pack={session.pack} /> : null}
      {session.status !== "planning" && !session.pack ? <p className="govuk-body">{t("panels.pack.unavailable")}</p> : null}
    </>
  );
}
