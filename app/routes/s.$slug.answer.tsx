import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { continueAnswering, outcomeInit, refusedWrite, startAnswering } from "~/respondent/answer-flow.server";
import { respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { AnswerScreen } from "~/respondent/views/answer-screen";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";

/**
 * Respondent page: the plain form for every survey, with no application JavaScript (only the small exit,
 * character-count and add-another script): it offers every question type a survey can hold.
 */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader, Record<string, unknown>> = ({ data: view, matches }) =>
  respondentMeta(view, matches);

export function loader({ request, params }: LoaderFunctionArgs) {
  const outcome = startAnswering(request, params.slug ?? "", respondentLanguage(request));
  return data(outcome.body, { status: outcome.status });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  if (context.refused) {
    const refused = refusedWrite(params.slug ?? "", respondentLanguage(request), context.refused);
    return data(refused.body, outcomeInit(refused));
  }
  const form = await request.formData();
  const outcome = await continueAnswering(request, params.slug ?? "", respondentLanguage(request), form, context.clientKey);
  // Sent: See Other to the thank-you page, so a reload or Back never sends again and nothing of the survey is rendered.
  if ("location" in outcome) return redirect(outcome.location, 303);
  return data(outcome.body, outcomeInit(outcome));
}

/** Never revalidate the loader after an answer: it would start a new journey under the one in progress. */
export function shouldRevalidate() {
  return false;
}

export default function AnswerSurvey() {
  const started = useLoaderData<typeof loader>();
  const answered = useActionData<typeof action>();
  return <AnswerScreen view={answered ?? started} />;
}

export const ErrorBoundary = RespondentErrorBoundary;
