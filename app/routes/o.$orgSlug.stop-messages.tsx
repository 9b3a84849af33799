import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextInput } from "~/components/form/fields";
import { stopMessages, stopMessagesPage } from "~/notify/opt-out-page.server";
import type { RouteHandle } from "~/root";
import { respondentMeta } from "~/respondent/meta";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";
import { RespondentInfoPage } from "~/respondent/views/info-page";

/** Respondent page: anyone can stop an organisation's invitations to their number or address. Works without JavaScript. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const page = stopMessagesPage(request, params.orgSlug ?? "");
  return data(page.body, { status: page.status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const contact = (await request.formData()).get("contact");
  const page = stopMessages(request, params.orgSlug ?? "", typeof contact === "string" ? contact : "");
  return data(page.body, { status: page.status });
}

type View = ReturnType<typeof useLoaderData<typeof loader>> & {
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

export default function StopMessages() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const view = (useActionData<typeof action>() ?? loaded) as View;
  const organisation = view.chrome.organisation;
  const name = organisation ? (view.lang === "cy" ? organisation.nameCy : organisation.name) : t("common.serviceName");
  if (view.view === "stopped-messages") {
    return (
      <RespondentInfoPage view={view}>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{t("notify.optOut.doneTitle")}</h1>
        </div>
        <p className="govuk-body">{t("notify.optOut.done")}</p>
      </RespondentInfoPage>
    );
  }
  return (
    <RespondentInfoPage view={view}>
      <ErrorSummary errors={view.errors} />
      <h1 className="govuk-heading-l">{t("notify.optOut.title")}</h1>
      <p className="govuk-body">{t("notify.optOut.intro", { organisation: name })}</p>
      <p className="govuk-body">{t("notify.optOut.keep")}</p>
      {organisation ? (
        <Form method="post" action={`/o/${view.slug}/stop-messages?lng=${view.lang}`} noValidate>
          <TextInput
            name="contact"
            label={t("notify.optOut.contact")}
            hint={t("notify.optOut.contactHint")}
            autoComplete="off"
            spellCheck={false}
            errors={view.errors}
            values={view.values}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {t("notify.optOut.submit")}
          </button>
        </Form>
      ) : null}
    </RespondentInfoPage>
  );
}

export const ErrorBoundary = RespondentErrorBoundary;
