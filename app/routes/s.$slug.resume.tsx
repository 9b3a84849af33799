import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { resumeForm } from "~/respondent/answer-flow.server";
import { respondentLanguage } from "~/respondent/chrome.server";
import { respondentMeta } from "~/respondent/meta";
import { AnswerScreen } from "~/respondent/views/answer-screen";
import { RespondentErrorBoundary } from "~/respondent/views/error-boundary";

/** Respondent page: the code form posts to /s/<slug>/answer, which brings the answers back. */
export const handle: RouteHandle = { respondent: true };

export const meta: MetaFunction<typeof loader> = ({ data: view, matches }) => respondentMeta(view, matches);

export function loader({ params, request }: LoaderFunctionArgs) {
  const outcome = resumeForm(params.slug ?? "", respondentLanguage(request));
  return data(outcome.body, { status: outcome.status });
}

export default function ResumeSurvey() {
  return <AnswerScreen view={useLoaderData<typeof loader>()} />;
}

export const ErrorBoundary = RespondentErrorBoundary;
