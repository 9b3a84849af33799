import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { thanksPage } from "~/respondent/answer-flow.server";
import { respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { AnswerScreen } from "~/respondent/views/answer-screen";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";

/** Respondent page: where a sent survey lands (the answer route's 303); reloading it sends nothing again. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ params, request }: LoaderFunctionArgs) {
  const outcome = thanksPage(request, params.slug ?? "", respondentLanguage(request));
  return data(outcome.body, { status: outcome.status });
}

export default function SurveyThanks() {
  return <AnswerScreen view={useLoaderData<typeof loader>()} />;
}

export const ErrorBoundary = RespondentErrorBoundary;
