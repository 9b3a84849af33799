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

type Choice = { value: string; label: string };

/**
 * What the theme is linked to already (a list of links, or a sentence saying there is nothing), then a form to link it
 * to one more of `choices`, shown only when there is a choice left (the caller passes none when the person may not
 * link). Actions and panel sessions both use it; the action switches on `intent`.
 */
function LinkList({
  heading,
  linked,
  empty,
  linking,
  choices,
  intent,
  field,
  submit,
  errors,
  values,
}: {
  heading: string;
  linked: { id: number; to: string; label: string; note?: string }[];
  empty: string;
  linking: Available;
  choices: Choice[];
  intent: LinkIntent;
  field: { name: "actionId" | "sessionId"; label: string; hint?: string };
  submit: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="govuk-heading-s">{heading}</h3>
      {linked.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {linked.map((item) => (
            <li key={item.id}>
              <Link className="govuk-link" to={item.to}>
                {item.label}
              </Link>
              {item.note ? ` (${item.note})` : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{empty}</p>
      )}
      {choices.length ? (
        <Form method="post" action="/commissioning/themes" noValidate>
          <Hidden linking={linking} />
          <Select
            {...field}
            options={[{ value: "", label: t("commissioning.links.choose") }, ...choices]}
            errors={errors}
            values={values}
          />
          <button type="submit" name="intent" value={intent} className="govuk-button govuk-button--secondary">
            {submit}
          </button>
        </Form>
      ) : null}
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

      <LinkList
        heading={t("commissioning.links.actionsHeading")}
        linked={linking.actions.map((action) => ({
          id: action.id,
          to: `/actions/${action.id}`,
          label: inLanguage(lang, action.title, action.titleCy),
        }))}
        empty={t("commissioning.links.noActions")}
        linking={linking}
        choices={
          linking.canLinkActions
            ? linking.actionChoices.map((a) => ({ value: String(a.id), label: inLanguage(lang, a.title, a.titleCy) }))
            : []
        }
        intent="link-action"
        field={{ name: "actionId", label: t("commissioning.links.actionLabel") }}
        submit={t("commissioning.links.linkAction")}
        {...stateOf("link-action")}
      />
      <LinkList
        heading={t("commissioning.links.sessionsHeading")}
        linked={linking.sessions.map((session) => ({
          id: session.id,
          to: `/panels/${session.panelId}/sessions/${session.id}`,
          label: sessionLabel(session),
          note: session.planning ? undefined : t("commissioning.links.issued"),
        }))}
        empty={t("commissioning.links.noSessions")}
        linking={linking}
        choices={
          linking.canLinkSessions ? linking.sessionChoices.map((s) => ({ value: String(s.id), label: sessionLabel(s) })) : []
        }
        intent="link-session"
        field={{
          name: "sessionId",
          label: t("commissioning.links.sessionLabelField"),
          hint: t("commissioning.links.sessionHint"),
        }}
        submit={t("commissioning.links.linkSession")}
        {...stateOf("link-session")}
      />
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
