import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import { requireRole } from "~/accounts/session.server";
import { createI18n } from "~/i18n/i18n";
import { respondentMeta } from "~/respondent/meta";
import type { RouteHandle } from "~/root";
import { SURVEY_READERS, surveyIdFrom } from "~/surveys/access";
import { PreviewScreen } from "~/surveys/preview-screen";
import { continuePreview, startPreview } from "~/surveys/preview.server";
import { getSurvey } from "~/surveys/surveys.server";

/** Its <title> is a respondent page's ("Page 1 of 3 – …"), from RespondentTitle in the root layout. */
export const meta: MetaFunction<typeof loader, Record<string, unknown>> = ({ data: view, matches }) =>
  respondentMeta(view, matches);

/**
 * Shown inside the preview page's frames: the draft as a respondent's plain form, in the respondent layout and with
 * no application JavaScript, as respondents get it. Nothing is stored (app/surveys/preview.server.ts).
 */
export const handle: RouteHandle = { respondent: true };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const outcome = startPreview(request, survey, user.organisation.slug);
  return data(outcome.body, { status: outcome.status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ...SURVEY_READERS);
  const survey = getSurvey(user.organisation.id, surveyIdFrom(params));
  const outcome = continuePreview(request, survey, user.organisation.slug, await request.formData());
  return data(outcome.body, { status: outcome.status });
}

export default function PreviewFrame() {
  const started = useLoaderData<typeof loader>();
  const answered = useActionData<typeof action>();
  const view = answered ?? started;
  const location = useLocation();
  // The respondent's words in the preview's language, whatever the staff member's own language is.
  const i18n = useMemo(() => createI18n(view.lang), [view.lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <PreviewScreen view={view} action={`${location.pathname}${location.search}`} />
    </I18nextProvider>
  );
}
