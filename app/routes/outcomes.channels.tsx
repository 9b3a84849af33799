import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { pageTitle } from "~/components/page-title";
import { badRequest } from "~/http/responses";
import { setChannelStage, stageFromForm } from "~/outcomes/channel-stages.server";
import { outcomeChannels } from "~/outcomes/pages.server";
import { SURVEY_DESIGNERS } from "~/surveys/access";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outcomes.channels.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  return { surveys: outcomeChannels(user.organisation.id) };
}

/** Sets where one of the organisation's outcome-survey channels asks: the start or the end of support, or neither. */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_DESIGNERS);
  const form = await request.formData();
  const channelId = Number(form.get("channelId"));
  const stage = stageFromForm(form.get("stage"));
  if (stage === undefined || !Number.isSafeInteger(channelId)) return data({ ok: false as const, channelId }, { status: 400 });
  const ours = outcomeChannels(user.organisation.id).some((s) => s.channels.some((c) => c.id === channelId));
  if (!ours) badRequest();
  if (!setChannelStage(user, channelId, stage)) badRequest();
  return data({ ok: true as const, channelId });
}

export default function OutcomeChannels() {
  const { t, i18n } = useTranslation();
  const { surveys } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("outcomes.channels.title")}</h1>
      <p className="govuk-body">{t("outcomes.channels.intro")}</p>
      {result?.ok ? (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{t("outcomes.channels.saved")}</p>
          </div>
        </div>
      ) : null}
      {surveys.length === 0 ? <p className="govuk-body">{t("outcomes.service.none")}</p> : null}
      {surveys.map((s) => (
        <section key={s.surveyId} aria-labelledby={`survey-${s.surveyId}`}>
          <h2 className="govuk-heading-m" id={`survey-${s.surveyId}`}>
            {t("outcomes.service.commissioner", { name: i18n.language === "cy" ? s.commissioner.nameCy : s.commissioner.name })}
          </h2>
          {s.channels.length === 0 ? <p className="govuk-body">{t("outcomes.channels.none")}</p> : null}
          {s.channels.map((c) => (
            <Form method="post" key={c.id} className="govuk-!-margin-bottom-6">
              <input type="hidden" name="channelId" value={c.id} />
              <div
                className={`govuk-form-group${result && !result.ok && result.channelId === c.id ? " govuk-form-group--error" : ""}`}
              >
                <label className="govuk-label govuk-label--s" htmlFor={`stage-${c.id}`}>
                  {t("outcomes.channels.stage")}: {c.label}
                </label>
                {result && !result.ok && result.channelId === c.id ? (
                  <p className="govuk-error-message" id={`stage-${c.id}-error`}>
                    <span className="govuk-visually-hidden">{t("common.errorPrefix")}</span> {t("outcomes.channels.invalid")}
                  </p>
                ) : null}
                <select className="govuk-select" id={`stage-${c.id}`} name="stage" defaultValue={c.stage ?? "none"}>
                  {(["none", "start", "end"] as const).map((stage) => (
                    <option key={stage} value={stage}>
                      {t(`outcomes.channels.stages.${stage}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="submit"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                data-testid={`save-stage-${c.id}`}
              >
                {t("outcomes.channels.save")}
              </button>
            </Form>
          ))}
        </section>
      ))}
    </>
  );
}
