import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/dates";
import { Select } from "~/components/form/fields";
import type { FieldErrors, FormValues } from "~/components/form/parse-form";
import { SuccessBanner } from "~/components/success-banner";
import { inLanguage } from "~/panels/access";
import type { LinkedSharedTheme } from "./linked-theme";
import type { linkingData, LinkIntent } from "./theme-links-page.server";

type Linking = NonNullable<ReturnType<typeof linkingData>>;
type Available = Extract<Linking, { state: "available" }>;
type State = { intent?: LinkIntent; errors?: FieldErrors; values?: FormValues };

function Hidden({ linking }: { linking: Available }) {
  return (
    <>
      <input type="hidden" name="commissionId" value={linking.commissionId} />
      <input type="hidden" name="themeId" value={linking.themeId} />
    </>
  );
}

/** Where one shared theme is linked, and the forms that link it to an action or a panel session's pack. */
export function ThemeLinkPanel({ linking, state }: { linking: Linking; state: State }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (linking.state === "unavailable")
    return (
      <div className="govuk-inset-text" id="link-panel" data-testid="link-panel">
        {t("commissioning.links.unavailable")}
      </div>
    );
  const name = inLanguage(lang, linking.name, linking.nameCy);
  const service = inLanguage(lang, linking.service.name, linking.service.nameCy);
  const stateOf = (intent: LinkIntent) => (state.intent === intent ? { errors: state.errors, values: state.values } : {});
  const sessionLabel = (s: { panelName: string; panelNameCy: string; heldOn: string }) =>
    t("commissioning.links.sessionLabel", {
      panel: inLanguage(lang, s.panelName, s.panelNameCy),
      date: formatDate(s.heldOn, lang),
    });
  return (
    <section className="vv-pack-block" aria-labelledby="link-panel" data-testid="link-panel">
      {linking.done ? <SuccessBanner id="link-done" title={t(`commissioning.links.done.${linking.done}`)} /> : null}
      <h2 className="govuk-heading-m" id="link-panel" tabIndex={-1}>
        {t("commissioning.links.heading", { theme: name, service })}
      </h2>
      <p className="govuk-body">{t("commissioning.links.intro", { service })}</p>

      <h3 className="govuk-heading-s">{t("commissioning.links.actionsHeading")}</h3>
      {linking.actions.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {linking.actions.map((action) => (
            <li key={action.id}>
              <Link className="govuk-link" to={`/actions/${action.id}`}>
                {inLanguage(lang, action.title, action.titleCy)}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t("commissioning.links.noActions")}</p>
      )}
      {linking.canLinkActions && linking.actionChoices.length ? (
        <Form method="post" action="/commissioning/themes" noValidate>
          <Hidden linking={linking} />
          <Select
            name="actionId"
            label={t("commissioning.links.actionLabel")}
            options={[
              { value: "", label: t("commissioning.links.choose") },
              ...linking.actionChoices.map((a) => ({ value: String(a.id), label: inLanguage(lang, a.title, a.titleCy) })),
            ]}
            {...stateOf("link-action")}
          />
          <button type="submit" name="intent" value="link-action" className="govuk-button govuk-button--secondary">
            {t("commissioning.links.linkAction")}
          </button>
        </Form>
      ) : null}

      <h3 className="govuk-heading-s">{t("commissioning.links.sessionsHeading")}</h3>
      {linking.sessions.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {linking.sessions.map((session) => (
            <li key={session.id}>
              <Link className="govuk-link" to={`/panels/${session.panelId}/sessions/${session.id}`}>
                {sessionLabel(session)}
              </Link>
              {session.planning ? null : ` (${t("commissioning.links.issued")})`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t("commissioning.links.noSessions")}</p>
      )}
      {linking.canLinkSessions && linking.sessionChoices.length ? (
        <Form method="post" action="/commissioning/themes" noValidate>
          <Hidden linking={linking} />
          <Select
            name="sessionId"
            label={t("commissioning.links.sessionLabelField")}
            hint={t("commissioning.links.sessionHint")}
            options={[
              { value: "", label: t("commissioning.links.choose") },
              ...linking.sessionChoices.map((s) => ({ value: String(s.id), label: sessionLabel(s) })),
            ]}
            {...stateOf("link-session")}
          />
          <button type="submit" name="intent" value="link-session" className="govuk-button govuk-button--secondary">
            {t("commissioning.links.linkSession")}
          </button>
        </Form>
      ) : null}
      {linking.canLinkSessions && linking.sessionChoices.length === 0 && !linking.sessions.some((s) => s.planning) ? (
        <p className="govuk-body">{t("commissioning.links.noPlannedSessions")}</p>
      ) : null}
    </section>
  );
}

/** A small form that takes a shared theme off an action or out of a planned session's pack, then goes back there. */
export function UnlinkForm({
  intent,
  theme,
  target,
}: {
  intent: "unlink-action" | "unlink-session";
  theme: LinkedSharedTheme;
  target: { actionId: number } | { sessionId: number };
}) {
  const { t, i18n } = useTranslation();
  const { commissionId, themeId } = theme;
  // Which theme, for screen readers: several of these buttons can sit on one page. A withdrawn one has only its service.
  const label =
    theme.state === "shared"
      ? inLanguage(i18n.language, theme.name, theme.nameCy)
      : inLanguage(i18n.language, theme.service.name, theme.service.nameCy);
  return (
    <Form method="post" action="/commissioning/themes" className="vv-no-print">
      <input type="hidden" name="commissionId" value={commissionId} />
      <input type="hidden" name="themeId" value={themeId} />
      {"actionId" in target ? <input type="hidden" name="actionId" value={target.actionId} /> : null}
      {"sessionId" in target ? <input type="hidden" name="sessionId" value={target.sessionId} /> : null}
      <input type="hidden" name="from" value={"actionId" in target ? "action" : "session"} />
      <button type="submit" name="intent" value={intent} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2">
        {t(intent === "unlink-action" ? "commissioning.links.unlinkAction" : "commissioning.links.unlinkSession")}
        <span className="govuk-visually-hidden">: {label}</span>
      </button>
    </Form>
  );
}
