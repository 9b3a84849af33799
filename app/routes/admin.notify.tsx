import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { ErrorSummary } from "~/components/form/error-summary";
import { Checkboxes, TextInput } from "~/components/form/fields";
import { formFailure, parseForm } from "~/components/form/parse-form";
import { pageTitle } from "~/components/page-title";
import { SuccessBanner } from "~/components/success-banner";
import { MessageTexts } from "~/notify/message-texts";
import { NOTIFY_SETTINGS_ARRAYS, notifySettingsSchema } from "~/notify/schemas";
import { checkAndMaybeSave, notifySettingsFor } from "~/notify/settings-page.server";

/** Admins only: the organisation's GOV.UK Notify key, sender, templates and replies. The key is never sent back. */
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notify.settings.title");

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  return { settings: notifySettingsFor(admin.organisation.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const formData = await request.formData();
  const parsed = parseForm(notifySettingsSchema, formData, NOTIFY_SETTINGS_ARRAYS);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { result, saved } = await checkAndMaybeSave(admin, parsed.data);
  if (!result.ok) {
    const field = "field" in result ? result.field : "apiKey";
    const status = result.problem === "unreachable" ? 503 : 400;
    return data(formFailure(formData, { [field]: `notify.problems.${result.problem}` }, NOTIFY_SETTINGS_ARRAYS), { status });
  }
  return { ok: true as const, saved };
}

export default function NotifySettings() {
  const { t } = useTranslation();
  const { settings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const common = { errors: failed?.errors, values: failed?.values };
  // A new answer remounts the key field empty: the key is never left on the page, saved or refused.
  const [round, setRound] = useState(0);
  useEffect(() => setRound((n) => n + 1), [result]);
  const idField = (name: keyof typeof settings & string, label: string, hint?: string) => (
    <TextInput
      name={name}
      label={label}
      hint={hint}
      defaultValue={String(settings[name] ?? "")}
      widthClass="govuk-input--width-30"
      spellCheck={false}
      {...common}
    />
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        {result?.ok ? (
          <SuccessBanner id="notify-result" title={t(result.saved ? "notify.settings.saved" : "notify.settings.checked")} />
        ) : null}
        <h1 className="govuk-heading-l">{t("notify.settings.title")}</h1>
        <p className="govuk-body">{t("notify.settings.intro")}</p>
        <div className="govuk-inset-text" id="notify-key-status">
          {settings.keyName ? t("notify.settings.keySet", { name: settings.keyName }) : t("notify.settings.keyNotSet")}
        </div>
        <Form method="post" noValidate>
          <TextInput
            key={round}
            name="apiKey"
            type="password"
            autoComplete="off"
            label={t("notify.settings.apiKey")}
            hint={t("notify.settings.apiKeyHint")}
            spellCheck={false}
            {...common}
          />
          {idField("smsSenderId", t("notify.settings.smsSenderId"), t("notify.settings.senderHint"))}
          {idField("emailReplyToId", t("notify.settings.emailReplyToId"), t("notify.settings.senderHint"))}
          <h2 className="govuk-heading-m">{t("notify.settings.templatesHeading")}</h2>
          <p className="govuk-body">{t("notify.settings.templatesIntro")}</p>
          {idField("smsTemplateEn", t("notify.settings.smsTemplateEn"))}
          {idField("smsTemplateCy", t("notify.settings.smsTemplateCy"))}
          {idField("emailTemplateEn", t("notify.settings.emailTemplateEn"))}
          {idField("emailTemplateCy", t("notify.settings.emailTemplateCy"))}
          <Checkboxes
            name="inboundSms"
            label={t("notify.settings.inboundSms")}
            hint={t("notify.settings.inboundSmsHint")}
            options={[{ value: "yes", label: t("notify.settings.inboundSmsLabel") }]}
            defaultChecked={settings.inboundSms ? ["yes"] : []}
            {...common}
          />
          <div className="govuk-button-group">
            <button type="submit" name="intent" value="save" className="govuk-button" data-module="govuk-button">
              {t("notify.settings.save")}
            </button>
            <button
              type="submit"
              name="intent"
              value="check"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
            >
              {t("notify.settings.check")}
            </button>
          </div>
        </Form>
        <MessageTexts />
      </div>
    </div>
  );
}
